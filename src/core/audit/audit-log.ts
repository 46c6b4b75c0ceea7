import { normalizeWords } from '../kernel/text';
import { columnLetter } from '../workbook/a1';
import { asText } from '../workbook/cells';
import { OPD_ENTRY_KEYS, OPD_TAB_COLUMNS, type OpdCol } from '../workbook/opd-columns';
import type { Cell } from '../workbook/port';

export interface HistoryView {
  readonly entries: readonly {
    readonly when: string;
    readonly who: string;
    readonly what: string;
    readonly detail: string;
    readonly old: string;
    readonly now: string;
  }[];
}

/**
 * The audit trail: each change in an OPD tab or in Penilaian's verifier columns, as one Log
 * row — when, who, what, tab, cell, OPD, indicator, old → new. The Log stays bounded: its
 * oldest rows move to archive tabs, never dropped.
 */
export const LOG_HEADER = [
  'Waktu',
  'Oleh',
  'Tindakan',
  'Rincian',
  'Tab',
  'Sel',
  'OPD',
  'Indikator',
  'Lama',
  'Baru',
] as const;
export const LOG_KEEP_ROWS = 2000;
export const LOG_ARCHIVE_CHUNK = 1000;

export interface Edit {
  readonly tab: string;
  /** The OPD the tab belongs to ('' for Penilaian). */
  readonly opd: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  /** The single-cell value before the edit, when the sheet reports it. */
  readonly oldValue?: Cell;
  /** The tab's header row, to name the column. */
  readonly header: readonly Cell[];
  /** The edited rows as they are now, from column 1. */
  readonly rowsNow: readonly (readonly Cell[])[];
  readonly user: string;
  readonly timestamp: string;
}

const action = { entry: 'Ubah isian', verification: 'Ubah verifikasi' } as const;

function columnKey(header: Cell): OpdCol | undefined {
  const text = normalizeWords(String(header));
  return OPD_TAB_COLUMNS.find((c) =>
    [c.header, ...(c.aliases ?? [])].some((h) => normalizeWords(h) === text),
  )?.key;
}

/** The Log rows for one edit (a paste over several cells gives one row per cell). */
export function logRowsFor(edit: Edit): Cell[][] {
  const codeAt = edit.header.findIndex((h) => normalizeWords(String(h)) === 'kode');
  const noteAt = edit.header.findIndex((h) => columnKey(h) === 'verifierNote');
  const out: Cell[][] = [];
  for (let r = 0; r < edit.rows; r++) {
    const now = edit.rowsNow[r] ?? [];
    const code = codeAt >= 0 ? String(now[codeAt] ?? '') : '';
    for (let c = 0; c < edit.cols; c++) {
      const col = edit.col + c;
      const header = String(edit.header[col - 1] ?? '');
      const isVerification =
        columnKey(header) === 'verification' || /verifikasi|final/i.test(header);
      const value = now[col - 1] ?? '';
      const single = edit.rows === 1 && edit.cols === 1;
      const note = isVerification && noteAt >= 0 ? String(now[noteAt] ?? '') : '';
      out.push([
        edit.timestamp,
        edit.user,
        isVerification ? action.verification : action.entry,
        `${header}${note ? `; catatan: ${note}` : ''}`,
        edit.tab,
        `${columnLetter(col)}${edit.row + r}`,
        edit.opd,
        code,
        single ? asText(edit.oldValue ?? '') : '',
        asText(value),
      ]);
    }
  }
  return out;
}

/** Whether an edit touched the cells people fill (not the add-on's own columns or the title). */
export function stampedColumns(header: readonly Cell[]): {
  inputs: number[];
  by: number;
  at: number;
} {
  const find = (key: OpdCol) => header.findIndex((h) => columnKey(h) === key) + 1;
  return {
    inputs: OPD_ENTRY_KEYS.map(find).filter((c) => c > 0),
    by: find('editedBy'),
    at: find('editedAt'),
  };
}

/**
 * Keeps the Log bounded: when it holds more than LOG_KEEP_ROWS entries, the oldest
 * LOG_ARCHIVE_CHUNK move to an archive; returns what to move (the Log keeps its header).
 */
export function rowsToArchive(logRows: number): number {
  return logRows > LOG_KEEP_ROWS ? LOG_ARCHIVE_CHUNK : 0;
}

/** One change of an indicator, as the sidebar shows it. */
type HistoryEntry = HistoryView['entries'][number];

/** An indicator's history on one OPD's tab, newest first, from the Log and its archives. */
export function historyOf(
  logs: readonly (readonly (readonly Cell[])[])[],
  opd: string,
  code: string,
): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const rows of logs) {
    for (const r of rows.slice(1)) {
      if (String(r[6] ?? '') === opd && String(r[7] ?? '') === code) {
        out.push({
          when: String(r[0] ?? ''),
          who: String(r[1] ?? ''),
          what: String(r[2] ?? ''),
          detail: String(r[3] ?? ''),
          old: String(r[8] ?? ''),
          now: String(r[9] ?? ''),
        });
      }
    }
  }
  return out.sort((a, b) => b.when.localeCompare(a.when));
}
