import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { setupWorkbook } from '../../src/core/actions/setup/setup';
import { PEMDI_2026 } from '../../src/core/catalogue/frameworks/pemdi-2026';
import { readEvaluation, stageScores } from '../../src/core/evaluation/evaluation';
import { PENILAIAN_FIRST_ROW, penilaianColumn } from '../../src/core/workbook/assessment-tab';
import { loadContext } from '../../src/core/workbook/context';
import { formula } from '../../src/core/workbook/port';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { describeWithLibreOffice, editedInCalc, recalculatedAfresh } from '../support/libreoffice';
import { scoringCases } from '../support/reference';

/**
 * A Pemdi workbook made by Siapkan for 2026, holding external indicators and fractional stage
 * values (2,5 as a number, 4/3 as the formula =4/3): LibreOffice, recalculating every formula
 * itself, shows in Rekap the engine's figures and the reference's, to the cent — including the
 * aspects that sit exactly on a half-cent.
 */
const fractional = scoringCases().find((c) => c.values !== undefined);
if (!fractional?.values) throw new Error('reference case missing');
// LibreOffice starts once per recalculation: seconds each, more on a busy CI machine.
jest.setTimeout(120_000);
const dir = mkdtempSync(path.join(tmpdir(), 'spbe-pemdi-'));

/**
 * The reference's Verifikasi values as an admin types them (2,5 as a number, 4/3 as =4/3), and
 * P05's external value with its source.
 */
function enterAssessorResult(wb: XlsxWorkbook): void {
  const values = fractional?.values ?? [];
  wb.writeCells(
    'Penilaian',
    PENILAIAN_FIRST_ROW,
    penilaianColumn('verified'),
    PEMDI_2026.indicators.map((_, i) => {
      const v = values[i] ?? '';
      return [typeof v === 'string' ? formula(`=${v}`) : v];
    }),
  );
  const p05 = PENILAIAN_FIRST_ROW + PEMDI_2026.indicators.findIndex((i) => i.code === 'P05');
  wb.writeCells('Penilaian', p05, penilaianColumn('externalValue'), [[2.5, 'Bappenas, SDI 2026']]);
}

describeWithLibreOffice('a Pemdi workbook in LibreOffice Calc', () => {
  it("recalculates the Rekap to the engine's figures for fractional Verifikasi values", async () => {
    const wb = new XlsxWorkbook(undefined, 'kominfo.admin@example.org');
    setupWorkbook(wb, { today: '2026-11-28', timestamp: '2026-11-28 10:00', year: 2026 });
    expect(loadContext(wb, 2026).catalogue.id).toBe('pemdi-2026');
    enterAssessorResult(wb);
    const file = path.join(dir, 'pemdi.xlsx');
    await wb.save(file);
    const engine = stageScores(readEvaluation(wb, loadContext(wb, 2026)));

    // Without cached results, LibreOffice must compute every formula itself.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const rekap =
      (await recalculatedAfresh(book, path.join(dir, 'pemdi-bare.xlsx'), ['Rekap'])).get('Rekap') ??
      [];
    const header = rekap.findIndex((r) => r[0] === 'Bagian');
    const col = (stage: string) => (rekap[header] ?? []).indexOf(stage);
    const row = (part: string) => rekap.find((r, i) => i > header && r[0] === part) ?? [];

    const verified = engine.find((s) => s.key === 'verified');
    expect(Number(row('Indeks Pemdi')[col('Verifikasi')])).toBe(fractional.index);
    expect(verified?.index).toBe(fractional.index);
    expect(row('Predikat')[col('Verifikasi')]).toBe(fractional.predikat);
    expect(row('Tingkat kematangan')[col('Verifikasi')]).toBe('Membangun');
    for (const [id, value] of Object.entries(fractional.aspects)) {
      expect([id, Number(row(id)[col('Verifikasi')])]).toEqual([id, value]);
      expect([id, verified?.parts.find((p) => p.id === id)?.value]).toEqual([id, value]);
    }
    // Mandiri takes P05's external value; three external values are still waiting.
    const mandiri = engine.find((s) => s.key === 'selfAssessed');
    expect(Number(row('Indeks Pemdi')[col('Mandiri')])).toBe(mandiri?.index);
    expect(Number(row('Menunggu nilai eksternal')[col('Mandiri')])).toBe(3);
  });
});

