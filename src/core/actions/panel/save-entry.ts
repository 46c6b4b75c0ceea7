import type { SaveRequest, SaveResult } from '../../../shared/rpc';
import { queueLogRows } from '../../audit/pending-log';
import {
  type EntryField,
  type FieldKey,
  fieldProblems,
  ITEM_FIELDS,
  OPD_FIELDS,
  wordsOf,
} from '../../entry/fields';
import { draftProblems } from '../../evidence/draft-check';
import type { Entry } from '../../evidence/entries';
import { draftRules } from '../../evidence/findings-input';
import { InputError } from '../../kernel/errors';
import { columnLetter } from '../../workbook/a1';
import { asText } from '../../workbook/cells';
import { levelOptions, type OpdCol } from '../../workbook/opd-columns';
import type { Cell, WorkbookPort } from '../../workbook/port';
import { type OpdContext, opdContext, viewOf } from './opd-view';
import { panelText } from './panel-text';

/** One row's changed input cells: the indicator's own, or one evidence item's. */
interface RowWrite {
  readonly code: string;
  readonly row: number;
  readonly values: Partial<Record<OpdCol, Cell>>;
  /** What each changed cell held before, for the Log. */
  readonly was: Partial<Record<OpdCol, Cell>>;
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
    const stale = staleness(c, entry, request);
    if (stale) return stale;
    const problems = requestProblems(request);
    if (problems.length > 0) return { ok: false, message: problems.join(' ') };
    const writes = rowWrites(c, entry, request, wb.read(c.opd.tab)?.cells ?? []);
    const refused = writeLogged(wb, c, entry, writes, timestamp);
    if (refused) return { ok: false, message: refused };
    const left = draftProblems(
      { ...request, items: itemsAsDrafted(c, entry, request) },
      draftRules(c.ctx, c.evidenceRules, c.opd, entry.indicator),
    );
    return {
      ok: true,
      // Settings, Kerangka and the OPD list are as this save read them; the tab is read again.
      view: viewOf(opdContext(wb, request.opdKey, year, 'save', c.ctx), request.code),
      message:
        left.length === 0 ? panelText.saved(request.code) : panelText.savedIncomplete(request.code),
      problems: left,
    };
  });
}

/** A refusal when the row, or an item edited with it, changed since the panel read it. */
function staleness(c: OpdContext, entry: Entry, request: SaveRequest): SaveResult | undefined {
  const changed = (code: string): SaveResult => ({
    ok: false,
    message: panelText.changedMeanwhile(code),
    theirs: viewOf(c, request.code).entry ?? undefined,
  });
  if (entry.fingerprint !== request.version) return changed(request.code);
  for (const edit of request.items ?? []) {
    const item = entry.items.find((i) => i.active && i.item.code === edit.code);
    if (!item) return { ok: false, message: panelText.rowGone(edit.code) };
    if (item.fingerprint !== edit.version) return changed(edit.code);
  }
  return undefined;
}

/** What the request may not hold, whatever the client checked: each field by its rule. */
function requestProblems(request: SaveRequest): string[] {
  return [
    ...OPD_FIELDS.flatMap((f) => fieldProblems(f, request[f.key as keyof SaveRequest])),
    ...(request.items ?? []).flatMap((item) =>
      ITEM_FIELDS.flatMap((f) => fieldProblems(f, item[f.key as keyof typeof item], item.code)),
    ),
  ];
}

/**
 * The input cells the save changes, per row: a field is written only when its text changed
 * (the evidence compared as shown, so that a link written as a formula or a labelled link
 * keeps its label when untouched).
 */
