import { setupWorkbook } from '../../src/core/actions/setup/setup';
import { SPBE_2020 } from '../../src/core/catalogue/frameworks/spbe-2020';
import { levelOptions } from '../../src/core/workbook/opd-columns';
import type { Cell } from '../../src/core/workbook/port';
import { MemoryWorkbook } from '../support/memory-workbook';
import { levelCase } from '../support/reference';
import {
  columnOf,
  formulas,
  rekapFigure,
  rowOf,
  setAt,
  valueAt,
} from '../support/workbook-helpers';

const clock = { today: '2026-11-28', timestamp: '2026-11-28 10:00', year: 2026 };
// These workbooks replay the SPBE 2020 instrument (a 2026 workbook defaults to Pemdi).
const SPBE = { framework: 'spbe-2020' } as const;
const ADMIN = 'kominfo.admin@example.org';
const example = levelCase('exact 2.955 rounds half-up to 2.96');

function levelText(code: string, level: number): string {
  const indicator = SPBE_2020.indicators.find((i) => i.code === code);
  if (!indicator) throw new Error(code);
  return levelOptions(SPBE_2020, indicator)[level - 1] as string;
}

/** Every OPD fills every active row with the reference case's level, an explanation and a link. */
function fillAll(wb: MemoryWorkbook): void {
  for (const tab of wb.tabList.filter((t) => t.key?.startsWith('spbe:opd:'))) {
    for (const row of tab.cells) {
      const code = row[0];
      const indicator = SPBE_2020.indicators.find((i) => i.code === code);
      if (!indicator || row[columnOf(tab, 'Penugasan') - 1] !== 'aktif') continue;
      setAt(
        tab,
        indicator.code,
        'Tingkat',
        levelText(indicator.code, example?.levels[indicator.no - 1] ?? 1),
      );
      setAt(tab, indicator.code, 'Penjelasan', `Penjelasan ${tab.name} untuk ${indicator.code}`);
      setAt(
        tab,
        indicator.code,
        'Data dukung',
        `https://drive.google.com/file/d/${indicator.code}${tab.name.replace(/\W/g, '')}xxxxxxxxxxxxxxxxxxxx/view`,
      );
    }
  }
}

function engine(wb: MemoryWorkbook) {
  return formulas((name) => wb.tabList.find((t) => t.name === name)?.cells);
}

describe('setup on an empty workbook', () => {
  const wb = new MemoryWorkbook(ADMIN);
  const report = setupWorkbook(wb, clock, undefined, SPBE);

  it('creates the guide, settings, catalogue, OPD list, evidence rules, one tab per OPD, Penilaian, Rekap, an empty Kelengkapan and a hidden Log', () => {
    expect(wb.tabList.map((t) => t.name)).toEqual([
      'Panduan',
      'Pengaturan',
      'Kerangka',
      'OPD',
      'Aturan bukti',
      'Diskominfo',
      'Bappeda',
      'BPKAD',
      'BKPSDM',
      'Inspektorat',
      'Bag. Organisasi',
      'Bag. Hukum',
      'UKPBJ',
      'Dispusip',
      'Bapenda',
      'Disdukcapil',
      'DPMPTSP',
      'Penilaian',
      'Rekap',
      'Kelengkapan',
      'Log',
    ]);
    expect(wb.tab('Log').hidden).toBe(true);
    expect(report.created).toHaveLength(21);
  });

  it('gives each OPD a row per assigned indicator and every indicator a Penilaian row', () => {
    const bappeda = wb.tab('Bappeda');
    expect(bappeda.cells.slice(4).map((r) => r[0])).toEqual(['I13', 'I14', 'I32', 'I33', 'I40']);
    const penilaian = wb.tab('Penilaian');
    expect(penilaian.cells.slice(4).map((r) => r[0])).toEqual(
      SPBE_2020.indicators.map((i) => i.code),
    );
    expect(valueAt(penilaian, 'I13', 'OPD pemilik')).toBe('BAPPEDA, BPKAD');
    expect(valueAt(penilaian, 'I13', 'OPD utama')).toBe('BAPPEDA');
  });

  it('makes the first admin the one who ran it', () => {
    expect(valueAt(wb.tab('Pengaturan'), 'Admin', 'Nilai', 'Pengaturan')).toBe(ADMIN);
  });

  it('says "belum ada data" for a stage with no level yet, not 1,00 Kurang', () => {
    const cells = wb.tab('Rekap').cells;
    const e = engine(wb);
    expect(rekapFigure(cells, e, 'Indeks SPBE', 'Mandiri')).toBe('belum ada data');
    expect(rekapFigure(cells, e, 'D1', 'Mandiri')).toBe('belum ada data');
    expect(rekapFigure(cells, e, 'Predikat', 'Mandiri')).toBe('');
    expect(rekapFigure(cells, e, 'Belum dinilai', 'Mandiri')).toBe(47);
    // The default target (3 everywhere) is itself an index of 3,00.
    expect(rekapFigure(cells, e, 'Indeks SPBE', 'Target')).toBe(3);
  });

  it('scores a stage with one level entered, the blanks counting as level 1', () => {
    // I01 (weight 130 of 10,000) at level 5, the other 46 blank: (130·5 + 9,870·1) / 10,000.
    // (650 + 9,870) / 10,000 = 1.052 → 1.05.
    const one = new MemoryWorkbook(ADMIN);
    setupWorkbook(one, clock, undefined, SPBE);
    for (const tab of one.tabList.filter((t) => t.key?.startsWith('spbe:opd:')))
      if (tab.cells.some((r) => r[0] === 'I01')) setAt(tab, 'I01', 'Tingkat', levelText('I01', 5));
    expect(rekapFigure(one.tab('Rekap').cells, engine(one), 'Indeks SPBE', 'Mandiri')).toBe(1.05);
  });

  it('shows last year\'s index as typed in Pengaturan ("2,01") when Penilaian holds no levels for it', () => {
    const last = new MemoryWorkbook(ADMIN);
    setupWorkbook(last, clock, undefined, SPBE);
    expect(rekapFigure(last.tab('Rekap').cells, engine(last), 'Indeks SPBE', 'Tahun lalu')).toBe(
      'belum ada data',
    );
    setAt(last.tab('Pengaturan'), 'Indeks tahun lalu', 'Nilai', '2,01', 'Pengaturan');
    setupWorkbook(last, clock, undefined, SPBE);
    expect(rekapFigure(last.tab('Rekap').cells, engine(last), 'Indeks SPBE', 'Tahun lalu')).toBe(
      2.01,
    );
  });

  it('computes the reference figures, to the cent, from what OPDs fill in their tabs', () => {
    fillAll(wb);
    const cells = wb.tab('Rekap').cells;
    const e = engine(wb);
    expect(rekapFigure(cells, e, 'Indeks SPBE', 'Mandiri')).toBe(example.index);
    expect(rekapFigure(cells, e, 'Predikat', 'Mandiri')).toBe(example.predikat);
    for (const [id, value] of Object.entries({ ...example.domains, ...example.aspects })) {
      expect([id, rekapFigure(cells, e, id, 'Mandiri')]).toEqual([id, value]);
    }
    expect(rekapFigure(cells, e, 'Belum dinilai', 'Mandiri')).toBe(0);
  });

  it('changes nothing when run again', () => {
    const before = JSON.stringify(wb.tabList.map((t) => t.cells));
    const again = setupWorkbook(wb, clock, undefined, SPBE);
    expect(again.changed).toEqual([]);
    expect(again.created).toEqual([]);
    expect(JSON.stringify(wb.tabList.map((t) => t.cells))).toBe(before);
  });
});

