import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { clockFor } from '../../src/cli/commands';
import { runCheck } from '../../src/core/actions/check/check';
import { setupWorkbook } from '../../src/core/actions/setup/setup';
import { readEvaluation, stageScores } from '../../src/core/evaluation/evaluation';
import { loadContext } from '../../src/core/workbook/context';
import { fillDemo, kendariDemo } from '../../src/demo/kendari-demo';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { bundleText } from '../support/bundle';
import { spbe } from '../support/cli';
import { describeWithLibreOffice, recalculatedAfresh, savedAs } from '../support/libreoffice';
import { MemoryWorkbook } from '../support/memory-workbook';
import { scoringCases } from '../support/reference';

const NOW = new Date(2026, 10, 28, 10, 0);
const dir = mkdtempSync(path.join(tmpdir(), 'spbe-'));

/** `spbe setup --opd CSV [options] -o OUT`, as a coordinator types it. */
function setupFrom(csv: string, out: string, ...options: string[]) {
  return spbe('setup', '--opd', csv, ...options, '-o', out);
}

let demoFile = '';
beforeAll(async () => {
  const r = await spbe('demo', dir);
  expect(r.code).toBe(0);
  demoFile = path.join(dir, 'spbe-demo.xlsx');
});

describe('spbe demo', () => {
  it('writes the demo workbook and prints the summary per OPD and the index per stage', async () => {
    const r = await spbe('demo', path.join(dir, 'again'));
    expect(r.out).toMatch(
      /^Workbook demo ditulis: .*spbe-demo\.xlsx\nCek kelengkapan \(Drive simulasi\): 20 temuan; 20 masalah sengaja ditanam di demo\./,
    );
    expect(r.out).toMatch(/Kelengkapan per OPD:\n {2}Diskominfo +28\/29 +lengkap/);
    expect(r.out).toMatch(/Mandiri +\d,\d\d (Kurang|Cukup|Baik)/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'again', 'spbe-demo.xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Panduan',
        'Kerangka',
        'OPD',
        'Bappeda',
        'Penilaian',
        'Rekap',
        'Kelengkapan',
        '_Bukti',
      ]),
    );
    // Validation, gap formatting, links and cached formula results are in the file.
    const bappeda = book.getWorksheet('Bappeda') as ExcelJS.Worksheet;
    expect(bappeda.getCell('E5').dataValidation).toMatchObject({
      type: 'list',
      formulae: [
        '"1 – Rintisan,2 – Terkelola,3 – Terdefinisi,4 – Terpadu dan Terukur,5 – Optimum"',
      ],
    });
    expect(
      (bappeda as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings.length,
    ).toBeGreaterThan(3);
    // For reading and printing: Kode and Indikator frozen with the header; landscape, one page
    // wide, the header repeated; rows tall enough for their wrapped links (two Drive links of
    // about 85 characters in a 40-character column: at least six lines of 13 points).
    expect(bappeda.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 4 });
    expect(bappeda.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:4',
    });
    expect(bappeda.getRow(5).height).toBeGreaterThanOrEqual(6 * 13);
    // Bobot reads as a percentage: 130 basis points show as 1,30%.
    const penilaian = book.getWorksheet('Penilaian') as ExcelJS.Worksheet;
    expect(penilaian.getCell('E5').numFmt).toBe('0","00"%"');
    const rekapIndex = (book.getWorksheet('Rekap') as ExcelJS.Worksheet).getCell('C5')
      .value as ExcelJS.CellFormulaValue;
    expect(rekapIndex.formula).toMatch(
      /^IF\(SUMPRODUCT\(IFERROR\(ISNUMBER\('Penilaian'!\$J\$5:\$J\$51\).*\)=0,"belum ada data",IFERROR\(INT\(\(200\*\(SUMPRODUCT\('Penilaian'!\$E\$5:\$E\$51,/,
    );
    const kelengkapan = book.getWorksheet('Kelengkapan') as ExcelJS.Worksheet;
    const linkCell = kelengkapan
      .getColumn(6)
      .values.find(
        (v) => typeof v === 'object' && v !== null && 'hyperlink' in v,
      ) as ExcelJS.CellHyperlinkValue;
    expect(linkCell.hyperlink).toMatch(/^#'[^']+'!G\d+$/);
  });

  it('scores and checks the same as the add-on does on the in-memory workbook for the same data', async () => {
    // The add-on's way: setup, the demo typed in, the check offline, the scores.
    const clock = clockFor(NOW);
    const memory = new MemoryWorkbook('kominfo.admin@example.org');
    setupWorkbook(memory, clock, undefined, { framework: 'spbe-2020' });
    const { catalogue, opds } = loadContext(memory, 2026);
    fillDemo(memory, catalogue, opds, kendariDemo(catalogue, opds, 2026));
    const inMemory = runCheck(memory, undefined, clock);
    const memoryScores = stageScores(readEvaluation(memory, loadContext(memory, 2026)));
    // The file's way, through the CLI.
    const checked = await spbe('check', demoFile, '--json', '-o', path.join(dir, 'checked.xlsx'));
    const json = JSON.parse(checked.out);
    expect(
      json.findings.map(
        (f: { opd: string; indicator: string; problem: string }) =>
          `${f.opd} ${f.indicator} ${f.problem}`,
      ),
    ).toEqual(inMemory.findings.map((f) => `${f.opd} ${f.indicator} ${f.problem}`));
    const scored = await spbe('score', demoFile, '--json');
    expect(JSON.parse(scored.out)[0].stages).toEqual(memoryScores);
  });

  it('re-runs setup on the saved file without changing anything', async () => {
    const wb = await XlsxWorkbook.load(demoFile, 'kominfo.admin@example.org');
    const report = setupWorkbook(wb, clockFor(NOW), undefined, { framework: 'spbe-2020' });
    expect(report.changed).toEqual([]);
    expect(report.created).toEqual([]);
  });
});

describe('spbe score, plan, export, setup', () => {
  it('scores a levels CSV against the reference', async () => {
    const levels = [
      2, 2, 2, 1, 4, 5, 2, 3, 3, 1, 2, 4, 5, 3, 5, 5, 3, 2, 5, 5, 1, 4, 5, 4, 4, 4, 4, 1, 4, 4, 1,
      2, 1, 2, 4, 2, 1, 3, 5, 1, 1, 1, 5, 2, 5, 1, 3,
    ];
    const file = path.join(dir, 'tingkat.csv');
    writeFileSync(
      file,
      `kode,tingkat\n${levels.map((l, i) => `I${String(i + 1).padStart(2, '0')},${l}`).join('\n')}\n`,
    );
    const r = await spbe('score', file, '--json');
    expect(JSON.parse(r.out)[0].stages[0]).toMatchObject({ index: 2.96, predicate: 'Baik' });
  });

  it("scores the reference's fractional Pemdi case from a levels CSV (2,5 quoted, 4/3 as a fraction)", async () => {
    const example = scoringCases().find((c) => c.values !== undefined);
    if (!example?.values) throw new Error('reference case missing');
    const file = path.join(dir, 'pemdi.csv');
    const cell = (v: number | string) =>
      typeof v === 'string' ? v : `"${String(v).replace('.', ',')}"`;
    writeFileSync(
      file,
      `kode,tingkat,kerangka\n${example.values
        .map(
          (v, i) => `P${String(i + 1).padStart(2, '0')},${cell(v)},${i === 0 ? 'pemdi-2026' : ''}`,
        )
        .join('\n')}\n`,
    );
    const r = await spbe('score', file, '--json');
    const [result] = JSON.parse(r.out);
    expect(result.framework).toBe('pemdi-2026');
    expect(result.stages[0]).toMatchObject({ index: example.index, predicate: example.predikat });
    expect(
      Object.fromEntries(
        result.stages[0].parts.map((p: { id: string; value: number }) => [p.id, p.value]),
      ),
    ).toEqual(example.aspects);
  });

  it('gives one row per workbook for several files: a province’s view', async () => {
    const r = await spbe('score', demoFile, path.join(dir, 'checked.xlsx'));
    expect(r.code).toBe(0);
    const rows = r.out.split('\n').filter((l) => l.includes('(spbe-demo.xlsx)'));
    // The most advanced stage with data, its index and predicate, how many indicators are not
    // assessed yet, and the domains.
    expect(rows[0]).toMatch(
      /^ {2}Kota Kendari 2026 \(spbe-demo\.xlsx\) +Indeks SPBE +(Final|Verifikasi|Mandiri) +\d,\d\d \S+ +\d+ +D1 \d,\d\d {2}D2/,
    );
  });

  it('scores the rest when one file cannot be read, says why on its row, and exits 1', async () => {
    const broken = path.join(dir, 'rusak.xlsx');
    writeFileSync(broken, 'bukan workbook');
    const empty = path.join(dir, 'baru-disiapkan.xlsx');
    const made = await setupFrom(
      path.join(__dirname, '..', 'fixtures', 'kendari-demo-opd.csv'),
      empty,
      '--framework',
      'spbe-2020',
    );
    expect(made.code).toBe(0);
    const r = await spbe('score', demoFile, broken, empty);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^ {2}rusak\.xlsx +tidak terbaca: .+/m);
    // Set up, nothing filled: not a "Target 3,00 Baik".
    expect(r.out).toMatch(
      /^ {2}Kota Kendari 2026 \(baru-disiapkan\.xlsx\) +Indeks SPBE +belum ada isian/m,
    );
    expect(r.out).toMatch(/2 berkas dinilai, 1 tidak terbaca/);
    const json = await spbe('score', demoFile, broken, '--json');
    expect(json.code).toBe(1);
    const [ok, bad] = JSON.parse(json.out);
    expect(ok.stages.length).toBeGreaterThan(0);
    expect(bad).toMatchObject({ file: broken, stages: [], error: expect.any(String) });
  });

  it('sets up a workbook for the Pemda and admins named on the command line', async () => {
    const file = path.join(dir, 'konawe.xlsx');
    const r = await setupFrom(
      path.join(__dirname, '..', 'fixtures', 'kendari-demo-opd.csv'),
      file,
      '--nama',
      'Kabupaten Konawe',
      '--admin',
      'Diskominfo@KonaweKab.go.id, sekretaris@konawekab.go.id',
      '--framework',
      'spbe-2020',
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Workbook spbe-2020 Kabupaten Konawe dengan 12 OPD ditulis/);
    expect(r.out).not.toMatch(/Perhatian/);
    const wb = await XlsxWorkbook.load(file);
    const { settings } = loadContext(wb, 2026);
    expect([settings.pemda, settings.admins]).toEqual([
      'Kabupaten Konawe',
      ['diskominfo@konawekab.go.id', 'sekretaris@konawekab.go.id'],
    ]);
    expect(String(wb.read('Bappeda')?.cells[0]?.[0])).toMatch(/\(Kabupaten Konawe\)$/);
    // Without them, the example values are said to be examples.
    const plain = await setupFrom(
      path.join(__dirname, '..', 'fixtures', 'kendari-demo-opd.csv'),
      path.join(dir, 'contoh.xlsx'),
      '--framework',
      'spbe-2020',
    );
    expect(plain.out).toMatch(/Perhatian: nama Pemda dan email admin masih contoh/);
    const bad = await setupFrom(
      path.join(__dirname, '..', 'fixtures', 'kendari-demo-opd.csv'),
      path.join(dir, 'salah.xlsx'),
      '--admin',
      'kominfo',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^'kominfo' bukan alamat email/);
    expect(existsSync(path.join(dir, 'salah.xlsx'))).toBe(false);
  });

  it('sets up a Pemdi workbook for 2026 from the Pemdi example list, with butir under every indicator', async () => {
    const file = path.join(dir, 'kendari-pemdi.xlsx');
    const r = await setupFrom(
      path.join(__dirname, '..', 'fixtures', 'kendari-pemdi-opd.csv'),
      file,
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Workbook pemdi-2026 Kota Kendari dengan 8 OPD ditulis/);
    const wb = await XlsxWorkbook.load(file);
    const codes = (wb.read('Bappeda')?.cells ?? []).map((row) => String(row[0]));
    expect(codes.slice(codes.indexOf('P04'), codes.indexOf('P04') + 3)).toEqual([
      'P04',
      'P04.1.a',
      'P04.2.a',
    ]);
    const score = await spbe('score', file, '--json');
    expect(score.code).toBe(0);
    expect(JSON.parse(score.out)[0]).toMatchObject({ framework: 'pemdi-2026', indicators: 20 });
    // The SPBE list is refused for Pemdi, naming what to change.
    const wrong = await setupFrom(
      path.join(__dirname, '..', 'fixtures', 'kendari-demo-opd.csv'),
      path.join(dir, 'salah-kerangka.xlsx'),
    );
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/P05 adalah indikator eksternal/);
  });

  it('warns, at the cell, of a Rekap figure typed over its formula, merged input cells and an OPD tab that is gone', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(demoFile);
    const rekap = book.getWorksheet('Rekap') as ExcelJS.Worksheet;
    let indexCell = '';
    rekap.eachRow((row) => {
      if (row.getCell(1).value === 'Indeks SPBE') {
        row.getCell(3).value = 4.5;
        indexCell = row.getCell(3).address;
      }
    });
    book.removeWorksheet((book.getWorksheet('Bappeda') as ExcelJS.Worksheet).id);
    (book.getWorksheet('Diskominfo') as ExcelJS.Worksheet).mergeCells('E5:E6');
    const edited = path.join(dir, 'disunting.xlsx');
    await book.xlsx.writeFile(edited);
    const r = await spbe('score', edited, '--json');
    expect(r.code).toBe(0);
    const warnings = JSON.parse(r.out)[0].warnings as {
      cell: string;
      problem: string;
      fix: string;
    }[];
    expect(warnings).toEqual(
      expect.arrayContaining([
        {
          cell: 'Bappeda!A1',
          problem: expect.stringMatching(/^Tab 'Bappeda' milik BAPPEDA tidak ada/),
          fix: expect.stringMatching(/kolom Nama tab baris BAPPEDA/),
        },
        {
          cell: 'Diskominfo!E5:E6',
          problem: expect.stringMatching(/^Sel-sel ini digabung \(merge\)/),
          fix: expect.any(String),
        },
        {
          cell: `Rekap!${indexCell}`,
          problem: expect.stringMatching(/^Sel ini berisi '4,5', bukan rumus Rekap/),
          fix: expect.any(String),
        },
      ]),
    );
    const text = await spbe('score', edited);
    expect(text.out).toMatch(/Peringatan \(\d+\)/);
    // The check reports the missing tab as an error of that OPD.
    const checked = await spbe(
      'check',
      edited,
      '--json',
      '-o',
      path.join(dir, 'disunting-cek.xlsx'),
    );
    const findings = JSON.parse(checked.out).findings as {
      severity: string;
      opd: string;
      cell: string;
      problem: string;
    }[];
    // And what score warns of, as warnings at the same cells.
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          severity: 'warning',
          cell: `Rekap!${indexCell}`,
          problem: expect.stringMatching(/bukan rumus Rekap/),
        }),
      ]),
    );
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          severity: 'error',
          opd: 'BAPPEDA',
          problem: expect.stringMatching(/^Tab 'Bappeda' milik BAPPEDA tidak ada/),
        }),
      ]),
    );
  });

  it('scores a province on worker threads (the built CLI) in the order given, as one by one', async () => {
    const files = Array.from({ length: 16 }, (_, i) => {
      const f = path.join(dir, `kota-${i}.xlsx`);
      writeFileSync(f, readFileSync(demoFile));
      return f;
    });
    files[5] = writeTo('kota-rusak.xlsx', 'bukan workbook');
    const cli = path.join(__dirname, '..', '..', 'out', 'spbe.js');
    const parallel = spawnSync(process.execPath, [cli, 'score', ...files, '--json'], {
      encoding: 'utf8',
    });
    expect(parallel.status).toBe(1);
    const inProcess = await spbe('score', ...files, '--json');
    expect(JSON.parse(parallel.stdout)).toEqual(JSON.parse(inProcess.out));
  }, 60_000);

  it('says how many indicators are not assessed yet, per stage, for one file', async () => {
    const r = await spbe('score', demoFile);
    expect(r.out).toMatch(/\(\d+ indikator belum dinilai, dihitung 1\)/);
  });

  it('plans and exports, neutralising formulas in the CSV', async () => {
    const plan = await spbe('plan', demoFile, '--target', '3', '--json');
    expect(JSON.parse(plan.out)).toMatchObject({ target: 3, reached: true });
    const exported = await spbe('export', demoFile, '-o', path.join(dir, 'ekspor'));
    expect(exported.code).toBe(0);
    const csv = readFileSync(path.join(dir, 'ekspor', 'spbe-demo-ekspor.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('Kode,Indikator,Tingkat,OPD,Penjelasan,Data dukung');
    expect(csv).toMatch(/^I05,/m);
    expect(readFileSync(path.join(dir, 'ekspor', 'spbe-demo-ekspor.md'), 'utf8')).toMatch(
      /^\| I01 \| Tingkat Kematangan Kebijakan Internal Arsitektur SPBE/m,
    );
  });

  // Issue #21: a province view scored a levels CSV alone but not beside an .xlsx.
  it('scores a levels CSV beside an .xlsx in a province view, one row each', async () => {
    const csv = path.join(dir, 'tingkat-kota.csv');
    writeFileSync(csv, 'kode,tingkat\nI01,3\n');
    const r = await spbe('score', demoFile, csv);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ {2}Kota Kendari 2026 \(spbe-demo\.xlsx\) +Indeks SPBE /m);
    // 1 + 2·130/10000 = 1,026 → 1,03, with 46 indicators not assessed.
    expect(r.out).toMatch(/^ {2}tingkat-kota\.csv +Indeks SPBE +Tingkat +1,03 Kurang +46 /m);
  });

  it('refuses to give an OPD a Pemdi indicator another agency scores, naming it and why', async () => {
    const csv = path.join(dir, 'opd-eksternal.csv');
    writeFileSync(
      csv,
      'code,name,short,tab,pic_emails,indicators\nDATA,Dinas Data,Data,Data,a@example.org,"5,8"\n',
    );
    const r = await setupFrom(csv, path.join(dir, 'x.xlsx'), '--framework', 'pemdi-2026');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /opd-eksternal\.csv baris 2 \(DATA\): P05 adalah indikator eksternal, dinilai oleh Bappenas \(Satu Data Indonesia\); nilainya diisi admin di tab Penilaian/,
    );
    expect(existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });

  it('creates an empty workbook from an OPD CSV, for either framework', async () => {
    const csv = path.join(dir, 'opd.csv');
    writeFileSync(
      csv,
      'code,name,short,tab,pic_emails,indicators\nDISKOMINFO,Dinas Kominfo,Kominfo,Kominfo,a@example.org,"1,2,3,4,8,9,10,11,12,13,14,15,16,17,19,20"\n=HACK,"Nama, dengan koma",X,X,b@example.org,1\n',
    );
    const r = await setupFrom(csv, path.join(dir, 'pemdi.xlsx'), '--framework', 'pemdi-2026');
    expect(r).toMatchObject({ code: 0, err: '' });
    const wb = await XlsxWorkbook.load(path.join(dir, 'pemdi.xlsx'));
    expect(wb.tabs().map((t) => t.name)).toEqual(expect.arrayContaining(['Kominfo', 'X', 'Rekap']));
    expect(loadContext(wb, 2026).catalogue.id).toBe('pemdi-2026');
  });

  it('has --help on every command', async () => {
    for (const command of ['demo', 'setup', 'check', 'score', 'plan', 'export']) {
      const r = await spbe(command, '--help');
      expect([command, r.code, r.out.startsWith(`spbe ${command}`)]).toEqual([command, 0, true]);
    }
  });
});