describeWithLibreOffice('evidence items in LibreOffice Calc', () => {
  it('holds butir, an external value and fractional stage values; LibreOffice recalculates each stage to the engine (Mandiri from items: 1 + 1/6)', async () => {
    const clock = { today: '2026-11-28', timestamp: '2026-11-28 10:00', year: 2026 };
    const wb = new XlsxWorkbook(undefined, 'kominfo.admin@example.org');
    setupWorkbook(wb, clock);
    // Level 2 of P01 gets six items; Mandiri is the rata-rata rule.
    const kerangka = wb.read('Kerangka')?.cells ?? [];
    wb.writeCells(
      'Kerangka',
      kerangka.length + 1,
      1,
      ['b', 'c', 'd', 'e', 'f'].map((k) => [
        'butir',
        `P01.2.${k}`,
        `Bukti perencanaan ${k}`,
        'P01',
        2,
      ]),
    );
    const settings = wb.read('Pengaturan')?.cells ?? [];
    const ruleRow = settings.findIndex((r) => r[0] === 'Nilai mandiri dari butir') + 1;
    wb.writeCells('Pengaturan', ruleRow, 2, [['rata-rata']]);
    setupWorkbook(wb, clock);
    const ctx = loadContext(wb, 2026);
    const owner = ctx.opds.find((o) => o.indicators.includes('P01'));
    if (!owner) throw new Error('no owner of P01');
    const cells = wb.read(owner.tab)?.cells ?? [];
    const header = cells.findIndex((r) => r[0] === 'Kode');
    const column = (name: string) =>
      (cells[header] ?? []).findIndex((c) => String(c).startsWith(name)) + 1;
    const accept = (code: string, verdict = 'diterima') => {
      const row = cells.findIndex((r) => r[0] === code) + 1;
      wb.writeCells(owner.tab, row, column('Data dukung'), [
        ['https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUv/view'],
      ]);
      wb.writeCells(owner.tab, row, column('Status verifikasi'), [[verdict]]);
    };
    accept('P01.1.a');
    accept('P01.2.a');
    accept('P01.3.a');
    accept('P01.2.b', 'belum diperiksa');
    // Words where a link belongs, and a note only: Belum lengkap, in Calc as in the engine.
    const typeAt = (code: string, name: string, text: string) =>
      wb.writeCells(owner.tab, cells.findIndex((r) => r[0] === code) + 1, column(name), [[text]]);
    typeAt('P01.4.a', 'Data dukung', 'lihat map biru');
    typeAt('P01.5.a', 'Penjelasan', 'Sedang disusun');
    // The same workbook holds the assessors' fractional values and an external value.
    enterAssessorResult(wb);
    const file = path.join(dir, 'pemdi-items.xlsx');
    await wb.save(file);
    const engine = stageScores(readEvaluation(wb, loadContext(wb, 2026)));

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheets = await recalculatedAfresh(book, path.join(dir, 'pemdi-items-bare.xlsx'), [
      'Rekap',
      'Penilaian',
      owner.tab,
    ]);
    // Each butir's Status, as Calc computes its formula, is the engine's (one vocabulary).
    const entry = readEvaluation(wb, loadContext(wb, 2026)).entries.find(
      (e) => e.indicator.code === 'P01' && e.opd.tab === owner.tab,
    );
    const tabRows = sheets.get(owner.tab) ?? [];
    const statusCol = (tabRows[header] ?? []).indexOf('Status');
    const inCalc = (entry?.items ?? []).map((i) => [
      i.item.code,
      tabRows.find((r) => r[0] === i.item.code)?.[statusCol],
    ]);
    expect(inCalc).toEqual((entry?.items ?? []).map((i) => [i.item.code, i.status]));
    expect(Object.fromEntries(inCalc)).toMatchObject({
      'P01.1.a': 'Diterima',
      'P01.2.b': 'Perlu dicek',
      'P01.4.a': 'Belum lengkap',
      'P01.5.a': 'Belum lengkap',
      'P01.5.b': 'Belum diisi',
    });
    const penilaian = sheets.get('Penilaian') ?? [];
    const p01 = penilaian.find((r) => r[0] === 'P01') ?? [];
    const mandiriCol = (penilaian[3] ?? []).indexOf('Mandiri');
    expect(Number(p01[mandiriCol])).toBeCloseTo(7 / 6, 10);
    const rekap = sheets.get('Rekap') ?? [];
    const rekapHeader = rekap.findIndex((r) => r[0] === 'Bagian');
    const index = rekap.find((r, i) => i > rekapHeader && r[0] === 'Indeks Pemdi') ?? [];
    const stage = (label: string) => Number(index[(rekap[rekapHeader] ?? []).indexOf(label)]);
    // P01 (5%) from items, P05 (5%) external at 2,5, every other indicator 1:
    // 1 + 5% · 1/6 + 5% · 1,5 = 1,0833… → 1,08.
    const mandiri = engine.find((s) => s.key === 'selfAssessed');
    expect(mandiri?.index).toBe(1.08);
    expect(stage('Mandiri')).toBe(mandiri?.index);
    expect(stage('Verifikasi')).toBe(fractional.index);
    expect(engine.find((s) => s.key === 'verified')?.index).toBe(fractional.index);

    // Sorted in Calc (descending by code), the items leave their indicator; the workbook and
    // spbe score still find each by code and give the same Mandiri.
    const sorted = path.join(dir, 'pemdi-items-sorted.xlsx');
    copyFileSync(file, sorted);
    editedInCalc(sorted, { op: 'sort', sheet: owner.tab, range: `A5:M${cells.length}` });
    const resorted = await XlsxWorkbook.load(sorted);
    const codes = (resorted.read(owner.tab)?.cells ?? []).slice(4).map((r) => String(r[0]));
    expect(codes.indexOf('P01.1.a')).toBeLessThan(codes.indexOf('P01'));
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(sorted);
    const after = await recalculatedAfresh(again, path.join(dir, 'pemdi-sorted-bare.xlsx'), [
      'Penilaian',
    ]);
    const p01After = (after.get('Penilaian') ?? []).find((r) => r[0] === 'P01') ?? [];
    expect(Number(p01After[mandiriCol])).toBeCloseTo(7 / 6, 10);
    const scoredAfter = stageScores(readEvaluation(resorted, loadContext(resorted, 2026)));
    expect(scoredAfter.find((s) => s.key === 'selfAssessed')?.index).toBe(1.08);
  });
});
