import type { SaveRequest, SaveResult } from '../../../shared/rpc';
import { queueLogRows } from '../../audit/pending-log';
import { draftProblems } from '../../evidence/draft-check';
import type { Entry } from '../../evidence/entries';
import { draftRules } from '../../evidence/findings-input';
import { InputError } from '../../kernel/errors';
import { columnLetter } from '../../workbook/a1';
import { asText } from '../../workbook/cells';
import {
  EVIDENCE_KINDS,
  levelOptions,
  OPD_ENTRY_KEYS,
  OPD_TAB_COLUMNS,
  type OpdCol,
} from '../../workbook/opd-tab';
import type { Cell, WorkbookPort } from '../../workbook/port';
import { type OpdContext, opdContext, viewOf } from './opd-view';
import { panelText } from './panel-text';

/**
 * Writes the changed input cells and the panel's stamp (who saved, when), one call per run of
 * side-by-side cells. A cell the save does not change is never rewritten: a labelled link
 * (rich text) would lose its link, and a column a user moved in between keeps its value.
 */
function writeRow(
  wb: WorkbookPort,
  tab: string,
  at: { readonly row: number; readonly columns: Entry['columns'] },
  values: Partial<Record<OpdCol, Cell>>,
): void {
  const cells = (Object.keys(values) as OpdCol[])
    .map((k) => ({ col: at.columns.get(k) ?? 0, value: values[k] ?? '' }))
    .filter((c) => c.col > 0)
    .sort((a, b) => a.col - b.col);
  let run: typeof cells = [];
  const flush = () => {
    if (run[0]) wb.writeCells(tab, at.row, run[0].col, [run.map((c) => c.value)]);
    run = [];
  };
  for (const cell of cells) {
    const last = run[run.length - 1];
    if (last && cell.col !== last.col + 1) flush();
    run.push(cell);
  }
  flush();
}

/** What the request may not hold, whatever the client checked. */
function requestProblems(request: SaveRequest): string[] {
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
  for (const item of request.items ?? []) {
    if (item.note.length > 5000)
      problems.push(panelText.tooLong(panelText.itemNoteField(item.code), 5000));
    if (item.evidence.length > 5000)
      problems.push(panelText.tooLong(panelText.itemEvidenceField(item.code), 5000));
  }
  return problems;
}

/** The input cells the save changes: the evidence only when its text changed (a link written as a formula or a labelled link keeps its label otherwise). */
function changedValues(
  c: OpdContext,
  entry: Entry,
  request: SaveRequest,
  row: readonly Cell[],
): Partial<Record<(typeof OPD_ENTRY_KEYS)[number], Cell>> {
  const level =
    request.level === null
      ? ''
      : (levelOptions(c.ctx.catalogue, entry.indicator)[request.level - 1] ?? '');
  const wanted: Record<(typeof OPD_ENTRY_KEYS)[number], Cell> = {
    level,
    explanation: request.explanation.trim(),
    evidence: request.evidence.trim(),
    evidenceKind: request.kind,
  };
  const shown = (c.evidenceText.get(entry.indicator.code) ?? '').trim();
  const out: Partial<Record<(typeof OPD_ENTRY_KEYS)[number], Cell>> = {};
  for (const k of OPD_ENTRY_KEYS) {
    const before =
      k === 'evidence' ? shown : String(row[(entry.columns.get(k) ?? 0) - 1] ?? '').trim();
    if (before !== String(wanted[k])) out[k] = wanted[k];
  }
  return out;
}

/**
 * Saves one indicator's entry, re-validating everything the sheet would and the caller's right
 * to write that OPD's tab. The row is found by its code (rows may have moved) and the tab by
 * its mark (it may have been renamed); a row changed since it was read is not overwritten.
 * The answer says what still keeps the entry from being lengkap.
 */
