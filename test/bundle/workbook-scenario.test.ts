import { SPBE_2020 } from '../../src/core/catalogue/frameworks/spbe-2020';
import { levelOptions } from '../../src/core/workbook/opd-columns';
import { defaultOpds } from '../../src/core/workbook/ownership';
import type { FakeSheet } from '../fakes/spreadsheet-app';
import { chooseSpbe2020 } from '../support/demo-world';
import { levelCase } from '../support/reference';
import { SheetsWorld } from '../support/sheets-world';
import { columnOf, rekapFigure, rowOf, valueAt } from '../support/workbook-helpers';

/**
 * The whole story through dist/Code.js on the strict SpreadsheetApp stand-ins: an empty Sheet,
 * setup from the menu, OPD staff filling their own tabs (and failing on others'), the admin
 * reorganising, sorting and editing weights, setup again — and nothing lost.
 */
const ADMIN = 'kominfo.admin@example.org';
const PIC = { bappeda: 'bappeda.spbe@example.org', bpkad: 'bpkad.spbe@example.org' };
const PROTECTED = /protected cell/;
const example = levelCase('exact 2.955 rounds half-up to 2.96');

const world = new SheetsWorld(ADMIN);
const { env } = world;
// The coordinator shares the file with the OPDs' PICs as editors.
env.share(...defaultOpds(SPBE_2020).flatMap((o) => o.pics));
chooseSpbe2020(world);
const sheet = (name: string) => env.spreadsheet.sheetNamed(name) as FakeSheet;
const grid = (name: string) => ({
  cells: sheet(name).contents as (string | number | boolean | Date)[][],
});
function levelText(code: string, level: number): string {
  const indicator = SPBE_2020.indicators.find((i) => i.code === code);
  if (!indicator) throw new Error(`no indicator ${code}`);
  return levelOptions(SPBE_2020, indicator)[level - 1] as string;
}
const picOf = (tab: string) =>
  String(grid('OPD').cells.find((r) => r[3] === tab)?.[4] ?? '')
    .split(',')[0]
    ?.trim() ?? '';

function runSetup(): void {
  env.user = ADMIN;
  const before = env.ui.alerts.length;
  world.menu('menuSetup');
  const alerts = env.ui.alerts.slice(before);
  expect(alerts.map((a) => a.prompt.slice(0, 14))).toEqual(['Workbook siap ']);
}

/** Each PIC types the reference levels, an explanation and a link into their own tab. */
function everyOpdFillsItsTab(): void {
  for (const tab of sheet('OPD')
    .contents.slice(4)
    .map((r) => String(r[3]))) {
    const t = grid(tab);
    const pic = picOf(tab);
    for (const row of t.cells.slice(4)) {
      const code = String(row[0]);
      const indicator = SPBE_2020.indicators.find((i) => i.code === code);
      if (!indicator) continue;
      const r = rowOf(t, code);
      env.type(
        pic,
        tab,
        r,
        columnOf(t, 'Tingkat'),
        levelText(code, example?.levels[indicator.no - 1] ?? 1),
      );
      env.type(pic, tab, r, columnOf(t, 'Penjelasan'), explained(tab, code));
      env.type(
        pic,
        tab,
        r,
        columnOf(t, 'Data dukung'),
        `https://drive.google.com/file/d/${code}aaaaaaaaaaaaaaaaaaaaaaaa/view`,
      );
    }
  }
}

/** An explanation as a PIC writes one: long enough to convince (40 characters or more). */
const explained = (tab: string, code: string) =>
  `Penjelasan ${tab} ${code}: ditetapkan dan dilaksanakan di semua perangkat daerah.`;

