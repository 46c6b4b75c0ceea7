import { type Level, MAX_LEVEL, MIN_LEVEL } from './catalogue/types';
import { msg } from './formula-text';
import { isBlank, sameWords } from './text';
import { exactOf, numberFromText } from './values';

/** A level as read from a cell: a level, or null for "belum dinilai" (not assessed yet). */
type LevelReading = { ok: true; level: Level | null } | { ok: false; problem: string };

// " 3 " and "2,5" are numbers typed as text (the second is then refused as not whole).
const NUMBER_TEXT = /^[0-9]+(?:[.,][0-9]+)?$/;
// "3 - Terdefinisi", "3. Terdefinisi", "3 – Transaksi": a dropdown may show the level with its
// name, and the name has to be the right one for that number.
const LEVEL_WITH_NAME = /^([0-9]+)\s*[-–—.:)]\s*(\S.*)$/;

/**
 * Reads one maturity level. `names` are the level names of the indicator's scale; when the
 * cell carries a name after the number it must be that level's name.
 */
export function readLevel(value: unknown, names?: readonly string[]): LevelReading {
  if (isBlank(value)) return { ok: true, level: null };
  if (typeof value === 'number') return levelFromNumber(value, msg.shown(value));
  if (typeof value === 'string') {
    const text = value.trim();
    if (NUMBER_TEXT.test(text))
      return levelFromNumber(Number(text.replace(',', '.')), msg.shown(value));
    const match = LEVEL_WITH_NAME.exec(text);
    if (!match) return { ok: false, problem: msg.notALevel(msg.shown(value)) };
    const reading = levelFromNumber(Number(match[1]), msg.shown(value));
    if (!reading.ok || !names || reading.level === null) return reading;
    const expected = names[reading.level - 1] ?? '';
    if (sameWords(expected, match[2] ?? '')) return reading;
    return { ok: false, problem: msg.levelNameMismatch(msg.shown(value), reading.level, expected) };
  }
  return { ok: false, problem: msg.notALevel(msg.shown(value)) };
}

function levelFromNumber(n: number, shown: string): LevelReading {
  if (Number.isInteger(n) && n >= MIN_LEVEL && n <= MAX_LEVEL)
    return { ok: true, level: n as Level };
  return { ok: false, problem: msg.notALevel(shown) };
}

/** A value as read from a cell: a number 1–5 (fractional where allowed), or null (belum dinilai). */
type ValueReading = { ok: true; value: number | null } | { ok: false; problem: string };

/**
 * Reads an indicator's value. Whole levels only, unless `fractional` (Pemdi 2026): then also
 * 2,5 or 2.5, a fraction typed as 7/6, and the float a cell such as =7/6 holds — each read as
 * the exact value it stands for (values.ts); anything finer is refused.
 */
export function readValue(
  value: unknown,
  names: readonly string[] | undefined,
  fractional: boolean,
): ValueReading {
  const whole = readLevel(value, names);
  if (!fractional || whole.ok) return whole.ok ? { ok: true, value: whole.level } : whole;
  const n =
    typeof value === 'number' ? value : typeof value === 'string' ? numberFromText(value) : null;
  const exact = n === null ? null : exactOf(n);
  const v = exact ? exact.num / exact.den : Number.NaN;
  if (!(v >= MIN_LEVEL && v <= MAX_LEVEL))
    return { ok: false, problem: msg.notAValue(msg.shown(value)) };
  return { ok: true, value: v };
}

/** The name of a level on a scale: 3 on "proses" → "Terdefinisi". */
export function levelName(names: readonly string[], level: Level): string {
  return names[level - 1] ?? String(level);
}
