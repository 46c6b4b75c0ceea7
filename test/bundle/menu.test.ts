import { MENU_ITEMS } from '../../src/core/menu';
import { uiServices } from '../fakes/ui';
import { sandbox } from '../support/bundle';

function open(authMode: 'NONE' | 'LIMITED' | 'FULL', trigger: 'onOpen' | 'onInstall' = 'onOpen') {
  const fakes = uiServices();
  const box = sandbox(fakes.services);
  box.call(trigger, { authMode: fakes.AuthMode[authMode] });
  return { ...fakes, box };
}

describe('the SPBE menu', () => {
  it('uses the add-on menu and, before authorization, offers only Bantuan and touches nothing else', () => {
    const { ui, log } = open('NONE');
    expect(ui.menus.map((m) => m.kind)).toEqual(['addon']);
    expect(ui.menus[0]?.items).toEqual([{ caption: 'Bantuan', functionName: 'menuBantuan' }]);
    expect(ui.menus[0]?.shown).toBe(true);
    expect(log.calls).toEqual([
      'SpreadsheetApp.getUi',
      'Ui.createAddonMenu',
      'Menu.addItem',
      'Menu.addToUi',
    ]);
  });

  it.each(['LIMITED', 'FULL'] as const)('offers every item in %s mode, in order', (mode) => {
    const { ui } = open(mode);
    expect(ui.menus[0]?.items.map((i) => i.caption)).toEqual([
      'Siapkan / perbarui workbook',
      'Cek kelengkapan',
      'Kirim pengingat',
      'Pasang pencatat perubahan',
      'Pulihkan',
      'Buka panel',
      'Hitung ulang rekap',
      'Kunci / buka pengisian',
      'Ekspor',
      'Bantuan',
    ]);
  });

  it('builds the same menu from onInstall', () => {
    expect(open('FULL', 'onInstall').ui.menus[0]?.items).toEqual(open('FULL').ui.menus[0]?.items);
  });

  it('answers Bantuan with the formulas', () => {
    const { ui, box } = open('FULL');
    box.call('menuBantuan');
    expect(ui.alerts.find((a) => a.title === 'Bantuan SPBE')?.prompt).toMatch(
      /=SPBE_INDEKS\(B2:B48\)/,
    );
  });

  it('has a top-level function behind every item', () => {
    const { box } = open('FULL');
    for (const item of MENU_ITEMS)
      expect(typeof (box.context as Record<string, unknown>)[item.handler]).toBe('function');
  });
});
