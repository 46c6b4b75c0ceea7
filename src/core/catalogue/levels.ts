import { kernelText } from '../kernel/kernel-text';
import { isBlank } from '../kernel/text';
import { exactOf, numberFromText } from '../kernel/values';
import { catalogueText } from './catalogue-text';
import { type Level, MAX_LEVEL, MIN_LEVEL } from './types';

/**
 * One reading of every value a cell may hold, decided here and followed by every view: the
 * engine, the check, the panel, the custom functions, and the workbook's own formulas
 * (workbook/level-formula.ts writes the same rules as formulas, and a test on generated
 * workbooks holds them equal in LibreOffice). A value that is no level counts 1 (belum dinilai)
 * in every figure, and is named at its cell.
 */

/** A level as read from a cell: a level, or null for "belum dinilai" (not assessed yet). */
type LevelReading = { ok: true; level: Level | null } | { ok: false; problem: string };

/** The separators a level's number and name may stand around: the dropdown writes " – ". */
export const LEVEL_SEPARATORS = [' – ', ' - ', ' — '] as const;

/** Text as Sheets' TRIM leaves it: spaces (only they) trimmed, and runs of them made one. */
export function trimSpaces(text: string): string {
  return text.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ');
}

/** Text as Sheets' TRIM(CLEAN(…)) leaves it: control characters (a line break) gone too. */
function sheetsTrim(text: string): string {
  return trimSpaces([...text].filter((ch) => ch.charCodeAt(0) > 31).join(''));
}

/**
 * A maturity level as an OPD tab's Tingkat cell holds it (a plain-text column):
 * - a whole number 1–5;
 * - text of one digit 1–5 (a 3 typed into a plain-text cell);
 * - text "N – Name" (also "N - Name", "N — Name") where Name is level N's name on the
 *   indicator's scale, case and extra spaces aside: what the dropdown writes.
 * Anything else — 3,5; "3.5"; "3. Terdefinisi"; "2 – Terkelola" on the service scale; "tiga";
 * 0; 6 — is no level. Without `names` (no indicator known), any name after the number passes.
 */
export function readLevel(value: unknown, names?: readonly string[]): LevelReading {
  // Blank as the workbook's formula sees it: nothing left after TRIM(CLEAN(…)).
  if (value === undefined || value === null || value === '') return { ok: true, level: null };
  if (typeof value === 'string' && sheetsTrim(value) === '') return { ok: true, level: null };
  if (typeof value === 'number') return levelFromNumber(value, kernelText.shown(value));
  if (typeof value !== 'string')
    return { ok: false, problem: catalogueText.notALevel(kernelText.shown(value)) };
  const text = sheetsTrim(value);
  const digit = /^[0-9]/.exec(text)?.[0];
  if (digit === undefined)
    return { ok: false, problem: catalogueText.notALevel(kernelText.shown(value)) };
  if (text.length === 1) return levelFromNumber(Number(digit), kernelText.shown(value));
  const separator = LEVEL_SEPARATORS.find((s) => text.startsWith(s, 1));
  if (!separator) return { ok: false, problem: catalogueText.notALevel(kernelText.shown(value)) };
  const reading = levelFromNumber(Number(digit), kernelText.shown(value));
  if (!reading.ok || reading.level === null || !names) return reading;
  const expected = names[reading.level - 1] ?? '';
  const name = text.slice(1 + separator.length);
  if (name.toLowerCase() === expected.toLowerCase()) return reading;
  return {
    ok: false,
    problem: catalogueText.levelNameMismatch(kernelText.shown(value), reading.level, expected),
  };
}

function levelFromNumber(n: number, shown: string): LevelReading {
  if (Number.isInteger(n) && n >= MIN_LEVEL && n <= MAX_LEVEL)
    return { ok: true, level: n as Level };
  return { ok: false, problem: catalogueText.notALevel(shown) };
}

/** A value as read from a cell: a number 1–5 (fractional where allowed), or null (belum dinilai). */
type ValueReading = { ok: true; value: number | null } | { ok: false; problem: string };

/**
 * A stage value as Penilaian holds it (Verifikasi, Final, Target, Tahun lalu, an external
 * value), which spreadsheets compute with: a number — a whole level, or with `fractional`
 * (Pemdi 2026) a value in 1–5 with at most two decimals or an exact fraction of a mean of up
 * to 12 items (=7/6) — each read as the exact value it stands for (values.ts). Text, even
 * "3", is not computed with by Sheets or LibreOffice, so it counts 1 here too.
 */
export function readStageValue(value: unknown, fractional: boolean): ValueReading {
  if (isBlank(value)) return { ok: true, value: null };
  if (typeof value !== 'number')
    return { ok: false, problem: catalogueText.notAValue(kernelText.shown(value)) };
  if (!fractional) {
    const whole = levelFromNumber(value, kernelText.shown(value));
    return whole.ok ? { ok: true, value: whole.level } : whole;
  }
  const exact = exactOf(value);
  const v = exact ? exact.num / exact.den : Number.NaN;
  if (!(v >= MIN_LEVEL && v <= MAX_LEVEL))
    return { ok: false, problem: catalogueText.notAValue(kernelText.shown(value)) };
  return { ok: true, value: v };
}

/**
 * A value given to a custom function, from an analyst's own range: a level as readLevel reads
 * it, or, for Pemdi, a value as readStageValue reads it — where a number pasted as text
 * ("2,5", "7/6") counts as that number, since the function is told these are values. (In the
 * workbook's own Penilaian, Sheets computes with no text, so there it counts 1, warned.)
 */
export function readValue(
  value: unknown,
  names: readonly string[] | undefined,
  fractional: boolean,
): ValueReading {
  const whole = readLevel(value, names);
  if (!fractional || whole.ok) return whole.ok ? { ok: true, value: whole.level } : whole;
  const n = typeof value === 'string' ? numberFromText(value) : value;
  const stage = readStageValue(n ?? value, true);
  return stage.ok
    ? stage
    : { ok: false, problem: catalogueText.notAValue(kernelText.shown(value)) };
}

/** The name of a level on a scale: 3 on "proses" → "Terdefinisi". */
export function levelName(names: readonly string[], level: Level): string {
  return names[level - 1] ?? String(level);
}
