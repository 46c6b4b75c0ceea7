import { cliText } from '../../src/cli/cli-text';
import { clockFor } from '../../src/cli/commands';
import { runCheck } from '../../src/core/actions/check/check';
import { exportRows } from '../../src/core/actions/export/export-rows';
import { planOf } from '../../src/core/actions/panel/coordinator-panel';
import { opdView } from '../../src/core/actions/panel/opd-view';
import { saveEntry } from '../../src/core/actions/panel/save-entry';
import { setupWorkbook } from '../../src/core/actions/setup/setup';
import { predicateOf } from '../../src/core/catalogue/predicate';
import { STATUS_LABEL } from '../../src/core/entry/words';
import {
  claimsHeldBack,
  type Evaluation,
  readEvaluation,
  stageScores,
} from '../../src/core/evaluation/evaluation';
import { evaluationWarnings } from '../../src/core/evaluation/evaluation-warnings';
import { score } from '../../src/core/evaluation/scoring';
import { entryStatus } from '../../src/core/evidence/completeness';
import { draftProblems } from '../../src/core/evidence/draft-check';
import { readReport } from '../../src/core/evidence/reminders';
import { loadContext } from '../../src/core/workbook/context';
import type { OpdRecord } from '../../src/core/workbook/ownership';
import type { Cell } from '../../src/core/workbook/port';
import { formula } from '../../src/core/workbook/port';
import { opdTabKey, TAB } from '../../src/core/workbook/tab-names';
import { MemoryWorkbook } from '../support/memory-workbook';
import { referenceFramework } from '../support/reference';
import { columnOf, formulas, rekapFigure, rowOf, setAt } from '../support/workbook-helpers';

/**
 * The examples of issue #21, each a test named after it: the same workbook shows the same
 * facts in every place — score and Rekap, the panel and the tab's Status, Rekap's progress,
 * the export, the Pemdi claims, the predikat of a cycle. Computed here by the project's
 * formula evaluator; test/xlsx/generated-workbooks.test.ts holds the same on workbooks
 * LibreOffice recalculates.
 */
const ADMIN = 'kominfo.admin@example.org';
const YEAR = 2026;
const clock = clockFor(new Date(YEAR, 10, 28, 10, 0));
const DRIVE = 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456/view';
const LONG = 'Kebijakan ditetapkan dengan Peraturan Wali Kota dan dilaksanakan seluruh OPD.';

function workbook(framework: 'spbe-2020' | 'pemdi-2026') {
  const wb = new MemoryWorkbook(ADMIN);
  setupWorkbook(wb, clock, undefined, { framework });
  return wb;
}

const ctxOf = (wb: MemoryWorkbook) => loadContext(wb, YEAR);
const evaluate = (wb: MemoryWorkbook): Evaluation => readEvaluation(wb, ctxOf(wb));
const results = (wb: MemoryWorkbook) =>
  formulas((name) => wb.tabList.find((t) => t.name === name)?.cells);

function leadOf(wb: MemoryWorkbook, code: string): OpdRecord {
  const lead = ctxOf(wb).opds.find((o) => o.indicators.includes(code));
  if (!lead) throw new Error(`nobody owns ${code}`);
  return lead;
}

/** Types into the lead OPD's row of an indicator, as a clerk would in the tab. */
function type(
  wb: MemoryWorkbook,
  code: string,
  header: string,
  value: Cell,
  opd = leadOf(wb, code),
) {
  setAt(wb.tab(opd.tab), code, header, value);
}

function rekap(wb: MemoryWorkbook, part: string, stage = 'Mandiri'): unknown {
  return rekapFigure(wb.tab(TAB.summary).cells, results(wb), part, stage);
}

function statusInTab(wb: MemoryWorkbook, code: string, opd = leadOf(wb, code)): unknown {
  const tab = wb.tab(opd.tab);
  return results(wb).cell(tab.name, rowOf(tab, code), columnOf(tab, 'Status'));
}

