import type { Cell, WorkbookPort } from '../workbook/port';
import { TAB, TAB_KEY } from '../workbook/tab-names';
import { type Edit, LOG_HEADER, logRowsFor, rowsToArchive, stampedColumns } from './audit-log';

export const ARCHIVE_TAB = 'Log arsip';

/**
 * Records one edit (run by the installable edit trigger, as the admin who installed it):
 * Log rows, the "Diubah oleh/pada" stamps of the rows whose inputs changed, and the Log's
 * oldest rows moved to an archive tab once it grows past its bound.
 */
export function recordEdit(wb: WorkbookPort, edit: Edit, kind: 'opd' | 'penilaian'): void {
  const rows = logRowsFor(edit);
  if (rows.length === 0) return;
  wb.withLock(() => {
    wb.ensureTab(TAB.log, TAB_KEY.log);
    wb.append(TAB.log, rows);
    if (kind === 'opd') {
      const s = stampedColumns(edit.header);
      const touched = s.inputs.some((c) => c >= edit.col && c < edit.col + edit.cols);
      if (touched && s.by > 0 && s.at > 0) {
        for (let r = 0; r < edit.rows; r++) {
          wb.writeCells(edit.tab, edit.row + r, s.by, [[edit.user]]);
          wb.writeCells(edit.tab, edit.row + r, s.at, [[edit.timestamp]]);
        }
      }
    }
    archiveIfLong(wb);
  });
}

function archiveIfLong(wb: WorkbookPort): void {
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
