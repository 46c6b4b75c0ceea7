import { clockFor } from '../../src/cli/commands';
import { runCheck } from '../../src/core/actions/check/check';
import { setupWorkbook } from '../../src/core/actions/setup/setup';
import { levelGuideFor } from '../../src/core/catalogue/registry';
import { readReport } from '../../src/core/evidence/reminders';
import { readCatalogueTab } from '../../src/core/workbook/catalogue-tab';
import { defaultSettings, readSettings } from '../../src/core/workbook/settings-tab';
import { MemoryWorkbook } from '../support/memory-workbook';

/**
 * The workbook on paper (issue #23, item 5): the paper is chosen in Pengaturan (A4, or F4 on
 * which many Indonesian offices print), and Panduan reads on paper as on screen — every line
 * wrapped inside the page, each level's number on the row of its own text.
 */
const ADMIN = 'kominfo.admin@example.org';
const clock = clockFor(new Date(2026, 10, 28, 10, 0));
const defaults = defaultSettings(2026, ADMIN);
const settingsWith = (paper: string) => ({
  cells: [
    ['Pengaturan evaluasi'],
    [''],
    [''],
    ['Pengaturan', 'Nilai', 'Keterangan'],
    ['Ukuran kertas', paper, ''],
  ],
});

describe('the paper, offered in Pengaturan', () => {
  it('is A4 unless F4 is chosen; anything else is refused with the choices', () => {
    expect(readSettings(undefined, defaults).paper).toBe('A4');
    expect(readSettings(settingsWith('f4'), defaults).paper).toBe('F4');
    expect(readSettings(settingsWith('A4'), defaults).paper).toBe('A4');
    expect(() => readSettings(settingsWith('Letter'), defaults)).toThrow(
      /Pengaturan, baris "Ukuran kertas": Pilih A4 atau F4\./,
    );
  });

  it('is a row of Pengaturan with a drop-down of the two sizes', () => {
    const wb = new MemoryWorkbook(ADMIN);
    setupWorkbook(wb, clock, undefined, { framework: 'spbe-2020' });
    const rows = wb.tab('Pengaturan').cells;
    const at = rows.findIndex((r) => r[0] === 'Ukuran kertas');
    expect(rows[at]?.[1]).toBe('A4');
    const list = wb
      .tab('Pengaturan')
      .validations.find((v) => v.range.row === at + 1 && v.range.col === 2);
    expect(list?.rule).toMatchObject({ kind: 'list', values: ['A4', 'F4'] });
  });
});

describe('Panduan on paper', () => {
  for (const framework of ['spbe-2020', 'pemdi-2026'] as const)
    it(`${framework}: every line in one wrapped column; each level's number opens its own text`, () => {
      const wb = new MemoryWorkbook(ADMIN);
      setupWorkbook(wb, clock, undefined, { framework });
      const tab = wb.tab('Panduan');
      const cells = tab.cells;
      expect(tab.columnWidths.length).toBe(2);
      expect(cells.every((r) => r.length <= 2)).toBe(true);
      // Column A is only the colour legend's swatches: no number to drift from its text.
      expect(cells.every((r) => r[0] === '' || r[0] === undefined)).toBe(true);
      const wrapped = tab.styles.find((s) => s.wrap && s.range.col === 2);
      expect(wrapped?.range).toMatchObject({ row: 1, rows: cells.length });
      const catalogue = readCatalogueTab(wb.tab('Kerangka'));
      const guides = new Map(
        catalogue.indicators.map((i) => [
          levelGuideFor(catalogue, i).group,
          levelGuideFor(catalogue, i),
        ]),
      );
      for (const [group, guide] of guides) {
        const head = cells.findIndex((r) => r[1] === group);
        expect(head).toBeGreaterThanOrEqual(0);
        guide.levels.forEach((l, i) => {
          expect(String(cells[head + 1 + i]?.[1])).toMatch(
            new RegExp(`^Tingkat ${i + 1}: ${literal(l.criterion)}\\nBukti: `),
          );
        });
      }
    });
});

describe("Kelengkapan's words", () => {
  it('heads the kind of finding "Jenis temuan" (Tingkat is the maturity level) and counts "Jumlah indikator"', () => {
    const wb = new MemoryWorkbook(ADMIN);
    setupWorkbook(wb, clock, undefined, { framework: 'spbe-2020' });
    runCheck(wb, undefined, clock);
    const cells = wb.tab('Kelengkapan').cells;
    expect(cells.some((r) => r[0] === 'Jenis temuan' && r[3] === 'Masalah')).toBe(true);
    expect(cells.some((r) => r[0] === 'OPD' && r[2] === 'Jumlah indikator')).toBe(true);
    expect(cells.some((r) => r[0] === 'Tingkat')).toBe(false);
    expect(readReport(wb.read('Kelengkapan'))?.findings.length).toBeGreaterThan(0);
  });

  it('still reads a report an earlier release headed "Tingkat"', () => {
    const report = {
      cells: [
        ['Kelengkapan data dukung — diperiksa 28 Nov 2026 10.00'],
        ['Tingkat', 'OPD', 'Indikator', 'Masalah', 'Cara memperbaiki', 'Sel'],
        ['Kesalahan', 'BAPPEDA', 'I13', 'Penjelasan kosong.', 'Tulis …', 'Bappeda!E5'],
      ],
    };
    expect(readReport(report)?.findings).toEqual([
      expect.objectContaining({ severity: 'error', opd: 'BAPPEDA', indicator: 'I13' }),
    ]);
  });
});

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
