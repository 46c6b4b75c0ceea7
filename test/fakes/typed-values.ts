/**
 * Rules R9 and R14 (Class Range, setValue; Sheets number formats): a string written with
 * setValues is read as if a person typed it — "=…" and "+…" are formulas, "2026-02-10" a date, "1,5" a number in a
 * comma-decimal locale, "TRUE" a boolean — unless the cell is formatted as plain text ("@").
 * Numbers, booleans and dates are stored as they are.
 */
export type Typed = string | number | boolean | Date;

export interface TypingContext {
  /** The cell's number format; "@" keeps text as text. */
  readonly numberFormat?: string;
  /** The spreadsheet's locale: id_ID writes 1,5 and 31/12/2026; en_US 1.5 and 12/31/2026. */
  readonly locale: string;
  /** The spreadsheet's offset from UTC in hours (a date is midnight there). */
  readonly utcOffsetHours: number;
  /** The year a date typed without one falls in. */
  readonly year: number;
}

export function asTyped(value: Typed, at: TypingContext): Typed {
  if (typeof value !== 'string') return value;
  // A leading apostrophe marks typed text as text; it is not part of the value.
  if (value.startsWith("'")) return value.slice(1);
  if (at.numberFormat === '@') return value;
  const text = value.trim();
  if (value.startsWith('=') && value.length > 1) return value; // a formula
  if (text === '') return value;
  // R14: typed, "+…" that is not a number is a formula too ("+A1" is kept as "=+A1").
  if (value.startsWith('+') && value.length > 1 && numberIn(text, at.locale) === undefined)
    return `=${value}`;
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  const number = numberIn(text, at.locale);
  if (number !== undefined) return number;
  const date = dateIn(text, at);
  return date ?? value;
}

function numberIn(text: string, locale: string): number | undefined {
  const comma = locale.startsWith('id') || locale.startsWith('de') || locale.startsWith('nl');
  const [group, decimal] = comma ? ['.', ','] : [',', '.'];
  const esc = (s: string) => `\\${s}`;
  const pattern = new RegExp(
    `^([+-]?)(\\d{1,3}(?:${esc(group)}\\d{3})+|\\d+)(?:${esc(decimal)}(\\d+))?(%?)$`,
  );
  const m = pattern.exec(text);
  if (!m) return undefined;
  const whole = (m[2] ?? '').split(group).join('');
  const n = Number(`${m[1]}${whole}.${m[3] ?? '0'}`);
  return m[4] ? n / 100 : n;
}

function dateIn(text: string, at: TypingContext): Date | undefined {
  const at0 = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date | undefined => {
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
    const utc = Date.UTC(y, mo - 1, d, h, mi, s) - at.utcOffsetHours * 3600_000;
    const back = new Date(utc + at.utcOffsetHours * 3600_000);
    return back.getUTCDate() === d ? new Date(utc) : undefined;
  };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s] = iso.map(Number) as number[];
    return at0(y as number, mo as number, d as number, h || 0, mi || 0, s || 0);
  }
  const slash = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(text);
  if (slash) {
    const [a, b] = [Number(slash[1]), Number(slash[2])];
    const year = slash[3] ? Number(slash[3].length === 2 ? `20${slash[3]}` : slash[3]) : at.year;
    const dayFirst = !at.locale.startsWith('en_US');
    return dayFirst ? at0(year, b, a) : at0(year, a, b);
  }
  return undefined;
}
