import type { Catalogue } from '../catalogue/types';
import { InputError } from '../kernel/errors';
import {
  ASSESSMENT_COLUMNS,
  type AssessmentCol,
  PENILAIAN_INPUTS,
} from '../workbook/assessment-tab';
import { asText, sameCell } from '../workbook/cells';
import { readKeyedTable } from '../workbook/keyed-table';
import { codeKeyOf, OPD_TAB_COLUMNS, OPD_TYPED_KEYS } from '../workbook/opd-columns';
import type { OpdRecord } from '../workbook/ownership';
import { type Cell, formula, isFormula, type WorkbookPort } from '../workbook/port';
import { TAB, TAB_KEY } from '../workbook/tab-names';
import { snapshotText } from './snapshot-text';

/**
 * Snapshots of everything people typed (OPD answers and verifier entries, Penilaian's inputs),
 * taken before every bulk operation, in a hidden versioned tab; and restoring one OPD, one
 * indicator or everything from one of them, logging each value it replaced.
 */
export const SNAPSHOT_TAB = '_Snapshot';
const HEADER = ['Versi', 'Waktu', 'Alasan', 'Tab', 'OPD', 'Indikator', 'Kolom', 'Nilai', 'Jenis'];
/**
 * A value that was a formula in its cell (a HYPERLINK a PIC pasted) is kept as its text, so
 * that _Snapshot holds no live formula (R14), and marked so, to be restored as a formula in
 * the cell it came from.
 */
const FORMULA_MARK = 'rumus';
const KEEP_SNAPSHOTS = 10;

interface Value {
  readonly opd: string;
  readonly code: string;
  readonly column: string;
  readonly value: Cell;
}

function headerOf(key: string, columns: readonly { key: string; header: string }[]): string {
  return columns.find((c) => c.key === key)?.header ?? key;
}

function currentValues(
  wb: WorkbookPort,
  catalogue: Catalogue,
  opds: readonly OpdRecord[],
): Value[] {
  const out: Value[] = [];
  for (const opd of opds) {
    const table = readKeyedTable(wb.read(opd.tab), OPD_TAB_COLUMNS, 'code', codeKeyOf(catalogue));
    for (const [code, r] of table?.rows ?? []) {
      for (const k of OPD_TYPED_KEYS)
        if (r[k] !== undefined)
          out.push({
            opd: opd.code,
            code,
            column: headerOf(k, OPD_TAB_COLUMNS),
            value: r[k] as Cell,
          });
    }
  }
  const penilaian = readKeyedTable(
    wb.read(TAB.assessment),
    ASSESSMENT_COLUMNS,
    'code',
    codeKeyOf(catalogue),
  );
  for (const [code, r] of penilaian?.rows ?? []) {
    for (const k of PENILAIAN_INPUTS as readonly AssessmentCol[])
      if (r[k] !== undefined)
        out.push({ opd: '', code, column: headerOf(k, ASSESSMENT_COLUMNS), value: r[k] as Cell });
  }
  return out;
}

export interface SnapshotInfo {
  readonly version: number;
  readonly when: string;
  readonly reason: string;
  readonly values: number;
}

export function listSnapshots(wb: WorkbookPort): SnapshotInfo[] {
  const rows = wb.read(SNAPSHOT_TAB)?.cells.slice(1) ?? [];
  const byVersion = new Map<number, SnapshotInfo>();
  for (const r of rows) {
    const version = Number(r[0]);
    const seen = byVersion.get(version);
    byVersion.set(version, {
      version,
      when: String(r[1] ?? ''),
      reason: String(r[2] ?? ''),
      values: (seen?.values ?? 0) + 1,
    });
  }
  return [...byVersion.values()].sort((a, b) => b.version - a.version);
}

