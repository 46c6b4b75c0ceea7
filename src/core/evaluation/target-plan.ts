import type { Catalogue, Indicator } from '../catalogue/types';
import { MAX_LEVEL } from '../catalogue/types';
import { ratioToCents } from '../kernel/decimal';
import { lcm } from '../kernel/values';
import { countedExact, type LevelMap } from './scoring';

interface PlanStep {
  readonly indicator: Indicator;
  /** The value before the raise: a whole level, or a Pemdi value such as 1,5. */
  readonly from: number;
  /** The next whole level. */
  readonly to: number;
  /** The published index once this raise and all before it are made. */
  readonly indexCentsAfter: number;
}

interface TargetPlan {
  readonly startCents: number;
  readonly targetCents: number;
  /** True when the target is met after the steps (or already was). */
  readonly reached: boolean;
  /** When the target cannot be met: every allowed raise, ending at the best reachable index. */
  readonly steps: readonly PlanStep[];
  readonly endCents: number;
}

export interface PlanLimits {
  /** Only these indicator codes may be raised (all when absent). */
  readonly feasible?: ReadonlySet<string>;
  /** Highest level any indicator may be raised to (5 when absent). */
  readonly maxLevel?: number;
  /** Highest level per indicator code; a cap at or below the current level means "not this one". */
  readonly caps?: ReadonlyMap<string, number>;
}

/**
 * Values scaled by a common denominator D of every value, so that sums stay whole numbers
 * with fractional Pemdi values too: value v is held as v·D.
 */
function scaledValues(catalogue: Catalogue, levels: LevelMap) {
  const exact = catalogue.indicators.map((i) => countedExact(levels, i));
  const common = exact.reduce((d, v) => lcm(d, v.den), 1);
  const scaled = new Map(
    catalogue.indicators.map((i, k) => {
      const v = exact[k] as { num: number; den: number };
      return [i.code, v.num * (common / v.den)];
    }),
  );
  const totalWeight = catalogue.indicators.reduce((s, i) => s + i.weightBp, 0);
  let weightedSum = 0;
  for (const i of catalogue.indicators) weightedSum += i.weightBp * (scaled.get(i.code) ?? common);
  return { common, scaled, totalWeight, weightedSum };
}

/**
 * The fewest raises, each to the next whole level, that lift the index to the target. A raise
 * of a whole level adds its weight to the weighted sum, so taking the largest weights first
 * gives, for any number of raises, the largest possible index: no shorter plan exists. Among
 * equal weights the lowest current value goes first (the cheaper step in practice), then
 * catalogue order. A fractional Pemdi value (1,5) is first raised to the next whole level (2).
 */
export function planToTarget(
  catalogue: Catalogue,
  levels: LevelMap,
  targetCents: number,
  limits: PlanLimits = {},
): TargetPlan {
  const { common, scaled, totalWeight, weightedSum: start } = scaledValues(catalogue, levels);
  const ceilingOf = (indicator: Indicator): number => {
    if (limits.feasible && !limits.feasible.has(indicator.code)) return 0;
    return Math.min(
      MAX_LEVEL,
      limits.maxLevel ?? MAX_LEVEL,
      limits.caps?.get(indicator.code) ?? MAX_LEVEL,
    );
  };
  let weightedSum = start;
  const centsOf = (sum: number) => ratioToCents(sum, totalWeight * common);
  const startCents = centsOf(weightedSum);
  const steps: PlanStep[] = [];
  let cents = startCents;
  while (cents < targetCents) {
    const next = nextRaise(catalogue.indicators, scaled, common, ceilingOf);
    if (!next) break;
    const before = scaled.get(next.code) ?? common;
    const to = Math.floor(before / common) + 1;
    scaled.set(next.code, to * common);
    weightedSum += next.weightBp * (to * common - before);
    cents = centsOf(weightedSum);
    steps.push({ indicator: next, from: before / common, to, indexCentsAfter: cents });
  }
  return { startCents, targetCents, reached: cents >= targetCents, steps, endCents: cents };
}

function nextRaise(
  indicators: readonly Indicator[],
  scaled: ReadonlyMap<string, number>,
  common: number,
  ceilingOf: (indicator: Indicator) => number,
): Indicator | undefined {
  let best: Indicator | undefined;
  let bestValue = Number.POSITIVE_INFINITY;
  for (const indicator of indicators) {
    const value = scaled.get(indicator.code) ?? common;
    // A raise goes to the next whole level, which must be within the ceiling.
    if (Math.floor(value / common) + 1 > ceilingOf(indicator)) continue;
    if (
      !best ||
      indicator.weightBp > best.weightBp ||
      (indicator.weightBp === best.weightBp && value < bestValue)
    ) {
      best = indicator;
      bestValue = value;
    }
  }
  return best;
}

interface GroupedStep {
  readonly indicator: Indicator;
  readonly from: number;
  readonly to: number;
  /** The published index once this indicator's raises and every line before it are made. */
  readonly indexCentsAfter: number;
}

/**
 * The same raises, one line per indicator (an indicator the greedy order raised twice, with
 * others between, is one line 1→3), in the order of each indicator's first raise. The index
 * after each line is recomputed for that order; the last line ends at the same index.
 */
export function groupedSteps(
  catalogue: Catalogue,
  levels: LevelMap,
  plan: TargetPlan,
): GroupedStep[] {
  const { common, totalWeight } = scaledValues(catalogue, levels);
  let { weightedSum } = scaledValues(catalogue, levels);
  const order: Indicator[] = [];
  const span = new Map<string, { from: number; to: number }>();
  for (const step of plan.steps) {
    const seen = span.get(step.indicator.code);
    if (seen) span.set(step.indicator.code, { from: seen.from, to: step.to });
    else {
      order.push(step.indicator);
      span.set(step.indicator.code, { from: step.from, to: step.to });
    }
  }
  return order.map((indicator) => {
    const { from, to } = span.get(indicator.code) as { from: number; to: number };
    weightedSum += indicator.weightBp * Math.round((to - from) * common);
    return {
      indicator,
      from,
      to,
      indexCentsAfter: ratioToCents(weightedSum, totalWeight * common),
    };
  });
}