describe('re-running setup after the workbook has lived a while', () => {
  const wb = new MemoryWorkbook(ADMIN);
  setupWorkbook(wb, clock, undefined, SPBE);
  fillAll(wb);

  // OPD staff: Bappeda sorts its rows and adds a column of its own.
  const bappeda = wb.tab('Bappeda');
  const header = bappeda.cells[3] as Cell[];
  header.push('Catatan internal');
  bappeda.cells = [...bappeda.cells.slice(0, 4), ...bappeda.cells.slice(4).reverse()];
  setAt(bappeda, 'I33', 'Catatan internal', 'tanya BPKAD');
  setAt(bappeda, 'I33', 'Penjelasan', 'Diubah setelah diskusi dengan BPKAD');

  // Admin: takes I14 from Bag. Organisasi, adds Dinkes for I45, renames BPKAD's tab, moves
  // 100 bp from I43 to I42 in Kerangka, and verifies I01 at level 2.
  const opdList = wb.tab('OPD');
  setAt(opdList, 'ORGANISASI', 'Indikator', '27, 40', 'Kode OPD');
  setAt(opdList, 'BPKAD', 'Nama tab', 'Keuangan', 'Kode OPD');
  opdList.cells.push(['DINKES', 'Dinas Kesehatan', 'Dinkes', '', 'dinkes.spbe@example.org', '45']);
  const kerangka = wb.tab('Kerangka');
  const weightRow = (code: string) =>
    kerangka.cells.find((r) => r[0] === 'indikator' && r[1] === code) as Cell[];
  weightRow('I42')[4] = 400;
  weightRow('I43')[4] = 200;
  setAt(wb.tab('Penilaian'), 'I01', 'Verifikasi', 2);

  const report = setupWorkbook(wb, clock, undefined, SPBE);

  it('keeps every value OPDs typed, their own column, and puts rows back in catalogue order', () => {
    const tab = wb.tab('Bappeda');
    expect(tab.cells.slice(4).map((r) => r[0])).toEqual(['I13', 'I14', 'I32', 'I33', 'I40']);
    expect(valueAt(tab, 'I33', 'Penjelasan')).toBe('Diubah setelah diskusi dengan BPKAD');
    expect(valueAt(tab, 'I33', 'Catatan internal')).toBe('tanya BPKAD');
    expect(valueAt(tab, 'I40', 'Tingkat')).toBe(levelText('I40', example.levels[39] as number));
  });

  it('archives an indicator taken from an OPD, with its values, instead of deleting it', () => {
    const tab = wb.tab('Bag. Organisasi');
    expect(valueAt(tab, 'I14', 'Penugasan')).toBe('diarsipkan 2026-11-28');
    expect(valueAt(tab, 'I14', 'Penjelasan')).toBe('Penjelasan Bag. Organisasi untuk I14');
    expect(rowOf(tab, 'I14')).toBeGreaterThan(rowOf(tab, 'I40'));
    expect(report.archived).toEqual([{ tab: 'Bag. Organisasi', codes: ['I14'] }]);
    expect(valueAt(wb.tab('Penilaian'), 'I14', 'OPD pemilik')).toBe('DISKOMINFO, BAPPEDA');
  });

  it('adds the new OPD’s tab and renames a tab without losing its values', () => {
    expect(report.created).toEqual(['Dinkes']);
    expect(report.renamed).toEqual([{ from: 'BPKAD', to: 'Keuangan' }]);
    expect(valueAt(wb.tab('Keuangan'), 'I34', 'Penjelasan')).toBe('Penjelasan BPKAD untuk I34');
    expect(valueAt(wb.tab('Penilaian'), 'I45', 'OPD pemilik')).toBe('BAPENDA, DINKES');
  });

  it('keeps the verifier’s values and follows the edited weights', () => {
    expect(valueAt(wb.tab('Penilaian'), 'I01', 'Verifikasi')).toBe(2);
    const e = engine(wb);
    // The reference sum 29550 gains 100·(L42 − L43) = 100·(1 − 5): 29150 → 2,915 → 2,92.
    expect(example.levels[41]).toBe(1);
    expect(example.levels[42]).toBe(5);
    expect(rekapFigure(wb.tab('Rekap').cells, e, 'Indeks SPBE', 'Mandiri')).toBe(2.92);
  });

  it('flags co-owners who claim different levels', () => {
    setAt(wb.tab('Keuangan'), 'I13', 'Tingkat', levelText('I13', 1));
    const e = engine(wb);
    const penilaian = wb.tab('Penilaian');
    const r = rowOf(penilaian, 'I13');
    expect(e.cell('Penilaian', r, columnOf(penilaian, 'Beda klaim'))).toBe('Berbeda');
    expect(e.cell('Penilaian', r, columnOf(penilaian, 'Klaim OPD'))).toBe(
      `BAPPEDA: ${example.levels[12]}; BPKAD: 1`,
    );
    expect(e.cell('Penilaian', r, columnOf(penilaian, 'Mandiri'))).toBe(example.levels[12]);
  });

  it('logs what it changed', () => {
    const log = wb.tab('Log').cells;
    expect(
      log.some((r) => r[2] === 'Indikator diarsipkan' && r[3] === 'tab Bag. Organisasi: I14'),
    ).toBe(true);
    expect(log.some((r) => r[2] === 'Tab diganti nama' && r[3] === 'BPKAD → Keuangan')).toBe(true);
  });
});