describe('score vs Rekap (issue #21)', () => {
  it('levels typed 3.5, "2 – Terkelola" on a service indicator and "4 – Transaksi" count 1 in score and in Rekap alike', () => {
    const wb = workbook('spbe-2020');
    // I32 is a service indicator: its level 2 is Interaksi, its level 4 Kolaborasi.
    type(wb, 'I05', 'Tingkat', '3.5');
    type(wb, 'I32', 'Tingkat', '2 – Terkelola');
    type(wb, 'I33', 'Tingkat', '4 – Transaksi');
    type(wb, 'I01', 'Tingkat', '3 – Terdefinisi');
    const mandiri = stageScores(evaluate(wb)).find((s) => s.key === 'selfAssessed');
    // I01 at 3, the rest counted 1: 1 + 2·130/10000 = 1,026 → 1,03, from the reference weights.
    const weightOfI01 = referenceFramework('spbe-2020').indicators[0]?.weightBp ?? 0;
    expect(mandiri?.index).toBe(Math.round(100 + (2 * weightOfI01) / 100) / 100);
    expect(rekap(wb, 'Indeks SPBE')).toBe(mandiri?.index);
    expect(mandiri?.notAssessed).toBe(46);
    expect(rekap(wb, 'Belum dinilai')).toBe(46);
    // Each of the three is reported once, at its cell, in the tab's Status.
    for (const code of ['I05', 'I32', 'I33'])
      expect(statusInTab(wb, code)).toBe(STATUS_LABEL.toFix);
  });

  it('a Pemdi Verifikasi value 2,333 counts 1 in score and in Rekap alike, and score says so', () => {
    const wb = workbook('pemdi-2026');
    setAt(wb.tab(TAB.assessment), 'P01', 'Verifikasi', 2.333);
    setAt(wb.tab(TAB.assessment), 'P02', 'Verifikasi', formula('=7/3'));
    const verified = stageScores(evaluate(wb)).find((s) => s.key === 'verified');
    expect(verified?.index).toBe(rekap(wb, 'Indeks Pemdi', 'Verifikasi'));
    expect(verified?.notAssessed).toBe(19);
    expect(rekap(wb, 'Belum dinilai', 'Verifikasi')).toBe(19);
    const warned = evaluationWarnings(wb, evaluate(wb)).map((w) => w.problem);
    expect(warned.some((w) => /2,333 punya lebih dari 2 desimal/.test(w))).toBe(true);
  });
});

