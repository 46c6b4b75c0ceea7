import type { EntryView, LinkStatus, OpdView } from '../../../shared/rpc';
import type { EvidenceRule } from '../../catalogue/framework';
import { shortNameOf } from '../../catalogue/lookup';
import { levelGuideFor } from '../../catalogue/registry';
import {
  ENTRY_FIELDS,
  type EntryField,
  type EntryValues,
  type FieldKey,
  ITEM_FIELDS,
  type ItemInput,
} from '../../entry/fields';
import { mandiriFromItems } from '../../entry/items';
import { entryStatus } from '../../evidence/completeness';
import type { EvidenceFact } from '../../evidence/drive-facts';
import { type Entry, entriesOf } from '../../evidence/entries';
import { readFacts } from '../../evidence/facts-tab';
import { draftRules, evidenceRulesOf } from '../../evidence/findings-input';
import { linkStatus } from '../../evidence/link-status';
import { readReport } from '../../evidence/reminders';
import { readableDate } from '../../kernel/dates';
import { InputError } from '../../kernel/errors';
import { editedLevelGuides } from '../../workbook/catalogue-tab';
import { loadContext, type WorkbookContext } from '../../workbook/context';
import { levelOptions } from '../../workbook/opd-columns';
import type { OpdRecord } from '../../workbook/ownership';
import { isFormula, type WorkbookPort } from '../../workbook/port';
import { fillRefusal, requireReader } from '../../workbook/roles';
import { opdTabKey, TAB } from '../../workbook/tab-names';
import { refOf } from './panel-state';
import { panelText } from './panel-text';

/**
 * One OPD's tab as the panel shows it: every active indicator with the one status every view
 * shows (completeness.ts, judged on the last check's findings), the selected indicator with
 * its level guidance, its links as the last check left them, and what the check said of it.
 */
export interface OpdContext {
  readonly ctx: WorkbookContext;
  readonly opd: OpdRecord;
  readonly entries: readonly Entry[];
  readonly facts: ReadonlyMap<string, EvidenceFact>;
  readonly report: ReturnType<typeof readReport>;
  /** The evidence cell as the panel edits it: a formula's or rich text's links, else the text. */
  readonly evidenceText: ReadonlyMap<string, string>;
  readonly guides: ReadonlyMap<string, { criterion: string; evidence: string }[]>;
  /** Aturan bukti, for the draft check (the check's own rules). */
  readonly evidenceRules: readonly EvidenceRule[];
  /** Why this user may not change the tab now; undefined when they may. */
  readonly refusal: string | undefined;
}

export function opdContext(
  wb: WorkbookPort,
  opdKey: string,
  year: number,
  purpose: 'view' | 'save',
  /** The workbook's context when this execution read it already (a save reads it once). */
  loaded?: WorkbookContext,
): OpdContext {
  const ctx = loaded ?? loadContext(wb, year);
  const opd = ctx.opds.find((o) => opdTabKey(o.code) === opdKey);
  if (!opd) throw new InputError(panelText.tabGone());
  // Reading is for the OPD's PICs and the admins; a save says why not through `refusal`.
  if (purpose === 'view') requireReader(ctx, opd);
  const content = wb.read(opd.tab);
  const richLinks = new Map<number, readonly string[]>();
  const entries = entriesOf(opd, ctx.catalogue, content, ctx.settings.allowedHosts, (col) => {
    for (const [row, links] of wb.richLinks(opd.tab, col)) richLinks.set(row, links);
    return richLinks;
  }).filter((e) => e.active);
  const evidenceText = new Map<string, string>();
  const shown = (row: number, links: readonly { text: string }[], col: number) => {
    const raw = content?.cells[row - 1]?.[col - 1] ?? '';
    const labelled = isFormula(raw) || richLinks.has(row);
    return labelled ? links.map((l) => l.text).join('\n') : String(raw);
  };
  for (const e of entries) {
    const col = e.columns.get('evidence') ?? 1;
    evidenceText.set(e.indicator.code, shown(e.row, e.links, col));
    for (const i of e.items) evidenceText.set(i.item.code, shown(i.row, i.links, col));
  }
  return {
    ctx,
    opd,
    entries,
    facts: readFacts(wb.read(TAB.facts)),
    report: readReport(wb.read(TAB.report)),
    evidenceText,
    guides: editedLevelGuides(wb.read(TAB.catalogue)),
    evidenceRules: evidenceRulesOf(wb, ctx.catalogue),
    refusal: fillRefusal(ctx, opd),
  };
}

