import { resolveCatalogue } from '../../catalogue/registry';
import { MAX_LEVEL } from '../../catalogue/types';
import { type PlanLimits, planToTarget } from '../../evaluation/target-plan';
import { centsToNumber } from '../../kernel/decimal';
import { InputError } from '../../kernel/errors';
import { isBlank } from '../../kernel/text';
import { type Cells, cellsOf, isOmitted } from './cells';
import { msg } from './formula-text';
import { type LevelsArgument, readLevelsArgument } from './level-arguments';
import { readScoreCents } from './score-values';

/**
 * SPBE_RENCANA: the fewest one-level raises that reach the target, one row per raise
 * (indikator, nama, dari, ke, indeks setelah), between a "now" row and a verdict row.
 * `limits` is optional: one highest level for all, or one per levels cell (blank = 5; the
 * current level or lower = do not raise this one).
 */
export function planFormula(
  levels: unknown,
  target: unknown,
  codes?: unknown,
  framework?: unknown,
  limits?: unknown,
): (string | number)[][] {
  const catalogue = resolveCatalogue(framework);
  if (isBlank(target)) throw new InputError(msg.targetMissing());
  const targetCents = readScoreCents(target, msg.targetPlace());
  const read = readLevelsArgument(catalogue, levels, codes);
  const plan = planToTarget(catalogue, read.levels, targetCents, readLimits(read, limits));
  const rows: (string | number)[][] = [
    [...msg.planHeader()],
    [
      msg.planNowLabel(),
      msg.planNowDetail(plan.startCents, plan.targetCents),
      '',
      '',
      centsToNumber(plan.startCents),
    ],
    ...plan.steps.map((s) => [
      s.indicator.code,
      s.indicator.name,
      s.from,
      s.to,
      centsToNumber(s.indexCentsAfter),
    ]),
  ];
  const verdict =
    plan.steps.length === 0 && plan.reached
      ? [msg.planAlreadyMetLabel(), msg.planAlreadyMet(plan.startCents, plan.targetCents)]
      : plan.reached
        ? [msg.planReachedLabel(), msg.planReached(plan.steps.length, plan.endCents)]
        : [msg.planUnreachableLabel(), msg.planUnreachable(plan.targetCents, plan.endCents)];
  rows.push([...verdict, '', '', centsToNumber(plan.endCents)]);
  return rows;
}

function readLimits(read: LevelsArgument, limits: unknown): PlanLimits {
  if (isOmitted(limits)) return {};
  const shape = cellsOf(limits);
  if (!shape.isRange || shape.cells.length === 1) {
    return { maxLevel: capIn(shape, 0) };
  }
  if (shape.cells.length !== read.shape.cells.length) {
    throw new InputError(msg.limitsCountWrong(shape.cells.length, read.shape.cells.length));
  }
  const caps = new Map<string, number>();
  shape.cells.forEach((_, i) => {
    const indicator = read.indicatorAt[i];
    if (indicator) caps.set(indicator.code, capIn(shape, i));
  });
  return { caps };
}

function capIn(shape: Cells, i: number): number {
  const cell = shape.cells[i];
  if (!cell || isBlank(cell.value)) return MAX_LEVEL;
  const n = typeof cell.value === 'number' ? cell.value : Number(String(cell.value).trim());
  if (!Number.isInteger(n) || n < 1 || n > MAX_LEVEL) {
    throw new InputError(
      msg.atPlace(msg.cellPlace(shape, cell, 'batas'), msg.notALimit(msg.shown(cell.value))),
    );
  }
  return n;
}
