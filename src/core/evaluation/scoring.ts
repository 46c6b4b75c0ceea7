import { indicatorsOfAspect, indicatorsOfDomain } from '../catalogue/lookup';
import { type Predicate, predicateOf } from '../catalogue/predicate';
import type { Aspect, Catalogue, Domain, Indicator } from '../catalogue/types';
import { MIN_LEVEL } from '../catalogue/types';
import { ratioToCents } from '../kernel/decimal';
import { type Exact, exactOf, lcm } from '../kernel/values';

/**
 * Values keyed by indicator code: whole levels (SPBE), or Pemdi values that may be fractional
 * (read by values.ts, so each stands for an exact fraction); a missing or null entry is
 * "belum dinilai".
 */
export type LevelMap = ReadonlyMap<string, number | null>;

/**
 * One published figure: the exact weighted mean it comes from (a fraction), and its value in
 * hundredths, rounded half-up once, from those exact integers.
 */
interface Figure {
  readonly exact: Exact;
  readonly cents: number;
}

interface Scores {
  readonly catalogue: Catalogue;
  readonly index: Figure;
  /** Read as the evaluation year's report reads it (predicate.ts). */
  readonly predicate: Predicate;
  readonly domains: readonly { readonly domain: Domain; readonly figure: Figure }[];
  readonly aspects: readonly { readonly aspect: Aspect; readonly figure: Figure }[];
  /** Indicators with no level: each counted as level 1, as the national evaluators do. */
  readonly notAssessed: readonly Indicator[];
}

/** The value that goes into a sum: a blank counts as the lowest level. */
function countedLevel(levels: LevelMap, indicator: Indicator): number {
  return levels.get(indicator.code) ?? MIN_LEVEL;
}

/** The exact value behind a counted value (values.ts has read it, so it is exact). */
export function countedExact(levels: LevelMap, indicator: Indicator): Exact {
  const value = countedLevel(levels, indicator);
  return exactOf(value) ?? { num: Math.round(value * 1e6), den: 1e6 };
}

/**
 * Weighted mean of the counted values of some indicators, exactly: over a common denominator
 * D of all values, Σ wᵢ·vᵢ·D is a whole number, and the figure is that sum over Σwᵢ·D.
 */
export function figureOf(indicators: readonly Indicator[], levels: LevelMap): Figure {
  const values = indicators.map((i) => countedExact(levels, i));
  const common = values.reduce((d, v) => lcm(d, v.den), 1);
  let weightedSum = 0;
  let weight = 0;
  indicators.forEach((indicator, k) => {
    const v = values[k] as Exact;
    weightedSum += indicator.weightBp * v.num * (common / v.den);
    weight += indicator.weightBp;
  });
  if (weight === 0) return { exact: { num: 0, den: 1 }, cents: 0 };
  return {
    exact: { num: weightedSum, den: weight * common },
    cents: ratioToCents(weightedSum, weight * common),
  };
}

/**
 * Index, domains and aspects, each its own weighted mean from the levels themselves: never
 * built from already rounded parts, which can be off by 0.01.
 */
export function score(catalogue: Catalogue, levels: LevelMap, year?: number | null): Scores {
  const index = figureOf(catalogue.indicators, levels);
  return {
    catalogue,
    index,
    predicate: predicateOf(catalogue, index.exact, year),
    domains: catalogue.domains.map((domain) => ({
      domain,
      figure: figureOf(indicatorsOfDomain(catalogue, domain.id), levels),
    })),
    aspects: catalogue.aspects.map((aspect) => ({
      aspect,
      figure: figureOf(indicatorsOfAspect(catalogue, aspect.id), levels),
    })),
    notAssessed: catalogue.indicators.filter((i) => (levels.get(i.code) ?? null) === null),
  };
}
