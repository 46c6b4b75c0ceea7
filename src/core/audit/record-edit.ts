import { HEADER_ROW } from '../workbook/opd-tab';
import type { Cell, WorkbookPort } from '../workbook/port';
import { TAB, TAB_KEY } from '../workbook/tab-names';
import { type Edit, LOG_HEADER, logRowsFor, rowsToArchive, stampedColumns } from './audit-log';
import { auditText } from './audit-text';
import { flushPendingLog } from './pending-log';

export const ARCHIVE_TAB = 'Log arsip';

/** Which tabs the audit trail records: OPD tabs and Penilaian, below their header row. */
export function auditedKind(tabKey: string | undefined): 'opd' | 'penilaian' | undefined {
  if (tabKey?.startsWith(`${TAB_KEY.opds}:`)) return 'opd';
  return tabKey === TAB_KEY.assessment ? 'penilaian' : undefined;
}

/** The OPD code a tab mark names ('' for Penilaian). */
export function opdOfKey(tabKey: string): string {
  return tabKey.startsWith(`${TAB_KEY.opds}:`) ? tabKey.slice(TAB_KEY.opds.length + 1) : '';
}

/** OPD tabs and Penilaian share the header row. */
export const AUDITED_HEADER_ROW = HEADER_ROW;

/**
 * Records one edit (run by the installable edit trigger, as the admin who installed it):
 * Log rows, the "Diubah oleh/pada" stamps of the rows whose inputs changed, and the Log's
 * oldest rows moved to an archive tab once it grows past its bound.
 */
export function recordEdit(wb: WorkbookPort, seen: Edit, kind: 'opd' | 'penilaian'): void {
  // Google names the editor only within one Workspace domain (never a consumer Gmail account).
  const edit = { ...seen, user: seen.user || auditText.unknownUser() };
  const rows = logRowsFor(edit);
  if (rows.length === 0) return;
  wb.withLock(() => {
    flushPendingLog(wb);
    wb.ensureTab(TAB.log, TAB_KEY.log);
    wb.append(TAB.log, rows);
    if (kind === 'opd') {
      const s = stampedColumns(edit.header);
      const touched = s.inputs.some((c) => c >= edit.col && c < edit.col + edit.cols);
      if (touched && s.by > 0 && s.at > 0) {
        // One write per stamp column (one in all when they stand side by side), whatever the paste.
        const rows = Array.from({ length: edit.rows }, () => [edit.user, edit.timestamp]);
        if (s.at === s.by + 1) wb.writeCells(edit.tab, edit.row, s.by, rows);
        else {
          wb.writeCells(
            edit.tab,
            edit.row,
            s.by,
            rows.map((r) => [r[0] as Cell]),
          );
          wb.writeCells(
            edit.tab,
            edit.row,
            s.at,
            rows.map((r) => [r[1] as Cell]),
          );
        }
      }
    }
    archiveIfLong(wb);
  });
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
  wb.append(ARCHIVE_TAB, entries.slice(0, move));
  const kept: (readonly Cell[])[] = [header, ...entries.slice(move)];
  wb.write(TAB.log, { cells: kept, hidden: true }, { cells: log });
  wb.write(ARCHIVE_TAB, { cells: wb.read(ARCHIVE_TAB)?.cells ?? [], hidden: true });
}
