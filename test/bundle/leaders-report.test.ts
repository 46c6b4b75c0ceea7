import { resolveCatalogue } from '../../src/core/catalogue/registry';
import { PALETTE } from '../../src/core/workbook/palette';
import type { Cell } from '../../src/core/workbook/port';
import type { FakeSheet } from '../fakes/spreadsheet-app';
import { ADMIN, demoWorld } from '../support/demo-world';
import { pemdiPanelWorld } from '../support/panel-world';
import type { SheetsWorld } from '../support/sheets-world';
import { columnOf, rowOf } from '../support/workbook-helpers';

/**
 * SPBE › Diskominfo › Buat laporan pimpinan (issue #24) through the built bundle on the
 * stand-ins. Every figure on the Laporan tab is checked against what the workbook's own native
 * formulas show (Rekap, Kelengkapan, Penilaian) and the weight rule, never against the code
 * that wrote it.
 */
type Row = readonly unknown[];

function shownTab(w: SheetsWorld, tab: string): Row[] {
  const sheet = w.env.spreadsheet.sheetNamed(tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  return w.shown(`'${tab}'!A1:M${Math.max(1, sheet.lastRow())}`) as Row[];
}

function sheetOf(w: SheetsWorld, tab: string): FakeSheet {
  const sheet = w.env.spreadsheet.sheetNamed(tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  return sheet;
}

/** The rows under the header row starting `header` in column `col` (1-based), to a blank. */
function block(page: Row[], header: string, col: number): { top: number; rows: Row[] } {
  const at = page.findIndex((r) => r[col - 1] === header);
  if (at < 0) throw new Error(`no block headed ${header}`);
  const rows: Row[] = [];
  for (let i = at + 1; i < page.length && (page[i]?.[col - 1] ?? '') !== ''; i++)
    rows.push((page[i] ?? []).slice(col - 1));
  return { top: at + 1, rows };
}

/** What Rekap's native formulas show: a figure by row label and stage column. */
function rekapOf(w: SheetsWorld) {
  const rekap = shownTab(w, 'Rekap');
  const head = rekap.find((r) => r[0] === 'Bagian') ?? [];
  const cell = (label: string, stage: string) => {
    const col = head.indexOf(stage);
    if (col < 0) throw new Error(`no Rekap column ${stage}`);
    return rekap.find((r) => r[0] === label)?.[col];
  };
  return { cell, index: (stage: string) => cell(rekap[4]?.[0] as string, stage) };
}

/** The Laporan's stage rows and parts against Rekap: the same figures, stage by stage. */
function expectStagesAndParts(w: SheetsWorld, indicators: number) {
  const page = shownTab(w, 'Laporan');
  const rekap = rekapOf(w);
  const stages = block(page, 'Tahap', 1).rows;
  const ofStage = (name: string) => stages.find((r) => r[0] === name) ?? [];
  for (const [name, index, predicate, count] of stages) {
    if (name === 'Target' || name === 'Tahun lalu' || name === 'Klaim OPD') continue;
    const shown = rekap.index(String(name));
    const assessed = indicators - Number(rekap.cell('Belum dinilai', String(name)));
    if (shown === 'belum ada data') {
      expect([name, index, predicate]).toEqual([name, '', 'belum ada data']);
    } else if (predicate === 'menunggu') {
      // A stage the verifiers have only begun shows how far they are, not a figure.
      expect(assessed).toBeLessThan(indicators);
      expect(count).toBe(
        `${assessed} dari ${indicators} ${name === 'Final' ? 'sudah final' : 'diverifikasi'}`,
      );
    } else {
      expect([name, index, predicate]).toEqual([name, shown, rekap.cell('Predikat', String(name))]);
      expect(count).toBe(`${assessed} dari ${indicators} dinilai`);
    }
  }
  expect(ofStage('Target').slice(1, 3)).toEqual([
    rekap.index('Target'),
    rekap.cell('Predikat', 'Target'),
  ]);
  const lastYear = rekap.index('Tahun lalu');
  expect(ofStage('Tahun lalu')[1]).toBe(lastYear === 'belum ada data' ? '' : lastYear);
  return { page, rekap };
}

describe('SPBE › Diskominfo › Buat laporan pimpinan, on the Kendari demo', () => {
  const w = demoWorld('checked');
  w.menu('menuReport', ADMIN);
  const page = shownTab(w, 'Laporan');
  const sheet = sheetOf(w, 'Laporan');

  it('heads the page with the Pemda, year, instrument, legal basis, date and stage', () => {
    expect(page[0]?.[0]).toBe('Laporan pimpinan — Indeks SPBE Kota Kendari 2026');
    expect(page[1]?.[0]).toBe(
      'Indeks SPBE — Pedoman Evaluasi SPBE (PermenPANRB No. 59 Tahun 2020). Disusun 28 Nov 2026 10.00; angka terkini: Mandiri.',
    );
    expect(page[2]?.[0]).toBe(
      'Batas pengisian OPD belum diisi di Pengaturan. Pengisian masih terbuka.',
    );
    expect(w.env.ui.alerts.at(-1)?.prompt).toMatch(
      /^Laporan pimpinan ditulis di tab Laporan\.[\s\S]*A4, orientasi Lanskap/,
    );
  });

  it('shows each stage as Rekap does, the current one shaded and in large type', () => {
    expectStagesAndParts(w, 47);
    const stages = block(page, 'Tahap', 1);
    const mandiri = stages.top + 1 + stages.rows.findIndex((r) => r[0] === 'Mandiri');
    const format = (row: number, col: number) => sheet.formats.get(`${row}:${col}`) ?? {};
    expect(format(mandiri, 1).background).toBe(PALETTE.header);
    expect(format(mandiri + 1, 1).background).toBeUndefined();
    expect(format(mandiri, 2)).toMatchObject({ fontSize: 18, numberFormat: '0.00' });
  });

  it('shows each domain now against its target, as Rekap does, and charts exactly that table', () => {
    const { rekap } = expectStagesAndParts(w, 47);
    const parts = block(page, 'Domain', 1);
    expect(parts.rows.map((r) => String(r[0]).split(' ')[0])).toEqual(['D1', 'D2', 'D3', 'D4']);
    for (const [name, now, target] of parts.rows) {
      const id = String(name).split(' ')[0] as string;
      expect([id, now, target]).toEqual([id, rekap.cell(id, 'Mandiri'), rekap.cell(id, 'Target')]);
    }
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0]?.made;
    expect(chart?.type).toBe('bar');
    expect(chart?.numHeaders).toBe(1);
    // Names, now, target: each range is the table's column with its header naming the series.
    const ranges = chart?.ranges.map((r) => r.getA1Notation());
    const last = parts.top + parts.rows.length;
    expect(ranges).toEqual([
      `A${parts.top}:A${last}`,
      `B${parts.top}:B${last}`,
      `C${parts.top}:C${last}`,
    ]);
    expect(w.shown(`'Laporan'!B${parts.top}:B${last}`)).toEqual([
      ['Sekarang'],
      ...parts.rows.map((r) => [r[1]]),
    ]);
    expect(chart?.options.get('hAxis')).toEqual({ viewWindow: { min: 0, max: 5 } });
    // Under the table, inside the left block (columns A–D), above the page's last row.
    expect(chart?.anchor).toEqual({ row: last + 2, col: 1 });
    const leftBlock = [1, 2, 3, 4].reduce((s, c) => s + (sheet.widths.get(c) ?? 100), 0);
    expect(Number(chart?.options.get('width'))).toBeLessThanOrEqual(leftBlock);
    const rowsUnder = Math.ceil(Number(chart?.options.get('height')) / 21);
    expect(last + 2 + rowsUnder).toBeLessThanOrEqual(page.length);
  });

  it('lists the OPDs as Kelengkapan counts them, those to chase first, the rest in one line', () => {
    const report = shownTab(w, 'Kelengkapan');
    const head = report.find((r) => r[0] === 'OPD') ?? [];
    const col = (name: string) => head.indexOf(name);
    const counted = report
      .slice(report.indexOf(head) + 1)
      .filter((r) => r[0] !== '' && r[col('Tab')] !== '')
      .slice(0, 12)
      .map((r) => ({
        short: String(r[col('Tab')]),
        assigned: Number(r[col('Jumlah indikator')]),
        complete: Number(r[col('Lengkap')]),
        errors: Number(r[col('Kesalahan')]),
        warnings: Number(r[col('Peringatan')]),
      }));
    expect(counted).toHaveLength(12);
    const opds = block(page, 'OPD', 6).rows;
    const listed = opds.filter((r) => !String(r[0]).startsWith('…'));
    expect(listed).toHaveLength(10);
    for (const [short, complete, owed, findings] of listed) {
      const o = counted.find((c) => c.short === short);
      expect([short, complete, owed, findings]).toEqual([
        o?.short,
        `${o?.complete} dari ${o?.assigned}`,
        String((o?.assigned ?? 0) - (o?.complete ?? 0)),
        `${o?.errors} / ${o?.warnings}`,
      ]);
    }
    // Those with errors first: every OPD with an error is among the ten, before any without.
    const errors = listed.map((r) => Number(String(r[3]).split(' / ')[0]));
    const withErrors = counted.filter((c) => c.errors > 0).map((c) => c.short);
    expect(withErrors.length).toBeLessThanOrEqual(10);
    expect(listed.slice(0, withErrors.length).map((r) => r[0])).toEqual(
      expect.arrayContaining(withErrors),
    );
    expect(errors.slice(withErrors.length).every((e) => e === 0)).toBe(true);
    const rest = counted.filter((c) => !listed.some((r) => r[0] === c.short));
    const owedByRest = rest.reduce((n, c) => n + c.assigned - c.complete, 0);
    expect(opds.at(-1)?.[0]).toBe(
      `… dan ${rest.length} OPD lain (${owedByRest} indikator belum lengkap); semuanya ada di panel Diskominfo.`,
    );
  });

  it('lists the ten largest gaps from Penilaian, each gain by the weight rule', () => {
    const penilaian = { cells: shownTab(w, 'Penilaian') as Cell[][] };
    const catalogue = resolveCatalogue('spbe-2020');
    const total = catalogue.indicators.reduce((s, i) => s + i.weightBp, 0);
    const levelOf = (code: string, header: string) => {
      const v = penilaian.cells[rowOf(penilaian, code) - 1]?.[columnOf(penilaian, header) - 1];
      return typeof v === 'number' ? v : null;
    };
    // Every indicator below its target, by the rule: weight × levels raised ÷ all weights.
    const all = catalogue.indicators
      .map((i) => {
        const from = levelOf(i.code, 'Mandiri') ?? 1;
        const to = levelOf(i.code, 'Target') ?? 3;
        return { code: i.code, from, to, gain: (i.weightBp * (to - from)) / total };
      })
      .filter((g) => g.to > g.from)
      .sort((a, b) => b.gain - a.gain || a.code.localeCompare(b.code));
    const gaps = block(page, 'Indikator', 6).rows;
    expect(gaps).toHaveLength(10);
    expect(
      gaps.map((g) => [String(g[0]).split(' ')[0], g[2], Math.round(Number(g[3]) * 1e9) / 1e9]),
    ).toEqual(
      all.slice(0, 10).map((g) => [g.code, `${g.from} → ${g.to}`, Math.round(g.gain * 1e9) / 1e9]),
    );
    expect(sheet.formats.get(`${block(page, 'Indikator', 6).top + 1}:9`)?.numberFormat).toBe(
      '+0.000',
    );
  });

  it('gives the plan the coordinator’s panel gives, capped at level 4', () => {
    const plan = w.rpc('panelPlan', { target: 3, maxLevel: 4 }, ADMIN);
    const at = page.findIndex(
      (r) => r[5] === 'Jalur termurah ke target 3,00 (tingkat tertinggi 4)',
    );
    expect(at).toBeGreaterThan(0);
    const two = (n: number) => n.toFixed(2).replace('.', ',');
    expect(page[at + 1]?.[5]).toBe(
      `Dari ${two(plan.start)} ke ${two(plan.end)} dengan menaikkan ${plan.steps.length} indikator.`,
    );
    const lines = page.slice(at + 2, at + 6).map((r) => String(r[5]).split(' ')[1]);
    expect(lines).toEqual(plan.steps.slice(0, 4).map((s) => s.code));
  });

  it('reads as a page: no grid, protected for the admins, and its user text stays text', () => {
    expect(sheet.hiddenGridlines).toBe(true);
    expect(sheet.protections.length).toBeGreaterThan(0);
    expect(w.liveFormulas().filter((f) => f.tab === 'Laporan')).toEqual([]);
  });
});

/** Everything of every tab but one, to see what a run changed. */
function everythingBut(w: SheetsWorld, tab: string): string {
  return JSON.stringify(
    w.env.spreadsheet.sheets
      .filter((s) => s.name !== tab)
      .map((s) => ({
        name: s.name,
        hidden: s.hidden,
        contents: s.contents,
        formats: [...s.formats],
        validations: [...s.validations.keys()],
        widths: [...s.widths],
        rules: s.rules.length,
        protections: s.protections.length,
        charts: s.charts.length,
        gridlines: s.hiddenGridlines,
      })),
  );
}

describe('running Buat laporan pimpinan again', () => {
  it('changes only the Laporan tab, and moves what the new figures move', () => {
    const w = demoWorld('checked');
    const before = everythingBut(w, 'Laporan');
    w.menu('menuReport', ADMIN);
    expect(everythingBut(w, 'Laporan')).toBe(before);
    const first = shownTab(w, 'Laporan');

    w.menu('menuReport', ADMIN);
    expect(everythingBut(w, 'Laporan')).toBe(before);
    expect(shownTab(w, 'Laporan')).toEqual(first);
    expect(sheetOf(w, 'Laporan').charts).toHaveLength(1);

    // The verifiers finish: Verifikasi becomes the figure, and Mandiri's shading goes.
    const penilaian = { cells: shownTab(w, 'Penilaian') as Cell[][] };
    const row = rowOf(penilaian, 'I01');
    w.paste(
      ADMIN,
      'Penilaian',
      row,
      columnOf(penilaian, 'Verifikasi'),
      Array.from({ length: 47 }, () => [3]),
    );
    const changed = everythingBut(w, 'Laporan');
    w.menu('menuReport', ADMIN);
    expect(everythingBut(w, 'Laporan')).toBe(changed);
    const page = shownTab(w, 'Laporan');
    expect(page[1]?.[0]).toMatch(/angka terkini: Verifikasi\.$/);
    const stages = block(page, 'Tahap', 1);
    const rowOfStage = (name: string) =>
      stages.top + 1 + stages.rows.findIndex((r) => r[0] === name);
    const sheet = sheetOf(w, 'Laporan');
    expect(sheet.formats.get(`${rowOfStage('Verifikasi')}:1`)?.background).toBe(PALETTE.header);
    expect(sheet.formats.get(`${rowOfStage('Mandiri')}:1`)?.background).toBeUndefined();
    expectStagesAndParts(w, 47);
    expect(sheet.charts).toHaveLength(1);
  });

  it('is for admins only: a PIC is told so and no tab appears', () => {
    const w = demoWorld('checked');
    w.menu('menuReport', 'bappeda.spbe@example.org');
    expect(w.env.ui.alerts.at(-1)?.prompt).toMatch(
      /^Hanya admin Diskominfo \(.+\) yang dapat membuat laporan pimpinan\./,
    );
    expect(w.env.spreadsheet.sheetNamed('Laporan')).toBeUndefined();
  });
});

describe('Buat laporan pimpinan on a Pemdi workbook', () => {
  it('shows what the OPDs claim beside Mandiri, and the seven aspects, with no figure before any', () => {
    const w = pemdiPanelWorld();
    w.menu('menuReport', ADMIN);
    const { page, rekap } = expectStagesAndParts(w, 20);
    expect(block(page, 'Tahap', 1).rows.map((r) => r[0])).toEqual([
      'Klaim OPD',
      'Mandiri',
      'Verifikasi',
      'Final',
      'Target',
      'Tahun lalu',
    ]);
    const aspects = block(page, 'Aspek', 1).rows;
    expect(aspects).toHaveLength(7);
    for (const [name, now, target] of aspects) {
      const id = String(name).split(' ')[0] as string;
      // Nothing assessed yet: no figure, as Rekap says, rather than 1,00.
      expect([id, now, target]).toEqual([id, '', rekap.cell(id, 'Target')]);
      expect(rekap.cell(id, 'Mandiri')).toBe('belum ada data');
    }
    const chart = sheetOf(w, 'Laporan').charts[0]?.made;
    expect(chart?.ranges[0]?.getA1Notation()).toBe(
      `A${block(page, 'Aspek', 1).top}:A${block(page, 'Aspek', 1).top + 7}`,
    );
  });
});