export function saveEntry(
  wb: WorkbookPort,
  request: SaveRequest,
  year: number,
  timestamp: string,
): SaveResult {
  return wb.withLock(() => {
    const c = opdContext(wb, request.opdKey, year, 'save');
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
    // Each item edited must still be an item of this indicator, unchanged since it was read.
    for (const edit of request.items ?? []) {
      const item = entry.items.find((i) => i.active && i.item.code === edit.code);
      if (!item) return { ok: false, message: panelText.rowGone(edit.code) };
      if (item.fingerprint !== edit.version)
        return {
          ok: false,
          message: panelText.changedMeanwhile(edit.code),
          theirs: viewOf(c, request.code).entry ?? undefined,
        };
    }
    const problems = requestProblems(request);
    if (problems.length > 0) return { ok: false, message: problems.join(' ') };
    const cells = wb.read(c.opd.tab)?.cells ?? [];
    const row = cells[entry.row - 1] ?? [];
    const values = changedValues(c, entry, request, row);
    const itemWrites = (request.items ?? []).flatMap((edit) => {
      const item = entry.items.find((i) => i.item.code === edit.code);
      if (!item) return [];
      const wanted: Partial<Record<OpdCol, Cell>> = {
        explanation: edit.note.trim(),
        evidence: edit.evidence.trim(),
      };
      const before = (k: OpdCol) =>
        k === 'evidence'
          ? (c.evidenceText.get(edit.code) ?? '').trim()
          : String(cells[item.row - 1]?.[(entry.columns.get(k) ?? 0) - 1] ?? '').trim();
      const changed = (Object.keys(wanted) as OpdCol[]).filter((k) => before(k) !== wanted[k]);
      if (changed.length === 0) return [];
      return [
        {
          code: edit.code,
          row: item.row,
          values: Object.fromEntries(changed.map((k) => [k, wanted[k] ?? ''])) as Partial<
            Record<OpdCol, Cell>
          >,
        },
      ];
    });
    const user = wb.userEmail().toLowerCase();
    // Script writes fire no edit trigger: the save logs itself (see pending-log.ts). Its Log
    // rows are queued first, so a full queue refuses the save before any cell is written, and
    // a write that fails takes them back: a save is whole or not at all.
    const logRow = (code: string, at: number, k: OpdCol, was: Cell, value: Cell) => {
      const col = entry.columns.get(k) ?? 0;
      return [
        timestamp,
        user,
        panelText.logAction(),
        OPD_TAB_COLUMNS.find((x) => x.key === k)?.header ?? k,
        c.opd.tab,
        `${columnLetter(col)}${at}`,
        c.opd.code,
        code,
        asText(was),
        asText(value),
      ];
    };
    const changes = [
      ...OPD_ENTRY_KEYS.filter((k) => k in values).map((k) =>
        logRow(
          request.code,
          entry.row,
          k,
          row[(entry.columns.get(k) ?? 0) - 1] ?? '',
          values[k] ?? '',
        ),
      ),
      ...itemWrites.flatMap((w) =>
        (Object.keys(w.values) as OpdCol[]).map((k) =>
          logRow(
            w.code,
            w.row,
            k,
            cells[w.row - 1]?.[(entry.columns.get(k) ?? 0) - 1] ?? '',
            w.values[k] ?? '',
          ),
        ),
      ),
    ];
    if (changes.length > 0) {
      let takeBack: () => void;
      try {
        takeBack = queueLogRows(wb, `${timestamp}|${c.opd.code}|${request.code}|${user}`, changes);
      } catch (error) {
        if (error instanceof InputError) return { ok: false, message: error.message };
        throw error;
      }
      const stamp = { editedBy: user, editedAt: timestamp };
      try {
        if (Object.keys(values).length > 0) writeRow(wb, c.opd.tab, entry, { ...values, ...stamp });
        for (const w of itemWrites)
          writeRow(
            wb,
            c.opd.tab,
            { row: w.row, columns: entry.columns },
            { ...w.values, ...stamp },
          );
      } catch (error) {
        takeBack();
        throw error;
      }
    }
    const after = opdContext(wb, request.opdKey, year, 'save');
    const left = draftProblems(
      {
        ...request,
        items: entry.items
          .filter((i) => i.active)
          .map((i) => ({
            code: i.item.code,
            level: i.item.level,
            evidence:
              request.items?.find((e) => e.code === i.item.code)?.evidence ??
              c.evidenceText.get(i.item.code) ??
              '',
          })),
      },
      draftRules(c.ctx, c.evidenceRules, c.opd, entry.indicator),
    );
    return {
      ok: true,
      view: viewOf(after, request.code),
      message:
        left.length === 0 ? panelText.saved(request.code) : panelText.savedIncomplete(request.code),
      problems: left,
    };
  });
}
