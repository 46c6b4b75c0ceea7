import { shortNameOf } from '../../catalogue/lookup';
import { exactOfIndex, predicateOf } from '../../catalogue/predicate';
import { indexNameOf } from '../../catalogue/registry';
import { currentStage, onlyBegun } from '../../evaluation/current-stage';
import { type Evaluation, mandiriFollowsItems, stageScores } from '../../evaluation/evaluation';
import { type LevelMap, score } from '../../evaluation/scoring';
import { byNeed } from '../../evidence/by-need';
import { readReport } from '../../evidence/reminders';
import { progressOf } from '../../evidence/report-tab';
import { readableDate } from '../../kernel/dates';
import type { WorkbookPort } from '../../workbook/port';
import { TAB } from '../../workbook/tab-names';
import { planOf } from '../panel/coordinator-panel';

/**
 * The page a Diskominfo brings to the Wali Kota, the Sekda or Bappeda (issue #24): where the
 * Pemda stands per stage against target and last year, which domains or aspects hold it back,
 * what each OPD still owes, the indicators whose raise pays most, and the cheapest path to the
 * target. Every figure is the engine's (stageScores, planOf, the check's progress): the Laporan
 * tab, `spbe laporan` and its PDF only lay this out.
 */
export interface LeadershipReport {
  readonly pemda: string;
  readonly year: number;
  /** 'Indeks SPBE', 'Indeks Pemdi'. */
  readonly indexName: string;
  /** The instrument and the regulation behind it. */
  readonly basis: string;
  /** When the page was made, for people ('28 Nov 2026'). */
  readonly preparedOn: string;
  /** The stage the figures stand for now (Mandiri until the verifiers have said most). */
  readonly current: { readonly key: string; readonly stage: string } | null;
  readonly target: number;
  readonly lastYear: number | null;
  /** The predikat the target and last year's index stand for ('' for no figure). */
  readonly targetPredicate: string;
  readonly lastYearPredicate: string;
  readonly stages: readonly ReportStage[];
  /** Domains (SPBE) or aspects (Pemdi) of the current stage against their target. */
  readonly partKind: 'domain' | 'aspect';
  /** Each part now (null while no stage holds a value: 1,00 would be no one's figure) and its target. */
  readonly parts: readonly ReportPart[];
  readonly opds: readonly ReportOpd[];
  /** When the last Cek kelengkapan ran, for people, or null. */
  readonly checkedAt: string | null;
  readonly gaps: readonly ReportGap[];
  readonly plan: ReturnType<typeof planOf>;
  /** Last day of filling ('' when not set), and whether filling is locked since when. */
  readonly deadline: string;
  readonly lockedSince: string | null;
}

interface ReportStage {
  readonly key: string;
  readonly stage: string;
  readonly index: number | null;
  readonly predicate: string;
  /** How many indicators hold a value at this stage, of `indicators`. */
  readonly assessed: number;
  readonly indicators: number;
  /** The verifiers have only begun: how far along says more than the index (see onlyBegun). */
  readonly onlyBegun: boolean;
}

interface ReportPart {
  readonly id: string;
  readonly name: string;
  readonly value: number | null;
  readonly target: number;
}

interface ReportOpd {
  readonly name: string;
  readonly short: string;
  readonly assigned: number;
  readonly complete: number;
  readonly errors: number;
  readonly warnings: number;
}

/** An indicator below its target level, and what reaching the target adds to the index. */
interface ReportGap {
  readonly code: string;
  readonly name: string;
  readonly owners: string;
  readonly from: number;
  readonly to: number;
  readonly gain: number;
}

/** Stages a leader reads: what OPDs claim (Pemdi with butir), Mandiri, Verifikasi, Final. */
const SHOWN = ['claimed', 'selfAssessed', 'verified', 'final'];
/** The largest gaps listed. */
const GAPS = 10;
/** The planner's cap on the page, as in the panel: level 5 in one year is no plan. */
const PLAN_CAP = 4;

