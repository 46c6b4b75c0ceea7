import type { StageScore } from './evaluation';

/** The stages one compares, most advanced first: what the assessors last said, then Mandiri. */
const ASSESSMENT_STAGES = ['final', 'verified', 'selfAssessed', 'levels'];

/**
 * The figure that stands for a Pemda's index now: the most advanced stage filled for most
 * indicators (a verification just begun is not the city's index), else the stage with the most
 * values; none when no assessment stage holds any. The province view and the leaders' report
 * both name it.
 */
export function currentStage(
  stages: readonly StageScore[],
  indicators: number,
): StageScore | undefined {
  const filled = ASSESSMENT_STAGES.map((key) => stages.find((s) => s.key === key)).filter(
    (s): s is StageScore => s !== undefined && s.index !== null,
  );
  const mostly = filled.find((s) => 2 * s.notAssessed < indicators);
  return mostly ?? [...filled].sort((a, b) => a.notAssessed - b.notAssessed)[0];
}

/** Stages the verifiers fill. */
const DECIDED_BY_OTHERS = ['verified', 'final'];

/**
 * A stage the verifiers have only begun: some indicators decided, others not. Its index
 * counts the rest as level 1, so how many are decided ("1 dari 47 diverifikasi") says more.
 */
export function onlyBegun(s: StageScore): boolean {
  return DECIDED_BY_OTHERS.includes(s.key) && s.index !== null && s.notAssessed > 0;
}
