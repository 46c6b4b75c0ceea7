import { HEADER_ROW } from '../workbook/opd-columns';
import type { Cell } from '../workbook/port';
import { TAB_KEY } from '../workbook/tab-names';
import { type Edit, logRowsFor, stampedColumns } from './audit-log';
import { auditText } from './audit-text';

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

/** "Diubah oleh / pada" for the edited rows: where they go, and what. */
interface Stamp {
  readonly col: number;
  readonly cells: Cell[][];
}

/** What one edit leaves behind: Log rows, and the stamps of the rows whose inputs changed. */
interface EditRecord {
  readonly logRows: Cell[][];
  readonly stamps: readonly Stamp[];
}

/**
 * What the audit trigger records for one edit. It decides only; the trigger writes, so that
 * an edit by anyone costs the installing admin a handful of round trips (issue #15).
 */
export function editRecord(seen: Edit, kind: 'opd' | 'penilaian'): EditRecord {
  // Google names the editor only within one Workspace domain (never a consumer Gmail account).
  const edit = { ...seen, user: seen.user || auditText.unknownUser() };
  const logRows = logRowsFor(edit);
  if (logRows.length === 0 || kind !== 'opd') return { logRows, stamps: [] };
  const s = stampedColumns(edit.header);
  const touched = s.inputs.some((c) => c >= edit.col && c < edit.col + edit.cols);
  if (!touched || s.by <= 0 || s.at <= 0) return { logRows, stamps: [] };
  const rows = Array.from({ length: edit.rows }, (): Cell[] => [edit.user, edit.timestamp]);
  // One write for both stamps when they stand side by side, whatever the paste.
  if (s.at === s.by + 1) return { logRows, stamps: [{ col: s.by, cells: rows }] };
  return {
    logRows,
    stamps: [
      { col: s.by, cells: rows.map((r) => [r[0] as Cell]) },
      { col: s.at, cells: rows.map((r) => [r[1] as Cell]) },
    ],
  };
}