export function leadershipReport(
  wb: WorkbookPort,
  ev: Evaluation,
  today: string,
): LeadershipReport {
  const { settings, catalogue, opds } = ev.ctx;
  const stages = stageScores(ev);
  const count = catalogue.indicators.length;
  const current = currentStage(stages, count);
  const report = readReport(wb.read(TAB.report));
  const progress = progressOf({ opds, entries: ev.entries, findings: report?.findings ?? [] });
  const target = settings.targetIndexCents / 100;
  const lastYear =
    settings.lastYearIndexCents === null
      ? (stages.find((s) => s.key === 'lastYear')?.index ?? null)
      : settings.lastYearIndexCents / 100;
  const predicate = (index: number | null, year: number) =>
    index === null ? '' : predicateOf(catalogue, exactOfIndex(index), year).label;
  return {
    pemda: settings.pemda,
    year: settings.year,
    indexName: indexNameOf(catalogue.id),
    basis: catalogue.legalBasis ?? catalogue.title,
    preparedOn: readableDate(today),
    current: current ? { key: current.key, stage: current.stage } : null,
    target,
    lastYear,
    targetPredicate: predicate(target, settings.year),
    lastYearPredicate: predicate(lastYear, settings.year - 1),
    stages: stages
      .filter((s) => SHOWN.includes(s.key))
      .map((s) => ({
        key: s.key,
        stage: s.stage,
        index: s.index,
        predicate: s.predicate,
        assessed: count - s.notAssessed,
        indicators: count,
        onlyBegun: onlyBegun(s),
      })),
    partKind: catalogue.domains.length > 0 ? 'domain' : 'aspect',
    parts:
      (current ?? stages.find((s) => s.key === 'selfAssessed'))?.parts.map((p) => ({
        ...p,
        value: current ? p.value : null,
      })) ?? [],
    opds: byNeed(
      progress.map((p) => ({
        name: p.opd.name,
        short: p.opd.short,
        assigned: p.assigned,
        complete: p.complete,
        errors: p.errors,
        warnings: p.warnings,
      })),
    ),
    checkedAt: report ? readableDate(report.checkedAt) : null,
    gaps: largestGaps(ev),
    plan: planOf(ev, { target, maxLevel: PLAN_CAP }),
    deadline: settings.deadline ? readableDate(settings.deadline) : '',
    lockedSince: settings.locked ? readableDate(settings.lockedSince) : null,
  };
}

/**
 * The indicators below their target level (Penilaian's Target), each with what raising it to
 * the target adds to the index, largest first: from the levels the planner starts from
 * (Mandiri, or the claims where Mandiri follows accepted butir); each with the OPDs who own it.
 */
function largestGaps(ev: Evaluation): ReportGap[] {
  const { catalogue, opds } = ev.ctx;
  const levels: LevelMap = mandiriFollowsItems(ev)
    ? ev.claims
    : (ev.stageLevels.get('selfAssessed') ?? new Map());
  const targets = ev.stageLevels.get('target') ?? new Map();
  // The exact change, not a difference of rounded figures: a small indicator's raise still counts.
  // One division of whole numbers, so that 0,055 is 0,055 and not 0,054999….
  const exactIndex = (l: LevelMap) => score(catalogue, l).index.exact;
  const now = exactIndex(levels);
  const gainOf = (raised: LevelMap) => {
    const after = exactIndex(raised);
    return (after.num * now.den - now.num * after.den) / (after.den * now.den);
  };
  const gaps: ReportGap[] = [];
  // Another agency's value (Pemdi's external indicators) is no OPD's to raise.
  for (const indicator of catalogue.indicators.filter((i) => !i.external)) {
    const from = levels.get(indicator.code) ?? 1;
    const to = targets.get(indicator.code) ?? ev.ctx.settings.targetLevel;
    if (from >= to) continue;
    const raised = new Map(levels).set(indicator.code, to);
    gaps.push({
      code: indicator.code,
      name: shortNameOf(indicator),
      owners: opds
        .filter((o) => o.indicators.includes(indicator.code))
        .map((o) => o.short)
        .join(', '),
      from,
      to,
      gain: gainOf(raised),
    });
  }
  return gaps.sort((a, b) => b.gain - a.gain || a.code.localeCompare(b.code)).slice(0, GAPS);
}
