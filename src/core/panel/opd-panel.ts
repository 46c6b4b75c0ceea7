import type {
  EntryView,
  OpdRef,
  OpdView,
  PanelState,
  SaveRequest,
  SaveResult,
} from '../../shared/rpc';
import { queueLogRows } from '../audit/pending-log';
import type { Catalogue } from '../catalogue/types';
import { loadContext, opdsOf } from '../context';
import { InputError } from '../errors';
import type { EvidenceFact } from '../evidence/drive-facts';
import { type Entry, entriesOf } from '../evidence/entries';
import { readFacts } from '../evidence/facts-tab';
import { linkStatus } from '../evidence/link-status';
import { fillRefusal, requireReader } from '../roles';
import { columnLetter } from '../workbook/a1';
import { editedLevelGuides } from '../workbook/catalogue-tab';
import { levelGuideFor } from '../workbook/level-guide';
import {
  EVIDENCE_KINDS,
  levelOptions,
  OPD_ENTRY_KEYS,
  OPD_TAB_COLUMNS,
  type OpdCol,
} from '../workbook/opd-tab';
import type { OpdRecord } from '../workbook/ownership';
import type { Cell, WorkbookPort } from '../workbook/port';
import type { Settings } from '../workbook/settings-tab';
import { opdTabKey, TAB } from '../workbook/tab-names';
import { panelText } from './panel-text';

/** The sidebar's OPD mode, on the server: who may fill what, an indicator's view, and saving. */

function refOf(opd: OpdRecord): OpdRef {
  return { key: opdTabKey(opd.code), code: opd.code, name: opd.name, tab: opd.tab };
}

export function panelState(
  wb: WorkbookPort,
  selection: { tab: string; row: number } | null,
  year: number,
): PanelState {
  const ctx = loadContext(wb, year);
  const { settings, catalogue, opds, user, role } = ctx;
  const mine = opdsOf(ctx);
  let selected: PanelState['selection'] = null;
  const opd = selection ? opds.find((o) => o.tab === selection.tab) : undefined;
  if (opd && selection) {
    const entry = entriesOf(opd, catalogue, wb.read(opd.tab), settings.allowedHosts).find(
      (e) => e.row === selection.row && e.active,
    );
    if (entry) selected = { opdKey: opdTabKey(opd.code), code: entry.indicator.code };
  }
  return { user, role, opds: mine.map(refOf), selection: selected };
}

function statusOf(e: Entry): string {
  if (e.level === null) return panelText.statusEmpty;
  return e.explanation !== '' && e.links.length > 0
    ? panelText.statusComplete
    : panelText.statusIncomplete;
}

function entryView(
  e: Entry,
  catalogue: Catalogue,
  facts: ReadonlyMap<string, EvidenceFact>,
  settings: Settings,
  evidenceText: string,
  canEdit: boolean,
  edited?: readonly { criterion: string; evidence: string }[],
): EntryView {
  const guide =
    edited?.some((g) => g.criterion !== '') && edited
      ? { levels: edited }
      : levelGuideFor(catalogue, e.indicator);
  const labels = levelOptions(catalogue, e.indicator);
  return {
    code: e.indicator.code,
    name: e.indicator.name,
    aspect: e.indicator.aspect,
    choices: labels.map((label, i) => ({
      level: i + 1,
      label,
      criterion: guide.levels[i]?.criterion ?? '',
      evidence: guide.levels[i]?.evidence ?? '',
    })),
    level: e.level,
    explanation: e.explanation,
    evidence: evidenceText,
    links: e.links.map((l) => ({
      text: l.text,
      ...linkStatus(l.text, facts, settings.allowedHosts),
    })),
    kind: e.declaredKind,
    kinds: [...EVIDENCE_KINDS],
    verification: e.verification,
    verifierNote: e.verifierNote,
    version: e.fingerprint,
    canEdit,
  };
}

