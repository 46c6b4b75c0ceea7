import type ExcelJS from 'exceljs';
import { a1 } from '../core/workbook/a1';
import { sameCell } from '../core/workbook/cells';
import { OWNED_RULE_COLOURS } from '../core/workbook/palette';
import {
  type Box,
  type Cell,
  type ConditionalRuleSpec,
  isFormula,
  LinkedText,
  type ProtectionSpec,
  type StyleSpec,
  type ValidationSpec,
  type WriteCell,
} from '../core/workbook/port';
import { toFileFormula } from './formula-syntax';
import { argb, hexOf } from './xlsx-cells';

/**
 * How one tab's render reaches an .xlsx sheet: cells (formulas with their cached results,
 * links, text kept as text), validations, styles, the add-on's own conditional rules,
 * protection and row heights; and what kind of file some bytes are.
 */
export function forEachCell(box: Box, f: (row: number, col: number) => void): void {
  for (let r = box.row; r < box.row + box.rows; r++)
    for (let c = box.col; c < box.col + box.cols; c++) f(r, c);
}

/** Only a Formula becomes a formula: a string is stored as text, whatever it starts with (R14). */
export function setCell(cell: ExcelJS.Cell, value: WriteCell): void {
  if (value instanceof LinkedText) {
    cell.value = { text: value.text, hyperlink: value.link };
    return;
  }
  if (isFormula(value)) {
    const link = /^=HYPERLINK\("([^"]*)";"([^"]*)"\)$/.exec(value.text);
    cell.value = link
      ? { text: link[2] ?? '', hyperlink: link[1] ?? '' }
      : { formula: toFileFormula(value.text) };
    return;
  }
  cell.value = value === '' ? null : value;
}

export function validation(rule: ValidationSpec): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    showInputMessage: true,
    prompt: rule.help,
    error: rule.help,
  };
  if (rule.kind === 'list')
    return { ...common, type: 'list', formulae: [`"${rule.values.join(',')}"`] };
  if (rule.kind === 'text')
    return {
      ...common,
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formulae: [rule.maxLength],
    };
  return {
    ...common,
    type: rule.kind === 'number' ? 'decimal' : 'whole',
    operator: 'between',
    formulae: [rule.min, rule.max],
  };
}

/** The new content, cell by cell, over what the tab held (cells beyond it are cleared). */
export function writeCells(
  sheet: ExcelJS.Worksheet,
  current: readonly (readonly Cell[])[],
  cells: readonly (readonly WriteCell[])[],
): void {
  const rows = Math.max(cells.length, current.length);
  for (let r = 1; r <= rows; r++) {
    const values = cells[r - 1] ?? [];
    const width = Math.max(values.length, current[r - 1]?.length ?? 0);
    for (let c = 1; c <= width; c++) {
      const value = values[c - 1] ?? '';
      // An unchanged cell is left alone: rewriting its text would drop its link.
      if (sameCell(current[r - 1]?.[c - 1] ?? '', value)) continue;
      setCell(sheet.getCell(r, c), value);
    }
  }
}

export function applyStyle(sheet: ExcelJS.Worksheet, style: StyleSpec): void {
  const font =
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.fontColor !== undefined ||
    style.fontSize !== undefined;
  forEachCell(style.range, (r, c) => {
    const cell = sheet.getCell(r, c);
    if (font)
      cell.font = {
        ...cell.font,
        ...(style.bold !== undefined ? { bold: style.bold } : {}),
        ...(style.italic !== undefined ? { italic: style.italic } : {}),
        ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
        ...(style.fontColor !== undefined ? { color: { argb: argb(style.fontColor) } } : {}),
      };
    if (style.background)
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.background) } };
    if (style.wrap !== undefined)
      cell.alignment = { ...cell.alignment, wrapText: style.wrap, vertical: 'top' };
    if (style.numberFormat) cell.numFmt = style.numberFormat;
  });
}

/** The add-on's own rules (recognised by colour) are replaced; a user's stay. */
export function replaceOwnRules(
  sheet: ExcelJS.Worksheet,
  rules: readonly ConditionalRuleSpec[],
): void {
  const own = new Set(OWNED_RULE_COLOURS);
  sheet.removeConditionalFormatting(
    (cf: ExcelJS.ConditionalFormattingOptions) =>
      !cf.rules.some((rule) =>
        own.has(
          hexOf(
            ((rule as { style?: ExcelJS.Style }).style?.fill as ExcelJS.FillPattern | undefined)
              ?.bgColor?.argb,
          ),
        ),
      ),
  );
  for (const rule of rules)
    for (const range of rule.ranges)
      sheet.addConditionalFormatting({
        ref: a1(range),
        rules: [
          {
            type: 'expression',
            priority: 1,
            formulae: [toFileFormula(rule.formula)],
            style: {
              fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.background) } },
            },
          },
        ],
      });
}

/** .xlsx has no editors per range: the tab is protected and its open ranges unlocked. */
export function protect(sheet: ExcelJS.Worksheet, protection: ProtectionSpec): void {
  for (const open of protection.openRanges)
    forEachCell(open.range, (r, c) => {
      sheet.getCell(r, c).protection = { locked: false };
    });
  void sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    sort: false,
    autoFilter: true,
  });
}

/**
 * Row heights that fit wrapped text, from what the cells hold when the file is saved: Sheets
 * grows a row by itself, an .xlsx viewer does not, and wrapped text then overlaps the next row.
 * Estimated from each wrapped cell's length against its column's width, leaving room for
 * viewers that break long links at slashes rather than at the edge.
 */
export function fitRowHeights(sheet: ExcelJS.Worksheet): void {
  const LINE_POINTS = 13;
  sheet.eachRow((row) => {
    let lines = 1;
    row.eachCell((cell, col) => {
      if (!cell.alignment?.wrapText) return;
      const text =
        typeof cell.value === 'string'
          ? cell.value
          : cell.value && typeof cell.value === 'object' && 'result' in cell.value
            ? String(cell.value.result ?? '')
            : '';
      if (text === '') return;
      const perLine = Math.max(6, Math.floor((sheet.getColumn(col).width ?? 10) * 0.85));
      const n = text
        .split('\n')
        .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, n);
    });
    if (lines > 1) row.height = Math.min(409, LINE_POINTS * lines + 4);
  });
}

type FileKind = 'xlsx' | 'encrypted' | 'xls' | 'ole' | 'ods' | 'zip' | 'text' | 'other';

/**
 * What a file is, from its bytes, so that the message says what to do with it: an encrypted
 * .xlsx and an old .xls are both OLE compound files (told apart by their streams' names, in
 * UTF-16); an .ods is a zip whose first entry names its type; a CSV is plain text.
 */
export function fileKind(bytes: Buffer): FileKind {
  const magic = bytes.length >= 4 ? bytes.readUInt32BE(0) : 0;
  if (magic === 0xd0cf11e0) {
    const has = (name: string) => bytes.includes(Buffer.from(name, 'utf16le'));
    if (has('EncryptedPackage')) return 'encrypted';
    if (has('Workbook') || has('Book')) return 'xls';
    return 'ole';
  }
  if (magic === 0x504b0304) {
    const start = bytes.subarray(0, 200).toString('latin1');
    if (start.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    return bytes.includes(Buffer.from('xl/workbook.xml')) ? 'xlsx' : 'zip';
  }
  // Text: no control bytes but tabs and line ends, and something besides white space.
  const sample = bytes.subarray(0, 4096);
  const control = (b: number) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d;
  if (sample.some((b) => b > 0x20) && !sample.some(control)) return 'text';
  return 'other';
}
