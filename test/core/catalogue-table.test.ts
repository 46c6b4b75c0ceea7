import { PEMDI_2026 } from '../../src/core/catalogue/frameworks/pemdi-2026';
import { SPBE_2020 } from '../../src/core/catalogue/frameworks/spbe-2020';
import { resolveCatalogue } from '../../src/core/catalogue/registry';
import { catalogueFromTable, catalogueToTable } from '../../src/core/catalogue/table';
import { score } from '../../src/core/evaluation/scoring';

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
      `baris ${table.length + 4}: jenis 'indikatr' tidak dikenal; gunakan salah satu: kerangka, catatan, dasar hukum, nilai, tingkat, domain, aspek, indikator, butir, predikat`,
    );
  });

  it('says which header columns are missing', () => {
    expect(() => catalogueFromTable([['Jenis', 'Kode', 'Nama']])).toThrow(
      'Tabel kerangka tidak memiliki kolom Induk, Nilai, Skala. Tambahkan kolom itu di baris judul.',
    );
    expect(() => catalogueFromTable([['a', 'b']])).toThrow(/tidak memiliki baris judul/);
  });
});

describe('evidence items (butir) on Kerangka', () => {
  const items = PEMDI_2026.items ?? [];
  const of = (indicator: string, level: number) =>
    items.filter((i) => i.indicator === indicator && i.level === level).map((i) => i.name);

  it('start from each level’s accepted evidence, one item per document it lists', () => {
    // Level 3 of a process indicator accepts "Pedoman/SOP dan catatan pelaksanaannya".
    expect(of('P01', 3)).toEqual(['Pedoman/SOP', 'Catatan pelaksanaannya']);
    expect(of('P01', 2)).toEqual(['Dokumen perencanaan atau program kerja (misalnya RKA/DPA)']);
    expect(items.find((i) => i.name === 'Pedoman/SOP' && i.indicator === 'P01')?.code).toBe(
      'P01.3.a',
    );
    // Every indicator the Pemda answers has items on all five levels; external ones none.
    for (const indicator of PEMDI_2026.indicators)
      for (const level of [1, 2, 3, 4, 5])
        expect(of(indicator.code, level).length > 0).toBe(!indicator.external);
    expect(SPBE_2020.items).toBeUndefined();
  });

  it('are rows an admin edits: added, renamed and removed items are read back', () => {
    const table = catalogueToTable(PEMDI_2026);
    const at = table.findIndex((r) => r[0] === 'butir' && r[1] === 'P01.3.b');
    (table[at] as (string | number)[])[2] = 'Laporan pelaksanaan SOP';
    table.splice(
      table.findIndex((r) => r[0] === 'butir' && r[1] === 'P02.1.a'),
      1,
    );
    // An item typed without its level: the code names it.
    table.push(['butir', 'P01.3.c', 'Daftar hadir sosialisasi SOP', 'P01', '', '']);
    const edited = catalogueFromTable(table);
    const p01 = (edited.items ?? []).filter((i) => i.indicator === 'P01' && i.level === 3);
    expect(p01.map((i) => [i.code, i.name])).toEqual([
      ['P01.3.a', 'Pedoman/SOP'],
      ['P01.3.b', 'Laporan pelaksanaan SOP'],
      ['P01.3.c', 'Daftar hadir sosialisasi SOP'],
    ]);
    expect((edited.items ?? []).some((i) => i.code === 'P02.1.a')).toBe(false);
  });

  it('refuses an item it could not place, naming the row and what to write', () => {
    const table = catalogueToTable(PEMDI_2026);
    const first = table.length + 1;
    table.push(
      ['butir', 'P01.2.z', 'Tanpa induk', 'P99', 2, ''],
      ['butir', 'P01-2-z', 'Kode tanpa tingkat', 'P01', 2, ''],
      ['butir', 'P05.1.a', 'Indikator eksternal', 'P05', 1, ''],
      ['butir', 'P01.1.a', 'Kode ganda', 'P01', 1, ''],
      ['butir', 'P01.6.a', 'Tingkat enam', 'P01', 6, ''],
      ['butir', 'P01.4.z', '', 'P01', 4, ''],
    );
    const problems = (() => {
      try {
        catalogueFromTable(table);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(problems).toContain(`baris ${first} (butir P01.2.z): indikator induk 'P99' tidak ada`);
    expect(problems).toContain(
      `baris ${first + 1} (butir P01-2-z): kode butir 'P01-2-z' tidak sah; kode butir diawali kode indikator dan tingkatnya, misalnya P01.2.a`,
    );
    expect(problems).toContain(`baris ${first + 2} (butir P05.1.a): P05 dinilai instansi lain`);
    expect(problems).toMatch(
      new RegExp(
        `baris ${first + 3} \\(butir P01\\.1\\.a\\): kode 'P01\\.1\\.a' sudah dipakai di baris \\d+`,
      ),
    );
    expect(problems).toContain(`baris ${first + 4}: tingkat butir 6 tidak sah`);
    expect(problems).toContain(`baris ${first + 5} (butir P01.4.z): nama kosong`);
  });

  it('refuses a thirteenth item on one level: a mean of more items would not read back exactly', () => {
    const table = catalogueToTable(PEMDI_2026);
    for (let k = 0; k < 12; k++) table.push(['butir', `P01.2.x${k}`, `Bukti ${k}`, 'P01', 2, '']);
    expect(() => catalogueFromTable(table)).toThrow(
      'P01 tingkat 2 punya lebih dari 12 butir; gabungkan beberapa butir (paling banyak 12 per tingkat)',
    );
  });
});
