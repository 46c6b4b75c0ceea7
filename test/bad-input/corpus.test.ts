import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/spbe';
import type { SaveRequest } from '../../src/shared/rpc';
import { column, sandbox } from '../support/bundle';
import { ADMIN, panelWorld } from '../support/panel-world';
import { columnOf, rowOf } from '../support/workbook-helpers';

/**
 * Bad input, proved: for each case, the message it must give, and proof that nothing else
 * changed. Cells, custom-function arguments, sidebar payloads and .xlsx files.
 */
const LEVELS_47 = Array.from({ length: 47 }, () => 3 as unknown);
const withAt = (i: number, v: unknown) => LEVELS_47.map((x, n) => (n === i ? v : x));

// --- custom-function arguments: the #ERROR! text; a formula never touches a service --------
const touched: string[] = [];
const tripwire = (name: string) =>
  new Proxy({}, { get: (_, p) => touched.push(`${name}.${String(p)}`) && undefined });
const formulaBox = sandbox({
  SpreadsheetApp: tripwire('SpreadsheetApp'),
  PropertiesService: tripwire('PropertiesService'),
});
const FORMULAS: [string, string, unknown[], RegExp][] = [
  [
    'level as a word',
    'SPBE_INDEKS',
    [column(withAt(6, 'tiga'))],
    /^baris ke-7 dari rentang tingkat \(I07\): 'tiga' bukan tingkat 1–5\. Isi angka/,
  ],
  ['level 0', 'SPBE_INDEKS', [column(withAt(0, 0))], /\(I01\): 0 bukan tingkat 1–5/],
  ['level 6', 'SPBE_INDEKS', [column(withAt(1, 6))], /\(I02\): 6 bukan tingkat 1–5/],
  ['level 2.5', 'SPBE_INDEKS', [column(withAt(2, 2.5))], /\(I03\): 2,5 bukan tingkat 1–5/],
  [
    'level TRUE',
    'SPBE_INDEKS',
    [column(withAt(3, true))],
    /\(I04\): TRUE \(nilai centang\) bukan tingkat 1–5/,
  ],
  [
    'level a date',
    'SPBE_INDEKS',
    [column(withAt(4, new Date(Date.UTC(2026, 0, 2))))],
    /\(I05\): tanggal 2026-01-02 bukan tingkat 1–5/,
  ],
  ['level "-1"', 'SPBE_INDEKS', [column(withAt(5, '-1'))], /\(I06\): '-1' bukan tingkat 1–5/],
  [
    'too few levels',
    'SPBE_INDEKS',
    [column([3, 3])],
    /^Rentang tingkat berisi 2 sel, padahal tanpa rentang kode harus tepat 47/,
  ],
  [
    'codes of another length',
    'SPBE_INDEKS',
    [column([3, 3]), column(['I01'])],
    /^Rentang kode berisi 1 sel, rentang tingkat 2 sel/,
  ],
  [
    'an unknown code',
    'SPBE_INDEKS',
    [column([3]), column(['X1'])],
    /'X1' bukan kode indikator spbe-2020/,
  ],
  [
    'a repeated code',
    'SPBE_INDEKS',
    [column([3, 2]), column(['I01', '1'])],
    /indikator I01 muncul dua kali/,
  ],
  [
    'a level without code',
    'SPBE_INDEKS',
    [column([3, 2]), column(['I01', ''])],
    /ada tingkat tetapi kode indikatornya kosong/,
  ],
  [
    'an unknown framework',
    'SPBE_INDEKS',
    [column(LEVELS_47), '', 'spbe-2018'],
    /^Kerangka 'spbe-2018' tidak dikenal/,
  ],
  [
    'a domain of pemdi',
    'SPBE_DOMAIN',
    [column(LEVELS_47.slice(0, 20)), 1, '', 'pemdi-2026'],
    /tidak memiliki domain, hanya aspek/,
  ],
  ['an unknown domain', 'SPBE_DOMAIN', [column(LEVELS_47), 'D7'], /'D7' bukan domain yang dikenal/],
  [
    'an ambiguous aspect',
    'SPBE_ASPEK',
    [column(LEVELS_47), 'Layanan'],
    /cocok dengan beberapa aspek/,
  ],
  ['an index of 7', 'SPBE_PREDIKAT', [7], /7 bukan indeks\. Isi angka dari 1,00 sampai 5,00/],
  ['an index as a word', 'SPBE_PREDIKAT', ['baik'], /'baik' bukan indeks/],
  ['an empty indicator', 'SPBE_BOBOT', [''], /^Argumen indikator kosong/],
  ['a target of 6', 'SPBE_RENCANA', [column(LEVELS_47), 6], /argumen target: 6 bukan indeks/],
  ['an empty target', 'SPBE_RENCANA', [column(LEVELS_47), ''], /^Argumen target kosong/],
  ['a limit of 9', 'SPBE_RENCANA', [column(LEVELS_47), 4, '', '', 9], /9 bukan batas tingkat/],
];
describe('custom-function arguments', () => {
  it.each(FORMULAS)('%s', (_, name, args, message) => {
    const result = formulaBox.formula(name, ...args);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(message);
    expect(touched).toEqual([]);
  });
});

