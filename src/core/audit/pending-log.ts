import type { Cell, WorkbookPort } from '../workbook/port';
import { TAB, TAB_KEY } from '../workbook/tab-names';

/**
 * Log entries written by people who may not write the Log itself (a PIC saving from the
 * sidebar runs as the PIC, and the Log is admin-only): they wait in document properties,
 * which every user of the file may write, and move into the Log at the next run of an admin
 * (the audit trigger, setup, the check). Each property holds one save's rows, well under
 * the 9 KB a property may hold.
 */
const PREFIX = 'spbe.log.pending.';
const MAX_VALUE = 8 * 1024;

export function queueLogRows(
  wb: WorkbookPort,
  key: string,
  rows: readonly (readonly Cell[])[],
): void {
  if (rows.length === 0) return;
  let json = JSON.stringify(rows);
  // A huge paste is cut to fit: the rows stay, their long values are shortened.
  if (json.length > MAX_VALUE)
    json = JSON.stringify(
      rows.map((r) =>
        r.map((c) => (typeof c === 'string' && c.length > 200 ? `${c.slice(0, 200)}…` : c)),
      ),
    );
  wb.setProperty(`${PREFIX}${key}`, json.slice(0, MAX_VALUE));
}

export function pendingLogRows(wb: WorkbookPort): Cell[][] {
  return Object.entries(wb.propertiesWithPrefix(PREFIX))
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([, json]) => {
      try {
        return JSON.parse(json) as Cell[][];
      } catch {
        return [];
      }
    });
}

/** Moves what waits into the Log (as an admin run); each property is deleted once appended. */
export function flushPendingLog(wb: WorkbookPort): number {
  const pending = Object.entries(wb.propertiesWithPrefix(PREFIX)).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  if (pending.length === 0) return 0;
  const rows = pendingLogRows(wb);
  wb.ensureTab(TAB.log, TAB_KEY.log);
  wb.append(TAB.log, rows);
  for (const [key] of pending) wb.deleteProperty(key);
  return rows.length;
}
