import type { CoordinatorView, PlanRequest, PlanView } from '../../../shared/rpc';
import { shortNameOf } from '../../catalogue/lookup';
import { indexNameOf } from '../../catalogue/registry';
import { MAX_LEVEL } from '../../catalogue/types';
import {
  type Evaluation,
  mandiriFollowsItems,
  readEvaluation,
  stageScores,
} from '../../evaluation/evaluation';
import { groupedSteps, planToTarget } from '../../evaluation/target-plan';
import { readReport } from '../../evidence/reminders';
import { progressOf } from '../../evidence/report-tab';
import { readableDate } from '../../kernel/dates';
import { decimalText, numberText } from '../../kernel/decimal';
import { loadContext } from '../../workbook/context';
import type { Cell, WorkbookPort } from '../../workbook/port';
import { requireAdmin } from '../../workbook/roles';
import { opdTabKey, TAB, TAB_KEY } from '../../workbook/tab-names';
import { panelText } from './panel-text';

/**
 * The sidebar's Diskominfo mode, on the server: completeness per OPD (counted from the last
 * check, as Kelengkapan, Rekap and the OPD tabs count it), the self-assessed index against
 * the target and last year, the index per stage with its parts against target, and the
 * cheapest path to the target. Admins only.
 */
function adminEvaluation(
  wb: WorkbookPort,
  year: number,
  action: 'coordinator' | 'plan',
): Evaluation {
  const ctx = loadContext(wb, year);
  requireAdmin(ctx, panelText.doing[action]);
  return readEvaluation(wb, ctx);
}

export function coordinatorView(wb: WorkbookPort, year: number): CoordinatorView {
  const ev = adminEvaluation(wb, year, 'coordinator');
  const report = readReport(wb.read(TAB.report));
  const findings = report?.findings ?? [];
  const stages = stageScores(ev);
  const self = stages.find((s) => s.key === 'selfAssessed');
  const claimed = stages.find((s) => s.key === 'claimed');
  const { settings } = ev.ctx;
  const lastYearStage = stages.find((s) => s.key === 'lastYear')?.index ?? null;
  return {
    checkedAt: report ? readableDate(report.checkedAt) : null,
    opds: progressOf({ opds: ev.ctx.opds, entries: ev.entries, findings }).map((p) => ({
      key: opdTabKey(p.opd.code),
      code: p.opd.code,
      tab: p.opd.tab,
      name: p.opd.name,
      assigned: p.assigned,
      complete: p.complete,
      errors: p.errors,
      warnings: p.warnings,
    })),
    headline: {
      index: self?.index ?? null,
      predicate: self?.predicate ?? '',
      target: settings.targetIndexCents / 100,
      lastYear:
        settings.lastYearIndexCents === null ? lastYearStage : settings.lastYearIndexCents / 100,
      lastYearInstrument:
        settings.lastYearFramework === ev.ctx.catalogue.id
          ? null
          : indexNameOf(settings.lastYearFramework),
      claimed: claimed
        ? { index: claimed.index, items: ev.items.total, accepted: ev.items.accepted }
        : null,
    },
    stages,
    indicators: ev.ctx.catalogue.indicators.length,
    targetIndex: settings.targetIndexCents / 100,
  };
}

export function planView(wb: WorkbookPort, request: PlanRequest, year: number): PlanView {
  return planOf(adminEvaluation(wb, year, 'plan'), request);
}

/**
 * The fewest raises to the target, one line per indicator: from the self-assessment, or,
 * where Mandiri follows accepted butir, from what the OPDs claim — a claim waiting for its
 * items to be accepted is not a raise still to be made.
 */
export function planOf(ev: Evaluation, request: PlanRequest): PlanView {
  const levels = mandiriFollowsItems(ev)
    ? ev.claims
    : (ev.stageLevels.get('selfAssessed') ?? new Map());
  const maxLevel = Math.min(MAX_LEVEL, Math.max(2, Math.round(request.maxLevel ?? MAX_LEVEL)));
  // Another agency's value (Pemdi's external indicators) is no OPD's to raise.
  const plan = planToTarget(ev.ctx.catalogue, levels, Math.round(request.target * 100), {
    maxLevel,
    feasible: new Set(ev.ctx.catalogue.indicators.filter((i) => !i.external).map((i) => i.code)),
  });
  return {
    start: plan.startCents / 100,
    target: plan.targetCents / 100,
    maxLevel,
    reached: plan.reached,
    end: plan.endCents / 100,
    steps: groupedSteps(ev.ctx.catalogue, levels, plan).map((s) => ({
      code: s.indicator.code,
      name: s.indicator.name,
      shortName: shortNameOf(s.indicator),
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
  request: PlanRequest,
  year: number,
  timestamp: string,
): { tab: string; message: string } {
  const plan = planView(wb, request, year);
  const tab = panelText.planTab();
  const header = panelText.planHeader();
  const pad = (first: string) => [first, ...header.slice(1).map(() => '')];
  const cells: Cell[][] = [
    pad(panelText.planTitle(numberText(plan.target), readableDate(timestamp))),
    pad(panelText.planOutcome(plan, (n) => decimalText(n, 2))),
    pad(''),
    [...header],
    // A level from items may be a fraction (7/6): the tab shows it to two decimals.
    ...plan.steps.map((s) => [
      s.code,
      s.name,
      Math.round(s.from * 100) / 100,
      s.to,
      s.after,
      s.opds,
    ]),
  ];
  return wb.withLock(() => {
    wb.ensureTab(tab, `${TAB_KEY.summary}:rencana`);
    wb.write(tab, { cells, frozenRows: 4 });
    return { tab, message: panelText.planWritten(tab, plan.steps.length) };
  });
}
