import { clockFor } from '../../src/cli/commands';
import { runCheck } from '../../src/core/actions/check/check';
import { exportRows } from '../../src/core/actions/export/export-rows';
import { setupWorkbook } from '../../src/core/actions/setup/setup';
import { readEvaluation } from '../../src/core/evaluation/evaluation';
import { entryStatus } from '../../src/core/evidence/completeness';
import type { Entry } from '../../src/core/evidence/entries';
import { readReport } from '../../src/core/evidence/reminders';
import { loadContext } from '../../src/core/workbook/context';
import type { Cell } from '../../src/core/workbook/port';
import { MemoryWorkbook } from '../support/memory-workbook';
import {
  columnOf,
  formulas,
  rekapFigure,
  rowOf,
  setAt,
  valueAt,
} from '../support/workbook-helpers';

/**
 * Evidence items (butir) in a Pemdi workbook: listed on Kerangka, laid out under their
 * indicator on the OPD tab, each with a status that follows its row, and the indicator's
 * Mandiri following the rule chosen in Pengaturan — the same in the workbook's own formulas
 * and in the engine. Expected values come from the rules as Pengaturan states them.
 */
const ADMIN = 'kominfo.admin@example.org';
const clock = { today: '2026-11-28', timestamp: '2026-11-28 10:00', year: 2026 };
const LINK = 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUv/view';

function pemdiWorkbook() {
  const wb = new MemoryWorkbook(ADMIN);
  setupWorkbook(wb, clock);
  const ctx = loadContext(wb, 2026);
  const owner = ctx.opds.find((o) => o.indicators.includes('P01'));
  if (!owner) throw new Error('no owner of P01');
  return { wb, tab: wb.tab(owner.tab), owner };
}

const results = (wb: MemoryWorkbook) =>
  formulas((name) => wb.tabList.find((t) => t.name === name)?.cells);

/** Fills an item's row as OPD staff and the verifier would. */
function fill(
  tab: { cells: Cell[][] },
  code: string,
  values: { evidence?: string; note?: string; verification?: string; verifierNote?: string },
) {
  if (values.evidence !== undefined)
    setAt(tab, code, 'Data dukung (tautan, satu per baris)', values.evidence);
  if (values.note !== undefined) setAt(tab, code, 'Penjelasan', values.note);
  if (values.verification !== undefined) setAt(tab, code, 'Status verifikasi', values.verification);
  if (values.verifierNote !== undefined)
    setAt(tab, code, 'Catatan verifikator', values.verifierNote);
}

function setRule(wb: MemoryWorkbook, rule: string) {
  setAt(wb.tab('Pengaturan'), 'Nilai mandiri dari butir', 'Nilai', rule, 'Pengaturan');
}

/** Adds items P01.2.b … P01.2.f on Kerangka, so level 2 of P01 has six. */
function sixItemsOnLevelTwo(wb: MemoryWorkbook) {
  const kerangka = wb.tab('Kerangka');
  const at = kerangka.cells.findIndex((r) => r[0] === 'butir' && r[1] === 'P01.2.a');
  const extra = ['b', 'c', 'd', 'e', 'f'].map((k): Cell[] => [
    'butir',
    `P01.2.${k}`,
    `Bukti perencanaan ${k}`,
    'P01',
    2,
  ]);
  kerangka.cells.splice(at + 1, 0, ...extra);
}

