/** The values a formula computes with, and how Sheets compares, converts and matches them. */
export class FormulaError {
  constructor(readonly code: string) {}
  toString(): string {
    return this.code;
  }
}
export const BLANK = Symbol('blank');
export type Scalar = number | string | boolean | FormulaError | typeof BLANK;
export interface RangeRef {
  kind: 'range';
  sheet: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}
export type Value = Scalar | RangeRef | Scalar[][];

export function text(v: Scalar): string {
  if (v === BLANK) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export function toNumber(v: Scalar): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === BLANK) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (/^\s*-?[0-9]+(\.[0-9]+)?\s*$/.test(v)) return Number(v);
  return new FormulaError('#VALUE!');
}

export function truthy(v: Scalar): boolean {
  if (v === BLANK) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  return String(v).toUpperCase() === 'TRUE';
}

/**
 * A COUNTIF criterion as Sheets (and LibreOffice in an .xlsx) reads it: text with * or ? is a
 * wildcard pattern (~ escapes), "<>…" a negation, anything else an equality.
 */
export function criterion(wanted: Scalar): (v: Scalar) => boolean {
  // "<>" is "not blank"; "<>x" anything but x. The callers never count a blank cell, which
  // matches Sheets for "<>" and for equality, the only criteria the add-on's formulas use.
  if (typeof wanted === 'string' && wanted.startsWith('<>')) {
    const other = wanted.slice(2);
    return other === '' ? (v) => v !== '' : (v) => !criterion(other)(v);
  }
  if (typeof wanted !== 'string' || !/[*?]/.test(wanted)) return (v) => looseEqual(v, wanted);
  let source = '';
  for (let i = 0; i < wanted.length; i++) {
    const ch = wanted[i] as string;
    if (ch === '~' && i + 1 < wanted.length) source += escapeRegExp(wanted[++i] as string);
    else if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else source += escapeRegExp(ch);
  }
  const pattern = new RegExp(`^${source}$`, 'is');
  return (v) => typeof v === 'string' && pattern.test(v);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function looseEqual(a: Scalar, b: Scalar): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b;
  return false;
}

/** Comparison as Sheets does it: blank equals "" and 0; numbers sort before text. */
function compare(a: Scalar, b: Scalar): number {
  const norm = (x: Scalar, other: Scalar): Scalar =>
    x === BLANK ? (typeof other === 'number' ? 0 : typeof other === 'boolean' ? false : '') : x;
  const x = norm(a, b);
  const y = norm(b, a);
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string')
    return x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0;
  return (x as number) < (y as number) ? -1 : (x as number) > (y as number) ? 1 : 0;
}

export function binaryOp(op: string, a: Scalar, b: Scalar): Scalar {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  switch (op) {
    case '&':
      return text(a) + text(b);
    case '=':
      return compare(a, b) === 0;
    case '<>':
      return compare(a, b) !== 0;
    case '<':
      return compare(a, b) < 0;
    case '>':
      return compare(a, b) > 0;
    case '<=':
      return compare(a, b) <= 0;
    case '>=':
      return compare(a, b) >= 0;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (x instanceof FormulaError) return x;
  if (y instanceof FormulaError) return y;
  if (op === '+') return x + y;
  if (op === '-') return x - y;
  if (op === '*') return x * y;
  if (y === 0) return new FormulaError('#DIV/0!');
  return x / y;
}
