import {
  type Cell,
  isFormula,
  LinkedText,
  type Value,
  type WriteCell,
} from '../core/workbook/port';
import type { Sheet } from './spreadsheet-workbook';

/** How cells reach a sheet: strings kept as strings, formulas as formulas, rich-text links kept on their words. */
/**
 * setValues reads a string as if it were typed (R9, R14): "=…" and "+…" become formulas, and
 * a date, a number in the file's locale or TRUE become those. A leading apostrophe keeps text
 * as text and is not part of the value, so every string that could be read as anything else
 * gets one ("-…" and "@…" too, which other spreadsheets take for formulas). Only a Formula is
 * written as a formula.
 */
export function asWritten(cell: WriteCell): Value {
  if (isFormula(cell)) return cell.text;
  if (cell instanceof LinkedText) return asWritten(cell.text);
  if (typeof cell !== 'string' || cell === '') return cell;
  return /^\s*['=+\-@.,\d]|^\s*(true|false)\s*$/i.test(cell) ? `'${cell}` : cell;
}

/**
 * Words that carried a link, moved by a render, get their link back: one rich-text write per
 * run of such cells down a column (setValues wrote their words; Sheets keeps no link there).
 */
export function relink(
  sheet: Sheet,
  row: number,
  col: number,
  block: readonly (readonly WriteCell[])[],
) {
  const width = block[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    let r = 0;
    while (r < block.length) {
      if (!(block[r]?.[c] instanceof LinkedText)) {
        r += 1;
        continue;
      }
      const run: LinkedText[] = [];
      while (block[r + run.length]?.[c] instanceof LinkedText)
        run.push(block[r + run.length]?.[c] as LinkedText);
      sheet
        .getRange(row + r, col + c, run.length, 1)
        .setRichTextValues(
          run.map((l) => [
            SpreadsheetApp.newRichTextValue().setText(l.text).setLinkUrl(l.link).build(),
          ]),
        );
      r += run.length;
    }
  }
}

export function putCells(
  sheet: Sheet,
  row: number,
  col: number,
  cells: readonly (readonly Cell[])[],
) {
  const width = cells.reduce((m, r) => Math.max(m, r.length), 0);
  if (cells.length === 0 || width === 0) return;
  sheet
    .getRange(row, col, cells.length, width)
    .setValues(cells.map((r) => Array.from({ length: width }, (_, c) => asWritten(r[c] ?? ''))));
}

/** FNV-1a, 32 bits: enough to notice that a tab's formats changed. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function widthOf(cells: readonly (readonly WriteCell[])[]): number {
  return Math.max(
    1,
    cells.reduce((m, r) => Math.max(m, r.length), 0),
  );
}

/** Grows a sheet to hold a block, asking its size once per execution (only this adapter resizes meanwhile). */
export function ensureSize(
  sizes: Map<Sheet, { rows: number; cols: number }>,
  sheet: Sheet,
  rows: number,
  cols: number,
): void {
  let size = sizes.get(sheet);
  if (!size) {
    size = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
    sizes.set(sheet, size);
  }
  if (size.rows < rows) sheet.insertRowsAfter(size.rows, rows - size.rows);
  if (size.cols < cols) sheet.insertColumnsAfter(size.cols, cols - size.cols);
  sizes.set(sheet, { rows: Math.max(size.rows, rows), cols: Math.max(size.cols, cols) });
}
