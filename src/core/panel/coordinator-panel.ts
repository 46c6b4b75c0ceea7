import type { CoordinatorView, PlanView } from '../../shared/rpc';
import { loadContext } from '../context';
import { decimalText } from '../decimal';
import { type Evaluation, readEvaluation, stageScores } from '../evaluation';
import { readFacts } from '../evidence/facts-tab';
import { findingsFor } from '../evidence/findings';
import { findingsInputFor } from '../evidence/findings-input';
import { readReport } from '../evidence/reminders';
import { progressOf, progressSummary } from '../evidence/report-tab';
import { requireAdmin } from '../roles';
import { planToTarget } from '../target-plan';
import type { Cell, WorkbookPort } from '../workbook/port';
import { TAB, TAB_KEY } from '../workbook/tab-names';
import { panelText } from './panel-text';

/**
 * The sidebar's Diskominfo mode, on the server: completeness per OPD (counted as the check
 * counts it), the index per stage with its parts against target, and the cheapest path to the
 * target. Admins only.
 */
function adminEvaluation(
  wb: WorkbookPort,
  year: number,
  action: 'coordinator' | 'plan',
): Evaluation {
  const ctx = loadContext(wb, year);
  requireAdmin(ctx, action);
  return readEvaluation(wb, ctx);
}

export function coordinatorView(wb: WorkbookPort, year: number, today: string): CoordinatorView {
  const ev = adminEvaluation(wb, year, 'coordinator');
  const facts = readFacts(wb.read(TAB.facts));
  const { findings } = findingsFor(
    findingsInputFor(wb, ev.ctx, ev.entries, facts, { driveChecked: facts.size > 0, today }),
  );
  return {
    checkedAt: readReport(wb.read(TAB.report))?.checkedAt ?? null,
    opds: progressOf({ opds: ev.ctx.opds, entries: ev.entries, findings }).map(progressSummary),
    stages: stageScores(ev),
    targetIndex: ev.ctx.settings.targetIndexCents / 100,
  };
}

export function planView(wb: WorkbookPort, target: number, year: number): PlanView {
  return planOf(adminEvaluation(wb, year, 'plan'), target);
}

/** The fewest raises from the self-assessment to `target`, with the OPDs owning each. */
export function planOf(ev: Evaluation, target: number): PlanView {
  const levels = ev.stageLevels.get('selfAssessed') ?? new Map();
  const plan = planToTarget(ev.ctx.catalogue, levels, Math.round(target * 100));
  return {
    start: plan.startCents / 100,
    target: plan.targetCents / 100,
    reached: plan.reached,
    end: plan.endCents / 100,
    steps: plan.steps.map((s) => ({
      code: s.indicator.code,
      name: s.indicator.name,
      from: s.from,
      to: s.to,
      after: s.indexCentsAfter / 100,
      opds: ev.ctx.opds
        .filter((o) => o.indicators.includes(s.indicator.code))
        .map((o) => o.short)
        .join(', '),
    })),
  };
}

/** Writes the plan on a Rencana tab, for the coordinator's meeting with the OPDs. */
export function writePlan(
  wb: WorkbookPort,
  target: number,
  year: number,
  timestamp: string,
): { tab: string; message: string } {
  const plan = planView(wb, target, year);
  const tab = panelText.planTab();
  const header = panelText.planHeader();
  const pad = (first: string) => [first, ...header.slice(1).map(() => '')];
  const cells: Cell[][] = [
    pad(panelText.planTitle(decimalText(plan.target), timestamp)),
    pad(panelText.planOutcome(plan, decimalText)),
    pad(''),
    [...header],
    ...plan.steps.map((s) => [s.code, s.name, s.from, s.to, s.after, s.opds]),
  ];
  return wb.withLock(() => {
    wb.ensureTab(tab, `${TAB_KEY.summary}:rencana`);
    wb.write(tab, { cells, frozenRows: 4 });
    return { tab, message: panelText.planWritten(tab, plan.steps.length) };
  });
}
