import type ExcelJS from 'exceljs';
import { type Cell, type Value as CellShown, Formula } from '../core/workbook/port';
import { fromFileFormula } from './formula-syntax';

/** An .xlsx cell as the workbook port reads it (a formula with its cached result, a date, a link), and its colours. */
type Value = ExcelJS.CellValue;

export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

export function hexOf(argbValue: string | undefined): string {
  return argbValue ? `#${argbValue.slice(-6).toLowerCase()}` : '';
}

/** What a formula showed when the file was saved, where it was a plain value. */
function resultOf(result: unknown): CellShown | undefined {
  return typeof result === 'string' ||
    typeof result === 'number' ||
    typeof result === 'boolean' ||
    result instanceof Date
    ? result
    : undefined;
}

/** A cell as the port sees it: a formula as a Formula, rich text and links as their text. */
export function cellOf(value: Value): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('formula' in value && typeof value.formula === 'string')
      return new Formula(fromFileFormula(value.formula), resultOf(value.result));
    if ('sharedFormula' in value)
      return typeof value.result === 'number' || typeof value.result === 'string'
        ? value.result
        : '';
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && 'hyperlink' in value)
      return typeof value.text === 'string' ? value.text : '';
    if ('error' in value) return String(value.error);
  }
  return String(value);
}
