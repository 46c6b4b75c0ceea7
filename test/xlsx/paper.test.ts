import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/spbe';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { describeWithLibreOffice, printedPages } from '../support/libreoffice';

/**
 * The workbook on paper (issue #23, item 5), printed by a real spreadsheet (LibreOffice): the
 * demo's .xlsx on A4, or on F4 once Pengaturan says so; every visible tab one page wide.
 * Before, it printed 51 Letter pages with Panduan's lines cut at the right.
 */
jest.setTimeout(300_000);
const dir = mkdtempSync(path.join(tmpdir(), 'spbe-paper-'));
let demo = '';

beforeAll(async () => {
  const code = await run(['demo', dir], { out: () => {}, progress: () => {} }, () => {});
  expect(code).toBe(0);
  demo = path.join(dir, 'spbe-demo.xlsx');
});

/** A4 and F4 in PDF points (1/72 in), either way up. */
const A4 = ['595×842', '842×595'];
const F4 = ['612×936', '936×612'];

describe('the workbook on paper', () => {
  it('lays every visible tab out one page wide, with narrow margins and its header rows on each page', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(demo);
    const visible = book.worksheets.filter((w) => w.state === 'visible');
    expect(visible.length).toBeGreaterThan(10);
    for (const sheet of visible)
      expect([sheet.name, sheet.pageSetup]).toEqual([
        sheet.name,
        expect.objectContaining({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
      ]);
    const opdTab = book.getWorksheet('Bappeda');
    expect(opdTab?.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:4' });
  });

  describeWithLibreOffice('printed', () => {
    it('prints on A4, in at most 30 pages (51 Letter pages before)', () => {
      const printed = printedPages(demo);
      expect(printed.pages).toBeLessThanOrEqual(30);
      expect(printed.sizes.filter((s) => !A4.includes(s))).toEqual([]);
    });

    it('prints on F4 once Pengaturan says F4', async () => {
      const wb = await XlsxWorkbook.load(demo);
      const rows = wb.read('Pengaturan')?.cells ?? [];
      const at = rows.findIndex((r) => r[0] === 'Ukuran kertas');
      expect(at).toBeGreaterThan(0);
      wb.writeCells('Pengaturan', at + 1, 2, [['F4']]);
      const f4 = path.join(dir, 'spbe-f4.xlsx');
      await wb.save(f4);
      const printed = printedPages(f4);
      expect(printed.pages).toBeGreaterThan(10);
      expect(printed.sizes.filter((s) => !F4.includes(s))).toEqual([]);
    });
  });
});