describe('layout version and migrations', () => {
  it('stores the layout version it wrote', () => {
    const wb = new MemoryWorkbook(ADMIN);
    setupWorkbook(wb, clock, undefined, SPBE);
    expect(wb.properties.get('spbe.layoutVersion')).toBe('2');
  });

  it('runs the steps from an older layout before reading the file, and logs them', () => {
    const wb = new MemoryWorkbook(ADMIN);
    setupWorkbook(wb, clock, undefined, SPBE);
    fillAll(wb);
    wb.properties.set('spbe.layoutVersion', '0');
    const ran: string[] = [];
    const report = setupWorkbook(wb, clock, [
      { from: 0, to: 1, describe: 'kolom lama diganti nama', run: () => ran.push('0→1') },
      { from: 1, to: 2, describe: 'teks saja', run: () => ran.push('1→2') },
    ]);
    expect(ran).toEqual(['0→1', '1→2']);
    // What people typed was kept before the migration touched anything.
    expect(
      wb
        .tab('_Snapshot')
        .cells.slice(1)
        .every((r) => r[2] === 'sebelum pembaruan tata letak'),
    ).toBe(true);
    expect(report.migrated).toEqual(['kolom lama diganti nama', 'teks saja']);
    expect(
      wb
        .tab('Log')
        .cells.some((r) => r[2] === 'Tata letak diperbarui' && r[3] === 'kolom lama diganti nama'),
    ).toBe(true);
  });

  it('refuses a file prepared by a newer add-on instead of damaging it', () => {
    const wb = new MemoryWorkbook(ADMIN);
    setupWorkbook(wb, clock, undefined, SPBE);
    wb.properties.set('spbe.layoutVersion', '7');
    const before = JSON.stringify(wb.tabList.map((t) => t.cells));
    expect(() => setupWorkbook(wb, clock, undefined, SPBE)).toThrow(
      /versi add-on yang lebih baru \(tata letak 7, add-on ini 2\)/,
    );
    expect(JSON.stringify(wb.tabList.map((t) => t.cells))).toBe(before);
  });
});
