import { readStageValue } from '../catalogue/levels';
import { isAccepted, mandiriFromItems } from '../entry/items';
import type { Entry } from '../evidence/entries';
import { readEntries } from '../evidence/findings-input';
import { columnsFor, STAGES } from '../workbook/assessment-tab';
import { shownValue } from '../workbook/cells';
import type { WorkbookContext } from '../workbook/context';
import { readKeyedTable } from '../workbook/keyed-table';
import { codeKeyOf } from '../workbook/opd-columns';
import type { Cell, WorkbookPort } from '../workbook/port';
import { TAB } from '../workbook/tab-names';
import { type LevelMap, score } from './scoring';

export interface StageScore {
  /** claimed (Pemdi with butir) | selfAssessed | verified | final | target | lastYear */
  readonly key: string;
  readonly stage: string;
  /** null when the stage holds no level yet ("belum ada data"). */
  readonly index: number | null;
  readonly predicate: string;
  /** When the unrounded index is within 0,005 of a band edge: which reading gave the predikat. */
  readonly predicateNote: string | null;
  readonly notAssessed: number;
  readonly parts: readonly {
    readonly id: string;
    readonly name: string;
    readonly value: number;
    readonly target: number;
  }[];
  /** For the claims' figure: the lead OPDs' evidence items, and how many are accepted. */
  readonly items?: { readonly total: number; readonly accepted: number };
}

/**
 * The evaluation as the tabs hold it: every OPD's active entries, and each stage's level per
 * indicator — Mandiri from the lead OPD's claim (as Penilaian's formula takes it), the other
 * stages from Penilaian's columns. Scores are computed from these in core, by the official
 * rule, never read back from formula results.
 */
export interface Evaluation {
  readonly ctx: WorkbookContext;
  readonly entries: readonly Entry[];
  readonly stageLevels: ReadonlyMap<string, LevelMap>;
  /** Each indicator's lead OPD (Penilaian's OPD utama, else the first owner). */
  readonly leads: ReadonlyMap<string, string>;
  /**
   * What the lead OPDs claim (their Tingkat), and for an external indicator its value: the
   * index the claims would give. Under a butir rule other than `langsung`, Mandiri may hold a
   * claim back until its items are accepted (claimsHeldBack).
   */
  readonly claims: LevelMap;
  /** Evidence items of the lead OPDs' indicators: how many, and how many accepted. */
  readonly items: { readonly total: number; readonly accepted: number };
}

export function readEvaluation(
  wb: WorkbookPort,
  ctx: WorkbookContext,
  read: readonly Entry[] = readEntries(wb, ctx),
): Evaluation {
  const { catalogue, opds } = ctx;
  const entries = read.filter((e) => e.active);
  const table = readKeyedTable(
    wb.read(TAB.assessment),
    columnsFor(catalogue),
    'code',
    codeKeyOf(catalogue),
    { byPosition: true },
  );
  // A stage value as the cell shows it (levels.ts readStageValue): a whole level, or for Pemdi
  // a value such as 2,5 or =7/6; anything else counts 1, as in the Rekap's formulas.
  const level = (v: Cell | undefined): number | null => {
    const reading = readStageValue(shownValue(v), !!catalogue.fractional);
    return reading.ok ? reading.value : null;
  };
  const stageLevels = new Map<string, LevelMap>();
  const self = new Map<string, number | null>();
  const claims = new Map<string, number | null>();
  const leads = new Map<string, string>();
  const items = { total: 0, accepted: 0 };
  for (const indicator of catalogue.indicators) {
    if (indicator.external) {
      // Scored by another agency: Mandiri is its value, entered on Penilaian.
      const value = level(table?.rows.get(indicator.code)?.externalValue);
      self.set(indicator.code, value);
      claims.set(indicator.code, value);
      continue;
    }
    const owners = opds.filter((o) => o.indicators.includes(indicator.code));
    const lead = String(table?.rows.get(indicator.code)?.lead ?? '').trim();
    const leader = owners.find((o) => o.code === lead) ?? owners[0];
    if (leader) leads.set(indicator.code, leader.code);
    const entry = entries.find(
      (e) => e.opd.code === leader?.code && e.indicator.code === indicator.code,
    );
    self.set(indicator.code, mandiriOf(ctx, indicator.code, entry));
    claims.set(indicator.code, entry?.level ?? null);
    for (const i of entry?.items ?? [])
      if (i.active) {
        items.total += 1;
        if (isAccepted(i)) items.accepted += 1;
      }
  }
  stageLevels.set('selfAssessed', self);
  for (const stage of STAGES.filter((s) => s.key !== 'selfAssessed'))
    stageLevels.set(
      stage.key,
      new Map(
        catalogue.indicators.map((i) => [i.code, level(table?.rows.get(i.code)?.[stage.key])]),
      ),
    );
  return { ctx, entries, stageLevels, leads, claims, items };
}

