import { asText } from '../workbook/cells';
import type { Cell, WorkbookPort } from '../workbook/port';
import { TAB, TAB_KEY } from '../workbook/tab-names';
import { LOG_HEADER, rowsToArchive } from './audit-log';
import { flushPendingLog } from './pending-log';

export const ARCHIVE_TAB = 'Log arsip';

/**
 * What keeps the Log current and bounded, done in admin runs (setup, the check, every
 * Diskominfo menu item) and now and then by the audit trigger, always under the document
 * lock: the waiting rows move in first, then the oldest rows move to the archive tab once the
 * Log grows past its bound. Nothing is dropped.
 */
export function tidyLog(wb: WorkbookPort): void {
  flushPendingLog(wb);
  archiveIfLong(wb);
}

function archiveIfLong(wb: WorkbookPort): void {
  // Counting rows is one cheap call; the Log is read only when it must shrink.
  if (rowsToArchive(wb.lastRow(TAB.log) - 1) === 0) return;
  const log = wb.read(TAB.log)?.cells ?? [];
  const move = rowsToArchive(log.length - 1);
  if (move === 0) return;
  const [header = [...LOG_HEADER], ...entries] = log;
  wb.ensureTab(ARCHIVE_TAB, `${TAB_KEY.log}:arsip`);
  const archive = wb.read(ARCHIVE_TAB)?.cells ?? [];
  if (archive.length === 0) wb.append(ARCHIVE_TAB, [[...LOG_HEADER]]);
  // The Log holds words only: a formula an earlier release let in is moved as its text.
  const words = (rows: readonly (readonly Cell[])[]) => rows.map((r) => r.map(asText));
  wb.append(ARCHIVE_TAB, words(entries.slice(0, move)));
  const kept: (readonly Cell[])[] = words([header, ...entries.slice(move)]);
  wb.write(TAB.log, { cells: kept, hidden: true }, { cells: log });
  wb.write(ARCHIVE_TAB, { cells: wb.read(ARCHIVE_TAB)?.cells ?? [], hidden: true });
}
