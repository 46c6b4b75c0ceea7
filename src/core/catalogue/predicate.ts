import { decimalToCents, formatCents, ratioToCents } from '../kernel/decimal';
import type { Exact } from '../kernel/values';
import { predicateText } from './predicate-text';
import type { Catalogue, Cycle, PredicateBand, PredicateReading } from './types';

/**
 * The predikat of an index, read as the evaluation year's national report reads it: from the
 * index rounded to two decimals (2023) or from the unrounded index (2024). The two readings
 * differ only for an unrounded index in [edge − 0,005; edge), so an index that close to an
 * edge carries a note saying which reading gave its predikat.
 */
export interface Predicate {
  readonly label: string;
  /** The maturity name of the band (Pemdi), else the label. */
  readonly alias: string;
  /** Set when the unrounded index is within 0,005 of a band edge. */
  readonly note: string | null;
}

/**
 * The convention of an evaluation year: the latest listed cycle not after it, else the first
 * listed; without a year, the latest listed (the current reports'). None listed: rounded.
 */
/** How a year's predikat is read, in a sentence for the Rekap. */
export function predicateReadingSentence(year: number, cycle: Cycle): string {
  return predicateText.readingOfYear(year, cycle);
}

export function cycleOf(catalogue: Catalogue, year?: number | null): Cycle {
  const cycles = [...(catalogue.cycles ?? [])].sort((a, b) => a.year - b.year);
  const fallback: Cycle = { year: year ?? 0, predicateFrom: 'rounded' };
  if (cycles.length === 0) return fallback;
  if (year === undefined || year === null) return cycles[cycles.length - 1] as Cycle;
  return [...cycles].reverse().find((c) => c.year <= year) ?? (cycles[0] as Cycle);
}

/** An index typed or computed as a number, kept to a millionth (3,4985 stays below 3,50). */
export function exactOfIndex(value: number): Exact {
  return { num: Math.round(value * 1e6), den: 1e6 };
}

function reaches(index: Exact, minCents: number, reading: PredicateReading): boolean {
  return reading === 'rounded'
    ? ratioToCents(index.num, index.den) >= minCents
    : 100 * index.num >= minCents * index.den;
}

function bandOf(catalogue: Catalogue, index: Exact, reading: PredicateReading) {
  const bands = catalogue.predicates;
  return (
    bands.find((b) => reaches(index, decimalToCents(b.min), reading)) ?? bands[bands.length - 1]
  );
}

/** The band edge (other than the lowest band's) an unrounded index is within 0,005 of. */
function edgeNear(catalogue: Catalogue, index: Exact): PredicateBand | undefined {
  return catalogue.predicates.slice(0, -1).find((b) => {
    // |index − min| ≤ 0,005  ⇔  |200·num − 2·minCents·den| ≤ den
    const gap = Math.abs(200 * index.num - 2 * decimalToCents(b.min) * index.den);
    return gap <= index.den;
  });
}

export function predicateOf(catalogue: Catalogue, index: Exact, year?: number | null): Predicate {
  const cycle = cycleOf(catalogue, year);
  const band = bandOf(catalogue, index, cycle.predicateFrom);
  const label = band?.label ?? '';
  const edge = edgeNear(catalogue, index);
  return {
    label,
    alias: band?.alias ?? label,
    note: edge
      ? predicateText.nearEdge({
          unrounded: index.num / index.den,
          rounded: formatCents(ratioToCents(index.num, index.den)),
          edge: edge.label,
          edgeValue: formatCents(decimalToCents(edge.min)),
          year: cycle.year || null,
          reading: cycle.predicateFrom,
          label,
        })
      : null,
  };
}
