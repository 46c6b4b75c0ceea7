import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

/**
 * Runs the built bundle the way Apps Script does: one fresh global scope holding only the
 * ECMAScript built-ins and the services handed in, no `require`, `process`, `URL`, `fetch`,
 * `setTimeout` or `TextEncoder`. Tests and `npm start` both go through here, so what they
 * prove is the file clasp pushes.
 */
export const BUNDLE_PATH = path.join(projectRoot(__dirname), 'dist', 'Code.js');

/** This file runs from src/ under Jest and from out/ once bundled: find the package root. */
function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return dir;
}

export type SheetsValue = string | number | boolean | Date;

export interface AppsScriptSandbox {
  readonly context: vm.Context;
  /** Calls a top-level function as a custom-function cell does; a throw becomes #ERROR!. */
  formula(name: string, ...args: unknown[]): FormulaResult;
  /** Calls any top-level function (menu handler, trigger). */
  call(name: string, ...args: unknown[]): unknown;
  /** Makes the bundle's Date.now() answer `now()` (tests of time limits and dates). */
  setClock(now: () => number): void;
}

export type FormulaResult =
  | { ok: true; value: SheetsValue | SheetsValue[][] }
  | { ok: false; error: string };

export function loadBundle(
  services: Record<string, unknown> = {},
  code = readFileSync(BUNDLE_PATH, 'utf8'),
) {
  const context = vm.createContext({ ...services });
  vm.runInContext(code, context, { filename: 'Code.js' });
  const call = (name: string, ...args: unknown[]): unknown => {
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
    return fn(...args);
  };
  const formula = (name: string, ...args: unknown[]): FormulaResult => {
    try {
      return { ok: true, value: asSheetsResult(name, call(name, ...args)) };
    } catch (error) {
      return {
        ok: false,
        error:
          error instanceof Error || isErrorLike(error) ? (error as Error).message : String(error),
      };
    }
  };
  const setClock = (now: () => number) => {
    context.__sandboxClock = now;
    vm.runInContext('Date.now = function () { return __sandboxClock(); };', context);
  };
  return { context, formula, call, setClock } satisfies AppsScriptSandbox;
}

function isErrorLike(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && typeof (value as Error).message === 'string'
  );
}

/**
 * Sheets accepts a scalar or a rectangular 2-D array of scalars; anything else (undefined,
 * null, objects, ragged rows, NaN) is refused here so that a test notices what a cell would.
 */
function asSheetsResult(name: string, value: unknown): SheetsValue | SheetsValue[][] {
  if (Array.isArray(value)) {
    const rows = value as unknown[];
    const width = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : -1;
    rows.forEach((row, r) => {
      if (!Array.isArray(row) || row.length !== width)
        throw new Error(`${name}: row ${r + 1} is not ${width} cells wide`);
      row.forEach((cell, c) => {
        assertScalar(name, cell, `${r + 1},${c + 1}`);
      });
    });
    return rows as SheetsValue[][];
  }
  assertScalar(name, value, 'result');
  return value as SheetsValue;
}

function assertScalar(name: string, value: unknown, where: string): void {
  const ok =
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    Object.prototype.toString.call(value) === '[object Date]';
  if (!ok) throw new Error(`${name}: ${where} is ${String(value)}, which Sheets cannot show`);
}
