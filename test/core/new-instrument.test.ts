import { clockFor } from '../../src/cli/commands';
import { runCheck } from '../../src/core/actions/check/check';
import { predicateFormula } from '../../src/core/actions/formulas/lookup-functions';
import { indexFormula, summaryFormula } from '../../src/core/actions/formulas/score-functions';
import { opdView } from '../../src/core/actions/panel/opd-view';
import { saveEntry } from '../../src/core/actions/panel/save-entry';
import { setupWorkbook } from '../../src/core/actions/setup/setup';
import { readEvaluation, stageScores } from '../../src/core/evaluation/evaluation';
import { readReport } from '../../src/core/evidence/reminders';
import { loadContext } from '../../src/core/workbook/context';
import { opdTabKey, TAB } from '../../src/core/workbook/tab-names';
import { workbookText } from '../../src/core/workbook/workbook-text';
import { MemoryWorkbook } from '../support/memory-workbook';
import { formulas, rekapFigure, setAt } from '../support/workbook-helpers';

/**
 * A made-up instrument, listed only here (test/support/made-up-instrument.ts), reaches every
 * part of the add-on through its descriptor: the registry is the only list, so adding one to
 * it is all a new instrument takes besides its data.
 */
jest.mock('../../src/core/catalogue/frameworks/list', () => {
  const actual = jest.requireActual('../../src/core/catalogue/frameworks/list');
  const { MADE_UP_FRAMEWORK } = jest.requireActual('../support/made-up-instrument');
  return { FRAMEWORKS: [...actual.FRAMEWORKS, MADE_UP_FRAMEWORK] };
});

const ADMIN = 'kominfo.admin@example.org';
const YEAR = 2027;
const clock = clockFor(new Date(YEAR, 10, 2, 9, 0));
const DRIVE = (n: number) =>
  `https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz01234${n}/view`;
const LONG =
  'Layanan warga daring berjalan di seluruh kecamatan sejak Maret, dengan laporan bulanan.';

function workbook() {
  const wb = new MemoryWorkbook(ADMIN);
  setupWorkbook(wb, clock);
  return wb;
}

describe('an instrument that is only a descriptor and its data', () => {
  it('is the instrument of its first year, with its owners, its index name and its rows in the Rekap', () => {
    const wb = workbook();
    const { catalogue, opds } = loadContext(wb, YEAR);
    expect(catalogue.id).toBe('kota-cerdas-2027');
    expect(opds.map((o) => [o.code, o.indicators])).toEqual([
      ['KOMINFO', ['K01', 'K03', 'K04']],
      ['DUKCAPIL', ['K02']],
    ]);
    expect(wb.tab('Kominfo').cells.some((r) => r[0] === 'K03')).toBe(true);
    const rekap = wb.tab(TAB.summary).cells;
    const results = formulas((name) => wb.tabList.find((t) => t.name === name)?.cells);
    // Its index's row is named by the descriptor; nothing typed yet.
    expect(rekapFigure(rekap, results, 'Indeks Kota Cerdas', 'Mandiri')).toBe(
      workbookText.noData(),
    );
  });

  it('guides the clerk with its level guide, holds a save to its evidence rule, and the check agrees', () => {
    const wb = workbook();
    const key = opdTabKey('KOMINFO');
    const before = opdView(wb, key, 'K01', YEAR);
    expect(before.entry?.choices[2]?.criterion).toBe('Langkah 3: kegiatan berjalan di tingkat 3.');
    const saved = saveEntry(
      wb,
      {
        opdKey: key,
        code: 'K01',
        version: before.entry?.version ?? '',
        level: 3,
        explanation: LONG,
        evidence: DRIVE(1),
        evidenceKind: '',
      },
      YEAR,
      clock.timestamp,
    );
    if (!saved.ok) throw new Error(saved.message);
    // The draft is held to the instrument's rule; how many links it needs is judged with Drive.
    expect(saved.view.rules?.evidenceRules.map((r) => r.id)).toEqual(['KC-2']);
    // Its own rule KC-2: two links from level 2; one was given.
    runCheck(wb, undefined, clock);
    const findings = readReport(wb.read(TAB.report))?.findings ?? [];
    const k01 = findings.filter((f) => f.indicator === 'K01');
    expect(k01.some((f) => /Langkah 2 ke atas: dua data dukung/.test(f.problem))).toBe(true);
  });

  it('scores with its weights, in the engine, the Rekap and the custom functions alike', () => {
    const wb = workbook();
    setAt(wb.tab('Kominfo'), 'K01', 'Tingkat', 4);
    setAt(wb.tab('Kominfo'), 'K03', 'Tingkat', 3);
    // By hand from the weights: 1 + (3·4000 + 2·2500)/10000 = 2,70, Cukup.
    const mandiri = stageScores(readEvaluation(wb, loadContext(wb, YEAR))).find(
      (s) => s.key === 'selfAssessed',
    );
    expect(mandiri?.index).toBe(2.7);
    expect(mandiri?.predicate).toBe('Cukup');
    expect(mandiri?.parts.map((p) => [p.id, p.value])).toEqual([
      ['K1', 3],
      ['K2', 2.25],
    ]);
    const results = formulas((name) => wb.tabList.find((t) => t.name === name)?.cells);
    expect(rekapFigure(wb.tab(TAB.summary).cells, results, 'Indeks Kota Cerdas', 'Mandiri')).toBe(
      2.7,
    );
    expect(indexFormula([[4], [1], [3], [1]], undefined, 'kota-cerdas-2027')).toBe(2.7);
    expect(indexFormula([[4], [1], [3], [1]], undefined, 'kota cerdas')).toBe(2.7);
    expect(predicateFormula(3, 'kota-cerdas-2027')).toBe('Baik');
    const summary = summaryFormula([[4], [1], [3], [1]], undefined, 'kota-cerdas-2027');
    expect(JSON.stringify(summary)).toMatch(/Indeks Kota Cerdas/);
  });
});
