import { SPBE_2020 } from '../../src/core/catalogue/frameworks/spbe-2020';
import type { Catalogue, Level } from '../../src/core/catalogue/types';
import { type LevelMap, score } from '../../src/core/evaluation/scoring';
import { planToTarget } from '../../src/core/evaluation/target-plan';

/** A small catalogue whose every plan can be checked against all possible raises. */
const SMALL: Catalogue = {
  id: 'kecil',
  title: 'uji',
  provisional: false,
  levelScales: { proses: ['a', 'b', 'c', 'd', 'e'] },
  defaultScale: 'proses',
  predicates: [{ min: 0, label: 'x' }],
  domains: [],
  aspects: [{ id: 'X', name: 'x', weightBp: 10000 }],
  indicators: [
    { no: 1, code: 'K1', name: 'satu', aspect: 'X', weightBp: 4000 },
    { no: 2, code: 'K2', name: 'dua', aspect: 'X', weightBp: 2500 },
    { no: 3, code: 'K3', name: 'tiga', aspect: 'X', weightBp: 2000 },
    { no: 4, code: 'K4', name: 'empat', aspect: 'X', weightBp: 1000 },
    { no: 5, code: 'K5', name: 'lima', aspect: 'X', weightBp: 500 },
  ],
};

function levelsOf(catalogue: Catalogue, values: readonly number[]): Map<string, Level | null> {
  return new Map(catalogue.indicators.map((i, n) => [i.code, (values[n] ?? null) as Level | null]));
}

/** Fewest raises by trying every combination of raises (independent of the planner). */
function bruteForceFewest(
  catalogue: Catalogue,
  start: readonly number[],
  targetCents: number,
  caps: readonly number[],
) {
  let best = Number.POSITIVE_INFINITY;
  const walk = (i: number, levels: number[], raises: number) => {
    if (i === catalogue.indicators.length) {
      const s = score(catalogue, levelsOf(catalogue, levels)).index.cents;
      if (s >= targetCents) best = Math.min(best, raises);
      return;
    }
    const from = start[i] ?? 1;
    for (let to = from; to <= Math.max(from, caps[i] ?? 5); to++)
      walk(i + 1, [...levels, to], raises + to - from);
  };
  walk(0, [], 0);
  return best;
}

describe('target planner', () => {
  const starts = [
    [1, 1, 1, 1, 1],
    [3, 1, 2, 5, 1],
    [2, 4, 1, 3, 2],
    [5, 5, 1, 1, 4],
  ];
  const targets = [150, 222, 300, 351, 420, 500];

  it('finds the fewest raises for every start and target (checked by brute force)', () => {
    for (const start of starts) {
      for (const target of targets) {
        const plan = planToTarget(SMALL, levelsOf(SMALL, start), target);
        const fewest = bruteForceFewest(SMALL, start, target, [5, 5, 5, 5, 5]);
        expect(plan.reached).toBe(fewest !== Number.POSITIVE_INFINITY);
        if (plan.reached) expect(plan.steps.length).toBe(fewest);
      }
    }
  });

  it('finds the fewest raises under per-indicator caps (checked by brute force)', () => {
    const caps = [2, 5, 3, 5, 4];
    for (const start of starts) {
      for (const target of targets) {
        const plan = planToTarget(SMALL, levelsOf(SMALL, start), target, {
          caps: new Map(SMALL.indicators.map((i, n) => [i.code, caps[n] ?? 5])),
        });
        const fewest = bruteForceFewest(SMALL, start, target, caps);
        expect(plan.reached).toBe(fewest !== Number.POSITIVE_INFINITY);
        if (plan.reached) expect(plan.steps.length).toBe(fewest);
        for (const step of plan.steps)
          expect(step.to).toBeLessThanOrEqual(caps[SMALL.indicators.indexOf(step.indicator)] ?? 5);
      }
    }
  });

  it('raises one level at a time, largest weight first, lowest level first among equals', () => {
    const levels = new Map<string, Level>(SPBE_2020.indicators.map((i) => [i.code, 2]));
    levels.set('I45', 1);
    const plan = planToTarget(SPBE_2020, levels, 210);
    // 19700 → 21000 needs 1300 bp: five raises of the 300-bp service indicators (I42–I47),
    // I45 (at 1) first, then the others at 2 in catalogue order, I45 again among them.
    expect(plan.steps.map((s) => [s.indicator.code, s.from, s.to])).toEqual([
      ['I45', 1, 2],
      ['I42', 2, 3],
      ['I43', 2, 3],
      ['I44', 2, 3],
      ['I45', 2, 3],
    ]);
    for (const step of plan.steps) expect(step.to).toBe(step.from + 1);
  });

  it('gives after each step the index those raises really produce', () => {
    const levels = new Map<string, number>(SPBE_2020.indicators.map((i) => [i.code, 2]));
    const plan = planToTarget(SPBE_2020, levels, 300);
    const applied = new Map(levels);
    for (const step of plan.steps) {
      applied.set(step.indicator.code, step.to);
      expect(step.indexCentsAfter).toBe(score(SPBE_2020, applied).index.cents);
    }
    expect(plan.reached).toBe(true);
    expect(plan.endCents).toBeGreaterThanOrEqual(300);
  });

  it('never raises above 5 and says when the target cannot be reached, with the best reachable', () => {
    const levels: LevelMap = new Map(SPBE_2020.indicators.map((i) => [i.code, 4 as Level]));
    const plan = planToTarget(SPBE_2020, levels, 500, { maxLevel: 4 });
    expect(plan.reached).toBe(false);
    expect(plan.steps).toEqual([]);
    expect(plan.endCents).toBe(400);
    const full = planToTarget(SPBE_2020, levels, 500);
    expect(full.reached).toBe(true);
    expect(full.steps).toHaveLength(47);
    expect(Math.max(...full.steps.map((s) => s.to))).toBe(5);
  });

  it('only raises indicators marked feasible', () => {
    const levels: LevelMap = new Map(SPBE_2020.indicators.map((i) => [i.code, 1 as Level]));
    const feasible = new Set(['I01', 'I02']);
    const plan = planToTarget(SPBE_2020, levels, 300, { feasible });
    expect(new Set(plan.steps.map((s) => s.indicator.code))).toEqual(feasible);
    expect(plan.reached).toBe(false);
    // Two 130-bp indicators from 1 to 5: 10000 + 2·4·130 = 11040 → 1.104 → 1,10.
    expect(plan.endCents).toBe(110);
  });

  it('needs no step when the target is already met', () => {
    const levels: LevelMap = new Map(SPBE_2020.indicators.map((i) => [i.code, 3 as Level]));
    expect(planToTarget(SPBE_2020, levels, 300)).toEqual({
      startCents: 300,
      targetCents: 300,
      reached: true,
      steps: [],
      endCents: 300,
    });
  });
});
