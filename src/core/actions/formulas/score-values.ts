import { MAX_LEVEL, MIN_LEVEL } from '../../catalogue/types';
import { decimalToCents } from '../../kernel/decimal';
import { InputError } from '../../kernel/errors';
import { msg } from './formula-text';

/**
 * An index a person typed or a formula computed (2.6, "2,60", "2.6", 3.4985), within the
 * scale 1,00–5,00 once rounded. `place` says where it came from, for the message.
 */
export function readScore(value: unknown, place: string): number {
  let n: number | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) n = value;
  else if (typeof value === 'string') {
    const t = value.trim().replace(',', '.');
    if (/^[0-9]+(\.[0-9]+)?$/.test(t)) n = Number(t);
  }
  const cents = n === undefined ? undefined : decimalToCents(n);
  if (
    n === undefined ||
    cents === undefined ||
    cents < MIN_LEVEL * 100 ||
    cents > MAX_LEVEL * 100
  ) {
    throw new InputError(msg.atPlace(place, msg.notAScore(msg.shown(value))));
  }
  return n;
}

/** The same, in hundredths rounded half-up (a target index). */
export function readScoreCents(value: unknown, place: string): number {
  return decimalToCents(readScore(value, place));
}
