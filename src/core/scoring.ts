import { indicatorsOfAspect, indicatorsOfDomain } from './catalogue/lookup';
import type { Aspect, Catalogue, Domain, Indicator, Level } from './catalogue/types';
import { MIN_LEVEL } from './catalogue/types';
import { decimalToCents, ratioToCents } from './decimal';

/** Levels keyed by indicator code; a missing or null entry is "belum dinilai". */
export type LevelMap = ReadonlyMap<string, Level | null>;

/**
 * One published figure: the exact weighted sum and weight it comes from, and its value in
 * hundredths, rounded half-up once, from those exact integers.
 */
interface Figure {
  readonly weightedSum: number;
  readonly weight: number;
  readonly cents: number;
}

interface Scores {
  readonly catalogue: Catalogue;
  readonly index: Figure;
  readonly predicate: string;
  readonly domains: readonly { readonly domain: Domain; readonly figure: Figure }[];
  readonly aspects: readonly { readonly aspect: Aspect; readonly figure: Figure }[];
  /** Indicators with no level: each counted as level 1, as the national evaluators do. */
  readonly notAssessed: readonly Indicator[];
}

/** The level that goes into a sum: a blank counts as the lowest level. */
export function countedLevel(levels: LevelMap, indicator: Indicator): Level {
  return levels.get(indicator.code) ?? (MIN_LEVEL as Level);
}

/** Weighted mean of the counted levels of some indicators. */
export function figureOf(indicators: readonly Indicator[], levels: LevelMap): Figure {
  let weightedSum = 0;
  let weight = 0;
  for (const indicator of indicators) {
    weightedSum += indicator.weightBp * countedLevel(levels, indicator);
    weight += indicator.weightBp;
  }
  return { weightedSum, weight, cents: weight > 0 ? ratioToCents(weightedSum, weight) : 0 };
}

/** The predicate of a published (already rounded) index. */
export function predicateOf(catalogue: Catalogue, indexCents: number): string {
  const band = catalogue.predicates.find((b) => indexCents >= decimalToCents(b.min));
  return band?.label ?? catalogue.predicates[catalogue.predicates.length - 1]?.label ?? '';
}

/**
 * Index, domains and aspects, each its own weighted mean from the levels themselves: never
 * built from already rounded parts, which can be off by 0.01.
 */
export function score(catalogue: Catalogue, levels: LevelMap): Scores {
  const index = figureOf(catalogue.indicators, levels);
  return {
    catalogue,
    index,
    predicate: predicateOf(catalogue, index.cents),
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
