import type { Box } from './port';

/** A1 notation, as formulas and the Sheets API write it. */

export function columnLetter(col: number): string {
  let n = col;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function a1(box: Box): string {
  const start = `${columnLetter(box.col)}${box.row}`;
  if (box.rows === 1 && box.cols === 1) return start;
  return `${start}:${columnLetter(box.col + box.cols - 1)}${box.row + box.rows - 1}`;
}

/** 'Bappeda' → 'Bappeda'!; names with spaces or quotes are quoted as Sheets requires. */
export function sheetRef(tab: string): string {
  return `'${tab.replace(/'/g, "''")}'!`;
}

/** A whole column of a tab, e.g. 'Bappeda'!$D:$D, which Sheets keeps right when columns move. */
export function wholeColumn(tab: string, col: number): string {
  const letter = columnLetter(col);
  return `${sheetRef(tab)}$${letter}:$${letter}`;
}

/** 'E5:F6' or 'E5' → its box; undefined for anything else. */
export function boxOf(a1Text: string): Box | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(a1Text.trim().toUpperCase());
  if (!m) return undefined;
  const col = (letters: string) =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c1 = col(m[1] as string);
  const r1 = Number(m[2]);
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

export function box(row: number, col: number, rows = 1, cols = 1): Box {
  return { row, col, rows, cols };
}
