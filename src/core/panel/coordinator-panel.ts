import type { CoordinatorView, PlanView, StageScore } from '../../shared/rpc';
import type { Catalogue, Level } from '../catalogue/types';
import { decimalText } from '../decimal';
import { InputError } from '../errors';
import { readCheckInputs } from '../evidence/check';
import { defaultEvidenceRules, readEvidenceRules } from '../evidence/evidence-rules';
import { readFacts } from '../evidence/facts-tab';
import { type Entry, entriesOf, findingsFor } from '../evidence/findings';
import { readReport } from '../evidence/reminders';
import { progressOf, progressSummary } from '../evidence/report-tab';
import { type LevelMap, score } from '../scoring';
import { planToTarget } from '../target-plan';
import { readKeyedTable } from '../workbook/keyed-table';
import { codeKeyOf } from '../workbook/opd-tab';
import type { OpdRecord } from '../workbook/ownership';
import { PENILAIAN_COLUMNS, STAGES } from '../workbook/penilaian-tab';
import type { Cell, WorkbookPort } from '../workbook/port';
import type { Settings } from '../workbook/settings-tab';
import { TAB, TAB_KEY } from '../workbook/tab-names';
import { roleOf } from './opd-panel';
import { panelText } from './panel-text';

/**
 * The sidebar's Diskominfo mode, on the server: completeness per OPD, the index per stage with
 * its parts against target, and the cheapest path to the target — computed in core from the
 * tabs (the same rule as the sheet's formulas), not read from formula results.
 */
export interface Data {
  settings: Settings;
  catalogue: Catalogue;
  opds: readonly OpdRecord[];
  entries: Entry[];
  stageLevels: Map<string, LevelMap>;
}

function data(wb: WorkbookPort, year: number): Data {
  const d = evaluationData(wb, year);
  if (roleOf(wb.userEmail(), d.settings, d.opds) !== 'admin')
    throw new InputError(panelText.adminsOnly());
  return d;
}

/** Everything the scores of every stage need, read from the tabs (no right checked here). */
export function evaluationData(wb: WorkbookPort, year: number): Data {
  const { settings, catalogue, opds } = readCheckInputs(wb, year);
  const entries = opds.flatMap((o) =>
    entriesOf(o, catalogue, wb.read(o.tab), settings.allowedHosts).filter((e) => e.active),
  );
  const table = readKeyedTable(
    wb.read(TAB.assessment),
    PENILAIAN_COLUMNS,
    'code',
    codeKeyOf(catalogue),
  );
  const stageLevels = new Map<string, LevelMap>();
  const number = (v: Cell | undefined): Level | null =>
    typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? (v as Level) : null;
  // Mandiri: the lead OPD's claim (OPD utama, else the first owner), as Penilaian's formula.
  const self = new Map<string, Level | null>();
  for (const indicator of catalogue.indicators) {
    const owners = opds.filter((o) => o.indicators.includes(indicator.code));
    const lead = String(table?.rows.get(indicator.code)?.lead ?? '').trim();
    const leader = owners.find((o) => o.code === lead) ?? owners[0];
    self.set(
      indicator.code,
      entries.find((e) => e.opd.code === leader?.code && e.indicator.code === indicator.code)
        ?.level ?? null,
    );
  }
  stageLevels.set('selfAssessed', self);
  for (const stage of STAGES.filter((s) => s.key !== 'selfAssessed')) {
    stageLevels.set(
      stage.key,
      new Map(
        catalogue.indicators.map((i) => [i.code, number(table?.rows.get(i.code)?.[stage.key])]),
      ),
    );
  }
  return { settings, catalogue, opds, entries, stageLevels };
}

/** Index, predicate and parts (domains, else aspects) against target, for every stage. */
export function stageScores(d: Data): StageScore[] {
  const target = score(d.catalogue, d.stageLevels.get('target') ?? new Map());
  const partsOf = (s: ReturnType<typeof score>) =>
    (d.catalogue.domains.length > 0
      ? s.domains.map((x) => ({ part: x.domain, figure: x.figure }))
      : s.aspects.map((x) => ({ part: x.aspect, figure: x.figure }))
    ).map(({ part, figure }) => {
      const t =
        (d.catalogue.domains.length > 0
          ? target.domains.find((x) => x.domain.id === part.id)?.figure
          : target.aspects.find((x) => x.aspect.id === part.id)?.figure
        )?.cents ?? 0;
      return { id: part.id, name: part.name, value: figure.cents / 100, target: t / 100 };
    });
  return STAGES.map((stage) => {
    const levels = d.stageLevels.get(stage.key) ?? new Map();
    const s = score(d.catalogue, levels);
    const assessed = [...levels.values()].some((l) => l !== null);
    return {
      stage: stage.label,
      index: assessed ? s.index.cents / 100 : null,
      predicate: assessed ? s.predicate : '',
      notAssessed: s.notAssessed.length,
      parts: partsOf(s),
    };
  });
}

export function coordinatorView(wb: WorkbookPort, year: number): CoordinatorView {
  const d = data(wb, year);
  const facts = readFacts(wb.read(TAB.facts));
  const { findings } = findingsFor({
    entries: d.entries,
    facts,
    rules: readEvidenceRules(wb.read(TAB.evidenceRules)) ?? defaultEvidenceRules(d.catalogue),
    settings: {
      allowedHosts: d.settings.allowedHosts,
      minExplanationChars: 40,
      windowStart: d.settings.windowStart,
      windowEnd: d.settings.windowEnd,
      driveChecked: facts.size > 0,
      deadline: d.settings.deadline,
    },
    verified: new Map(),
    revisions: new Map(),
    today: '',
  });
  const stages = stageScores(d);
  return {
    checkedAt: readReport(wb.read(TAB.report))?.checkedAt ?? null,
    opds: progressOf({ opds: d.opds, entries: d.entries, findings }).map(progressSummary),
    stages,
    targetIndex: d.settings.targetIndexCents / 100,
  };
}

export function planView(wb: WorkbookPort, target: number, year: number): PlanView {
  return planOf(data(wb, year), target);
}

/** The fewest raises from the self-assessment to `target`, with the OPDs owning each. */
export function planOf(d: Data, target: number): PlanView {
  const levels = d.stageLevels.get('selfAssessed') ?? new Map();
  const plan = planToTarget(d.catalogue, levels, Math.round(target * 100));
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
      opds: d.opds
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
  const cells: Cell[][] = [
    [
      `Rencana mencapai indeks ${decimalText(plan.target)} — dibuat ${timestamp}`,
      '',
      '',
      '',
      '',
      '',
    ],
    [
      `Indeks mandiri sekarang ${decimalText(plan.start)}; ${plan.reached ? `tercapai dengan ${plan.steps.length} kenaikan` : `tidak tercapai, tertinggi ${decimalText(plan.end)}`}.`,
      '',
      '',
      '',
      '',
      '',
    ],
    ['', '', '', '', '', ''],
    ['Indikator', 'Nama', 'Dari', 'Ke', 'Indeks setelah', 'OPD'],
    ...plan.steps.map((s) => [s.code, s.name, s.from, s.to, s.after, s.opds]),
  ];
  return wb.withLock(() => {
    wb.ensureTab(tab, `${TAB_KEY.summary}:rencana`);
    wb.write(tab, { cells, frozenRows: 4 });
    return { tab, message: panelText.planWritten(tab, plan.steps.length) };
  });
}
