import { InputError } from '../kernel/errors';
import { utf8Length } from '../kernel/text';
import type { Cell, WorkbookPort } from '../workbook/port';
import { TAB, TAB_KEY, TAB_MARK_PREFIX } from '../workbook/tab-names';
import { LOG_HEADER } from './audit-log';
import { auditText } from './audit-text';

/**
 * Log entries written by people who may not write the Log itself (a PIC saving from the
 * sidebar runs as the PIC, and the Log is admin-only): they wait in document properties,
 * which every user of the file may write, and move into the Log at the start of the next
 * admin run (the audit trigger, setup, the check, any Diskominfo menu item).
 *
 * Properties hold 9 KB per value and 500 KB per store, both in UTF-8 bytes: one save's rows
 * are cut to fit one value, and the queue as a whole keeps to a budget that leaves room for
 * the add-on's own marks. A save that would overflow it is refused before anything is written.
 */
const PREFIX = 'spbe.log.pending.';
const MAX_VALUE_BYTES = 8 * 1024;
const MAX_QUEUE_BYTES = 300 * 1024;

function shortened(rows: readonly (readonly Cell[])[], keep: number): string {
  return JSON.stringify(
    rows.map((r) =>
      r.map((c) => (typeof c === 'string' && c.length > keep ? `${c.slice(0, keep)}…` : c)),
    ),
  );
}

/** One save's rows as a property value of at most MAX_VALUE_BYTES. */
function valueFor(rows: readonly (readonly Cell[])[]): string {
  let json = JSON.stringify(rows);
  for (const keep of [500, 200, 60, 20])
    if (utf8Length(json) > MAX_VALUE_BYTES) json = shortened(rows, keep);
  return json;
}

function queueBytes(pending: Record<string, string>): number {
  return Object.entries(pending).reduce((n, [k, v]) => n + utf8Length(k) + utf8Length(v), 0);
}

/**
 * Queues one save's Log rows under `key` and returns a function that takes them back (for a
 * save whose cells could not be written). Refuses, changing nothing, when the queue is full.
 */
export function queueLogRows(
  wb: WorkbookPort,
  key: string,
  rows: readonly (readonly Cell[])[],
): () => void {
  if (rows.length === 0) return () => undefined;
  const value = valueFor(rows);
  const property = `${PREFIX}${key}`;
  if (
    queueBytes(wb.propertiesWithPrefix(PREFIX)) + utf8Length(property) + utf8Length(value) >
    MAX_QUEUE_BYTES
  )
    throw new InputError(auditText.queueFull());
  wb.setProperty(property, value);
  return () => wb.deleteProperty(property);
}

function pendingEntries(wb: WorkbookPort): [string, string][] {
  return Object.entries(wb.propertiesWithPrefix(PREFIX)).sort(([a], [b]) => a.localeCompare(b));
}

function rowsOf(entries: readonly [string, string][]): Cell[][] {
  return entries.flatMap(([, json]) => {
    try {
      return JSON.parse(json) as Cell[][];
    } catch {
      return [];
    }
  });
}

const TAB_COLUMN = LOG_HEADER.indexOf('Tab');

/**
 * The audit trigger names a tab by its mark (asking a sheet its name is one more round trip
 * per edit); the Log shows the tab's name as it is when the row lands, or the mark's OPD code
 * when the tab is gone.
 */
function withTabNames(wb: WorkbookPort, rows: Cell[][]): Cell[][] {
  const marked = (c: Cell | undefined) => typeof c === 'string' && c.startsWith(TAB_MARK_PREFIX);
  if (!rows.some((r) => marked(r[TAB_COLUMN]))) return rows;
  const names = new Map(wb.tabs().flatMap((t) => (t.key ? [[t.key, t.name] as const] : [])));
  return rows.map((r) => {
    const key = r[TAB_COLUMN];
    if (!marked(key)) return r;
    const out = [...r];
    out[TAB_COLUMN] = names.get(String(key)) ?? String(key).split(':').pop() ?? '';
    return out;
  });
}

/**
 * Whether the trigger should move the queue into the Log itself: when its oldest entry has
 * waited ten minutes, or it holds a third of its budget. Keys start with their timestamp.
 */
export function pendingLogIsDue(pending: Record<string, string>, tenMinutesAgo: string): boolean {
  const queued = Object.entries(pending).filter(([k]) => k.startsWith(PREFIX));
  if (queued.length === 0) return false;
  const oldest = queued.map(([k]) => k.slice(PREFIX.length)).sort()[0] ?? '';
  return oldest < tenMinutesAgo || queueBytes(Object.fromEntries(queued)) > MAX_QUEUE_BYTES / 3;
}

export function pendingLogRows(wb: WorkbookPort): Cell[][] {
  return rowsOf(pendingEntries(wb));
}

/**
 * Moves what waits into the Log (as an admin run), before anything else the run does, so
 * that a run failing later cannot leave the queue to fill. Rows are appended before their
 * properties are deleted: a run dying in between repeats a row rather than losing it.
 */
export function flushPendingLog(wb: WorkbookPort): number {
  const pending = pendingEntries(wb);
  if (pending.length === 0) return 0;
  const rows = withTabNames(wb, rowsOf(pending));
  wb.ensureTab(TAB.log, TAB_KEY.log);
  wb.append(TAB.log, rows);
  for (const [key] of pending) wb.deleteProperty(key);
  return rows.length;
}