describe('the command line as a coordinator uses it', () => {
  const OPD_CSV =
    'code,name,short,tab,pic_emails,indicators\nBAPPEDA,Bappeda,Bappeda,Bappeda,a@example.org,"1,2"\n';

  it('refuses an unknown option and an option without its value, pointing to --help', async () => {
    expect(await spbe('score', demoFile, '--jsn')).toMatchObject({
      code: 2,
      err: "Pilihan '--jsn' tidak dikenal untuk spbe score. Lihat spbe score --help.",
    });
    const r = await spbe('check', demoFile, '-o');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^-o perlu nilai sesudahnya/);
  });

  it('never replaces an existing workbook with an empty one unless told --force', async () => {
    const csv = writeTo('opd-a.csv', OPD_CSV);
    const out = path.join(dir, 'terisi.xlsx');
    writeFileSync(out, 'isian yang berharga');
    const refused = await spbe('setup', '--opd', csv, '--framework', 'spbe-2020', '-o', out);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/sudah ada; spbe setup tidak menimpanya .*--force/);
    expect(readFileSync(out, 'utf8')).toBe('isian yang berharga');
    const forced = await spbe(
      'setup',
      '--opd',
      csv,
      '--framework',
      'spbe-2020',
      '-o',
      out,
      '--force',
    );
    expect(forced.code).toBe(0);
  });

  it('reads an opd.csv as Excel writes it in Indonesia: ";" between fields, BOM, CRLF', async () => {
    const csv = writeTo(
      'opd-excel.csv',
      '\uFEFFcode;name;short;tab;pic_emails;indicators\r\nBAPPEDA;Bappeda;Bappeda;Bappeda;a@example.org;13,14\r\n',
    );
    const out = path.join(dir, 'excel.xlsx');
    expect(await spbe('setup', '--opd', csv, '--framework', 'spbe-2020', '-o', out)).toMatchObject({
      code: 0,
    });
    const wb = await XlsxWorkbook.load(out);
    expect(loadContext(wb, 2026).opds.map((o) => [o.code, o.indicators])).toEqual([
      ['BAPPEDA', ['I13', 'I14']],
    ]);
  });

  it('reads an opd.csv with the OPD tab’s own headers, in Indonesian', async () => {
    const csv = writeTo(
      'opd-indonesia.csv',
      'Kode OPD;Nama OPD;Singkatan;Nama tab;Email PIC;Indikator\r\nBAPPEDA;Bappeda;Bappeda;Perencanaan;a@example.org;13,14\r\n',
    );
    const out = path.join(dir, 'indonesia.xlsx');
    expect(await spbe('setup', '--opd', csv, '--framework', 'spbe-2020', '-o', out)).toMatchObject({
      code: 0,
    });
    const wb = await XlsxWorkbook.load(out);
    expect(loadContext(wb, 2026).opds.map((o) => [o.code, o.tab, o.pics, o.indicators])).toEqual([
      ['BAPPEDA', 'Perencanaan', ['a@example.org'], ['I13', 'I14']],
    ]);
  });

  it("names both lines of an OPD listed twice, by the CSV's own line numbers", async () => {
    const csv = writeTo(
      'opd-dua.csv',
      `${OPD_CSV}BAPPEDA,Bappeda lagi,Bap2,Bap2,b@example.org,3\n`,
    );
    const r = await setupFrom(csv, path.join(dir, 'dua.xlsx'), '--framework', 'spbe-2020');
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `${csv} baris 2 (BAPPEDA) dan ${csv} baris 3 (BAPPEDA): kode OPD BAPPEDA dipakai dua kali`,
    );
    expect(r.err).toMatch(/perbaiki lalu jalankan spbe setup lagi/);
    expect(r.err).not.toMatch(/SPBE ›/);
  });

  it('says in Indonesian, with the path, when the output folder does not exist', async () => {
    const out = path.join(dir, 'tidak', 'ada', 'hasil.xlsx');
    const r = await spbe('check', demoFile, '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tidak ditemukan \(atau foldernya belum ada\)/);
  });
});

