import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LeadershipReport } from '../../src/core/actions/report/leadership-report';
import { decimalText } from '../../src/core/kernel/decimal';
import { spbe } from '../support/cli';
import { describeWithPoppler, pdfPages, pdfPictures, pdfText } from '../support/poppler';

/**
 * The leaders' page as a PDF (issue #24), read back as a reader meets it: poppler's text holds
 * the engine's figures (as `spbe score` and `spbe laporan --json` give them), and its pages,
 * rendered to pictures, are A4 and at most two — for the demo and for a Pemdi workbook.
 */
jest.setTimeout(120_000);
const dir = mkdtempSync(path.join(tmpdir(), 'spbe-laporan-pdf-'));
const PEMDI_CSV = path.join(__dirname, '..', 'fixtures', 'kendari-pemdi-opd.csv');

/** A PNG's width and height, from its header. */
function pngSize(file: string): { width: number; height: number } {
  const head = readFileSync(file);
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

const two = (n: number) => decimalText(n, 2);

/** What the page must show of the report's figures. */
function expectFigures(text: string, r: LeadershipReport): void {
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain(`Laporan pimpinan — ${r.indexName} ${r.pemda} ${r.year}`);
  for (const s of r.stages)
    if (s.index !== null && !s.onlyBegun) expect(flat).toContain(`${two(s.index)} ${s.predicate}`);
  expect(flat).toContain(`Target ${two(r.target)}`);
  for (const p of r.parts) expect(flat).toContain(`${p.id} ${p.name}`);
  for (const g of r.gaps) {
    expect(flat).toContain(`${g.code} ${g.name}`);
    expect(flat).toContain(`+${decimalText(g.gain, 3)}`);
  }
  expect(flat).toContain(`Dari ${two(r.plan.start)} ke ${two(r.plan.end)}`);
}

function expectA4(file: string): void {
  const { pages, size } = pdfPages(file);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  expect(size).toMatch(/\(A4\)/);
  const pictures = pdfPictures(file);
  expect(pictures).toHaveLength(pages);
  for (const p of pictures) {
    const { width, height } = pngSize(p);
    expect(width / height).toBeCloseTo(297 / 210, 2); // landscape A4
  }
}

describeWithPoppler('the leaders’ PDF', () => {
  it('the demo writes demo-output/laporan.pdf: A4, two pages at most, the engine’s figures', async () => {
    const r = await spbe('demo', dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Laporan ditulis di ${path.join(dir, 'laporan.pdf')}.`);
    const file = path.join(dir, 'laporan.pdf');
    const report = JSON.parse(
      (await spbe('laporan', path.join(dir, 'spbe-demo.xlsx'), '--json')).out,
    );
    expectFigures(pdfText(file), report);
    expectA4(file);
  });

  it('spbe laporan -o writes a Pemdi workbook’s page by aspect, and never overwrites without --force', async () => {
    const book = path.join(dir, 'pemdi.xlsx');
    expect((await spbe('setup', '--opd', PEMDI_CSV, '--tahun', '2026', '-o', book)).code).toBe(0);
    const file = path.join(dir, 'pemdi-laporan.pdf');
    const made = await spbe('laporan', book, '-o', file, '--json');
    expect([made.code, made.err]).toEqual([0, '']);
    const report = JSON.parse(made.out) as LeadershipReport;
    expect(report.partKind).toBe('aspect');
    const text = pdfText(file);
    expectFigures(text, report);
    expect(text.replace(/\s+/g, ' ')).toContain('Aspek terhadap target');
    expectA4(file);
    const again = await spbe('laporan', book, '-o', file);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/sudah ada/);
  });
});
