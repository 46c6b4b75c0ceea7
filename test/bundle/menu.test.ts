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

  it('answers every item: Bantuan explains the formulas, later features say they are not ready', () => {
    const { ui, box } = open('FULL');
    const pendingHandlers = MENU_ITEMS.filter((i) => !i.available).map((i) => i.handler);
    for (const item of ui.menus[0]?.items ?? []) {
      if (item.functionName === 'menuBantuan' || pendingHandlers.includes(item.functionName))
        box.call(item.functionName);
    }
    const help = ui.alerts.find((a) => a.title === 'Bantuan SPBE');
    expect(help?.prompt).toMatch(/=SPBE_INDEKS\(B2:B48\)/);
    const pending = MENU_ITEMS.filter((i) => !i.available);
    expect(
      ui.alerts.filter((a) => a.prompt.includes('belum tersedia')).map((a) => a.prompt),
    ).toEqual(
      pending.map(
        (i) =>
          `"${i.label}" belum tersedia di versi add-on ini. Rumus SPBE_* sudah bisa dipakai; lihat SPBE › Bantuan.`,
      ),
    );
  });
});
