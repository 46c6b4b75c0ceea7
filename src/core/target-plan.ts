import type { Catalogue, Indicator, Level } from './catalogue/types';
import { MAX_LEVEL } from './catalogue/types';
import { ratioToCents } from './decimal';
import { countedLevel, type LevelMap } from './scoring';

interface PlanStep {
  readonly indicator: Indicator;
  readonly from: Level;
  readonly to: Level;
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
 * The fewest one-level raises that lift the index to the target. A raise of indicator i adds
 * its weight to the weighted sum, so taking the largest weights first gives, for any number
 * of raises, the largest possible index: no shorter plan exists. Among equal weights the
 * lowest current level goes first (the cheaper step in practice), then catalogue order.
 */
export function planToTarget(
  catalogue: Catalogue,
  levels: LevelMap,
  targetCents: number,
  limits: PlanLimits = {},
): TargetPlan {
  const current = new Map<string, Level>(
    catalogue.indicators.map((i) => [i.code, countedLevel(levels, i)]),
  );
  const ceilingOf = (indicator: Indicator): number => {
    if (limits.feasible && !limits.feasible.has(indicator.code)) return 0;
    return Math.min(
      MAX_LEVEL,
      limits.maxLevel ?? MAX_LEVEL,
      limits.caps?.get(indicator.code) ?? MAX_LEVEL,
    );
  };
  const totalWeight = catalogue.indicators.reduce((s, i) => s + i.weightBp, 0);
  let weightedSum = catalogue.indicators.reduce(
    (s, i) => s + i.weightBp * (current.get(i.code) ?? 1),
    0,
  );
  const startCents = ratioToCents(weightedSum, totalWeight);
  const steps: PlanStep[] = [];

  let cents = startCents;
  while (cents < targetCents) {
    const next = nextRaise(catalogue.indicators, current, ceilingOf);
    if (!next) break;
    const from = current.get(next.code) ?? 1;
    const to = (from + 1) as Level;
    current.set(next.code, to);
    weightedSum += next.weightBp;
    cents = ratioToCents(weightedSum, totalWeight);
    steps.push({ indicator: next, from, to, indexCentsAfter: cents });
  }
  return { startCents, targetCents, reached: cents >= targetCents, steps, endCents: cents };
}

function nextRaise(
  indicators: readonly Indicator[],
  current: ReadonlyMap<string, Level>,
  ceilingOf: (indicator: Indicator) => number,
): Indicator | undefined {
  let best: Indicator | undefined;
  let bestLevel = MAX_LEVEL + 1;
  for (const indicator of indicators) {
    const level = current.get(indicator.code) ?? 1;
    if (level >= ceilingOf(indicator)) continue;
    if (
      !best ||
      indicator.weightBp > best.weightBp ||
      (indicator.weightBp === best.weightBp && level < bestLevel)
    ) {
      best = indicator;
      bestLevel = level;
    }
  }
  return best;
}

interface GroupedStep {
  readonly indicator: Indicator;
  readonly from: Level;
  readonly to: Level;
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
  const totalWeight = catalogue.indicators.reduce((s, i) => s + i.weightBp, 0);
  let weightedSum = catalogue.indicators.reduce(
    (s, i) => s + i.weightBp * countedLevel(levels, i),
    0,
  );
  const order: Indicator[] = [];
  const span = new Map<string, { from: Level; to: Level }>();
  for (const step of plan.steps) {
    const seen = span.get(step.indicator.code);
    if (seen) span.set(step.indicator.code, { from: seen.from, to: step.to });
    else {
      order.push(step.indicator);
      span.set(step.indicator.code, { from: step.from, to: step.to });
    }
  }
  return order.map((indicator) => {
    const { from, to } = span.get(indicator.code) as { from: Level; to: Level };
    weightedSum += indicator.weightBp * (to - from);
    return { indicator, from, to, indexCentsAfter: ratioToCents(weightedSum, totalWeight) };
  });
}
