import { SPBE_2020 } from '../../src/core/catalogue/frameworks/spbe-2020';
import { catalogueToTable } from '../../src/core/catalogue/table';
import { answer, column, errorOf, sandbox } from '../support/bundle';
import { caseValues, referenceFramework, scoringCases } from '../support/reference';

// Every call goes through dist/Code.js in a bare vm context, with arguments shaped as Sheets
// passes them: a range is rows of cells, a single cell a scalar, blanks "".
const box = sandbox();
const f = (name: string, ...args: unknown[]) => answer(box.formula(name, ...args));
const err = (name: string, ...args: unknown[]) => errorOf(box.formula(name, ...args));

const spbe = referenceFramework('spbe-2020');
const pemdi = referenceFramework('pemdi-2026');
const cases = scoringCases();

describe('the reference cases, exact to the cent, through the built bundle', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, example) => {
    const framework = example.framework === 'spbe-2020' ? '' : example.framework;
    const levels = column(caseValues(example));
    expect(f('SPBE_INDEKS', levels, '', framework)).toBe(example.index);
    expect(f('SPBE_PREDIKAT', example.index, framework)).toBe(example.predikat);
    for (const [id, value] of Object.entries(example.aspects)) {
      expect([id, f('SPBE_ASPEK', levels, id, '', framework)]).toEqual([id, value]);
    }
    for (const [id, value] of Object.entries(example.domains ?? {})) {
      expect([id, f('SPBE_DOMAIN', levels, id, '', framework)]).toEqual([id, value]);
    }
    const summary = f('SPBE_RINGKASAN', levels, '', framework) as unknown[][];
    const byLabel = new Map(summary.map((row) => [row[0], row[2]]));
    expect(byLabel.get('Predikat')).toBe(example.predikat);
    for (const [id, value] of Object.entries({ ...example.aspects, ...example.domains }))
      expect(byLabel.get(id)).toBe(value);
    expect(summary.some((row) => row[2] === example.index)).toBe(true);
  });
});

describe('levels in any shape Sheets passes', () => {
  const found = cases.find((c) => c.name === 'exact 2.955 rounds half-up to 2.96');
  if (!found?.levels) throw new Error('reference case missing');
  const example = { ...found, levels: found.levels };
  const codes = spbe.indicators.map((i) => i.code);

  it('reads a row as well as a column', () => {
    expect(f('SPBE_INDEKS', [example.levels])).toBe(2.96);
  });

  it('reads numbers typed as text, with spaces', () => {
    expect(f('SPBE_INDEKS', column(example.levels.map((l) => ` ${l} `)))).toBe(2.96);
  });

  it('reads any order with a parallel code range, codes written as I05, "5" or 5', () => {
    const order = codes.map((_, i) => i).reverse();
    const codeCells = order.map((i, n) =>
      n % 3 === 0 ? codes[i] : n % 3 === 1 ? String(i + 1) : i + 1,
    );
    expect(f('SPBE_INDEKS', column(order.map((i) => example.levels[i])), column(codeCells))).toBe(
      2.96,
    );
  });

  it('reads a 2-D block with its code block, skipping rows left empty in both', () => {
    const levels = [...example.levels, ''];
    const codeCells = [...codes, ''];
    const block = (values: unknown[]) =>
      Array.from({ length: 8 }, (_, r) => values.slice(r * 6, r * 6 + 6));
    expect(f('SPBE_INDEKS', block(levels), block(codeCells))).toBe(2.96);
  });

  it('scores a subset: unlisted indicators are belum dinilai, counted as 1', () => {
    // Only D4 listed, all at 3: D4 is 3,00; the index is (5450·1 + 4550·3)/10000 = 1,91.
    const d4 = spbe.indicators.filter((i) => i.no >= 32);
    const levels = column(d4.map(() => 3));
    const codeCells = column(d4.map((i) => i.code));
    expect(f('SPBE_DOMAIN', levels, 'Layanan', codeCells)).toBe(3);
    expect(f('SPBE_DOMAIN', levels, 4, codeCells)).toBe(3);
    expect(f('SPBE_INDEKS', levels, codeCells)).toBe(1.91);
    const summary = f('SPBE_RINGKASAN', levels, codeCells) as unknown[][];
    const notAssessed = summary.find((row) => row[0] === 'Belum dinilai');
    expect(notAssessed?.[2]).toBe(31);
    expect(notAssessed?.[1]).toMatch(/^31 indikator dihitung sebagai tingkat 1: I01, I02/);
  });

  it('names domains and aspects by number, id or name', () => {
    const levels = column(example.levels);
    expect(f('SPBE_DOMAIN', levels, 'd2')).toBe(3.9);
    expect(f('SPBE_DOMAIN', levels, 'Tata Kelola')).toBe(3.9);
    expect(f('SPBE_ASPEK', levels, 6)).toBe(3);
    expect(f('SPBE_ASPEK', levels, 'Audit TIK')).toBe(3);
    expect(f('SPBE_ASPEK', levels, 'Layanan Publik')).toBe(2.83);
  });
});