interface Context {
  settings: Settings;
  catalogue: Catalogue;
  opd: OpdRecord;
  entries: Entry[];
  facts: Map<string, EvidenceFact>;
  evidenceText: Map<string, string>;
  canEdit: boolean;
  /** Why this user may not change this tab now (locked, or not theirs). */
  refusal: string | undefined;
  /** Level guidance as edited on Kerangka, by indicator code. */
  guides: Map<string, { criterion: string; evidence: string }[]>;
}

function context(
  wb: WorkbookPort,
  opdKey: string,
  year: number,
  purpose: 'view' | 'save',
): Context {
  const ctx = loadContext(wb, year);
  const { settings, catalogue, opds } = ctx;
  const opd = opds.find((o) => opdTabKey(o.code) === opdKey);
  if (!opd) throw new InputError(panelText.tabGone());
  // Reading is for the OPD's PICs and the admins; a save says why not through `refusal`.
  if (purpose === 'view') requireReader(ctx, opd);
  const refusal = fillRefusal(ctx, opd);
  const content = wb.read(opd.tab);
  const richLinks = new Map<number, readonly string[]>();
  const entries = entriesOf(opd, catalogue, content, settings.allowedHosts, (col) => {
    for (const [row, links] of wb.richLinks(opd.tab, col)) richLinks.set(row, links);
    return richLinks;
  }).filter((e) => e.active);
  // The panel edits links as text: a formula's or a rich-text label's links, else the text as typed.
  const evidenceText = new Map<string, string>();
  for (const e of entries) {
    const raw = content?.cells[e.row - 1]?.[(e.columns.get('evidence') ?? 1) - 1] ?? '';
    const labelled = (typeof raw === 'string' && raw.startsWith('=')) || richLinks.has(e.row);
    evidenceText.set(
      e.indicator.code,
      labelled ? e.links.map((l) => l.text).join('\n') : String(raw),
    );
  }
  const canEdit = refusal === undefined;
  return {
    settings,
    catalogue,
    opd,
    entries,
    facts: readFacts(wb.read(TAB.facts)),
    evidenceText,
    guides: editedLevelGuides(wb.read(TAB.catalogue)),
    canEdit,
    refusal,
  };
}

function viewOf(c: Context, code: string | null): OpdView {
  const current = c.entries.find((e) => e.indicator.code === code) ?? c.entries[0];
  const complete = c.entries.filter((e) => statusOf(e) === panelText.statusComplete).length;
  const at = current ? c.entries.indexOf(current) : -1;
  const after = [...c.entries.slice(at + 1), ...c.entries.slice(0, at + 1)];
  const next = after.find((e) => e !== current && statusOf(e) !== panelText.statusComplete);
  return {
    opd: refOf(c.opd),
    total: c.entries.length,
    complete,
    indicators: c.entries.map((e) => ({
      code: e.indicator.code,
      name: e.indicator.name,
      status: statusOf(e),
    })),
    nextIncomplete: next?.indicator.code ?? null,
    entry: current
      ? entryView(
          current,
          c.catalogue,
          c.facts,
          c.settings,
          c.evidenceText.get(current.indicator.code) ?? '',
          c.canEdit,
          c.guides.get(current.indicator.code),
        )
      : null,
  };
}

export function opdView(
  wb: WorkbookPort,
  opdKey: string,
  code: string | null,
  year: number,
): OpdView {
  return viewOf(context(wb, opdKey, year, 'view'), code);
}

/**
 * Writes a row's input columns in one call when they stand side by side (a column a user moved
 * between them keeps its own value), and the panel's stamp of who saved and when.
 */
function writeEntry(
  wb: WorkbookPort,
  tab: string,
  entry: Entry,
  row: readonly Cell[],
  values: Partial<Record<OpdCol, Cell>>,
): void {
  const groups: OpdCol[][] = [[...OPD_ENTRY_KEYS], ['editedBy', 'editedAt']];
  for (const keys of groups) {
    const present = keys.filter((k) => (entry.columns.get(k) ?? 0) > 0);
    if (present.length === 0) continue;
    const positions = present.map((k) => entry.columns.get(k) ?? 0);
    const first = Math.min(...positions);
    const last = Math.max(...positions);
    const block = Array.from({ length: last - first + 1 }, (_, i) => {
      const key = present.find((k) => entry.columns.get(k) === first + i);
      return key ? (values[key] ?? '') : (row[first + i - 1] ?? '');
    });
    wb.writeCells(tab, entry.row, first, [block]);
  }
}

