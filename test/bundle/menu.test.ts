import { ALL_MENU_ITEMS } from '../../src/core/actions/menu/menu';
import type { AuthModeName } from '../fakes/runtime';
import { ADMIN, demoWorld } from '../support/demo-world';
import { SheetsWorld } from '../support/sheets-world';

const OWNER = 'kominfo.admin@example.org';
const PIC = 'bappeda.spbe@example.org';

const EVERY_ITEM = [
  'Isi penilaian (panel)',
  'Diskominfo › Siapkan / perbarui workbook',
  'Diskominfo › Cek kelengkapan',
  'Diskominfo › Kirim pengingat ke OPD',
  'Diskominfo › Kunci / buka pengisian',
  'Diskominfo › Hitung ulang rekap',
  'Diskominfo › Ekspor untuk aplikasi nasional',
  'Diskominfo › Buat laporan pimpinan',
  'Diskominfo › Pulihkan isian dari cadangan',
  'Diskominfo › Catat setiap perubahan di Log',
  'Diskominfo › Buka Log perubahan',
  'Diskominfo › Periksa lingkungan',
  'Bantuan › Cara memakai rumus',
];

function open(authMode: AuthModeName, trigger: 'onOpen' | 'onInstall' = 'onOpen') {
  const world = new SheetsWorld(OWNER);
  world.open(authMode, OWNER, trigger);
  return world;
}

const captions = (w: SheetsWorld) =>
  w.env.ui.menus
    .filter((m) => m.shown)[0]
    ?.flat()
    .map((i) => i.caption);

describe('the SPBE menu', () => {
  it('before authorization (AuthMode.NONE) lists every action, reading nothing: a click runs after consent', () => {
    const w = open('NONE');
    expect(w.env.ui.menus.filter((m) => m.shown).map((m) => m.kind)).toEqual(['addon']);
    expect(captions(w)).toEqual(EVERY_ITEM);
    expect(w.env.log.calls.filter((c) => !/^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(c))).toEqual(
      [],
    );
  });

  it.each(['LIMITED', 'FULL'] as const)(
    'in %s mode shows an admin every item, the panel first',
    (mode) => {
      const w = demoWorld('set-up');
      w.open(mode, ADMIN);
      expect(captions(w)).toEqual(EVERY_ITEM);
    },
  );

  it.each(['LIMITED', 'FULL'] as const)(
    'in %s mode shows a PIC the panel and Bantuan only, with no Diskominfo jargon',
    (mode) => {
      const w = demoWorld('set-up');
      w.open(mode, PIC);
      expect(captions(w)).toEqual(['Isi penilaian (panel)', 'Bantuan › Cara memakai rumus']);
    },
  );

  it('shows every item on a file not set up yet (someone must run Siapkan) and when Google hides the email', () => {
    expect(captions(open('FULL'))).toEqual(EVERY_ITEM);
    const w = demoWorld('set-up');
    w.open('LIMITED', '');
    expect(captions(w)).toEqual(EVERY_ITEM);
  });

  it('costs opening the file 14 service calls: 7 to know the role (one small tab), 7 to build the menu', () => {
    const w = demoWorld('set-up');
    const before = w.env.log.calls.length;
    w.open('FULL', PIC);
    expect(w.env.log.calls.length - before).toBeLessThanOrEqual(14);
  });

  it('builds the same menu from onInstall', () => {
    expect(captions(open('FULL', 'onInstall'))).toEqual(captions(open('FULL')));
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
