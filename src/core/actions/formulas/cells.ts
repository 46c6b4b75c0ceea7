import { InputError } from '../../kernel/errors';
import { msg } from './formula-text';

/**
 * What Sheets hands a custom function: a single cell arrives as a scalar, a range as a 2-D
 * array (rows of columns), even when it is one row or one column wide.
 */
export interface Cell {
  readonly value: unknown;
  /** 1-based position inside the range the user passed. */
  readonly row: number;
  readonly col: number;
}

export interface Cells {
  readonly cells: readonly Cell[];
  readonly rows: number;
  readonly cols: number;
  /** Whether the argument was a range (so the answer should spill in the same shape). */
  readonly isRange: boolean;
}

export function cellsOf(arg: unknown): Cells {
  if (!Array.isArray(arg))
    return { cells: [{ value: arg, row: 1, col: 1 }], rows: 1, cols: 1, isRange: false };
  const grid: unknown[][] = arg.map((row) => (Array.isArray(row) ? row : [row]));
  const cols = grid.reduce((max, row) => Math.max(max, row.length), 0);
  const cells: Cell[] = [];
  grid.forEach((row, r) => {
    row.forEach((value, c) => {
      cells.push({ value, row: r + 1, col: c + 1 });
    });
  });
  return { cells, rows: grid.length, cols, isRange: true };
}

/** Gives back one answer per cell in the shape of the argument: a spill, or a scalar. */
export function inShapeOf<T>(shape: Cells, answers: readonly T[]): T | T[][] {
  if (!shape.isRange) return answers[0] as T;
  const out: T[][] = [];
  shape.cells.forEach((cell, i) => {
    const row = out[cell.row - 1] ?? [];
    row[cell.col - 1] = answers[i] as T;
    out[cell.row - 1] = row;
  });
  return out;
}

/**
 * The optional `tahun` argument: the evaluation year, which decides how the predikat is read
 * (predicate.ts); left out, null (the latest report's reading).
 */
export function readYearArgument(arg: unknown): number | null {
  if (isOmitted(arg)) return null;
  const value = Array.isArray(arg) ? (arg[0] as unknown[] | undefined)?.[0] : arg;
  const year = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof year === 'number' && Number.isInteger(year) && year >= 2018 && year <= 2100)
    return year;
  throw new InputError(msg.yearArgumentInvalid(msg.shown(value)));
}

/** True when an optional argument was left out (or pointed at an empty cell). */
export function isOmitted(arg: unknown): boolean {
  return (
    arg === undefined || arg === null || arg === '' || (Array.isArray(arg) && arg.every(isEmptyRow))
  );
}

function isEmptyRow(row: unknown): boolean {
  return Array.isArray(row)
    ? row.every((v) => v === '' || v === null || v === undefined)
    : row === '';
}
