import { PEMDI_2026 } from '../../src/core/catalogue/frameworks/pemdi-2026';
import { defaultOpds } from '../../src/core/workbook/ownership';
import type { Cell } from '../../src/core/workbook/port';
import { ADMIN, demoWorld } from './demo-world';
import { SheetsWorld } from './sheets-world';
import { columnOf, rowOf } from './workbook-helpers';

export { ADMIN, demo, opds } from './demo-world';

/**
 * A set-up, demo-filled, checked workbook behind the built bundle, with helpers to read its
 * tabs and to select a row in Sheets (which the sidebar follows). Endpoints are called with
 * `world.rpc`, which behaves like google.script.run.
 */
export function panelWorld() {
  return withPanelHelpers(demoWorld('checked'));
}

/**
 * A workbook for 2026 as Siapkan makes it: Pemdi, each indicator with its evidence items;
 * `lead` is the OPD that owns P01, and `pic` its PIC.
 */
export function pemdiPanelWorld() {
  const list = defaultOpds(PEMDI_2026);
  const world = new SheetsWorld(ADMIN);
  world.env.share(...list.flatMap((o) => o.pics));
  world.rt.setClock(() => Date.UTC(2026, 10, 28, 2, 0, 0));
  world.menu('menuSetup');
  const lead = list.find((o) => o.indicators.includes('P01'));
  if (!lead?.pics[0]) throw new Error('no OPD owns P01');
  return Object.assign(withPanelHelpers(world), { lead, pic: lead.pics[0] });
}

function withPanelHelpers(world: SheetsWorld) {
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