// --- sidebar payloads: the message; every tab unchanged ------------------------------------
const world = panelWorld();
const BAPPEDA = 'bappeda.spbe@example.org';
const version =
  world.rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, BAPPEDA).entry?.version ?? '';
const save = (change: Partial<SaveRequest>): SaveRequest => ({
  opdKey: 'spbe:opd:BAPPEDA',
  code: 'I32',
  version,
  level: 2,
  explanation: 'Penjelasan yang cukup panjang untuk asesor.',
  evidence: '',
  evidenceKind: '',
  ...change,
});
const everything = () =>
  JSON.stringify(world.env.spreadsheet.sheets.map((s) => [s.name, s.contents]));
const PAYLOADS: [string, () => unknown, RegExp][] = [
  [
    'level 0',
    () => world.rpc('panelSave', save({ level: 0 }), BAPPEDA),
    /Tingkat harus 1 sampai 5/,
  ],
  [
    'level 7',
    () => world.rpc('panelSave', save({ level: 7 }), BAPPEDA),
    /Tingkat harus 1 sampai 5/,
  ],
  [
    'level 2.5',
    () => world.rpc('panelSave', save({ level: 2.5 }), BAPPEDA),
    /Tingkat harus 1 sampai 5/,
  ],
  [
    'an unknown evidence kind',
    () => world.rpc('panelSave', save({ evidenceKind: 'Foto' }), BAPPEDA),
    /Jenis bukti 'Foto' tidak ada di daftar/,
  ],
  [
    'a 5001-character explanation',
    () => world.rpc('panelSave', save({ explanation: 'x'.repeat(5001) }), BAPPEDA),
    /Penjelasan terlalu panjang/,
  ],
  [
    '5001 characters of evidence',
    () => world.rpc('panelSave', save({ evidence: 'x'.repeat(5001) }), BAPPEDA),
    /Data dukung terlalu panjang/,
  ],
  [
    'a stale version',
    () => world.rpc('panelSave', save({ version: 'basi' }), BAPPEDA),
    /sudah diubah orang lain/,
  ],
  [
    'another OPD’s row',
    () => world.rpc('panelSave', save({ code: 'I34' }), BAPPEDA),
    /Indikator I34 tidak ada lagi di tab ini/,
  ],
  [
    'an unknown tab',
    () => world.rpc('panelSave', save({ opdKey: 'spbe:opd:TIDAKADA' }), BAPPEDA),
    /Tab OPD ini tidak ada lagi/,
  ],
  [
    'another OPD’s tab',
    () => world.rpc('panelSave', save({ opdKey: 'spbe:opd:BPKAD', code: 'I34' }), BAPPEDA),
    /^Hanya PIC tab BPKAD \(bpkad.spbe@example.org\) dan admin Diskominfo/,
  ],
  [
    'a stranger',
    () => world.rpc('panelSave', save({}), 'orang.lain@example.org'),
    /^Hanya PIC tab Bappeda \(bappeda.spbe@example.org\) dan admin Diskominfo/,
  ],
  [
    'the coordinator view for a PIC',
    () => world.rpc('panelCoordinator', {}, BAPPEDA),
    /Hanya admin Diskominfo \(.+\) yang dapat membuka mode Diskominfo/,
  ],
  ['a plan for a PIC', () => world.rpc('panelPlan', { target: 3 }, BAPPEDA), /Hanya admin/],
  [
    'writing a plan for a PIC',
    () => world.rpc('panelWritePlan', { target: 3 }, BAPPEDA),
    /Hanya admin/,
  ],
  [
    'another OPD’s history',
    () => world.rpc('panelHistory', { opdKey: 'spbe:opd:BPKAD', code: 'I34' }, BAPPEDA),
    /^Hanya PIC tab BPKAD \(bpkad.spbe@example.org\) dan admin Diskominfo/,
  ],
];
describe('sidebar payloads', () => {
  it.each(PAYLOADS)('%s', (_, send, message) => {
    const before = everything();
    let said = '';
    try {
      const result = send() as { ok?: boolean; message?: string };
      said =
        result.ok === false
          ? (result.message ?? '')
          : `accepted: ${JSON.stringify(result).slice(0, 80)}`;
    } catch (error) {
      said = (error as Error).message;
    }
    expect(said).toMatch(message);
    expect(everything()).toBe(before);
  });
});