describe('evidence items on an OPD tab', () => {
  it('sit under their indicator, in the order of Kerangka, each saying what it needs', () => {
    const { wb, tab } = pemdiWorkbook();
    const codes = tab.cells.map((r) => String(r[0]));
    const p01 = codes.indexOf('P01');
    expect(codes.slice(p01, p01 + 8)).toEqual([
      'P01',
      'P01.1.a',
      'P01.2.a',
      'P01.3.a',
      'P01.3.b',
      'P01.4.a',
      'P01.5.a',
      'P01.5.b',
    ]);
    expect(valueAt(tab, 'P01.3.a', 'Indikator')).toBe('↳ Butir tingkat 3: Pedoman/SOP');
    // A new item starts unverified, and its status says nothing is there yet.
    expect(valueAt(tab, 'P01.3.a', 'Status verifikasi')).toBe('belum diperiksa');
    expect(results(wb).cell(tab.name, rowOf(tab, 'P01.3.a'), columnOf(tab, 'Status'))).toBe(
      'Belum diisi',
    );
    expect(wb.tab('Kerangka').cells.some((r) => r[0] === 'butir' && r[1] === 'P01.3.a')).toBe(true);
  });

  it('are explained on Panduan, with the rule Mandiri follows; an SPBE workbook has no items', () => {
    const { wb, tab } = pemdiWorkbook();
    // The OPD tab's own intro says where the links go.
    expect(String(tab.cells[1]?.[0])).toMatch(/Data dukung baris butirnya \(↳\)/);
    const guide = wb.tab('Panduan').cells.map((r) => String(r[1]));
    expect(guide.some((l) => l.startsWith('7. Butir:'))).toBe(true);
    expect(guide.some((l) => l.includes('aturan "tertinggi"'))).toBe(true);
    const spbe = new MemoryWorkbook(ADMIN);
    setupWorkbook(spbe, clock, undefined, { framework: 'spbe-2020' });
    expect(spbe.tab('Panduan').cells.some((r) => String(r[1]).startsWith('7. Butir:'))).toBe(false);
    expect(String(spbe.tab('Bappeda').cells[1]?.[0])).toMatch(/dan pilih Jenis bukti/);
    const codes = spbe.tabList.flatMap((t) => t.cells.map((r) => String(r[0])));
    expect(codes.some((c) => /^I\d+\.\d\./.test(c))).toBe(false);
  });

  it.each([
    // One vocabulary: a butir says what an indicator would.
    [{}, 'Belum diisi'],
    [{ note: 'Sedang disusun' }, 'Belum lengkap'],
    // Words where a link belongs are not yet something for the verifier to judge.
    [{ evidence: 'lihat map biru' }, 'Belum lengkap'],
    [{ note: 'Sudah diunggah', evidence: LINK }, 'Perlu dicek'],
    [{ evidence: LINK, verification: 'diterima' }, 'Diterima'],
    [
      { evidence: LINK, verification: 'perlu revisi', verifierNote: 'SOP belum ditandatangani' },
      'Perlu revisi',
    ],
  ])('shows status from the row: %j is %s', (values, status) => {
    const { wb, tab } = pemdiWorkbook();
    fill(tab, 'P01.3.a', values);
    expect(results(wb).cell(tab.name, rowOf(tab, 'P01.3.a'), columnOf(tab, 'Status'))).toBe(status);
    const entry = readEvaluation(wb, loadContext(wb, 2026)).entries.find(
      (e) => e.indicator.code === 'P01' && e.opd.tab === tab.name,
    );
    expect(entry?.items.find((i) => i.item.code === 'P01.3.a')?.status).toBe(status);
  });

  it("counts an item's evidence as the indicator's: Perlu dicek, then Lengkap once a check judged it, in the tab's Status and in core alike", () => {
    const { wb, tab } = pemdiWorkbook();
    setAt(tab, 'P01', 'Tingkat', '1 – Rintisan');
    setAt(tab, 'P01', 'Penjelasan', 'Kegiatan SPBE berjalan sejak 2025, lihat dokumentasi rapat.');
    const status = () => ({
      sheet: results(wb).cell(tab.name, rowOf(tab, 'P01'), columnOf(tab, 'Status')),
      // The errors of the last check, as the panel reads them from Kelengkapan.
      core: entryStatus(
        readEvaluation(wb, loadContext(wb, 2026)).entries.find(
          (e) => e.indicator.code === 'P01' && e.opd.tab === tab.name,
        ) as Entry,
        readReport(wb.read('Kelengkapan'))?.findings ?? [],
      ).label,
    });
    expect(status()).toEqual({ sheet: 'Belum lengkap', core: 'Belum lengkap' });
    const file = 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456/view';
    fill(tab, 'P01.1.a', { evidence: file });
    // Filled, but nothing has judged its links yet.
    expect(status()).toEqual({ sheet: 'Perlu dicek', core: 'Perlu dicek' });
    runCheck(wb, undefined, { ...clock, now: new Date(), elapsedMs: () => 0, budgetMs: 1 });
    expect(status()).toEqual({ sheet: 'Lengkap', core: 'Lengkap' });
    // A link changed on the item since: to be judged again.
    fill(tab, 'P01.1.a', { evidence: `${file}?usp=sharing` });
    expect(status()).toEqual({ sheet: 'Perlu dicek', core: 'Perlu dicek' });
    // A link the check finds wrong: Perlu diperbaiki in both.
    fill(tab, 'P01.1.a', { evidence: LINK });
    runCheck(wb, undefined, { ...clock, now: new Date(), elapsedMs: () => 0, budgetMs: 1 });
    expect(status()).toEqual({ sheet: 'Perlu diperbaiki', core: 'Perlu diperbaiki' });
    fill(tab, 'P01.1.a', { evidence: file });
    expect(status()).toEqual({ sheet: 'Perlu dicek', core: 'Perlu dicek' });
  });

  it('keeps what was typed on items through Siapkan, and archives an item Kerangka dropped', () => {
    const { wb, tab } = pemdiWorkbook();
    fill(tab, 'P01.3.a', { evidence: LINK, note: 'SOP pusat data' });
    fill(tab, 'P01.3.b', { evidence: LINK });
    const kerangka = wb.tab('Kerangka');
    kerangka.cells.splice(
      kerangka.cells.findIndex((r) => r[0] === 'butir' && r[1] === 'P01.3.b'),
      1,
    );
    sixItemsOnLevelTwo(wb);
    setupWorkbook(wb, clock);
    const after = wb.tab(tab.name);
    expect(valueAt(after, 'P01.3.a', 'Penjelasan')).toBe('SOP pusat data');
    expect(valueAt(after, 'P01.3.a', 'Data dukung (tautan, satu per baris)')).toBe(LINK);
    // The dropped item keeps its link, archived; new items appear in their place.
    expect(valueAt(after, 'P01.3.b', 'Data dukung (tautan, satu per baris)')).toBe(LINK);
    expect(String(valueAt(after, 'P01.3.b', 'Penugasan'))).toMatch(/^diarsipkan/);
    expect(rowOf(after, 'P01.2.f')).toBe(rowOf(after, 'P01.2.a') + 5);
  });
});

