import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/spbe';
import { writeLeadersTab } from '../../src/core/actions/report/leaders-tab';
import { loadContext } from '../../src/core/workbook/context';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { describeWithLibreOffice, printedPages } from '../support/libreoffice';

/**
 * The Laporan tab on paper, printed by a real spreadsheet (LibreOffice): what the menu item
 * writes in Sheets, written through the .xlsx port, then printed as Sheets' dialog is told to
 * in the README (A4, landscape, fit to width). Sheets gives a script no print settings, so this
 * is the proof that the layout itself fits one page.
 */
jest.setTimeout(300_000);
const dir = mkdtempSync(path.join(tmpdir(), 'spbe-laporan-'));

/** The workbook with only its Laporan tab, as printing that tab alone gives. */
async function laporanAlone(source: string, name: string): Promise<string> {
  const wb = await XlsxWorkbook.load(source, 'kominfo.admin@example.org');
  writeLeadersTab(wb, loadContext(wb, 2026), '2026-11-28 10:00');
  const written = path.join(dir, `${name}-full.xlsx`);
  await wb.save(written);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(written);
  for (const sheet of [...book.worksheets])
    if (sheet.name !== 'Laporan') book.removeWorksheet(sheet.id);
  const alone = path.join(dir, `${name}.xlsx`);
  await book.xlsx.writeFile(alone);
  return alone;
}

describeWithLibreOffice('the Laporan tab on paper', () => {
  it('prints on one A4 landscape page at fit to width: the demo', async () => {
    const code = await run(['demo', dir], { out: () => {}, progress: () => {} }, () => {});
    expect(code).toBe(0);
    const file = await laporanAlone(path.join(dir, 'spbe-demo.xlsx'), 'laporan-demo');
    expect(printedPages(file)).toEqual({ pages: 1, sizes: ['842×595'] });
  });

  it('prints on one A4 landscape page at fit to width: a Pemdi workbook, seven aspects', async () => {
    const pemdi = path.join(dir, 'pemdi.xlsx');
    const csv = path.join(__dirname, '..', 'fixtures', 'kendari-pemdi-opd.csv');
    const quiet = { out: () => {}, progress: () => {} };
    const args = ['setup', '--opd', csv, '--tahun', '2026', '-o', pemdi];
    expect(await run(args, quiet, () => {})).toBe(0);
    const file = await laporanAlone(pemdi, 'laporan-pemdi');
    expect(printedPages(file)).toEqual({ pages: 1, sizes: ['842×595'] });
  });
});
