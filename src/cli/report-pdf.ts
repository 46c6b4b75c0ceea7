import { createWriteStream, renameSync, rmSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { LeadershipReport } from '../core/actions/report/leadership-report';
import { reportText as t } from '../core/actions/report/report-text';
import { decimalText, numberText } from '../core/kernel/decimal';
import { opdChart, partsChart } from './report-charts';

/**
 * The leaders' page as a PDF: A4 landscape, two pages at most — the figures and the two charts
 * first, the largest gaps and the path to the target after. Text in DejaVu Sans (embedded, so
 * every Indonesian letter and →, –, · shows as typed); charts from vega-lite (report-charts.ts).
 */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const MARGIN = 32;
const two = (n: number) => decimalText(n, 2);

export async function writeReportPdf(r: LeadershipReport, file: string): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN });
  const temp = `${file}.tmp-${process.pid}`;
  const done = new Promise<void>((resolve, reject) => {
    const out = createWriteStream(temp);
    out.on('finish', resolve);
    out.on('error', reject);
    doc.pipe(out);
  });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', BOLD);
  doc.info.Title = t.title(r.indexName, r.pemda, r.year);
  const half = (doc.page.width - 3 * MARGIN) / 2;
  const right = MARGIN * 2 + half;

  doc
    .font('bold')
    .fontSize(17)
    .text(t.title(r.indexName, r.pemda, r.year), MARGIN, MARGIN);
  doc.font('body').fontSize(9).fillColor('#5f6368');
  doc.text(t.basis(r.basis, r.preparedOn, r.current?.stage ?? null), { width: 2 * half + MARGIN });
  doc.text(t.deadline(r.deadline, r.lockedSince));
  const top = doc.y + 10;

  stages(doc, r, MARGIN, top, half);
  heading(doc, t.partsHeading(r.partKind), MARGIN, doc.y + 12);
  chart(doc, await partsChart(r, half - 250), MARGIN, doc.y + 4);
  heading(doc, t.opdsHeading, right, top);
  chart(doc, await opdChart(r, half - 110), right, doc.y + 4);

  doc.addPage();
  gaps(doc, r, MARGIN, MARGIN, 2 * half + MARGIN);
  plan(doc, r, MARGIN, doc.y + 14);
  doc.end();
  // Written whole, then renamed: a failure leaves no half-written PDF behind, not even the temp.
  try {
    await done;
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function heading(doc: PDFKit.PDFDocument, text: string, x: number, y: number): void {
  doc.font('bold').fontSize(11).fillColor('#174ea6').text(text, x, y);
}

function chart(doc: PDFKit.PDFDocument, svg: string, x: number, y: number): void {
  SVGtoPDF(doc, svg, x, y, { fontCallback: () => 'body' });
}

/** Each stage's index and predikat in large type, then the target and last year. */
function stages(doc: PDFKit.PDFDocument, r: LeadershipReport, x: number, y: number, w: number) {
  heading(doc, t.stagesHeading, x, y);
  for (const s of r.stages) {
    const figure =
      s.index === null
        ? t.noData
        : s.onlyBegun
          ? t.decidedOf(s.assessed, s.indicators, s.key)
          : `${two(s.index)} ${s.predicate}`;
    const big = s.index !== null && !s.onlyBegun;
    doc
      .font('body')
      .fontSize(10)
      .fillColor('#202124')
      .text(s.stage, x, doc.y + 4, { width: 90 });
    doc
      .font(big ? 'bold' : 'body')
      .fontSize(big ? 20 : 10)
      .text(figure, x + 95, doc.y - (big ? 20 : 12), { width: w - 95 });
  }
  doc
    .font('body')
    .fontSize(10)
    .fillColor('#202124')
    .text(
      t
        .against(
          t.figure(two(r.target), r.targetPredicate),
          r.lastYear === null ? null : t.figure(two(r.lastYear), r.lastYearPredicate),
        )
        .trim(),
      x,
      doc.y + 6,
    );
}

/** The ten largest gaps: indicator, its OPDs, level now → target level, what it adds. */
function gaps(doc: PDFKit.PDFDocument, r: LeadershipReport, x: number, y: number, w: number) {
  heading(doc, t.gapsHeading, x, y);
  const cols = [x, x + 0.45 * w, x + 0.75 * w, x + 0.87 * w];
  const row = (cells: readonly string[], font: string) => {
    const at = doc.y + 3;
    doc.font(font).fontSize(9).fillColor('#202124');
    let bottom = at;
    cells.forEach((c, i) => {
      const width = (cols[i + 1] ?? x + w) - (cols[i] ?? x) - 6;
      doc.text(c, cols[i] ?? x, at, { width });
      bottom = Math.max(bottom, doc.y);
    });
    doc.y = bottom;
  };
  row(t.gapsColumns, 'bold');
  for (const g of r.gaps)
    row(
      [
        `${g.code} ${g.name}`,
        g.owners,
        `${numberText(g.from)} → ${g.to}`,
        `+${decimalText(g.gain, 3)}`,
      ],
      'body',
    );
}

/** The path to the target in a few lines. */
function plan(doc: PDFKit.PDFDocument, r: LeadershipReport, x: number, y: number) {
  heading(doc, `${t.planHeading} ${two(r.plan.target)}`, x, y);
  doc
    .font('body')
    .fontSize(10)
    .fillColor('#202124')
    .text(
      t.plan(r.plan.reached, two(r.plan.start), two(r.plan.end), r.plan.steps.length),
      x,
      doc.y + 4,
    );
  for (const s of r.plan.steps.slice(0, 8))
    doc.text(
      `• ${s.code} ${s.shortName}: ${t.step(numberText(s.from), s.to, two(s.after), s.opds)}`,
    );
  if (r.plan.steps.length > 8) doc.text(t.more(r.plan.steps.length - 8));
}
