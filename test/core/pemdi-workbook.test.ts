import { coordinatorView } from '../../src/core/actions/panel/coordinator-panel';
import { setupWorkbook } from '../../src/core/actions/setup/setup';
import { PEMDI_2026 } from '../../src/core/catalogue/frameworks/pemdi-2026';
import { readEvaluation, stageScores } from '../../src/core/evaluation/evaluation';
import { loadContext } from '../../src/core/workbook/context';
import { type Cell, formula } from '../../src/core/workbook/port';
import { MemoryWorkbook } from '../support/memory-workbook';
import { caseValues, scoringCases } from '../support/reference';
import { columnOf, formulas, rekapFigure, setAt } from '../support/workbook-helpers';

/**
 * A workbook for the 2026 cycle is a Pemdi one: external indicators go to no OPD and take
 * their value, with its source, on Penilaian; stage values may be fractional, typed as 2,5 or
 * as =4/3; the Rekap's native formulas give the engine's figures to the cent, including the
 * aspects that sit exactly on a half-cent.
 */
const ADMIN = 'kominfo.admin@example.org';
const clock = { today: '2026-11-28', timestamp: '2026-11-28 10:00', year: 2026 };
const fractional = scoringCases().find((c) => c.values !== undefined);
if (!fractional?.values) throw new Error('reference case missing');
const EXTERNAL = ['P05', 'P06', 'P07', 'P18'];

/** The case's values as an admin types them: 2-decimal numbers as such, fractions as =a/b. */
function typed(v: number | string): Cell {
  return typeof v === 'string' ? formula(`=${v}`) : v;
}

function pemdiWorkbook() {
  const wb = new MemoryWorkbook(ADMIN);
  setupWorkbook(wb, clock);
  return wb;
}

const engine = (wb: MemoryWorkbook) =>
  formulas((name) => wb.tabList.find((t) => t.name === name)?.cells);