describe('an evaluation workbook from an empty Sheet, through the built bundle', () => {
  beforeAll(() => {
    world.open('FULL');
    runSetup();
  });

  it('creates every tab and tells who can edit what', () => {
    expect(env.spreadsheet.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Panduan',
        'Pengaturan',
        'Kerangka',
        'OPD',
        'Bappeda',
        'BPKAD',
        'Penilaian',
        'Rekap',
        'Log',
      ]),
    );
    expect(sheet('Log').hidden).toBe(true);
    const done = env.ui.alerts[env.ui.alerts.length - 1]?.prompt ?? '';
    expect(done).toMatch(
      /Bappeda: bappeda\.spbe@example\.org dapat mengisi Tingkat, Penjelasan, Data dukung dan Jenis bukti di tab Bappeda\./,
    );
    expect(done).toMatch(/perlindungan mencegah perubahan, bukan melihat/);
  });

  it('lets each PIC fill only their own tab’s input columns', () => {
    everyOpdFillsItsTab();
    const bappeda = grid('Bappeda');
    const r = rowOf(bappeda, 'I13');
    expect(() =>
      env.type(PIC.bpkad, 'Bappeda', r, columnOf(bappeda, 'Tingkat'), levelText('I13', 2)),
    ).toThrow(PROTECTED);
    expect(() =>
      env.type(PIC.bappeda, 'Bappeda', r, columnOf(bappeda, 'Status verifikasi'), 'diterima'),
    ).toThrow(PROTECTED);
    expect(() =>
      env.type(PIC.bappeda, 'Bappeda', r, columnOf(bappeda, 'Indikator'), 'nama lain'),
    ).toThrow(PROTECTED);
    expect(() => env.type(PIC.bappeda, 'Kerangka', 10, 5, 999)).toThrow(PROTECTED);
    expect(() => env.type(PIC.bappeda, 'Penilaian', 5, 11, 5)).toThrow(PROTECTED);
    // The dropdown refuses what is not a level of that indicator.
    expect(() => env.type(PIC.bappeda, 'Bappeda', r, columnOf(bappeda, 'Tingkat'), '7')).toThrow(
      /Input must be an item on the specified list/,
    );
    expect(valueAt(bappeda, 'I13', 'Tingkat')).toBe(levelText('I13', example.levels[12] as number));
  });

  it('shows the reference index, predicate, domains and aspects in Rekap, as native formulas', () => {
    const e = env.engine();
    const cells = grid('Rekap').cells;
    expect(rekapFigure(cells, e, 'Indeks SPBE', 'Mandiri')).toBe(example.index);
    expect(rekapFigure(cells, e, 'Predikat', 'Mandiri')).toBe(example.predikat);
    for (const [id, value] of Object.entries({ ...example.domains, ...example.aspects }))
      expect([id, rekapFigure(cells, e, id, 'Mandiri')]).toEqual([id, value]);
    // What a viewer without the add-on reads is the same: getValues answers the formula results.
    const indexRow = cells.findIndex((row) => row[0] === 'Indeks SPBE') + 1;
    const shown = sheet('Rekap').getDataRange().getValues();
    expect(shown[indexRow - 1]?.[2]).toBe(example.index);
  });

  describe('after the admin reorganises and setup runs again', () => {
    const userRuleColour = '#123456';
    beforeAll(() => {
      env.user = ADMIN;
      // Sort Bappeda by level, add a column of one's own, add a personal highlight rule.
      const bappeda = grid('Bappeda');
      env.sortRows(ADMIN, 'Bappeda', 5, 4 + 5, columnOf(bappeda, 'Tingkat'), true);
      const own = (grid('Bappeda').cells[3] ?? []).filter((h) => h !== '').length + 1;
      env.type(ADMIN, 'Bappeda', 4, own, 'Catatan internal');
      env.type(ADMIN, 'Bappeda', rowOf(grid('Bappeda'), 'I33'), own, 'tanya BPKAD');
      const app = env.services().SpreadsheetApp as {
        newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
      };
      const s = sheet('Bappeda');
      s.setConditionalFormatRules([
        ...s.getConditionalFormatRules(),
        app
          .newConditionalFormatRule()
          .whenFormulaSatisfied('=$B5="x"')
          .setBackground(userRuleColour)
          .setRanges([s.getRange('B5:B9')])
          .build(),
      ]);
      // Reassign I14 away from Bag. Organisasi, rename BPKAD's tab, add Dinkes, move weight.
      const opd = grid('OPD');
      env.type(
        ADMIN,
        'OPD',
        rowOf(opd, 'ORGANISASI', 'Kode OPD'),
        columnOf(opd, 'Indikator', 'Kode OPD'),
        '27, 40',
      );
      env.type(
        ADMIN,
        'OPD',
        rowOf(opd, 'BPKAD', 'Kode OPD'),
        columnOf(opd, 'Nama tab', 'Kode OPD'),
        'Keuangan',
      );
      const next = opd.cells.length + 1;
      ['DINKES', 'Dinas Kesehatan', 'Dinkes', '', 'dinkes.spbe@example.org', '45'].forEach(
        (v, i) => {
          env.type(ADMIN, 'OPD', next, i + 1, v);
        },
      );
      const kerangka = sheet('Kerangka').contents;
      const weightRow = (code: string) =>
        kerangka.findIndex((r) => r[0] === 'indikator' && r[1] === code) + 1;
      env.type(ADMIN, 'Kerangka', weightRow('I42'), 5, 400);
      env.type(ADMIN, 'Kerangka', weightRow('I43'), 5, 200);
      runSetup();
    });

    it('keeps every value, the user’s column and the user’s own highlight rule', () => {
      const bappeda = grid('Bappeda');
      expect(bappeda.cells.slice(4, 9).map((r) => r[0])).toEqual([
        'I13',
        'I14',
        'I32',
        'I33',
        'I40',
      ]);
      for (const code of ['I13', 'I14', 'I32', 'I33', 'I40']) {
        expect(valueAt(bappeda, code, 'Penjelasan')).toBe(explained('Bappeda', code));
        expect(valueAt(bappeda, code, 'Status')).toMatch(/^=IF/);
      }
      expect(valueAt(bappeda, 'I33', 'Catatan internal')).toBe('tanya BPKAD');
      const rules = sheet('Bappeda').rules;
      expect(rules.filter((r) => r.background === userRuleColour)).toHaveLength(1);
      expect(rules.length).toBeGreaterThan(1);
      // Status formulas read their own row again: a filled row waits for a check to judge it.
      const e = env.engine();
      expect(e.cell('Bappeda', rowOf(bappeda, 'I33'), columnOf(bappeda, 'Status'))).toBe(
        'Perlu dicek',
      );
    });

    it('archives the reassigned indicator, renames the tab, adds the new OPD', () => {
      expect(valueAt(grid('Bag. Organisasi'), 'I14', 'Penugasan')).toMatch(
        /^diarsipkan \d{4}-\d{2}-\d{2}$/,
      );
      expect(valueAt(grid('Bag. Organisasi'), 'I14', 'Penjelasan')).toBe(
        explained('Bag. Organisasi', 'I14'),
      );
      expect(env.spreadsheet.sheetNamed('BPKAD')).toBeUndefined();
      expect(valueAt(grid('Keuangan'), 'I34', 'Penjelasan')).toBe(explained('BPKAD', 'I34'));
      expect(valueAt(grid('Dinkes'), 'I45', 'Penugasan')).toBe('aktif');
      // The renamed tab still keeps others out, and its PIC in.
      const k = grid('Keuangan');
      expect(() =>
        env.type(
          PIC.bappeda,
          'Keuangan',
          rowOf(k, 'I34'),
          columnOf(k, 'Tingkat'),
          levelText('I34', 2),
        ),
      ).toThrow(PROTECTED);
      env.type(
        PIC.bpkad,
        'Keuangan',
        rowOf(k, 'I34'),
        columnOf(k, 'Tingkat'),
        levelText('I34', example.levels[33] as number),
      );
    });

    it('scores with the edited weights: 29550 + 100·(1 − 5) = 29150 → 2,92', () => {
      expect(rekapFigure(grid('Rekap').cells, env.engine(), 'Indeks SPBE', 'Mandiri')).toBe(2.92);
    });

    it('changes nothing, and writes no cell, when run once more', () => {
      const before = JSON.stringify(env.spreadsheet.sheets.map((s) => [s.name, s.contents]));
      const writesBefore = env.log.count('Range.setValues') + env.log.count('Range.clearContent');
      runSetup();
      expect(env.log.count('Range.setValues') + env.log.count('Range.clearContent')).toBe(
        writesBefore,
      );
      expect(JSON.stringify(env.spreadsheet.sheets.map((s) => [s.name, s.contents]))).toBe(before);
    });
  });

  it('refuses a second setup while one holds the document lock, with a message', () => {
    env.lockHolder = 'someone-else';
    const before = env.ui.alerts.length;
    world.menu('menuSetup');
    expect(env.ui.alerts.slice(before).map((a) => a.prompt)).toEqual([
      'Workbook sedang diperbarui oleh proses lain. Tunggu sebentar, lalu jalankan lagi.',
    ]);
    env.lockHolder = undefined;
  });

  it('refuses a broken catalogue before writing anything, naming the row', () => {
    env.user = ADMIN;
    const kerangka = sheet('Kerangka').contents;
    const row = kerangka.findIndex((r) => r[0] === 'indikator' && r[1] === 'I01') + 1;
    env.type(ADMIN, 'Kerangka', row, 5, 'seratus');
    const writes = env.log.count('Range.setValues');
    const before = env.ui.alerts.length;
    world.menu('menuSetup');
    expect(env.ui.alerts.slice(before)[0]?.prompt).toMatch(
      new RegExp(
        `^Kerangka spbe-2020 tidak bisa dipakai; perbaiki dulu: baris ${row}: bobot 'seratus' tidak sah`,
      ),
    );
    expect(env.log.count('Range.setValues')).toBe(writes);
    env.type(ADMIN, 'Kerangka', row, 5, 130);
  });
});

