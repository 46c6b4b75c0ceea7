import { ALL_MENU_ITEMS } from '../../src/core/menu';
import type { AuthModeName } from '../fakes/runtime';
import { SheetsWorld } from '../support/sheets-world';

const OWNER = 'kominfo.admin@example.org';

function open(authMode: AuthModeName, trigger: 'onOpen' | 'onInstall' = 'onOpen') {
  const world = new SheetsWorld(OWNER);
  world.open(authMode, OWNER, trigger);
  return world;
}

describe('the SPBE menu', () => {
  it('uses the add-on menu and, before authorization, offers only Bantuan and touches nothing else', () => {
    const { env } = open('NONE');
    const { ui, log } = env;
    expect(ui.menus.filter((m) => m.shown).map((m) => m.kind)).toEqual(['addon']);
    expect(ui.menus[0]?.flat()).toEqual([
      { caption: 'Bantuan › Cara memakai rumus', functionName: 'menuHelp' },
    ]);
    expect(log.calls).toEqual([
      'SpreadsheetApp.getUi',
      'Ui.createAddonMenu',
      'Ui.createMenu',
      'Menu.addItem',
      'Menu.addSubMenu',
      'Menu.addToUi',
    ]);
  });

  it.each(['LIMITED', 'FULL'] as const)('offers every item in %s mode, in order', (mode) => {
    const { env } = open(mode);
    expect(env.ui.menus[0]?.flat().map((i) => i.caption)).toEqual([
      'Siapkan / perbarui workbook',
      'Cek kelengkapan',
      'Kirim pengingat',
      'Pasang pencatat perubahan',
      'Pulihkan',
      'Buka panel',
      'Hitung ulang rekap',
      'Kunci / buka pengisian',
      'Ekspor',
      'Bantuan › Cara memakai rumus',
      'Bantuan › Periksa lingkungan',
    ]);
  });

  it('builds the same menu from onInstall', () => {
    expect(open('FULL', 'onInstall').env.ui.menus[0]?.flat()).toEqual(
      open('FULL').env.ui.menus[0]?.flat(),
    );
  });

  it('answers Bantuan with the formulas', () => {
    const world = open('FULL');
    world.menu('menuHelp');
    expect(world.env.ui.alerts.find((a) => a.title === 'Bantuan SPBE')?.prompt).toMatch(
      /=SPBE_INDEKS\(B2:B48\)/,
    );
  });

  it('has a top-level function behind every item', () => {
    const { box } = open('FULL');
    for (const item of ALL_MENU_ITEMS)
      expect(typeof (box.context as Record<string, unknown>)[item.handler]).toBe('function');
  });
});