/**
 * Indicators whose Mandiri is below what the lead OPD claims, because the butir rule counts
 * only accepted items: the claim waits for the verifier.
 */
export function claimsHeldBack(ev: Evaluation): string[] {
  const self = ev.stageLevels.get('selfAssessed');
  return ev.ctx.catalogue.indicators
    .filter((i) => {
      const claim = ev.claims.get(i.code) ?? null;
      return claim !== null && claim > (self?.get(i.code) ?? 1);
    })
    .map((i) => i.code);
}

/** Whether Mandiri follows accepted items rather than the claims (Pemdi, not `langsung`). */
export function mandiriFollowsItems(ev: Evaluation): boolean {
  return (ev.ctx.catalogue.items ?? []).length > 0 && ev.ctx.settings.itemRule !== 'langsung';
}

/**
 * The lead OPD's Mandiri value of an indicator: its claim, or, for an indicator with evidence
 * items under a rule other than `langsung`, what its accepted items give (items.ts).
 */
function mandiriOf(ctx: WorkbookContext, code: string, entry: Entry | undefined): number | null {
  const { catalogue, settings } = ctx;
  const hasItems = (catalogue.items ?? []).some((i) => i.indicator === code);
  if (!hasItems || settings.itemRule === 'langsung') return entry?.level ?? null;
  return mandiriFromItems(entry?.items ?? [], settings.itemRule);
}

/** Index, predicate and parts (domains, else aspects) against target, for every stage. */
export function stageScores(ev: Evaluation): StageScore[] {
  const { catalogue } = ev.ctx;
  const target = score(catalogue, ev.stageLevels.get('target') ?? new Map());
  const byDomain = catalogue.domains.length > 0;
  const partsOf = (s: ReturnType<typeof score>) =>
    (byDomain
      ? s.domains.map((x) => ({ part: x.domain, figure: x.figure }))
      : s.aspects.map((x) => ({ part: x.aspect, figure: x.figure }))
    ).map(({ part, figure }) => {
      const t =
        (byDomain
          ? target.domains.find((x) => x.domain.id === part.id)?.figure
          : target.aspects.find((x) => x.aspect.id === part.id)?.figure
        )?.cents ?? 0;
      return { id: part.id, name: part.name, value: figure.cents / 100, target: t / 100 };
    });
  const scoreOf = (key: string, label: string, levels: LevelMap): StageScore => {
    const s = score(catalogue, levels, ev.ctx.settings.year);
    const assessed = [...levels.values()].some((l) => l !== null);
    return {
      key,
      stage: label,
      index: assessed ? s.index.cents / 100 : null,
      predicate: assessed ? s.predicate.label : '',
      predicateNote: assessed ? s.predicate.note : null,
      notAssessed: s.notAssessed.length,
      parts: partsOf(s),
    };
  };
  // Where Mandiri follows accepted items, what the OPDs claim is a figure of its own, first.
  const claimed = mandiriFollowsItems(ev)
    ? [{ ...scoreOf('claimed', CLAIM_STAGE, ev.claims), items: ev.items }]
    : [];
  return [
    ...claimed,
    ...STAGES.map((stage) =>
      scoreOf(stage.key, stage.label, ev.stageLevels.get(stage.key) ?? new Map()),
    ),
  ];
}

/** The figure of what the lead OPDs claim, beside Mandiri (Pemdi with butir). */
const CLAIM_STAGE = 'Klaim OPD';
