import { isDeepStrictEqual } from 'node:util';
import type { Endpoint, ServerApi } from '../../src/shared/rpc';
import { demoWorld } from './demo-world';
import { columnOf, rowOf } from './workbook-helpers';

export { ADMIN, demo, opds } from './demo-world';

/**
 * A set-up, demo-filled, checked workbook behind the built bundle, with a caller that behaves
 * like google.script.run: arguments and results must survive JSON (a Date or a function does
 * not), and a thrown error reaches the client as its message.
 */
export function panelWorld() {
  const { env, drive, box } = demoWorld('checked');
  const grid = (tab: string) =>
    ({ cells: env.spreadsheet.sheetNamed(tab)?.contents ?? [] }) as {
      cells: (string | number | boolean | Date)[][];
    };
  const select = (tab: string, code: string) => {
    env.selection = { sheet: tab, row: rowOf(grid(tab), code), col: 4 };
  };
  const cell = (tab: string, code: string, header: string) =>
    grid(tab).cells[rowOf(grid(tab), code) - 1]?.[columnOf(grid(tab), header) - 1];
  /** Calls an endpoint as the client would; throws the server's message on failure. */
  const rpc = <K extends Endpoint>(
    name: K,
    request: Parameters<ServerApi[K]>[0],
    as = env.user,
  ): ReturnType<ServerApi[K]> => {
    const previous = env.user;
    env.user = as;
    try {
      const wire = JSON.parse(JSON.stringify(request));
      if (!isDeepStrictEqual(wire, request))
        throw new Error(`${name}: the request does not survive JSON`);
      const result = box.call(name, wire);
      const back = JSON.parse(JSON.stringify(result));
      if (!isDeepStrictEqual(back, JSON.parse(JSON.stringify(back))) || !sameJson(result, back))
        throw new Error(`${name}: the response does not survive JSON`);
      return back;
    } finally {
      env.user = previous;
    }
  };
  return { env, drive, box, grid, select, cell, rpc };
}

/** Whether a value is plain JSON already: no Date, function, undefined or class instance in it. */
function sameJson(value: unknown, wire: unknown): boolean {
  if (value === null || typeof value !== 'object')
    return (
      value === wire || (typeof value === 'number' && Number.isFinite(value) && value === wire)
    );
  if (Object.prototype.toString.call(value) === '[object Date]') return false;
  if (Array.isArray(value))
    return (
      Array.isArray(wire) &&
      value.length === wire.length &&
      value.every((v, i) => sameJson(v, (wire as unknown[])[i]))
    );
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return false;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.some(([, v]) => v === undefined || typeof v === 'function')) return false;
  return entries.every(([k, v]) => sameJson(v, (wire as Record<string, unknown>)[k]));
}