describe("an indicator's Mandiri from its items", () => {
  /**
   * P01 (weight 5%) on a workbook where nothing else is assessed: level 1 accepted, one of six
   * level-2 items accepted, a level-3 item accepted too (it does not count: level 2 is not
   * complete), and the OPD claims level 3.
   */
  function filled(rule: string) {
    const { wb, tab, owner } = pemdiWorkbook();
    sixItemsOnLevelTwo(wb);
    setRule(wb, rule);
    setupWorkbook(wb, clock);
    const t = wb.tab(tab.name);
    setAt(t, 'P01', 'Tingkat', '3 – Terstandar');
    fill(t, 'P01.1.a', { evidence: LINK, verification: 'diterima' });
    fill(t, 'P01.2.a', { evidence: LINK, verification: 'diterima' });
    fill(t, 'P01.2.b', { evidence: LINK });
    fill(t, 'P01.3.a', { evidence: LINK, verification: 'diterima' });
    const penilaian = wb.tab('Penilaian');
    const e = results(wb);
    return {
      sheet: e.cell('Penilaian', rowOf(penilaian, 'P01'), columnOf(penilaian, 'Mandiri')),
      engine: readEvaluation(wb, loadContext(wb, 2026)).stageLevels.get('selfAssessed')?.get('P01'),
      index: rekapFigure(wb.tab('Rekap').cells, e, 'Indeks Pemdi', 'Mandiri'),
      owner,
      wb,
    };
  }

  it('tertinggi: the highest level whose items are all accepted, from level 1 on', () => {
    const { sheet, engine } = filled('tertinggi');
    expect(sheet).toBe(1);
    expect(engine).toBe(1);
  });

  it('rata-rata: plus the accepted share of the next level, exactly (1 + 1/6)', () => {
    const { sheet, engine, index } = filled('rata-rata');
    expect(sheet).toBeCloseTo(7 / 6, 12);
    expect(engine).toBeCloseTo(7 / 6, 12);
    // Every other indicator counts 1: 1 + 5% · 1/6 = 1,0083… → 1,01.
    expect(index).toBe(1.01);
  });

  it('langsung: the level the OPD typed', () => {
    const { sheet, engine, index } = filled('langsung');
    expect(sheet).toBe(3);
    expect(engine).toBe(3);
    // 1 + 5% · 2 = 1,10.
    expect(index).toBe(1.1);
  });

  it('is blank until level 1 is complete (counted 1, as not assessed)', () => {
    const { wb, tab } = pemdiWorkbook();
    fill(tab, 'P01.2.a', { evidence: LINK, verification: 'diterima' });
    const penilaian = wb.tab('Penilaian');
    expect(
      results(wb).cell('Penilaian', rowOf(penilaian, 'P01'), columnOf(penilaian, 'Mandiri')),
    ).toBe('');
    expect(
      readEvaluation(wb, loadContext(wb, 2026)).stageLevels.get('selfAssessed')?.get('P01'),
    ).toBeNull();
  });

  it('refuses a rule it does not know, naming the row of Pengaturan', () => {
    const { wb } = pemdiWorkbook();
    setRule(wb, 'terbaik');
    expect(() => loadContext(wb, 2026)).toThrow(
      'Pengaturan, baris "Nilai mandiri dari butir": isi tertinggi, rata-rata atau langsung',
    );
  });
});

