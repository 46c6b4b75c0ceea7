import type { Cell } from '../../src/core/workbook/port';
import { FormulaEngine } from './formula-engine';

/** Reads and edits tabs by header and code, the way a person finds things in a sheet. */
export interface Grid {
  cells: Cell[][];
}

export function headerRowOf(tab: Grid, header = 'Kode'): number {
  return tab.cells.findIndex((row) => row.some((c) => c === header)) + 1;
}

export function columnOf(tab: Grid, header: string, keyHeader = 'Kode'): number {
  const row = tab.cells[headerRowOf(tab, keyHeader) - 1] ?? [];
  const at = row.findIndex((c) => typeof c === 'string' && c.startsWith(header));
  if (at < 0) throw new Error(`no column ${header}`);
  return at + 1;
}

export function rowOf(tab: Grid, code: string, keyHeader = 'Kode'): number {
  const keyCol = columnOf(tab, keyHeader, keyHeader);
  const at = tab.cells.findIndex(
    (row, i) => i >= headerRowOf(tab, keyHeader) && row[keyCol - 1] === code,
  );
  if (at < 0) throw new Error(`no row ${code}`);
  return at + 1;
}

export function valueAt(tab: Grid, code: string, header: string, keyHeader = 'Kode'): Cell {
  return tab.cells[rowOf(tab, code, keyHeader) - 1]?.[columnOf(tab, header, keyHeader) - 1] ?? '';
}

export function setAt(
  tab: Grid,
  code: string,
  header: string,
  value: Cell,
  keyHeader = 'Kode',
): void {
  const r = rowOf(tab, code, keyHeader) - 1;
  const c = columnOf(tab, header, keyHeader) - 1;
  const row = tab.cells[r] as Cell[];
  while (row.length <= c) row.push('');
  row[c] = value;
}

/** Formula results of a workbook given as a lookup of tab cells. */
export function formulas(cellsOf: (tab: string) => Cell[][] | undefined): FormulaEngine {
  return new FormulaEngine({ cells: cellsOf });
}

/** Rekap's figure for a part ("Indeks SPBE", "D1", "A3", "Predikat") and a stage ("Mandiri"). */
export function rekapFigure(
  cells: Cell[][],
  engine: FormulaEngine,
  part: string,
  stage: string,
): unknown {
  const header = cells.findIndex((row) => row[0] === 'Bagian');
  const col = (cells[header] ?? []).indexOf(stage) + 1;
  const row = cells.findIndex((r, i) => i > header && r[0] === part) + 1;
  if (col < 1 || row < 1) throw new Error(`Rekap has no ${part} / ${stage}`);
  return engine.cell('Rekap', row, col);
}
