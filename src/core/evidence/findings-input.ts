import type { EvidenceRule } from '../catalogue/framework';
import { starterEvidenceRules } from '../catalogue/registry';
import type { Catalogue, Indicator } from '../catalogue/types';
import { MIN_EXPLANATION_CHARS } from '../entry/thresholds';
import { ASSESSMENT_COLUMNS } from '../workbook/assessment-tab';
import { type WorkbookContext, withCurrentTab } from '../workbook/context';
import { readKeyedTable } from '../workbook/keyed-table';
import { codeKeyOf } from '../workbook/opd-columns';
import type { OpdRecord } from '../workbook/ownership';
import type { Cell, TabContent, WorkbookPort } from '../workbook/port';
import { TAB } from '../workbook/tab-names';
import type { DraftRules } from './draft-check';
import type { EvidenceFact } from './drive-facts';
import { type Entry, entriesOf } from './entries';
import { readEvidenceRules } from './evidence-rules';
import type { FindingsInput } from './findings';
import { readRevisions } from './revisions-tab';

/**
 * What a draft of one indicator is held to before saving: the inputs of the check's own rules
 * that need no Drive — the same as findingsInputFor gives the check — so both agree.
 */
export function draftRules(
  ctx: WorkbookContext,
  rules: readonly EvidenceRule[],
  opd: OpdRecord,
  indicator: Indicator,
): DraftRules {
  return {
    minExplanation: MIN_EXPLANATION_CHARS,
    allowedHosts: ctx.settings.allowedHosts,
    opd,
    indicator,
    evidenceRules: rules.filter((r) => r.indicators.includes(indicator.no)),
    itemRule: ctx.settings.itemRule,
  };
}

/** The evidence rules as admins edited them (Aturan bukti), or the catalogue's defaults. */
export function evidenceRulesOf(wb: WorkbookPort, catalogue: Catalogue): readonly EvidenceRule[] {
  return readEvidenceRules(wb.read(TAB.evidenceRules)) ?? starterEvidenceRules(catalogue);
}

/**
 * Every OPD's entries, read as the check reads them: one read of each tab, and the rich-text
 * links of its evidence column (text whose link is not in the value).
 */
export function readEntries(wb: WorkbookPort, ctx: WorkbookContext): Entry[] {
  return ctx.opds.flatMap((listed) => {
    const opd = withCurrentTab(wb, listed);
    return entriesOf(opd, ctx.catalogue, wb.read(opd.tab), ctx.settings.allowedHosts, (col) =>
      wb.richLinks(opd.tab, col),
    );
  });
}

/**
 * What the findings are judged on, the same for the completeness check and for the
 * coordinator's panel, so both count alike: the entries, the Drive facts, the evidence rules
 * as admins edited them, the verified levels, and the revisions remembered between checks.
 */
export function findingsInputFor(
  wb: WorkbookPort,
  ctx: WorkbookContext,
  entries: readonly Entry[],
  facts: ReadonlyMap<string, EvidenceFact>,
  options: { readonly driveChecked: boolean; readonly today: string },
): FindingsInput {
  const { settings, catalogue } = ctx;
  return {
    entries,
    facts,
    rules: evidenceRulesOf(wb, catalogue),
    settings: {
      allowedHosts: settings.allowedHosts,
      minExplanationChars: MIN_EXPLANATION_CHARS,
      windowStart: settings.windowStart,
      windowEnd: settings.windowEnd,
      deadline: settings.deadline,
      driveChecked: options.driveChecked,
    },
    itemRule: settings.itemRule,
    verified: verifiedLevels(wb.read(TAB.assessment), catalogue),
    revisions: readRevisions(wb.read(TAB.revisions)),
    today: options.today,
  };
}

function verifiedLevels(
  content: TabContent | undefined,
  catalogue: Catalogue,
): Map<string, number> {
  const table = readKeyedTable(content, ASSESSMENT_COLUMNS, 'code', codeKeyOf(catalogue));
  const out = new Map<string, number>();
  for (const [code, r] of table?.rows ?? []) {
    const v: Cell | undefined = r.verified;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5) out.set(code, v);
  }
  return out;
}