describe('Pemdi 2026: fractional values, exact to the cent', () => {
  const fractional = cases.find((c) => c.values !== undefined);
  if (!fractional?.values) throw new Error('reference case missing');
  const values = caseValues(fractional);

  it('reads values as people enter them: 2,5 and 2.5 as text, 7/6 typed as text, =7/6 as its float', () => {
    const typed = fractional.values?.map((v, i) =>
      typeof v === 'string' ? v : i % 2 === 0 ? String(v).replace('.', ',') : String(v),
    );
    expect(f('SPBE_INDEKS', column(typed ?? []), '', 'pemdi-2026')).toBe(fractional.index);
    expect(f('SPBE_INDEKS', column(values), '', 'pemdi-2026')).toBe(fractional.index);
  });

  it('cannot be moved across a half-cent by float noise: P1 and P2 sit exactly on one', () => {
    // P1 = (2,5 + 1,75) / 2 = 2,125 and P2 = (3 + 2,25) / 2 = 2,625: half-up gives 2,13 and 2,63.
    expect(fractional.aspects.P1).toBe(2.13);
    expect(fractional.aspects.P2).toBe(2.63);
    for (const noise of [-1e-12, 1e-12]) {
      const noisy = values.map((v) => v + noise);
      expect(f('SPBE_ASPEK', column(noisy), 'P1', '', 'pemdi-2026')).toBe(2.13);
      expect(f('SPBE_ASPEK', column(noisy), 'P2', '', 'pemdi-2026')).toBe(2.63);
      expect(f('SPBE_INDEKS', column(noisy), '', 'pemdi-2026')).toBe(fractional.index);
    }
  });

  it.each([
    [0, '0'],
    [5.5, '5,5'],
    ['5,5', "'5,5'"],
    ['tiga', "'tiga'"],
    [1.234, '1,234'],
    ['7/0', "'7/0'"],
  ])('refuses %p with its row and what to enter', (bad, shown) => {
    const cells = [...values];
    cells[1] = bad as number;
    expect(err('SPBE_INDEKS', column(cells), '', 'pemdi-2026')).toBe(
      `baris ke-2 dari rentang tingkat (P02): ${shown} bukan nilai 1–5 (bilangan dengan paling banyak 2 desimal, misalnya 2,5, atau pecahan seperti 7/6). Isi angka 1 sampai 5, atau kosongkan bila belum dinilai.`,
    );
  });

  it('names the maturity level on request (SPBE_PREDIKAT …; "kematangan")', () => {
    expect(
      f('SPBE_PREDIKAT', column([1.49, 1.5, 2.5, 3.5, 4]), 'pemdi-2026', 'kematangan'),
    ).toEqual([['Merintis'], ['Membangun'], ['Berkembang'], ['Melembaga'], ['Unggul']]);
    expect(f('SPBE_PREDIKAT', 2.1, 'pemdi-2026')).toBe('Cukup');
    expect(err('SPBE_PREDIKAT', 2.1, 'pemdi-2026', 'alias')).toMatch(
      /^nama 'alias' tidak dikenal; tulis "predikat" \(Baik\) atau "kematangan"/,
    );
  });

  it('says in SPBE_RINGKASAN which external values are still awaited', () => {
    const cells: (number | string)[] = [...values];
    for (const code of ['P05', 'P07']) cells[Number(code.slice(1)) - 1] = '';
    const summary = f('SPBE_RINGKASAN', column(cells), '', 'pemdi-2026') as unknown[][];
    const waiting = summary.find((r) => r[0] === 'Menunggu nilai eksternal');
    expect(waiting?.[2]).toBe(2);
    expect(waiting?.[1]).toMatch(
      /^dihitung 1 sampai nilainya masuk: P05 \(Bappenas.*\), P07 \(BPS/,
    );
  });

  it('keeps SPBE 2020 to whole levels', () => {
    const levels = Array<number>(47).fill(3);
    levels[0] = 2.5;
    expect(err('SPBE_INDEKS', column(levels))).toMatch(
      /^baris ke-1 .*\(I01\): 2,5 bukan tingkat 1–5/,
    );
  });
});

describe('errors say what is wrong, where, and what to do', () => {
  const threes = () => spbe.indicators.map(() => 3 as unknown);

  it("points at the cell: baris ke-7 … 'tiga' bukan tingkat 1–5", () => {
    const levels = threes();
    levels[6] = 'tiga';
    expect(err('SPBE_INDEKS', column(levels))).toBe(
      "baris ke-7 dari rentang tingkat (I07): 'tiga' bukan tingkat 1–5. Isi angka 1 sampai 5, atau kosongkan bila belum dinilai.",
    );
  });

  it.each([
    [0, '0 bukan tingkat 1–5'],
    [6, '6 bukan tingkat 1–5'],
    [2.5, '2,5 bukan tingkat 1–5'],
    [true, 'TRUE (nilai centang) bukan tingkat 1–5'],
    [new Date(Date.UTC(2025, 0, 3)), 'tanggal 2025-01-03 bukan tingkat 1–5'],
  ])('refuses %p', (bad, problem) => {
    const levels = threes();
    levels[31] = bad;
    expect(err('SPBE_INDEKS', [levels])).toBe(
      `kolom ke-32 dari rentang tingkat (I32): ${problem}. Isi angka 1 sampai 5, atau kosongkan bila belum dinilai.`,
    );
  });

  it('asks for 47 cells or a code range', () => {
    expect(err('SPBE_INDEKS', column([3, 3, 3]))).toBe(
      'Rentang tingkat berisi 3 sel, padahal tanpa rentang kode harus tepat 47 (satu per indikator, urut I01–I47). ' +
        'Pilih rentang 47 sel, atau tambahkan rentang kode indikator sebagai argumen kedua agar urutan dan jumlahnya bebas.',
    );
    expect(err('SPBE_INDEKS', column([3, 3]), column(['I01']))).toMatch(
      /^Rentang kode berisi 1 sel, rentang tingkat 2 sel/,
    );
  });

  it('names unknown and repeated codes', () => {
    expect(err('SPBE_INDEKS', column([3, 3]), column(['I01', 'I48']))).toBe(
      "baris ke-2 dari rentang kode: 'I48' bukan kode indikator spbe-2020. Gunakan kode I01–I47 atau nomor 1–47.",
    );
    expect(err('SPBE_INDEKS', column([3, 3]), column(['I05', 5]))).toBe(
      'baris ke-2 dari rentang kode: indikator I05 muncul dua kali (juga di baris ke-1 dari rentang kode). Hapus salah satunya.',
    );
    expect(err('SPBE_INDEKS', column([3, 3]), column(['I05', '']))).toMatch(
      /^baris ke-2 dari rentang kode: ada tingkat tetapi kode/,
    );
  });

  it('explains domains, aspects and catalogues it does not know', () => {
    const levels = column(threes());
    expect(err('SPBE_DOMAIN', levels, 'D9')).toMatch(
      /^'D9' bukan domain yang dikenal. Tulis nomor 1–4, kodenya atau namanya: D1 Kebijakan/,
    );
    expect(err('SPBE_ASPEK', levels, 'Layanan')).toMatch(
      /^'Layanan' cocok dengan beberapa aspek: A7 .*, A8 .*\. Tulis kodenya, misalnya A7\.$/,
    );
    expect(err('SPBE_DOMAIN', column(pemdi.indicators.map(() => 3)), 1, '', 'pemdi-2026')).toBe(
      'Kerangka pemdi-2026 tidak memiliki domain, hanya aspek. Gunakan SPBE_ASPEK.',
    );
    expect(err('SPBE_INDEKS', levels, '', 'spbe-2019')).toMatch(
      /^Kerangka 'spbe-2019' tidak dikenal/,
    );
  });
});

describe('SPBE_PREDIKAT', () => {
  it('answers one predicate, or one per cell of a range, blanks staying blank', () => {
    expect(f('SPBE_PREDIKAT', 2.01)).toBe('Cukup');
    expect(f('SPBE_PREDIKAT', '2,60')).toBe('Baik');
    expect(
      f('SPBE_PREDIKAT', [
        [1.5, 2.5, ''],
        [3.5, 4.2, 5],
      ]),
    ).toEqual([
      ['Kurang', 'Cukup', ''],
      ['Sangat Baik', 'Memuaskan', 'Memuaskan'],
    ]);
    expect(f('SPBE_PREDIKAT', column([1.5, 2.5, 4]), 'pemdi-2026')).toEqual([
      ['Cukup'],
      ['Baik'],
      ['Memuaskan'],
    ]);
  });

  // spbe-domain.md: 2023's report read the predikat from the rounded index (1,7995 is
  // "1,80 Cukup"), 2024's from the unrounded one (3,4985 is "3,50 Baik").
  it('reads the predikat as the evaluation year did: 2023 from the rounded index, 2024 from the unrounded', () => {
    expect(f('SPBE_PREDIKAT', 1.7995, '', '', 2023)).toBe('Cukup');
    expect(f('SPBE_PREDIKAT', 1.7995, '', '', 2024)).toBe('Kurang');
    expect(f('SPBE_PREDIKAT', 3.4985, '', '', 2024)).toBe('Baik');
    expect(f('SPBE_PREDIKAT', 3.4985, '', '', 2023)).toBe('Sangat Baik');
    // 2,595 rounds half-up to 2,60 (Baik) in 2023; unrounded it is still under 2,60.
    expect(f('SPBE_PREDIKAT', 2.595, 'spbe-2020', 'predikat', '2023')).toBe('Baik');
    expect(f('SPBE_PREDIKAT', 2.595, 'spbe-2020', 'predikat', 2024)).toBe('Cukup');
    // Years between listed cycles follow the last one before them; without a year, the latest.
    expect(f('SPBE_PREDIKAT', 3.4985, '', '', 2025)).toBe('Baik');
    expect(f('SPBE_PREDIKAT', 3.4985)).toBe('Baik');
    expect(f('SPBE_PREDIKAT', 3.4985, '', '', 2020)).toBe('Sangat Baik');
  });

  it('says what to type when the year is not a year', () => {
    expect(() => f('SPBE_PREDIKAT', 2.6, '', '', 'tahun lalu')).toThrow(
      /tahun 'tahun lalu' tidak dikenal; tulis tahun evaluasi empat angka/,
    );
  });

  it('refuses what is not an index 1–5', () => {
    expect(err('SPBE_PREDIKAT', column([2, 7]))).toBe(
      'baris ke-2 dari rentang indeks: 7 bukan indeks. Isi angka dari 1,00 sampai 5,00.',
    );
    expect(err('SPBE_PREDIKAT', 'baik')).toBe(
      "argumen indeks: 'baik' bukan indeks. Isi angka dari 1,00 sampai 5,00.",
    );
  });
});

describe('SPBE_TINGKAT', () => {
  it('names a level on the scale of its indicator', () => {
    expect(f('SPBE_TINGKAT', 3)).toBe('Terdefinisi');
    expect(f('SPBE_TINGKAT', 3, 'I32')).toBe('Transaksi');
    expect(f('SPBE_TINGKAT', '4', 'I05')).toBe('Terpadu dan Terukur');
    expect(f('SPBE_TINGKAT', 3, 1, 'pemdi-2026')).toBe('Terstandar');
  });

  it('spills over a range, pairing each level with its indicator, blanks as Belum dinilai', () => {
    expect(f('SPBE_TINGKAT', column([1, '', 5]), column(['I01', 'I40', 'I47']))).toEqual([
      ['Rintisan'],
      ['Belum dinilai'],
      ['Optimum'],
    ]);
    expect(f('SPBE_TINGKAT', column([1, 2]), [['I33']])).toEqual([['Informasi'], ['Interaksi']]);
  });
});

describe('SPBE_BOBOT', () => {
  it('gives the weight as a fraction: 0,013 for indicator 1', () => {
    expect(f('SPBE_BOBOT', 'I01')).toBe(0.013);
    expect(f('SPBE_BOBOT', 32)).toBe(0.0275);
    expect(f('SPBE_BOBOT', 'P20', 'pemdi-2026')).toBe(0.15);
  });

  it('spills over a range whose weights add up to the whole index', () => {
    const weights = f('SPBE_BOBOT', column(spbe.indicators.map((i) => i.code))) as number[][];
    expect(Math.round(weights.reduce((s, [w]) => s + (w ?? 0), 0) * 10000)).toBe(10000);
    expect(weights.map(([w]) => Math.round((w ?? 0) * 10000))).toEqual(
      spbe.indicators.map((i) => i.weightBp),
    );
  });

  it('asks for an indicator when the argument is empty', () => {
    expect(err('SPBE_BOBOT', '')).toBe(
      'Argumen indikator kosong. Isi kode indikator (I01–I47) atau nomornya.',
    );
  });
});

describe('SPBE_RENCANA', () => {
  /** The fewest raises by the rule itself: sum the largest available raise weights. */
  function fewestRaises(levels: number[], targetCents: number, cap = 5): number {
    const raises = spbe.indicators.flatMap((ind, i) =>
      Array.from({ length: Math.max(0, cap - (levels[i] || 1)) }, () => ind.weightBp),
    );
    raises.sort((a, b) => b - a);
    let sum = spbe.indicators.reduce((s, ind, i) => s + ind.weightBp * (levels[i] || 1), 0);
    let n = 0;
    while (Math.floor((sum * 2 + 100) / 200) < targetCents && n < raises.length)
      sum += raises[n++] ?? 0;
    return n;
  }
  const start = [
    2, 2, 2, 2, 2, 2, 2, 2, 1, 3, 2, 1, 2, 2, 2, 2, 2, 2, 3, 1, 2, 2, 1, 2, 1, 1, 1, 2, 1, 1, 1, 3,
    3, 3, 3, 2, 3, 2, 1, 2, 2, 2, 3, 2, 3, 2, 1,
  ];

  it('lists the fewest raises to 3,00, each with the index after it', () => {
    const plan = f('SPBE_RENCANA', column(start), 3) as unknown[][];
    expect(plan[0]).toEqual(['Indikator', 'Nama', 'Dari', 'Ke', 'Indeks setelah']);
    expect(plan[1]).toEqual(['Sekarang', 'Indeks sekarang 2,01, target 3,00', '', '', 2.01]);
    const steps = plan.slice(2, -1);
    expect(steps).toHaveLength(fewestRaises(start, 300));
    for (const [code, name, from, to] of steps) {
      expect(spbe.indicators.find((i) => i.code === code)?.name).toBe(name);
      expect(to).toBe((from as number) + 1);
      expect(to).toBeLessThanOrEqual(5);
    }
    const afters = steps.map((s) => s[4] as number);
    expect(afters[afters.length - 1]).toBeGreaterThanOrEqual(3);
    expect(afters[afters.length - 2]).toBeLessThan(3);
    expect(plan[plan.length - 1]?.[0]).toBe('Tercapai');
  });

  it('keeps every raise within the limit given, and says when the target is out of reach', () => {
    const plan = f('SPBE_RENCANA', column(start), 3, '', '', 3) as unknown[][];
    expect(plan.slice(2, -1).every((row) => (row[3] as number) <= 3)).toBe(true);
    expect(plan.slice(2, -1)).toHaveLength(fewestRaises(start, 300, 3));
    const unreachable = f('SPBE_RENCANA', column(start), 4, '', '', 3) as unknown[][];
    const verdict = unreachable[unreachable.length - 1] ?? [];
    expect(verdict[0]).toBe('Tidak tercapai');
    // Everything at 3 at most, nothing lowered: the best is every indicator at least 3.
    const best =
      spbe.indicators.reduce((s, ind, i) => s + ind.weightBp * Math.max(3, start[i] ?? 1), 0) /
      10000;
    expect(verdict[4]).toBe(best);
    expect(best).toBe(3);
    expect(verdict[1]).toBe(
      'Target 4,00 tidak bisa dicapai dengan batas yang diberikan; indeks tertinggi yang bisa dicapai 3,00 (semua kenaikan di atas)',
    );
  });

  it('takes a limit per indicator: a limit at the current level means do not raise it', () => {
    const limits = start.map((level, i) => (i >= 41 ? level : ''));
    const plan = f('SPBE_RENCANA', column(start), 2.5, '', '', column(limits)) as unknown[][];
    const raised = plan.slice(2, -1).map((row) => row[0]);
    expect(
      raised.some((code) => ['I42', 'I43', 'I44', 'I45', 'I46', 'I47'].includes(code as string)),
    ).toBe(false);
    expect(raised[0]).toBe('I39'); // the next heaviest (275 bp), lowest level first
  });

  it('says the target is already met', () => {
    const plan = f('SPBE_RENCANA', column(spbe.indicators.map(() => 3)), '2,6') as unknown[][];
    expect(plan).toHaveLength(3);
    expect(plan[2]).toEqual([
      'Sudah tercapai',
      'Indeks 3,00 sudah mencapai target 2,60; tidak perlu kenaikan',
      '',
      '',
      3,
    ]);
  });

  it('refuses a missing or impossible target', () => {
    expect(err('SPBE_RENCANA', column(start), '')).toBe(
      'Argumen target kosong. Isi indeks yang ingin dicapai, misalnya 3 atau 2,6.',
    );
    expect(err('SPBE_RENCANA', column(start), 6)).toBe(
      'argumen target: 6 bukan indeks. Isi angka dari 1,00 sampai 5,00.',
    );
  });
});

describe('a catalogue edited in the workbook replaces the built-in one', () => {
  it('scores with the weights of a Kerangka range', () => {
    const table = catalogueToTable(SPBE_2020);
    const row = (code: string) =>
      table.find((r) => r[0] === 'indikator' && r[1] === code) as (string | number)[];
    row('I42')[4] = 400;
    row('I43')[4] = 200;
    const levels = column(spbe.indicators.map((i) => (i.code === 'I42' ? 5 : 1)));
    expect(f('SPBE_INDEKS', levels)).toBe(1.12);
    expect(f('SPBE_INDEKS', levels, '', table)).toBe(1.16);
    expect(f('SPBE_BOBOT', 'I42', table)).toBe(0.04);
  });

  it('refuses a broken Kerangka range, naming the rows to fix', () => {
    const table = catalogueToTable(SPBE_2020);
    const at = table.findIndex((r) => r[1] === 'I42');
    (table[at] as (string | number)[])[4] = 400;
    // I42 at 400 bp breaks its aspect (A8: 1800 stated) and the 10000 total; the range's
    // first row is row 1, so the aspect row is its index + 1.
    const aspectRow = table.findIndex((r) => r[0] === 'aspek' && r[1] === 'A8') + 1;
    expect(err('SPBE_INDEKS', column(spbe.indicators.map(() => 3)), '', table)).toBe(
      'Kerangka spbe-2020 tidak bisa dipakai; perbaiki dulu: ' +
        `baris ${aspectRow} (aspek A8): bobotnya 1800, tetapi jumlah bobot indikatornya 1900; samakan keduanya; ` +
        'kerangka: jumlah bobot semua indikator 10100, seharusnya 10000 (100%); periksa bobot yang diubah.',
    );
  });
});