// --- cells: the finding the check gives; nothing but the report tabs (and Dicek) changes -----
const REPORT_TABS = new Set(['Kelengkapan', '_Bukti', '_Revisi', 'Log']);
const CELLS: [string, string, string, unknown, RegExp][] = [
  ['a level as a word', 'Tingkat', 'I13', 'tiga', /Tingkat tidak sah: 'tiga' bukan tingkat 1–5/],
  ['a level of 9', 'Tingkat', 'I13', 9, /Tingkat tidak sah: 9 bukan tingkat 1–5/],
  [
    'a level named for another scale',
    'Tingkat',
    'I13',
    '3 – Transaksi',
    /tidak cocok: tingkat 3 untuk indikator ini bernama 'Terdefinisi'/,
  ],
  [
    'a level as a date',
    'Tingkat',
    'I13',
    new Date(Date.UTC(2026, 1, 3)),
    /tanggal 2026-02-03 bukan tingkat 1–5/,
  ],
  ['a level of spaces', 'Tingkat', 'I13', '   ', /Tingkat belum dipilih/],
  ['an explanation of spaces', 'Penjelasan', 'I13', ' \n ', /Penjelasan kosong/],
  [
    'an explanation too short',
    'Penjelasan',
    'I13',
    'ok',
    /Penjelasan terlalu singkat \(2 huruf, minimal 40\)/,
  ],
  [
    'evidence that is a sentence',
    'Data dukung',
    'I13',
    'ada di lemari arsip',
    /'ada di lemari arsip' bukan tautan/,
  ],
  [
    'evidence on another site',
    'Data dukung',
    'I13',
    'https://www.dropbox.com/s/abc/perwali.pdf',
    /Tautan ke dropbox\.com, bukan Google Drive/,
  ],
  [
    'evidence on My Drive',
    'Data dukung',
    'I13',
    'https://drive.google.com/drive/my-drive',
    /Tautan Drive tanpa file/,
  ],
  [
    'evidence as a published form',
    'Data dukung',
    'I13',
    'https://docs.google.com/forms/d/e/1FAIpQLSfAbCdEfGhIjKlMnOpQrStUvW/viewform',
    /formulir yang dipublikasikan/,
  ],
  ['evidence as a number', 'Data dukung', 'I13', 12345, /Data dukung kosong/],
  ['evidence as a formula that is no link', 'Data dukung', 'I13', '=1+1', /Data dukung kosong/],
  [
    'a status "perlu revisi" with no note',
    'Status verifikasi',
    'I13',
    'perlu revisi',
    /"perlu revisi" tanpa catatan verifikator/,
  ],
  [
    'a co-owner claiming another level',
    'Tingkat',
    'I13',
    '5 – Optimum',
    /OPD pemilik mengklaim tingkat berbeda/,
  ],
];
describe('cells', () => {
  it.each(CELLS)('%s', (_, header, code, value, message) => {
    const w = panelWorld();
    const t = w.grid('Bappeda');
    w.env.type(ADMIN, 'Bappeda', rowOf(t, code), columnOf(t, header), '');
    (w.env.spreadsheet.sheetNamed('Bappeda')?.contents[rowOf(t, code) - 1] as unknown[])[
      columnOf(t, header) - 1
    ] = value;
    // The check writes what it judged into the OPD tabs' Dicek column, and nothing else there.
    const withoutDicek = (cells: unknown[][]) => {
      const at = (cells[3] ?? []).indexOf('Dicek');
      return at < 0 ? cells : cells.map((r) => r.filter((_, c) => c !== at));
    };
    const others = () =>
      JSON.stringify(
        w.env.spreadsheet.sheets
          .filter((s) => !REPORT_TABS.has(s.name))
          .map((s) => [s.name, withoutDicek(s.contents)]),
      );
    const before = others();
    w.env.user = ADMIN;
    w.menu('menuCheck');
    const report = (w.env.spreadsheet.sheetNamed('Kelengkapan')?.contents ?? [])
      .filter((r) => r[1] === 'BAPPEDA' && r[2] === code)
      .map((r) => String(r[3]));
    expect(report.some((p) => message.test(p))).toBe(true);
    expect(others()).toBe(before);
  });
});