/**
 * Saves one indicator's entry, re-validating everything the sheet would and the caller's right
 * to write that OPD's tab. The row is found by its code (rows may have moved) and the tab by
 * its mark (it may have been renamed); a row changed since it was read is not overwritten.
 */
export function saveEntry(
  wb: WorkbookPort,
  request: SaveRequest,
  year: number,
  timestamp: string,
): SaveResult {
  return wb.withLock(() => {
    const c = context(wb, request.opdKey, year, 'save');
    if (c.refusal) return { ok: false, message: c.refusal };
    const entry = c.entries.find((e) => e.indicator.code === request.code);
    if (!entry) return { ok: false, message: panelText.rowGone(request.code) };
    if (entry.fingerprint !== request.version) {
      return {
        ok: false,
        message: panelText.changedMeanwhile(request.code),
        theirs: viewOf(c, request.code).entry ?? undefined,
      };
    }
    const problems: string[] = [];
    if (
      request.level !== null &&
      !(Number.isInteger(request.level) && request.level >= 1 && request.level <= 5)
    )
      problems.push(panelText.badLevel());
    if (request.explanation.length > 5000) problems.push(panelText.tooLong('Penjelasan', 5000));
    if (request.evidence.length > 5000) problems.push(panelText.tooLong('Data dukung', 5000));
    if (request.kind !== '' && !(EVIDENCE_KINDS as readonly string[]).includes(request.kind))
      problems.push(panelText.badKind(request.kind));
    if (problems.length > 0) return { ok: false, message: problems.join(' ') };
    const level =
      request.level === null
        ? ''
        : (levelOptions(c.catalogue, entry.indicator)[request.level - 1] ?? '');
    const cols = OPD_ENTRY_KEYS;
    const values: Record<(typeof cols)[number], Cell> = {
      level,
      explanation: request.explanation.trim(),
      evidence: request.evidence.trim(),
      evidenceKind: request.kind,
    };
    const row = wb.read(c.opd.tab)?.cells[entry.row - 1] ?? [];
    const user = wb.userEmail().toLowerCase();
    // Script writes fire no edit trigger: the save logs itself (see pending-log.ts). Its Log
    // rows are queued first, so a full queue refuses the save before any cell is written, and
    // a write that fails takes them back: a save is whole or not at all.
    const changes = cols
      .filter((k) => String(row[(entry.columns.get(k) ?? 0) - 1] ?? '') !== String(values[k]))
      .map((k) => {
        const col = entry.columns.get(k) ?? 0;
        return [
          timestamp,
          user,
          panelText.logAction(),
          OPD_TAB_COLUMNS.find((x) => x.key === k)?.header ?? k,
          c.opd.tab,
          `${columnLetter(col)}${entry.row}`,
          c.opd.code,
          request.code,
          row[col - 1] ?? '',
          values[k],
        ];
      });
    if (changes.length > 0) {
      let takeBack: () => void;
      try {
        takeBack = queueLogRows(wb, `${timestamp}|${c.opd.code}|${request.code}|${user}`, changes);
      } catch (error) {
        if (error instanceof InputError) return { ok: false, message: error.message };
        throw error;
      }
      try {
        writeEntry(wb, c.opd.tab, entry, row, { ...values, editedBy: user, editedAt: timestamp });
      } catch (error) {
        takeBack();
        throw error;
      }
    }
    const after = context(wb, request.opdKey, year, 'save');
    return { ok: true, view: viewOf(after, request.code), message: panelText.saved(request.code) };
  });
}
