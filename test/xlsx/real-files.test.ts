import path from 'node:path';
import { clockFor } from '../../src/cli/commands';
import { runCheck } from '../../src/core/actions/check/check';
import { setupWorkbook } from '../../src/core/actions/setup/setup';
import { readEvaluation, stageScores } from '../../src/core/evaluation/evaluation';
import { loadContext } from '../../src/core/workbook/context';
import { fillDemo, kendariDemo } from '../../src/demo/kendari-demo';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { MemoryWorkbook } from '../support/memory-workbook';

/**
 * Files this project made with other tools (scripts/make-fixtures.js): the demo as Google
 * Sheets exports it (no _Properti sheet, a user's own column and rows, cached results) and as
 * LibreOffice Calc saves it. Each must read, check and score as the add-on does.
 */
const clock = clockFor(new Date(2026, 10, 28, 10, 0));
const fixture = (name: string) => path.join(__dirname, '..', 'fixtures', name);

function expected() {
  const memory = new MemoryWorkbook('kominfo.admin@example.org');
  setupWorkbook(memory, clock, undefined, { framework: 'spbe-2020' });
  const { catalogue, opds } = loadContext(memory, 2026);
  fillDemo(memory, catalogue, opds, kendariDemo(catalogue, opds, 2026));
  return {
    findings: runCheck(memory, undefined, clock).findings.map(
      (f) => `${f.opd} ${f.indicator} ${f.problem}`,
    ),
    scores: stageScores(readEvaluation(memory, loadContext(memory, 2026))),
  };
}

describe.each(['demo-sheets-export.xlsx', 'demo-libreoffice.xlsx'])('%s', (name) => {
  const want = expected();

  it('checks and scores as the add-on does', async () => {
    const wb = await XlsxWorkbook.load(fixture(name), 'kominfo.admin@example.org');
    // The LibreOffice file keeps the layout version its release wrote (1): the check says so.
    // (Sheets' export has no _Properti: its layout is unknown, and read as today's.)
    const byLibreOffice = name === 'demo-libreoffice.xlsx';
    expect(wb.property('spbe.layoutVersion')).toBe(byLibreOffice ? '1' : null);
    const older = byLibreOffice
      ? [expect.stringMatching(/^ {2}Workbook ini disiapkan oleh versi add-on sebelumnya/)]
      : [];
    expect(
      runCheck(wb, undefined, clock).findings.map((f) => `${f.opd} ${f.indicator} ${f.problem}`),
    ).toEqual([...want.findings, ...older]);
    expect(stageScores(readEvaluation(wb, loadContext(wb, 2026)))).toEqual(want.scores);
  });

  it('keeps a user’s own column and rows when setup runs on it again', async () => {
    const wb = await XlsxWorkbook.load(fixture(name), 'kominfo.admin@example.org');
    setupWorkbook(wb, clock, undefined, { framework: 'spbe-2020' });
    const bappeda = wb.read('Bappeda')?.cells ?? [];
    if (name === 'demo-sheets-export.xlsx') {
      expect(bappeda[3]).toContain('Catatan internal');
      expect(bappeda.some((r) => r.includes('tanya BPKAD dulu'))).toBe(true);
      expect(bappeda.some((r) => r[0] === 'Rapat tim SPBE Bappeda: Jumat')).toBe(true);
    }
    expect(bappeda.slice(4, 9).map((r) => r[0])).toEqual(['I13', 'I14', 'I32', 'I33', 'I40']);
  });
});