describe('bad input: a message in Indonesian, exit 2, and no half-written output', () => {
  it.each<[string, () => string, RegExp]>([
    [
      'a file that is not an xlsx',
      () => writeTo('bukan.xlsx', Buffer.from('00ff00ff1234', 'hex')),
      /bukan \.xlsx yang bisa dibaca\. Bila berasal dari Google Sheets, unduh lewat File › Download/,
    ],
    [
      'a CSV named .xlsx',
      () => writeTo('tingkat.xlsx', 'kode,tingkat\nI01,3\n'),
      /berisi teks \(misalnya CSV\), bukan workbook \.xlsx\. Bila berisi kode dan tingkat, ganti akhiran namanya menjadi \.csv/,
    ],
    [
      'a password-protected xlsx (an OLE file holding an EncryptedPackage stream)',
      () =>
        writeTo(
          'sandi.xlsx',
          Buffer.concat([
            Buffer.from('d0cf11e0a1b11ae1', 'hex'),
            Buffer.alloc(64),
            Buffer.from('EncryptionInfo\u0000EncryptedPackage', 'utf16le'),
          ]),
        ),
      /dilindungi kata sandi\. Buka dengan kata sandinya, simpan salinan tanpa kata sandi sebagai \.xlsx/,
    ],
    [
      'a missing file',
      () => path.join(dir, 'tidak-ada.xlsx'),
      /tidak ditemukan\. Periksa nama dan foldernya\./,
    ],
    [
      'a 50 MB file',
      () => {
        const f = writeTo('besar.xlsx', 'PK\u0003\u0004');
        truncateSync(f, 50 * 1024 * 1024);
        return f;
      },
      /terlalu besar \(50 MB; batas 20 MB\)/,
    ],
  ])('%s', async (_, make, message) => {
    const file = make();
    const r = await spbe('check', file, '-o', path.join(dir, 'hasil.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(existsSync(path.join(dir, 'hasil.xlsx'))).toBe(false);
  });

  it('a workbook without the add-on’s tabs', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1').getCell('A1').value = 'x';
    const file = path.join(dir, 'kosong.xlsx');
    await book.xlsx.writeFile(file);
    const r = await spbe('score', file);
    expect(r).toMatchObject({
      code: 2,
      err: 'Workbook belum disiapkan. Pilih SPBE › Diskominfo › Siapkan / perbarui workbook dulu, lalu jalankan Cek kelengkapan.',
    });
  });

  it.each([
    ['kode,tingkat\nI01,3\nI01,2\n', /baris 3: indikator I01 muncul dua kali/],
    ['kode,tingkat\nI01,tiga\n', /baris 2 \(I01\): 'tiga' bukan tingkat 1–5/],
    ['kode,nilai\nI01,3\n', /harus berkolom kode dan tingkat/],
  ])('a levels CSV %#', async (text, message) => {
    const r = await spbe('score', writeTo('t.csv', text));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

describe('the Apps Script bundle', () => {
  it('never includes the .xlsx adapter or a Node module', () => {
    const code = bundleText();
    for (const absent of ['exceljs', 'XlsxWorkbook', 'node:fs', 'require(', 'process.'])
      expect([absent, code.includes(absent)]).toEqual([absent, false]);
  });
});

describeWithLibreOffice('LibreOffice Calc (headless)', () => {
  // LibreOffice starts once per recalculation: seconds each, more on a busy CI machine.
  jest.setTimeout(60_000);
  it('opens the demo workbook and, recalculating the formulas itself, shows the same scores', async () => {
    // Remove the cached results so that LibreOffice must compute every formula.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(demoFile);
    const rekap =
      (await recalculatedAfresh(book, path.join(dir, 'tanpa-hasil.xlsx'), ['Rekap'])).get(
        'Rekap',
      ) ?? [];
    const wb = await XlsxWorkbook.load(demoFile);
    const ours = stageScores(readEvaluation(wb, loadContext(wb, 2026)));
    const mandiri = ours.find((s) => s.stage === 'Mandiri');
    const row = (part: string) => rekap.find((r) => r[0] === part);
    expect(Number(row('Indeks SPBE')?.[2])).toBe(mandiri?.index);
    expect(row('Predikat')?.[2]).toBe(mandiri?.predicate);
    for (const p of mandiri?.parts ?? [])
      expect([p.id, Number(row(p.id)?.[2])]).toEqual([p.id, p.value]);
    // A stage without levels says so in LibreOffice too.
    expect(row('Indeks SPBE')?.[4]).toBe('belum ada data');
  });
});

describeWithLibreOffice('values a spreadsheet user types where the add-on expects levels', () => {
  it('counts text, 0, 6 and 2,5 in an SPBE stage as not assessed, in LibreOffice as in spbe score', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(demoFile);
    const penilaian = book.getWorksheet('Penilaian') as ExcelJS.Worksheet;
    const header = penilaian.getRow(4).values as unknown[];
    const verifikasi = header.indexOf('Verifikasi');
    expect(verifikasi).toBeGreaterThan(0);
    // As pasted from a report: numbers as text, a comma decimal; and values off the scale.
    const typed: ExcelJS.CellValue[] = ['3', '3,0', 0, 6, 2.5, 4, 3];
    typed.forEach((v, i) => {
      penilaian.getCell(5 + i, verifikasi).value = v;
    });
    const edited = path.join(dir, 'diketik.xlsx');
    const rekap = (await recalculatedAfresh(book, edited, ['Rekap'])).get('Rekap') ?? [];
    const json = await spbe('score', edited, '--json');
    const ours = JSON.parse(json.out)[0].stages.find((x: { key: string }) => x.key === 'verified');
    const index = Number(rekap.find((r) => r[0] === 'Indeks SPBE')?.[3]);
    // Of the seven typed, only 4 and 3 are levels; the rest count as 1. Never under 1,00.
    expect(index).toBeGreaterThanOrEqual(1);
    expect(index).toBe(ours.index);
    expect(Number(rekap.find((r) => r[0] === 'Belum dinilai')?.[3])).toBe(ours.notAssessed);
    expect(ours.notAssessed).toBeGreaterThanOrEqual(47 - 3);
    // Each value the figures count as 1 is named at its cell, with what to do.
    const warnings = JSON.parse(json.out)[0].warnings as { cell: string; problem: string }[];
    const col = String.fromCharCode(64 + verifikasi);
    expect(warnings.map((w) => w.cell)).toEqual([5, 6, 7, 8, 9].map((r) => `Penilaian!${col}${r}`));
    expect(warnings[0]?.problem).toMatch(/^Verifikasi: '3' tersimpan sebagai teks/);
    expect(warnings[3]?.problem).toMatch(/^Verifikasi: 6 bukan tingkat 1–5/);
  });
});

function writeTo(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describeWithLibreOffice('workbooks saved in another format by LibreOffice', () => {
  it.each<['xls' | 'ods', RegExp]>([
    [
      'xls',
      /berformat Excel lama \(\.xls\)\. Buka di Excel atau LibreOffice dan simpan sebagai \.xlsx/,
    ],
    ['ods', /berformat LibreOffice \(\.ods\)\. Buka di LibreOffice Calc dan simpan sebagai \.xlsx/],
  ])('says what a .%s is and how to save it as .xlsx', async (format, message) => {
    const out = mkdtempSync(path.join(tmpdir(), `spbe-${format}-`));
    const saved = savedAs(demoFile, format, out);
    // Named .xlsx by mistake, as happens when a file is renamed instead of saved.
    const renamed = path.join(out, 'evaluasi.xlsx');
    writeFileSync(renamed, readFileSync(saved));
    for (const file of [saved, renamed]) {
      const r = await spbe('score', file);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/kata sandi/);
    }
  });
});