// --- .xlsx files: the message, exit 2, no output written ------------------------------------
const dir = mkdtempSync(path.join(tmpdir(), 'spbe-bad-'));
async function spbe(...args: string[]) {
  const err: string[] = [];
  const code = await run(args, { out: () => {}, progress: () => {} }, (t) => err.push(t));
  return { code, err: err.join('\n') };
}
async function workbookWithout(tab: string): Promise<string> {
  const file = path.join(dir, `tanpa-${tab}.xlsx`);
  await run(['demo', path.join(dir, 'demo')], { out: () => {}, progress: () => {} }, () => {});
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(dir, 'demo', 'spbe-demo.xlsx'));
  book.removeWorksheet((book.getWorksheet(tab) as ExcelJS.Worksheet).id);
  await book.xlsx.writeFile(file);
  return file;
}
const FILES: [string, () => Promise<string>, RegExp][] = [
  [
    'plain text',
    async () => write('teks.xlsx', 'bukan spreadsheet'),
    /berisi teks \(misalnya CSV\), bukan workbook \.xlsx/,
  ],
  ['an empty file', async () => write('kosong.xlsx', ''), /bukan \.xlsx yang bisa dibaca/],
  [
    'a zip that is not a workbook',
    async () => write('zip.xlsx', Buffer.from(`504b0304${'00'.repeat(40)}`, 'hex')),
    /bukan \.xlsx yang bisa dibaca/,
  ],
  [
    'a password-protected workbook',
    async () => write('sandi.xlsx', Buffer.from(`d0cf11e0a1b11ae1${'00'.repeat(40)}`, 'hex')),
    /dilindungi kata sandi/,
  ],
  ['a file that does not exist', async () => path.join(dir, 'hilang.xlsx'), /tidak ditemukan/],
  ['a folder', async () => dir, /bukan \.xlsx yang bisa dibaca|tidak ditemukan/],
  ['a workbook without Kerangka', () => workbookWithout('Kerangka'), /Workbook belum disiapkan/],
  ['a workbook without the OPD list', () => workbookWithout('OPD'), /Workbook belum disiapkan/],
  [
    'a workbook whose Kerangka weights do not add up',
    async () => {
      const file = path.join(dir, 'bobot.xlsx');
      await run(['demo', path.join(dir, 'demo2')], { out: () => {}, progress: () => {} }, () => {});
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path.join(dir, 'demo2', 'spbe-demo.xlsx'));
      const k = book.getWorksheet('Kerangka') as ExcelJS.Worksheet;
      k.eachRow((row) => {
        if (row.getCell(2).value === 'I01') row.getCell(5).value = 999;
      });
      await book.xlsx.writeFile(file);
      return file;
    },
    /^Kerangka spbe-2020 tidak bisa dipakai; perbaiki dulu: baris \d+ \(aspek A1\)/,
  ],
  [
    'a 21 MB file',
    async () => {
      const file = write('besar.xlsx', Buffer.alloc(21 * 1024 * 1024));
      return file;
    },
    /terlalu besar/,
  ],
];
describe('.xlsx files', () => {
  it.each(FILES)('%s', async (_, make, message) => {
    const file = await make();
    const out = path.join(dir, `hasil-${Math.random().toString(36).slice(2)}.xlsx`);
    const r = await spbe('check', file, '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

test('the corpus holds at least 60 cases', () => {
  expect(FORMULAS.length + PAYLOADS.length + CELLS.length + FILES.length).toBeGreaterThanOrEqual(
    60,
  );
});