describe('a workbook for 2026', () => {
  it('is Pemdi, and assigns no external indicator to an OPD', () => {
    const wb = pemdiWorkbook();
    expect(loadContext(wb, 2026).catalogue.id).toBe('pemdi-2026');
    const opdTabs = wb.tabList.filter((t) => t.key?.startsWith('spbe:opd:'));
    expect(opdTabs.length).toBeGreaterThan(1);
    const codes = opdTabs.flatMap((t) => t.cells.map((r) => String(r[0])));
    for (const code of EXTERNAL) expect(codes).not.toContain(code);
    expect(codes).toContain('P01');
  });

  it('keeps each external indicator on Penilaian with its source, waiting until its value comes', () => {
    const wb = pemdiWorkbook();
    const penilaian = wb.tab('Penilaian');
    const e = engine(wb);
    const row = (code: string) => penilaian.cells.findIndex((r) => r[0] === code) + 1;
    expect(penilaian.cells[3]).toEqual(
      expect.arrayContaining(['Nilai eksternal', 'Sumber nilai eksternal']),
    );
    expect(
      String(penilaian.cells[row('P05') - 1]?.[columnOf(penilaian, 'OPD pemilik') - 1]),
    ).toMatch(/^eksternal: Bappenas/);
    expect(e.cell('Penilaian', row('P05'), columnOf(penilaian, 'Klaim OPD'))).toBe(
      'menunggu nilai eksternal',
    );
    const rekap = wb.tab('Rekap').cells;
    expect(rekapFigure(rekap, engine(wb), 'Menunggu nilai eksternal', 'Mandiri')).toBe(4);
    setAt(penilaian, 'P05', 'Nilai eksternal', 2.5);
    setAt(penilaian, 'P05', 'Sumber nilai eksternal', 'Bappenas, nilai SDI 2026');
    const after = engine(wb);
    expect(after.cell('Penilaian', row('P05'), columnOf(penilaian, 'Mandiri'))).toBe(2.5);
    expect(rekapFigure(rekap, after, 'Menunggu nilai eksternal', 'Mandiri')).toBe(3);
    expect(stageScores(readEvaluation(wb, loadContext(wb, 2026)))[0]?.notAssessed).toBeGreaterThan(
      0,
    );
  });

  it("compares with last year's SPBE index with a label, not silently", () => {
    const wb = pemdiWorkbook();
    setAt(wb.tab('Pengaturan'), 'Indeks tahun lalu', 'Nilai', '2,01', 'Pengaturan');
    setupWorkbook(wb, clock);
    expect(String(wb.tab('Rekap').cells[2]?.[0])).toMatch(
      /Tahun lalu diukur dengan instrumen lain \(Indeks SPBE — Pedoman Evaluasi SPBE/,
    );
    expect(rekapFigure(wb.tab('Rekap').cells, engine(wb), 'Indeks Pemdi', 'Tahun lalu')).toBe(2.01);
    expect(coordinatorView(wb, 2026).headline).toMatchObject({
      lastYear: 2.01,
      lastYearInstrument: 'Indeks SPBE',
    });
  });

  it('refuses to switch to another instrument once OPDs began filling, and changes nothing', () => {
    const wb = pemdiWorkbook();
    const diskominfo = wb.tab('Diskominfo');
    setAt(diskominfo, 'P01', 'Tingkat', '2 – Terkelola');
    setAt(wb.tab('Pengaturan'), 'Kerangka', 'Nilai', 'spbe-2020', 'Pengaturan');
    const before = JSON.stringify(wb.tabList.map((t) => [t.name, t.cells]));
    expect(() => setupWorkbook(wb, clock)).toThrow(
      /^Kerangka di Pengaturan diubah dari pemdi-2026 menjadi spbe-2020, tetapi OPD sudah mulai mengisi/,
    );
    expect(JSON.stringify(wb.tabList.map((t) => [t.name, t.cells]))).toBe(before);
  });

  it('switches instrument while no OPD has filled anything (a choice corrected at the start)', () => {
    const wb = pemdiWorkbook();
    setAt(wb.tab('Pengaturan'), 'Kerangka', 'Nilai', 'spbe-2020', 'Pengaturan');
    setupWorkbook(wb, clock);
    expect(loadContext(wb, 2026).catalogue.id).toBe('spbe-2020');
  });
});

describe('fractional stage values, exact to the cent', () => {
  const wb = pemdiWorkbook();
  const penilaian = wb.tab('Penilaian');
  PEMDI_2026.indicators.forEach((indicator, i) => {
    setAt(penilaian, indicator.code, 'Verifikasi', typed(fractional.values?.[i] ?? ''));
  });
  const e = engine(wb);
  const rekap = wb.tab('Rekap').cells;

  it("gives the reference case in the Rekap's native formulas", () => {
    expect(rekapFigure(rekap, e, 'Indeks Pemdi', 'Verifikasi')).toBe(fractional.index);
    expect(rekapFigure(rekap, e, 'Predikat', 'Verifikasi')).toBe(fractional.predikat);
    expect(rekapFigure(rekap, e, 'Tingkat kematangan', 'Verifikasi')).toBe('Membangun');
    for (const [id, value] of Object.entries(fractional.aspects))
      expect([id, rekapFigure(rekap, e, id, 'Verifikasi')]).toEqual([id, value]);
  });

  it('gives the same figures as the engine', () => {
    const verified = stageScores(readEvaluation(wb, loadContext(wb, 2026))).find(
      (s) => s.key === 'verified',
    );
    expect(verified?.index).toBe(fractional.index);
    expect(Object.fromEntries(verified?.parts.map((p) => [p.id, p.value]) ?? [])).toEqual(
      fractional.aspects,
    );
  });

  it("reads the values as typed: the reference's fractions are formulas here", () => {
    expect(caseValues(fractional).filter((v) => !Number.isInteger(v * 100))).toHaveLength(2);
    const p09 = penilaian.cells.findIndex((r) => r[0] === 'P09');
    expect(penilaian.cells[p09]?.[columnOf(penilaian, 'Verifikasi') - 1]).toEqual(formula('=4/3'));
  });
});