describe('admins and PICs who are not yet on the file or its protections', () => {
  it('refuses a newly added admin’s setup before writing anything, until a listed admin has run it', () => {
    const w = new SheetsWorld(ADMIN);
    chooseSpbe2020(w);
    w.menu('menuSetup');
    const newcomer = 'sekretaris.kominfo@example.org';
    w.env.share(newcomer);
    const settings = w.env.spreadsheet.sheetNamed('Pengaturan') as FakeSheet;
    const adminRow = settings.contents.findIndex((r) => r[0] === 'Admin') + 1;
    w.env.type(ADMIN, 'Pengaturan', adminRow, 2, `${ADMIN}, ${newcomer}`);
    const before = JSON.stringify(w.env.spreadsheet.sheets.map((s) => [s.name, s.contents]));
    w.menu('menuSetup', newcomer);
    expect(w.env.ui.alerts.at(-1)?.prompt).toMatch(
      new RegExp(`^${newcomer} belum tercantum di perlindungan tab.+Minta ${ADMIN}`),
    );
    expect(JSON.stringify(w.env.spreadsheet.sheets.map((s) => [s.name, s.contents]))).toBe(before);
    w.menu('menuSetup', ADMIN);
    w.menu('menuSetup', newcomer);
    expect(w.env.ui.alerts.at(-1)?.prompt).toMatch(/^Workbook siap/);
  });

  it('names the PICs and admins the file is not yet shared with', () => {
    const w = new SheetsWorld(ADMIN);
    chooseSpbe2020(w);
    w.env.share('bappeda.spbe@example.org');
    w.menu('menuSetup');
    const said = w.env.ui.alerts.at(-1)?.prompt ?? '';
    expect(said).toMatch(/Belum bisa mengedit file ini: .*bpkad\.spbe@example\.org/);
    expect(said).not.toMatch(/Belum bisa mengedit file ini: [^\n]*bappeda\.spbe@example\.org/);
  });
});