/** Takes a snapshot (when there is anything to keep) and keeps the last KEEP_SNAPSHOTS. */
export function takeSnapshot(
  wb: WorkbookPort,
  catalogue: Catalogue,
  opds: readonly OpdRecord[],
  when: string,
  reason: string,
): number | undefined {
  const values = currentValues(wb, catalogue, opds);
  if (!values.some((v) => v.value !== '')) return undefined;
  const existing = wb.read(SNAPSHOT_TAB)?.cells ?? [];
  const version = Math.max(0, ...existing.slice(1).map((r) => Number(r[0]) || 0)) + 1;
  const keepFrom = version - KEEP_SNAPSHOTS + 1;
  const kept = existing.slice(1).filter((r) => Number(r[0]) >= keepFrom);
  const rows: Cell[][] = values.map((v) => [
    version,
    when,
    reason,
    v.opd ? (opds.find((o) => o.code === v.opd)?.tab ?? '') : TAB.assessment,
    v.opd,
    v.code,
    v.column,
    asText(v.value),
    isFormula(v.value) ? FORMULA_MARK : '',
  ]);
  wb.ensureTab(SNAPSHOT_TAB, `${TAB_KEY.log}:snapshot`);
  wb.write(SNAPSHOT_TAB, { cells: [HEADER, ...kept, ...rows], hidden: true });
  return version;
}

export interface RestoreScope {
  readonly version: number;
  readonly opd?: string;
  readonly indicator?: string;
}

/** Reads "3", "3 BAPPEDA" or "3 BAPPEDA I13" as typed in the Pulihkan dialog. */
export function parseScope(text: string): RestoreScope {
  const [v, opd, indicator] = text.trim().split(/\s+/);
  const version = Number(v);
  if (!Number.isInteger(version) || version < 1) throw new InputError(snapshotText.badScope(text));
  return {
    version,
    ...(opd ? { opd: opd.toUpperCase() } : {}),
    ...(indicator ? { indicator: indicator.toUpperCase() } : {}),
  };
}

/**
 * Puts the snapshot's values back (blanks included), one write per tab; returns the Log rows
 * saying what each replaced value was. Rows and columns added since are left as they are.
 */
export function restoreSnapshot(
  wb: WorkbookPort,
  catalogue: Catalogue,
  opds: readonly OpdRecord[],
  scope: RestoreScope,
  who: string,
  when: string,
): Cell[][] {
  const rows = (wb.read(SNAPSHOT_TAB)?.cells.slice(1) ?? []).filter(
    (r) => Number(r[0]) === scope.version,
  );
  if (rows.length === 0) throw new InputError(snapshotText.noSuchVersion(scope.version));
  const wanted = rows.filter(
    (r) =>
      (!scope.opd || String(r[4]) === scope.opd || (scope.opd === 'PENILAIAN' && r[4] === '')) &&
      (!scope.indicator || String(r[5]) === scope.indicator),
  );
  if (wanted.length === 0) throw new InputError(snapshotText.nothingInScope(scope));
  const log: Cell[][] = [];
  const byTab = new Map<string, Cell[][]>();
  for (const r of wanted)
    byTab.set(String(r[3]), [...(byTab.get(String(r[3])) ?? []), r as Cell[]]);
  for (const [tab, values] of byTab) {
    const content = wb.read(tab);
    if (!content) continue;
    const isAssessment = tab === TAB.assessment;
    const table = isAssessment
      ? readKeyedTable(content, ASSESSMENT_COLUMNS, 'code', codeKeyOf(catalogue))
      : readKeyedTable(content, OPD_TAB_COLUMNS, 'code', codeKeyOf(catalogue));
    if (!table) continue;
    const cells = content.cells.map((r) => [...r]);
    const columns = isAssessment ? ASSESSMENT_COLUMNS : OPD_TAB_COLUMNS;
    for (const v of values) {
      const key = columns.find((c) => c.header === String(v[6]))?.key;
      const row = table.rowNumbers.get(String(v[5]));
      const col = key ? (table.columns as ReadonlyMap<string, number>).get(key) : undefined;
      if (!row || !col) continue;
      const target = cells[row - 1] as Cell[];
      while (target.length < col) target.push('');
      const old = target[col - 1] ?? '';
      const kept = asText(v[7] ?? '');
      const value =
        v[8] === FORMULA_MARK && typeof kept === 'string' && kept.startsWith('=')
          ? formula(kept)
          : kept;
      if (sameCell(old, value)) continue;
      target[col - 1] = value;
      log.push([
        when,
        who,
        snapshotText.logAction(),
        snapshotText.logDetail(scope.version, String(v[6])),
        tab,
        '',
        String(v[4]),
        String(v[5]),
        asText(old),
        kept,
      ]);
    }
    wb.write(tab, { cells }, content);
  }
  void opds;
  return log;
}
