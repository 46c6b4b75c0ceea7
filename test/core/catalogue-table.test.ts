import { PEMDI_2026 } from '../../src/core/catalogue/frameworks/pemdi-2026';
import { SPBE_2020 } from '../../src/core/catalogue/frameworks/spbe-2020';
import { resolveCatalogue } from '../../src/core/catalogue/registry';
import { catalogueFromTable, catalogueToTable } from '../../src/core/catalogue/table';
import { score } from '../../src/core/scoring';

function withoutRows<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'row' ? undefined : v)));
}

describe('a catalogue as an editable table', () => {
  it.each([SPBE_2020, PEMDI_2026])('round-trips $id through its table unchanged', (catalogue) => {
    const table = catalogueToTable(catalogue);
    expect(table[0]).toEqual([
      'Jenis',
      'Kode',
      'Nama',
      'Induk',
      'Nilai',
      'Skala',
      'Alias',
      'Sumber eksternal',
    ]);
    expect(withoutRows(catalogueFromTable(table))).toEqual(withoutRows(catalogue));
  });

  it('reads a table written before the optional Alias and Sumber eksternal columns', () => {
    const table = catalogueToTable(SPBE_2020).map((row) => row.slice(0, 6));
    expect(withoutRows(catalogueFromTable(table))).toEqual(withoutRows(SPBE_2020));
  });

  it('finds columns by header, so moved and extra columns do not matter', () => {
    const table = catalogueToTable(SPBE_2020).map((row) => [
      'catatan admin',
      ...row.slice().reverse(),
    ]);
    table[0] = [
      'Keterangan',
      'Sumber eksternal',
      'Alias',
      'Skala',
      'Nilai',
      'Induk',
      'Nama',
      'Kode',
      'Jenis',
    ];
    expect(withoutRows(catalogueFromTable(table))).toEqual(withoutRows(SPBE_2020));
  });

  it('scores follow an edited weight (moved between two indicators of one aspect)', () => {
    const table = catalogueToTable(SPBE_2020);
    const row = (code: string) =>
      table.find((r) => r[0] === 'indikator' && r[1] === code) as (string | number)[];
    row('I42')[4] = 400; // I42 gains 100 bp ...
    row('I43')[4] = 200; // ... that I43 gives up: the aspect and total still add up.
    const edited = catalogueFromTable(table);
    const levels = new Map<string, number>(SPBE_2020.indicators.map((i) => [i.code, 1]));
    levels.set('I42', 5);
    // Built-in: 1 + 4·300/10000 = 1.12; edited: 1 + 4·400/10000 = 1.16.
    expect(score(SPBE_2020, levels).index.cents).toBe(112);
    expect(score(edited, levels).index.cents).toBe(116);
  });

  it('is accepted by formulas as a range in place of a catalogue name', () => {
    const table = catalogueToTable(PEMDI_2026);
    expect(withoutRows(resolveCatalogue(table))).toEqual(withoutRows(PEMDI_2026));
  });

  it('names the sheet row of every problem, counting from the first row of the range', () => {
    const table = catalogueToTable(SPBE_2020);
    const at = table.findIndex((r) => r[0] === 'indikator' && r[1] === 'I10');
    (table[at] as (string | number)[])[4] = 'seratus';
    table.push(['indikatr', 'I48', 'Baru', 'A1', 10, '']);
    expect(() => catalogueFromTable(table, 5)).toThrow(
      `Kerangka spbe-2020 tidak bisa dipakai; perbaiki dulu: baris ${at + 5}: bobot 'seratus' tidak sah;`,
    );
    expect(() => catalogueFromTable(table, 5)).toThrow(
      `baris ${table.length + 4}: jenis 'indikatr' tidak dikenal; gunakan salah satu: kerangka, catatan, dasar hukum, nilai, tingkat, domain, aspek, indikator, predikat`,
    );
  });

  it('says which header columns are missing', () => {
    expect(() => catalogueFromTable([['Jenis', 'Kode', 'Nama']])).toThrow(
      'Tabel kerangka tidak memiliki kolom Induk, Nilai, Skala. Tambahkan kolom itu di baris judul.',
    );
    expect(() => catalogueFromTable([['a', 'b']])).toThrow(/tidak memiliki baris judul/);
  });
});
