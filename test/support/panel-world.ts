import type { Cell } from '../../src/core/workbook/port';
import { demoWorld } from './demo-world';
import { columnOf, rowOf } from './workbook-helpers';

export { ADMIN, demo, opds } from './demo-world';

/**
 * A set-up, demo-filled, checked workbook behind the built bundle, with helpers to read its
 * tabs and to select a row in Sheets (which the sidebar follows). Endpoints are called with
 * `world.rpc`, which behaves like google.script.run.
 */
export function panelWorld() {
  const world = demoWorld('checked');
  const { env } = world;
  const grid = (tab: string) => ({
    cells: (env.spreadsheet.sheetNamed(tab)?.contents ?? []) as Cell[][],
  });
  const select = (tab: string, code: string) => {
    env.selection = { sheet: tab, row: rowOf(grid(tab), code), col: 4 };
  };
  const cell = (tab: string, code: string, header: string) =>
    grid(tab).cells[rowOf(grid(tab), code) - 1]?.[columnOf(grid(tab), header) - 1];
  return Object.assign(world, { grid, select, cell });
}
