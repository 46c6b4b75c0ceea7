import type { Cell } from './port';

/** Comparing and trimming tabs' cells, as every Workbook implementation needs. */

function isEmpty(cell: Cell | undefined): boolean {
  return cell === undefined || cell === '';
}

/** The cells up to the last row and column holding anything, each row padded to that width. */
export function trimmed(cells: readonly (readonly Cell[])[]): Cell[][] {
  let rows = cells.length;
  while (rows > 0 && (cells[rows - 1] ?? []).every(isEmpty)) rows -= 1;
  let cols = 0;
  for (let r = 0; r < rows; r++) {
    const row = cells[r] ?? [];
    for (let c = row.length; c > cols; c--) if (!isEmpty(row[c - 1])) cols = c;
  }
  return cells.slice(0, rows).map((row) => Array.from({ length: cols }, (_, c) => row[c] ?? ''));
}

export function sameCells(
  a: readonly (readonly Cell[])[],
  b: readonly (readonly Cell[])[],
): boolean {
  const x = trimmed(a);
  const y = trimmed(b);
  if (x.length !== y.length) return false;
  return x.every((row, r) => {
    const other = y[r] ?? [];
    return row.length === other.length && row.every((cell, c) => sameCell(cell, other[c] ?? ''));
  });
}

function sameCell(a: Cell, b: Cell): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b;
}