function linksOf(
  links: Entry['links'],
  facts: ReadonlyMap<string, EvidenceFact>,
  allowedHosts: readonly string[],
): LinkStatus[] {
  return links.map((l) => {
    const fact = l.id ? facts.get(l.id) : undefined;
    const target = fact?.shortcutTarget ? facts.get(fact.shortcutTarget) : undefined;
    return {
      text: l.text,
      name: target?.name || fact?.name || '',
      ...linkStatus(l.text, facts, allowedHosts),
    };
  });
}

function entryView(c: OpdContext, e: Entry): EntryView {
  const { catalogue, settings } = c.ctx;
  const edited = c.guides.get(e.indicator.code);
  const guide = edited?.some((g) => g.criterion !== '')
    ? { levels: edited }
    : levelGuideFor(catalogue, e.indicator);
  const findings = c.report?.findings ?? [];
  return {
    code: e.indicator.code,
    name: e.indicator.name,
    shortName: shortNameOf(e.indicator),
    status: entryStatus(e, findings),
    aspect: e.indicator.aspect,
    choices: levelOptions(catalogue, e.indicator).map((label, i) => ({
      level: i + 1,
      label,
      criterion: guide.levels[i]?.criterion ?? '',
      evidence: guide.levels[i]?.evidence ?? '',
    })),
    ...(fieldValues(c, e.indicator.code, e.values, ENTRY_FIELDS) as Omit<EntryValues, 'level'>),
    level: e.level,
    links: linksOf(e.links, c.facts, settings.allowedHosts),
    checkNotes: findings
      .filter((f) => f.opd === e.opd.code && f.indicator === e.indicator.code)
      .map((f) => ({ severity: f.severity, problem: f.problem, fix: f.fix })),
    version: e.fingerprint,
    canEdit: c.refusal === undefined,
    row: e.row,
    items: e.items
      .filter((i) => i.active)
      .map((i) => ({
        code: i.item.code,
        level: i.item.level,
        name: i.item.name,
        status: i.status,
        ...(fieldValues(c, i.item.code, i.values, ITEM_FIELDS) as ItemInput),
        links: linksOf(i.links, c.facts, settings.allowedHosts),
        verifierNote: i.verifierNote,
        version: i.fingerprint,
        row: i.row,
      })),
    itemValue: itemValueOf(c, e),
  };
}

/**
 * A row's fields as the panel shows them (entry/fields.ts): as typed, links as the evidence
 * cell shows them (a labelled link written out).
 */
function fieldValues(
  c: OpdContext,
  code: string,
  values: Readonly<Record<FieldKey, string>>,
  fields: readonly EntryField[],
): Record<string, string> {
  return Object.fromEntries(
    fields
      .filter((f) => f.type !== 'level')
      .map((f) => [
        f.key,
        f.type === 'links' ? (c.evidenceText.get(code) ?? '') : values[f.key as FieldKey],
      ]),
  );
}

/** What the items give Mandiri, when the rule in Pengaturan takes it from them. */
function itemValueOf(c: OpdContext, e: Entry): EntryView['itemValue'] {
  const rule = c.ctx.settings.itemRule;
  if (!e.items.some((i) => i.active) || rule === 'langsung') return null;
  return { rule, value: mandiriFromItems(e.items, rule) };
}

export function viewOf(c: OpdContext, code: string | null): OpdView {
  const findings = c.report?.findings ?? [];
  const statuses = c.entries.map((e) => entryStatus(e, findings));
  const current = c.entries.find((e) => e.indicator.code === code) ?? c.entries[0];
  const at = current ? c.entries.indexOf(current) : -1;
  // The next not done after the current one, going round.
  const order = c.entries.map((_, i) => (at + 1 + i) % c.entries.length);
  const next = order.find((i) => i !== at && !statuses[i]?.done);
  return {
    opd: refOf(c.opd),
    total: c.entries.length,
    complete: statuses.filter((s) => s.done).length,
    indicators: c.entries.map((e, i) => ({
      code: e.indicator.code,
      name: e.indicator.name,
      shortName: shortNameOf(e.indicator),
      status: statuses[i] ?? entryStatus(e, findings),
    })),
    nextIncomplete: next === undefined ? null : (c.entries[next]?.indicator.code ?? null),
    entry: current ? entryView(c, current) : null,
    refusal: c.refusal ?? null,
    checkedAt: c.report ? readableDate(c.report.checkedAt) : null,
    rules: current ? draftRules(c.ctx, c.evidenceRules, c.opd, current.indicator) : null,
  };
}

export function opdView(
  wb: WorkbookPort,
  opdKey: string,
  code: string | null,
  year: number,
): OpdView {
  return viewOf(opdContext(wb, opdKey, year, 'view'), code);
}