describe('the completeness check on items', () => {
  it('names each item the claim needs without evidence, a revision without a note, an unknown verdict, and a claim ahead of the items', () => {
    const { wb, tab } = pemdiWorkbook();
    setAt(tab, 'P01', 'Tingkat', '2 – Terkelola');
    setAt(
      tab,
      'P01',
      'Penjelasan',
      'Program kerja SPBE tercantum dalam Renja Diskominfo 2026, halaman 12.',
    );
    fill(tab, 'P01.1.a', { evidence: LINK, verification: 'perlu revisi' });
    fill(tab, 'P01.3.a', { evidence: LINK, verification: 'ok' });
    setAt(tab, 'P01.2.a', 'Tingkat', '2');
    const findings = runCheck(wb, undefined, clockFor(new Date(2026, 10, 28, 10, 0)))
      .findings.filter((f) => f.tab === tab.name && f.indicator === 'P01')
      .map((f) => `${f.severity} ${f.row}:${f.col} ${f.problem}`);
    const at = (code: string, header: string) => `${rowOf(tab, code)}:${columnOf(tab, header)}`;
    expect(findings).toEqual(
      expect.arrayContaining([
        `error ${at('P01.2.a', 'Data dukung')} Butir P01.2.a (tingkat 2) belum punya data dukung, padahal tingkat 2 diklaim.`,
        `error ${at('P01.1.a', 'Catatan verifikator')} Status "perlu revisi" tanpa catatan verifikator.`,
        `error ${at('P01.3.a', 'Status verifikasi')} Status verifikasi butir P01.3.a "ok" tidak dikenal.`,
        `warning ${at('P01', 'Tingkat')} Tingkat 2 diklaim, tetapi belum ada tingkat yang semua butirnya diterima.`,
        `warning ${at('P01.2.a', 'Tingkat')} Tingkat "2" diisi di baris butir P01.2.a; tingkat di baris butir tidak dihitung.`,
      ]),
    );
    // Items above the claim need nothing yet.
    expect(findings.some((f) => f.includes('P01.4.a'))).toBe(false);
  });
});

describe('the export for the national application', () => {
  it('takes the links from the items, each naming its item, and Mandiri as the application shows it', () => {
    const { wb, tab } = pemdiWorkbook();
    setRule(wb, 'rata-rata');
    setAt(tab, 'P01', 'Tingkat', '2 – Terkelola');
    setAt(tab, 'P01', 'Penjelasan', 'Kegiatan berjalan sesuai program kerja.');
    fill(tab, 'P01.1.a', { evidence: LINK, verification: 'diterima' });
    fill(tab, 'P01.3.a', { evidence: LINK });
    const row = exportRows(readEvaluation(wb, loadContext(wb, 2026))).find((r) => r.code === 'P01');
    // Level 1 complete, level 2's one item not accepted: 1 + 0/1.
    expect(row).toMatchObject({
      level: 1,
      explanation: 'Kegiatan berjalan sesuai program kerja.',
      evidence: [`P01.1.a: ${LINK}`, `P01.3.a: ${LINK}`],
    });
  });
});
