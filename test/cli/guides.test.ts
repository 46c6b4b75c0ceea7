import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContext } from '../../src/core/workbook/context';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { spbe } from '../support/cli';

/**
 * The CLI as a new coordinator uses it (issue #23, "a CLI that guides"): each test is named
 * after what the coordinator asked for.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'spbe-guides-'));
const OPD_CSV = path.join(__dirname, '..', 'fixtures', 'kendari-demo-opd.csv');

let demoFile = '';
beforeAll(async () => {
  expect((await spbe('demo', dir)).code).toBe(0);
  demoFile = path.join(dir, 'spbe-demo.xlsx');
});

describe('a CLI that guides (issue #23)', () => {
  it('makes a 2025 (SPBE) workbook with setup --tahun 2025, whatever the clock says', async () => {
    const out = path.join(dir, 'spbe-2025.xlsx');
    const r = await spbe('setup', '--opd', OPD_CSV, '--tahun', '2025', '-o', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const ctx = loadContext(await XlsxWorkbook.load(out, 'kominfo.admin@example.org'), 2025);
    expect(ctx.settings.year).toBe(2025);
    expect(ctx.catalogue.id).toBe('spbe-2020');
    expect((await spbe('setup', '--opd', OPD_CSV, '--tahun', 'dua', '-o', out)).err).toMatch(
      /--tahun dua tidak sah/,
    );
  });

  it('check -o does not overwrite a file without --force', async () => {
    const mine = path.join(dir, 'laporan-saya.xlsx');
    writeFileSync(mine, 'isi penting');
    const refused = await spbe('check', demoFile, '-o', mine);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/laporan-saya\.xlsx sudah ada; spbe check tidak menimpanya/);
    expect((await spbe('check', demoFile, '-o', mine, '--force')).code).toBe(0);
  });

  it('check --json says where it wrote the copy, beside the JSON, not in it', async () => {
    const r = await spbe('check', demoFile, '--json');
    expect(() => JSON.parse(r.out)).not.toThrow();
    expect(r.progress).toMatch(/tab Kelengkapan ditulis di .*spbe-demo-kelengkapan\.xlsx/);
  });

  it('check in text mode lists the findings each OPD must fix first, with their cells', async () => {
    const r = await spbe('check', demoFile);
    expect(r.out).toMatch(/Yang harus dibereskan dulu \(paling banyak 3 per OPD\):/);
    expect(r.out).toMatch(/ {2}BAPPEDA\n {4}I32 Bappeda!\S+: Penjelasan kosong\./);
  });

  it('plan --max keeps the plan within a level the OPDs can reach', async () => {
    const capped = await spbe('plan', demoFile, '--target', '3', '--max', '4');
    expect(capped.code).toBe(0);
    expect(capped.out).not.toMatch(/→5/);
    expect(capped.out).toMatch(/→4/);
    expect((await spbe('plan', demoFile, '--max', '7')).err).toMatch(/--max 7 tidak sah/);
  });

  it('reads --framework=x as --framework x, and refuses --json where nothing prints JSON', async () => {
    const a = await spbe('kerangka', '--json', 'pemdi-2026');
    const joined = path.join(dir, 'joined.xlsx');
    const b = await spbe('setup', '--opd', OPD_CSV, '--framework=spbe-2020', `--output=${joined}`);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const exported = await spbe('export', demoFile, '--json');
    expect(exported.code).toBe(2);
    expect(exported.err).toMatch(/Pilihan '--json' tidak dikenal untuk spbe export/);
  });

  it('says an unknown framework in the CLI’s own words, with the command that lists them', async () => {
    const r = await spbe('setup', '--opd', OPD_CSV, '--framework', 'spbe-2019', '-o', 'x.xlsx');
    expect(r.err).toMatch(
      /Kerangka 'spbe-2019' tidak dikenal\. Tulis 'spbe-2020' atau 'pemdi-2026'; spbe kerangka/,
    );
    expect(r.err).not.toMatch(/rentang tabel/);
  });

  it('spbe kerangka lists the indicator codes and names of an instrument', async () => {
    const r = await spbe('kerangka', 'pemdi-2026');
    expect(r.out).toMatch(/^Indeks Pemerintah Digital .*: 20 indikator/);
    expect(r.out).toMatch(
      /P1 Tata Kelola dan Manajemen\n +1 +P01 +5,00% +Tata Kelola Pemerintah Digital/,
    );
    expect(r.out).toMatch(/P05 .*\(dinilai /);
    const json = JSON.parse((await spbe('kerangka', 'spbe', '--json')).out);
    expect(json.aspects.flatMap((a: { indicators: unknown[] }) => a.indicators)).toHaveLength(47);
  });

  it('shows each province row by its Pemda and instrument, not by file name', async () => {
    const r = await spbe('score', demoFile, demoFile);
    expect(r.out).toMatch(/Pemda, tahun \(berkas\) +Instrumen/);
    expect(r.out).toMatch(/\n {2}Kota Kendari 2026 \(spbe-demo\.xlsx\) +Indeks SPBE +/);
  });

  it('ends each command with what to do next, naming the file, and no BERKAS placeholder', async () => {
    const outputs = [
      await spbe('setup', '--opd', OPD_CSV, '--tahun', '2025', '-o', path.join(dir, 'next.xlsx')),
      await spbe('check', demoFile),
      await spbe('score', demoFile),
      await spbe('plan', demoFile),
      await spbe('kerangka'),
      await spbe('demo', path.join(dir, 'demo2')),
    ];
    for (const r of outputs.slice(0, 5)) expect(`${r.err}|${r.out}`).toMatch(/\nBerikutnya: /);
    for (const r of outputs) expect(r.out).not.toMatch(/BERKAS/);
  });
});
