import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LeadershipReport } from '../../src/core/actions/report/leadership-report';
import { resolveCatalogue } from '../../src/core/catalogue/registry';
import { spbe } from '../support/cli';

/**
 * `spbe laporan` (issue #24, its data): the leaders' page from a workbook, every figure the
 * engine's — the stages as `spbe score` gives them, the plan as `spbe plan` gives it — and each
 * gap's gain as the rule says: the indicator's weight × the levels it rises ÷ all weights.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'spbe-laporan-'));
const PEMDI_CSV = path.join(__dirname, '..', 'fixtures', 'kendari-pemdi-opd.csv');

async function json<T>(...args: string[]): Promise<T> {
  const r = await spbe(...args, '--json');
  expect([r.code, r.err]).toEqual([0, '']);
  return JSON.parse(r.out) as T;
}

interface Scored {
  stages: { key: string; index: number | null; predicate: string; notAssessed: number }[];
}
interface Planned {
  start: number;
  end: number;
  reached: boolean;
  steps: { code: string }[];
}

let demo = '';
beforeAll(async () => {
  expect((await spbe('demo', dir)).code).toBe(0);
  demo = path.join(dir, 'spbe-demo.xlsx');
});

/** What the rule says raising `code` from `from` to `to` adds to the index. */
function gainByRule(framework: string, code: string, from: number, to: number): number {
  const catalogue = resolveCatalogue(framework);
  const total = catalogue.indicators.reduce((s, i) => s + i.weightBp, 0);
  const weight = catalogue.indicators.find((i) => i.code === code)?.weightBp ?? 0;
  return (weight * (to - from)) / total;
}

describe('spbe laporan (issue #24)', () => {
  it('gives the demo’s stages, plan and gaps as the engine and the rule do', async () => {
    const report = await json<LeadershipReport>('laporan', demo);
    const [scored] = await json<Scored[]>('score', demo);
    for (const s of report.stages) {
      const engine = scored?.stages.find((e) => e.key === s.key);
      expect([s.key, s.index, s.predicate]).toEqual([s.key, engine?.index, engine?.predicate]);
    }
    expect(report.stages.map((s) => s.key)).toEqual(['selfAssessed', 'verified', 'final']);
    // Verifikasi has begun only: the page says how far, as the panel does.
    expect(report.stages.find((s) => s.key === 'verified')).toMatchObject({
      assessed: 1,
      indicators: 47,
      onlyBegun: true,
    });
    expect(report.current?.key).toBe('selfAssessed');
    expect(report).toMatchObject({ pemda: 'Kota Kendari', indexName: 'Indeks SPBE', target: 3 });
    expect(report.partKind).toBe('domain');
    expect(report.parts.map((p) => p.id)).toEqual(['D1', 'D2', 'D3', 'D4']);
    const plan = await json<Planned>('plan', demo, '--target', '3', '--max', '4');
    expect(report.plan).toMatchObject({ start: plan.start, end: plan.end, reached: plan.reached });
    expect(report.plan.steps.map((s) => s.code)).toEqual(plan.steps.map((s) => s.code));
    // Ten gaps, largest first, each gain as the weights say.
    expect(report.gaps).toHaveLength(10);
    for (const g of report.gaps) {
      expect(g.gain).toBeCloseTo(gainByRule('spbe-2020', g.code, g.from, g.to), 10);
      expect(g.to).toBeGreaterThan(g.from);
    }
    const gains = report.gaps.map((g) => g.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    // OPDs in the order they are chased: with errors first, then the most owed.
    const firstClean = report.opds.findIndex((o) => o.errors === 0);
    expect(report.opds.slice(firstClean).every((o) => o.errors === 0)).toBe(true);
    expect(report.opds.slice(0, firstClean).every((o) => o.errors > 0)).toBe(true);
  });

  it('prints the page in words, each stage against target, ending with the deadline and lock', async () => {
    const r = await spbe('laporan', demo);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Laporan pimpinan — Indeks SPBE Kota Kendari 2026\n/);
    expect(r.out).toMatch(/\n {2}Mandiri +\d,\d\d (Kurang|Cukup|Baik)\n/);
    expect(r.out).toMatch(/\n {2}Verifikasi +1 dari 47 diverifikasi/);
    expect(r.out).toMatch(/\nSepuluh kesenjangan terbesar/);
    expect(r.out).toMatch(/Pengisian masih terbuka\.$/);
  });

  it('reads a Pemdi workbook by aspect, with what the OPDs claim beside Mandiri', async () => {
    const file = path.join(dir, 'pemdi.xlsx');
    expect((await spbe('setup', '--opd', PEMDI_CSV, '--tahun', '2026', '-o', file)).code).toBe(0);
    const report = await json<LeadershipReport>('laporan', file);
    const [scored] = await json<Scored[]>('score', file);
    expect(report.indexName).toBe('Indeks Pemdi');
    expect(report.partKind).toBe('aspect');
    expect(report.parts).toHaveLength(7);
    expect(report.stages.map((s) => s.key)).toEqual([
      'claimed',
      'selfAssessed',
      'verified',
      'final',
    ]);
    for (const s of report.stages)
      expect(s.index).toBe(scored?.stages.find((e) => e.key === s.key)?.index ?? null);
    for (const g of report.gaps)
      expect(g.gain).toBeCloseTo(gainByRule('pemdi-2026', g.code, g.from, g.to), 10);
    // An empty workbook: every indicator sits at 1, below the target level 3; another
    // agency's indicator (P05, P06, P07, P18) is no OPD's gap.
    expect(report.gaps.every((g) => g.from === 1 && g.to === 3)).toBe(true);
    expect(report.gaps.every((g) => g.owners !== '')).toBe(true);
    const external = resolveCatalogue('pemdi-2026')
      .indicators.filter((i) => i.external)
      .map((i) => i.code);
    expect(external.length).toBeGreaterThan(0);
    for (const code of [...report.gaps, ...report.plan.steps].map((x) => x.code))
      expect(external).not.toContain(code);
  });
});