function rowWrites(
  c: OpdContext,
  entry: Entry,
  request: SaveRequest,
  cells: readonly (readonly Cell[])[],
): RowWrite[] {
  const cellValue = (field: EntryField, value: unknown): Cell =>
    field.type === 'level'
      ? value === null
        ? ''
        : (levelOptions(c.ctx.catalogue, entry.indicator)[Number(value) - 1] ?? '')
      : String(value ?? '').trim();
  const diff = (
    code: string,
    row: number,
    fields: readonly EntryField[],
    wanted: Record<string, unknown>,
  ): RowWrite[] => {
    const values: Partial<Record<OpdCol, Cell>> = {};
    const was: Partial<Record<OpdCol, Cell>> = {};
    for (const f of fields) {
      const key = f.key as FieldKey;
      const held = cells[row - 1]?.[(entry.columns.get(key) ?? 0) - 1] ?? '';
      const before = key === 'evidence' ? (c.evidenceText.get(code) ?? '') : String(held);
      const value = cellValue(f, wanted[key]);
      if (before.trim() !== String(value)) {
        values[key] = value;
        was[key] = held;
      }
    }
    return Object.keys(values).length > 0 ? [{ code, row, values, was }] : [];
  };
  return [
    ...diff(request.code, entry.row, OPD_FIELDS, { ...request }),
    ...(request.items ?? []).flatMap((edit) => {
      const item = entry.items.find((i) => i.item.code === edit.code);
      return item ? diff(edit.code, item.row, ITEM_FIELDS, { ...edit }) : [];
    }),
  ];
}

/**
 * Script writes fire no edit trigger: the save logs itself (see pending-log.ts). Its Log rows
 * are queued first, so a full queue refuses the save before any cell is written, and a write
 * that fails takes them back: a save is whole or not at all. Returns a refusal, if any.
 */
function writeLogged(
  wb: WorkbookPort,
  c: OpdContext,
  entry: Entry,
  writes: readonly RowWrite[],
  timestamp: string,
): string | undefined {
  if (writes.length === 0) return undefined;
  const user = wb.userEmail().toLowerCase();
  const changes = writes.flatMap((w) =>
    (Object.keys(w.values) as OpdCol[]).map((k) => [
      timestamp,
      user,
      panelText.logAction(),
      wordsOf(k as FieldKey).header,
      c.opd.tab,
      `${columnLetter(entry.columns.get(k) ?? 0)}${w.row}`,
      c.opd.code,
      w.code,
      asText(w.was[k] ?? ''),
      asText(w.values[k] ?? ''),
    ]),
  );
  let takeBack: () => void;
  try {
    takeBack = queueLogRows(
      wb,
      `${timestamp}|${c.opd.code}|${entry.indicator.code}|${user}`,
      changes,
    );
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  const stamp = { editedBy: user, editedAt: timestamp };
  try {
    for (const w of writes)
      writeRow(wb, c.opd.tab, w.row, entry.columns, { ...w.values, ...stamp });
  } catch (error) {
    takeBack();
    throw error;
  }
  return undefined;
}

/**
 * Writes the changed input cells and the panel's stamp (who saved, when), one call per run of
 * side-by-side cells. A cell the save does not change is never rewritten: a labelled link
 * (rich text) would lose its link, and a column a user moved in between keeps its value.
 */
function writeRow(
  wb: WorkbookPort,
  tab: string,
  row: number,
  columns: Entry['columns'],
  values: Partial<Record<OpdCol, Cell>>,
): void {
  const cells = (Object.keys(values) as OpdCol[])
    .map((k) => ({ col: columns.get(k) ?? 0, value: values[k] ?? '' }))
    .filter((c) => c.col > 0)
    .sort((a, b) => a.col - b.col);
  let run: typeof cells = [];
  const flush = () => {
    if (run[0]) wb.writeCells(tab, row, run[0].col, [run.map((c) => c.value)]);
    run = [];
  };
  for (const cell of cells) {
    const last = run[run.length - 1];
    if (last && cell.col !== last.col + 1) flush();
    run.push(cell);
  }
  flush();
}

/** The indicator's active items with their links as the save left them, for the draft check. */
function itemsAsDrafted(c: OpdContext, entry: Entry, request: SaveRequest) {
  return entry.items
    .filter((i) => i.active)
    .map((i) => ({
      code: i.item.code,
      level: i.item.level,
      evidence:
        request.items?.find((e) => e.code === i.item.code)?.evidence ??
        c.evidenceText.get(i.item.code) ??
        '',
    }));
}