describe('"Lengkap" (issue #21)', () => {
  it('a save with a 36-character explanation and non-Drive links is belum lengkap in the footer, the header, the picker and the Status', () => {
    const wb = workbook('spbe-2020');
    const opd = leadOf(wb, 'I01');
    const key = opdTabKey(opd.code);
    const before = opdView(wb, key, 'I01', YEAR);
    const saved = saveEntry(
      wb,
      {
        opdKey: key,
        code: 'I01',
        version: before.entry?.version ?? '',
        level: 3,
        explanation: 'Sudah ada SK Wali Kota tentang SPBE.',
        evidence: 'https://example.com/sk-spbe.pdf',
        evidenceKind: 'SK',
      },
      YEAR,
      clock.timestamp,
    );
    expect('Sudah ada SK Wali Kota tentang SPBE.'.length).toBe(36);
    if (!saved.ok) throw new Error(saved.message);
    // Each problem names its field: the panel takes the cursor there.
    expect(saved.problems).toContainEqual({
      text: expect.stringMatching(/^Penjelasan terlalu singkat \(36 huruf/),
      field: 'explanation',
      item: null,
    });
    expect(saved.problems).toContainEqual({
      text: expect.stringMatching(/bukan Google Drive/),
      field: 'evidence',
      item: null,
    });
    const status = saved.view.indicators.find((i) => i.code === 'I01')?.status;
    expect(status?.label).toBe(STATUS_LABEL.incomplete);
    expect(statusInTab(wb, 'I01')).toBe(STATUS_LABEL.incomplete);
  });

  it('a Pemdi claim at level 3 whose level-3 butir have no link is belum lengkap everywhere', () => {
    const wb = workbook('pemdi-2026');
    const opd = leadOf(wb, 'P01');
    type(wb, 'P01', 'Tingkat', 3);
    type(wb, 'P01', 'Penjelasan', LONG);
    type(wb, 'P01', 'Data dukung', DRIVE);
    for (const item of ['P01.1.a', 'P01.2.a']) type(wb, item, 'Data dukung', DRIVE, opd);
    runCheck(wb, undefined, clock);
    const entry = evaluate(wb).entries.find((e) => e.indicator.code === 'P01');
    if (!entry) throw new Error('no P01');
    const findings = readReport(wb.read(TAB.report))?.findings ?? [];
    expect(entryStatus(entry, findings).key).toBe('incomplete');
    expect(statusInTab(wb, 'P01')).toBe(STATUS_LABEL.incomplete);
    const view = opdView(wb, opdTabKey(opd.code), 'P01', YEAR);
    expect(view.indicators.find((i) => i.code === 'P01')?.status.key).toBe('incomplete');
    // The panel's list names the butir each problem is in, so a click reaches its box.
    if (!view.rules) throw new Error('no draft rules');
    const drafted = draftProblems(
      {
        level: 3,
        explanation: LONG,
        evidence: '',
        evidenceKind: '',
        items: [
          { code: 'P01.1.a', level: 1, evidence: DRIVE },
          { code: 'P01.3.a', level: 3, evidence: '' },
        ],
      },
      view.rules,
    );
    expect(drafted).toContainEqual({
      text: expect.stringMatching(/^Butir P01\.3\.a \(tingkat 3\)/),
      field: 'evidence',
      item: 'P01.3.a',
    });
    expect(drafted.some((p) => p.item === 'P01.1.a')).toBe(false);
  });

  it('the coordinator table counts nothing complete before a check has judged the links', () => {
    const wb = workbook('spbe-2020');
    const opd = leadOf(wb, 'I01');
    type(wb, 'I01', 'Tingkat', 3);
    type(wb, 'I01', 'Penjelasan', LONG);
    type(wb, 'I01', 'Data dukung', DRIVE);
    expect(statusInTab(wb, 'I01')).toBe(STATUS_LABEL.unchecked);
    const view = opdView(wb, opdTabKey(opd.code), 'I01', YEAR);
    expect(view.complete).toBe(0);
    runCheck(wb, undefined, clock);
    expect(statusInTab(wb, 'I01')).toBe(STATUS_LABEL.done);
    expect(opdView(wb, opdTabKey(opd.code), 'I01', YEAR).complete).toBe(1);
  });
});

describe('Pemdi progress (issue #21)', () => {
  it("Rekap's Kemajuan pengisian per OPD counts indicators, not butir, and 'Lengkap' not the butir's diterima", () => {
    const wb = workbook('pemdi-2026');
    const opd = leadOf(wb, 'P01');
    type(wb, 'P01.1.a', 'Data dukung', DRIVE, opd);
    type(wb, 'P01.1.a', 'Status verifikasi', 'diterima', opd);
    const cells = wb.tab(TAB.summary).cells;
    const row = cells.findIndex((r) => r[0] === opd.code && r[1] === opd.tab) + 1;
    expect(results(wb).cell(TAB.summary, row, 3)).toBe(opd.indicators.length);
    expect(results(wb).cell(TAB.summary, row, 4)).toBe(0);
  });
});

describe('the export (issue #21)', () => {
  it("takes the lead OPD's answer, else the first owner who answered — never another OPD's empty row", () => {
    const wb = workbook('pemdi-2026');
    const ctx = ctxOf(wb);
    const shared = ctx.catalogue.indicators.find(
      (i) => ctx.opds.filter((o) => o.indicators.includes(i.code)).length > 1,
    );
    if (!shared) throw new Error('no indicator with two owners');
    const [first, second] = ctx.opds.filter((o) => o.indicators.includes(shared.code));
    if (!first || !second) throw new Error('two owners');
    // The first owner (the lead by default) left its row empty; the second answered.
    type(wb, shared.code, 'Tingkat', 3, second);
    type(wb, shared.code, 'Penjelasan', LONG, second);
    type(wb, shared.code, 'Data dukung', DRIVE, second);
    const row = exportRows(evaluate(wb)).find((r) => r.code === shared.code);
    expect(row).toMatchObject({ opd: second.short, explanation: LONG, evidence: [DRIVE] });
    // Once the lead answers, its answer is the one exported.
    type(wb, shared.code, 'Tingkat', 2, first);
    type(wb, shared.code, 'Penjelasan', `${LONG} (utama)`, first);
    expect(exportRows(evaluate(wb)).find((r) => r.code === shared.code)).toMatchObject({
      opd: first.short,
      explanation: `${LONG} (utama)`,
    });
  });
});

describe('Pemdi claims (issue #21)', () => {
  it('show as a Klaim figure beside Mandiri, say which claims the butir rule holds back, and the plan starts from them', () => {
    const wb = workbook('pemdi-2026');
    type(wb, 'P01', 'Tingkat', 3);
    type(wb, 'P02', 'Tingkat', 4);
    const ev = evaluate(wb);
    const stages = stageScores(ev);
    const claimed = stages.find((s) => s.key === 'claimed');
    const mandiri = stages.find((s) => s.key === 'selfAssessed');
    // The claims' figure is the index of the claims themselves (blanks counted 1).
    expect(claimed?.index).toBe(score(ev.ctx.catalogue, ev.claims).index.cents / 100);
    // Mandiri has nothing yet (no item accepted): the coordinator still sees what is claimed.
    expect(mandiri?.index).toBeNull();
    expect(claimed?.index).toBeGreaterThan(1);
    expect(claimed?.items?.accepted).toBe(0);
    // Under 'tertinggi' no item is accepted yet: both claims wait for the verifier.
    expect(claimsHeldBack(ev)).toEqual(['P01', 'P02']);
    // The plan starts from what was claimed: P01 is not planned from 1 when 3 was claimed.
    const plan = planOf(ev, { target: 3, maxLevel: 5 });
    expect(plan.start).toBe(claimed?.index);
    expect(plan.steps.find((s) => s.code === 'P01')?.from ?? 3).toBeGreaterThanOrEqual(3);
  });
});

describe('predicate by cycle (issue #21)', () => {
  const spbe = workbook('spbe-2020');
  const catalogue = ctxOf(spbe).catalogue;
  const exact = (num: number) => ({ num, den: 10000 });

  it('2023 reads the rounded index: an exact 1,7995 is published 1,80 Cukup', () => {
    expect(predicateOf(catalogue, exact(17995), 2023).label).toBe('Cukup');
    expect(predicateOf(catalogue, exact(17995), 2024).label).toBe('Kurang');
  });

  it('2024 reads the unrounded index: an exact 3,4985 is published 3,50 Baik', () => {
    expect(predicateOf(catalogue, exact(34985), 2024).label).toBe('Baik');
    expect(predicateOf(catalogue, exact(34985), 2023).label).toBe('Sangat Baik');
  });

  it('an index within 0,005 of a band edge carries a note saying which reading gave its predikat', () => {
    expect(predicateOf(catalogue, exact(34985), 2024).note).toBe(
      'Indeks 3,50 (tanpa pembulatan 3,4985) ada dalam 0,005 dari batas Sangat Baik (3,50); evaluasi 2024 membaca predikat dari indeks tanpa pembulatan, jadi Baik.',
    );
    expect(predicateOf(catalogue, exact(35050), 2024).note).not.toBeNull();
    expect(predicateOf(catalogue, exact(34940), 2024).note).toBeNull();
    expect(predicateOf(catalogue, exact(30000), 2024).note).toBeNull();
  });

  it("the Rekap reads the predikat as the workbook's year does, from its unrounded index row", () => {
    const wb = workbook('spbe-2020');
    const cells = wb.tab(TAB.summary).cells;
    const label = cells.find((r) => r[0] === 'Indeks tanpa pembulatan');
    expect(String(label?.[1])).toMatch(
      /^Predikat evaluasi 2026 dibaca dari indeks tanpa pembulatan/,
    );
    type(wb, 'I01', 'Tingkat', 3);
    // 1 + 2·130/10000 = 1,026 exactly, shown to four decimals; the index 1,03.
    expect(rekap(wb, 'Indeks tanpa pembulatan')).toBeCloseTo(1.026, 12);
    expect(rekap(wb, 'Indeks SPBE')).toBe(1.03);
    expect(rekap(wb, 'Predikat')).toBe('Kurang');
  });
});

describe('smaller (issue #21)', () => {
  it("Pemdi Penilaian's Domain column is blank, not 0", () => {
    const wb = workbook('pemdi-2026');
    const penilaian = wb.tab(TAB.assessment);
    const domain = results(wb).cell(
      TAB.assessment,
      rowOf(penilaian, 'P01'),
      columnOf(penilaian, 'Domain'),
    );
    expect(domain).toBe('');
  });

  it('"Beda klaim" does not show an invalid 2,5 as 2', () => {
    const wb = workbook('spbe-2020');
    const shared = ctxOf(wb).catalogue.indicators.find(
      (i) => ctxOf(wb).opds.filter((o) => o.indicators.includes(i.code)).length > 1,
    );
    if (!shared) throw new Error('no shared indicator');
    const [first, second] = ctxOf(wb).opds.filter((o) => o.indicators.includes(shared.code));
    if (!first || !second) throw new Error('two owners');
    type(wb, shared.code, 'Tingkat', '2,5', first);
    type(wb, shared.code, 'Tingkat', 2, second);
    const penilaian = wb.tab(TAB.assessment);
    const claims = results(wb).cell(
      TAB.assessment,
      rowOf(penilaian, shared.code),
      columnOf(penilaian, 'Klaim OPD'),
    );
    expect(String(claims)).not.toMatch(new RegExp(`${first.code}: 2(;|$)`));
  });

  it('an external value without its source is a finding, not only a red cell', () => {
    const wb = workbook('pemdi-2026');
    setAt(wb.tab(TAB.assessment), 'P05', 'Nilai eksternal', 3);
    const problems = evaluationWarnings(wb, evaluate(wb)).map((w) => w.problem);
    expect(problems.some((p) => /P05/.test(p) && /sumber/i.test(p))).toBe(true);
  });

  it('one bad cell gives one finding, not an error and a warning', () => {
    const wb = workbook('spbe-2020');
    type(wb, 'I05', 'Tingkat', 'tiga');
    type(wb, 'I05', 'Penjelasan', LONG);
    type(wb, 'I05', 'Data dukung', DRIVE);
    const outcome = runCheck(wb, undefined, clock);
    const about = outcome.findings.filter((f) => f.indicator === 'I05');
    expect(about).toHaveLength(1);
    expect(about[0]?.severity).toBe('error');
  });

  it('a plan line reads "P05 2,75→4  indeks 3,01", never "2.75" or empty parentheses', () => {
    expect(cliText.planStep('P05', 2.75, 4, 3.01, '')).toBe('  P05 2,75→4  indeks 3,01');
    expect(cliText.planStep('P01', 7 / 6, 3, 2.5, 'Bappeda')).toBe(
      '  P01 1,17 (= 7/6)→3  indeks 2,50  (Bappeda)',
    );
  });

  it('=7/6 in Verifikasi shows with two decimals (0.00), not as 1.1666666667', () => {
    const wb = workbook('pemdi-2026');
    const render = wb.tabList.find((t) => t.name === TAB.assessment);
    const formats = (render?.styles ?? []).filter((s) => s.numberFormat === '0.00');
    const column = columnOf(wb.tab(TAB.assessment), 'Verifikasi');
    expect(
      formats.some((s) => s.range.col <= column && column < s.range.col + (s.range.cols ?? 1)),
    ).toBe(true);
  });
});
