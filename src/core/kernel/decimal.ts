import { exactOf } from './values';

/**
 * Scores are published with two decimals, rounded half-up. Binary floating point cannot hold
 * most of those values (2.955 is stored as 2.95499…), so every figure here is carried as an
 * integer number of hundredths ("cents") computed from exact integer sums.
 */

/** Integer division that stays exact where a floating-point quotient would be off by one. */
function floorDiv(numerator: number, denominator: number): number {
  let q = Math.floor(numerator / denominator);
  while (q * denominator > numerator) q -= 1;
  while ((q + 1) * denominator <= numerator) q += 1;
  return q;
}

/** round_half_up(100 · numerator / denominator) for non-negative integers, denominator > 0. */
export function ratioToCents(numerator: number, denominator: number): number {
  return floorDiv(200 * numerator + denominator, 2 * denominator);
}

/**
 * Hundredths of a number a person typed or a catalogue states (2.595 → 260, 4.2 → 420), read
 * from its shortest decimal form rather than its binary value, so that 2.595 rounds up as
 * the person meant.
 */
export function decimalToCents(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const negative = value < 0;
  const [whole, fraction = ''] = Math.abs(value).toFixed(9).split('.');
  const digits = `${fraction}000`;
  const cents = Number(whole) * 100 + Number(digits.slice(0, 2)) + (Number(digits[2]) >= 5 ? 1 : 0);
  return negative ? -cents : cents;
}

export function centsToNumber(cents: number): number {
  return cents / 100;
}

/** "2,96": the Indonesian way of writing a score in prose (cells keep numbers). */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const fraction = String(abs % 100).padStart(2, '0');
  return `${sign}${Math.floor(abs / 100)},${fraction}`;
}

/**
 * A value as a reader sees it anywhere (CLI, panel, messages): a decimal comma, at most two
 * decimals, no trailing zeros (2,5; 3); a value that needs more is shown rounded half-up with
 * its exact form beside it — a fraction of up to 12 as such, "1,17 (= 7/6)", anything else
 * to six decimals, "2,33 (= 2,333)".
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const cents = decimalToCents(n);
  const short = formatCents(cents)
    .replace(/,00$/, '')
    .replace(/(,\d)0$/, '$1');
  if (Math.abs(n * 100 - cents) < 1e-9) return short;
  const exact = exactOf(n);
  const beside =
    exact && exact.den <= 12 ? `${exact.num}/${exact.den}` : decimalText(Number(n.toFixed(6)));
  return `${short} (= ${beside})`;
}

/**
 * A number as an Indonesian reader writes it: a decimal comma, never a point.
 * With `places`, fixed to that many decimals (scores are shown to the cent).
 */
export function decimalText(n: number, places?: number): string {
  return (places === undefined ? String(n) : n.toFixed(places)).replace('.', ',');
}
