import { SPBE_2020 } from '../../src/core/catalogue/frameworks/spbe-2020';
import { defaultOpds } from '../../src/core/workbook/ownership';
import { DEMO_ADMIN, kendariDemo } from '../../src/demo/kendari-demo';
import { typeDemo } from './demo-typing';
import { SheetsWorld, type WorldOptions } from './sheets-world';

export const ADMIN = DEMO_ADMIN;
export const opds = defaultOpds(SPBE_2020);
export const demo = kendariDemo(SPBE_2020, opds, 2026);

/**
 * The Kendari demo replays its SPBE 2020 evaluation (the instrument of its 2,01): before the
 * first setup the coordinator types the instrument into a Pengaturan tab, since a workbook for
 * 2026 would otherwise be Pemdi.
 */
export function chooseSpbe2020(world: SheetsWorld): void {
  world.env.addTab(world.env.owner, 'Pengaturan', [
    ['Pengaturan', 'Nilai'],
    ['Kerangka', 'spbe-2020'],
  ]);
}

/** How far the coordinator and the PICs have gone when a test starts. */
export type DemoStage = 'bare' | 'set-up' | 'typed' | 'checked';

/**
 * The 12-OPD Kendari demo behind the built bundle, on a day of its evaluation year 2026 (the
 * evidence window is then 2025-01-01 to 2026-12-31): an empty spreadsheet owned by the
 * coordinator and shared with every PIC ('bare'), after SPBE › Siapkan workbook ('set-up'),
 * after every PIC typed the demo answers in their tab ('typed'), and after SPBE › Cek
 * kelengkapan ('checked'). Drive answers for the demo's files.
 */
export function demoWorld(stage: DemoStage, options: WorldOptions = {}): SheetsWorld {
  const world = new SheetsWorld(ADMIN, { files: demo.files, ...options });
  world.env.share(...opds.flatMap((o) => o.pics));
  chooseSpbe2020(world);
  world.rt.setClock(() => Date.UTC(2026, 10, 28, 2, 0, 0));
  if (stage === 'bare') return world;
  world.menu('menuSetup');
  if (stage === 'set-up') return world;
  typeDemo(world.env, opds, demo, ADMIN);
  if (stage === 'checked') world.menu('menuCheck');
  return world;
}
