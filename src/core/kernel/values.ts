/**
 * Indicator values as exact fractions. SPBE 2020 takes whole levels; Pemdi 2026 also takes an
 * assessor's value with up to two decimals (1,25) and the mean of sub-item levels, an exact
 * fraction such as 7/6. A spreadsheet hands the latter over as a binary float
 * (1.1666666666666667), so a float is read back as the fraction it stands for: first as a
 * value with two decimals, else as a fraction whose denominator d is at most 12 (the means of
 * up to 12 items): x stands for n/d when x·d is within a millionth of the whole number n — the
 * same test the Rekap's formulas make (rekap-formulas.ts). Scores are then computed from
 * exact integers, so no float can move a result across a half-cent: the nearest other
 * candidate fraction is at least 1/(12·100) away, some ten thousand times the tolerance.
 */
export interface Exact {
  readonly num: number;
  /** > 0; the fraction is reduced. */
  readonly den: number;
}

/** The most items one level of an indicator may have, so the largest denominator of a mean. */
export const MAX_ITEMS_PER_LEVEL = 12;
const MAX_DEN = MAX_ITEMS_PER_LEVEL;
/** How far x·d may be from a whole number (the Rekap's formulas write it as 1/1000000). */
const TOLERANCE = 1e-6;

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x || 1;
}

export function lcm(a: number, b: number): number {
  return (a / gcd(a, b)) * b;
}

function reduced(num: number, den: number): Exact {
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

/** The exact value a number stands for, or null when it is neither 2-decimal nor a small fraction. */
export function exactOf(x: number): Exact | null {
  if (!Number.isFinite(x)) return null;
  const hundredths = Math.round(x * 100);
  if (Math.abs(x * 100 - hundredths) < TOLERANCE) return reduced(hundredths, 100);
  for (let den = 3; den <= MAX_DEN; den++) {
    const num = Math.round(x * den);
    if (Math.abs(x * den - num) < TOLERANCE) return reduced(num, den);
  }
  return null;
}

/** "2,5", "2.5", "7/6", " 3 " → the number; anything else → null. */
export function numberFromText(text: string): number | null {
  const t = text.trim();
  const fraction = /^([0-9]+)\s*\/\s*([0-9]+)$/.exec(t);
  if (fraction) {
    const den = Number(fraction[2]);
    return den > 0 ? Number(fraction[1]) / den : null;
  }
  return /^[0-9]+(?:[.,][0-9]+)?$/.test(t) ? Number(t.replace(',', '.')) : null;
}
