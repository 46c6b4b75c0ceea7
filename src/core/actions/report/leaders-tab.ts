import { readEvaluation } from '../../evaluation/evaluation';
import { decimalText, numberText } from '../../kernel/decimal';
import { box } from '../../workbook/a1';
import type { WorkbookContext } from '../../workbook/context';
import { PALETTE } from '../../workbook/palette';
import type { Box, Cell, StyleSpec, TabRender, WorkbookPort } from '../../workbook/port';
import { adminOnly } from '../../workbook/protection';
import { TAB_KEY } from '../../workbook/tab-names';
import { type LeadershipReport, leadershipReport } from './leadership-report';
import { reportText as t } from './report-text';

/**
 * The leaders' page as the Laporan tab: the same model as the PDF (leadership-report.ts), laid
 * out to print on one A4 landscape page. Two blocks side by side: the index per stage and the
 * domains or aspects with their chart on the left; what each OPD owes, the ten largest gaps and
 * the plan on the right. Every block starts on a fixed row for a given instrument, so a refresh
 * finds each style where it left it.
 */
const WIDTHS = [230, 70, 110, 140, 24, 320, 180, 90, 110];
const LEFT = 1;
const RIGHT = 6;
/** Where the two blocks begin, under the title lines. */
const BLOCKS = 5;
/** The parts' heading: under at most four stages, the target and last year, and a blank row. */
const PARTS = BLOCKS + 9;
/** OPDs listed by name; the rest are one line (a city has 30 or more). */
const OPDS_SHOWN = 10;
/** Plan lines under its outcome. */
const STEPS_SHOWN = 4;
const CHART = { width: 470, height: 230 };
const OWED = '#c5221f';

const two = (n: number) => decimalText(n, 2);

/** A grid of blank cells that blocks write into. */
class Page {
  readonly cells: Cell[][] = [];
  readonly styles: StyleSpec[] = [];

  put(row: number, col: number, values: readonly Cell[]): void {
    while (this.cells.length < row) this.cells.push(WIDTHS.map(() => ''));
    const line = this.cells[row - 1] as Cell[];
    values.forEach((v, i) => {
      line[col - 1 + i] = v;
    });
  }

  style(range: Box, look: Omit<StyleSpec, 'range'>): void {
    this.styles.push({ range, ...look });
  }

  heading(row: number, col: number, text: string): void {
    this.put(row, col, [text]);
    this.style(box(row, col), { bold: true, fontColor: PALETTE.title, fontSize: 12 });
  }

  header(row: number, col: number, names: readonly string[]): void {
    this.put(row, col, names);
    const look = { bold: true, background: PALETTE.header, wrap: true };
    this.style(box(row, col, 1, names.length), look);
  }
}

/**
 * SPBE › Diskominfo › Buat laporan pimpinan: writes the Laporan tab from the workbook as it is
 * now, and nothing else. `timestamp` says when, since the tab is a picture of that moment.
 */
export function writeLeadersTab(
  wb: WorkbookPort,
  workbook: WorkbookContext,
  timestamp: string,
): { tab: string; message: string } {
  const report = leadershipReport(wb, readEvaluation(wb, workbook), timestamp);
  const tab = t.tab;
  return wb.withLock(() => {
    wb.ensureTab(tab, `${TAB_KEY.summary}:laporan`);
    wb.write(tab, { ...leadersTab(report), protection: adminOnly(workbook.settings.admins, tab) });
    return { tab, message: t.done(tab) };
  });
}

function leadersTab(r: LeadershipReport): TabRender {
  const page = new Page();
  titleLines(page, r);
  const partsEnd = stagesBlock(page, r);
  const chartRow = partsEnd + 2;
  opdsBlock(page, r);
  const gapsEnd = gapsBlock(page, r, BLOCKS + OPDS_SHOWN + 4);
  planBlock(page, r, gapsEnd + 2);
  return {
    cells: page.cells,
    columnWidths: WIDTHS,
    styles: page.styles,
    gridlines: false,
    ownsFormats: true,
    print: { landscape: true, fitToWidth: true, repeatRows: 0 },
    charts: [
      {
        title: t.partsHeading(r.partKind),
        // Names, now and target, each with its header row naming the series.
        ranges: [0, 1, 2].map((c) => box(PARTS + 1, LEFT + c, r.parts.length + 1, 1)),
        anchor: { row: chartRow, col: LEFT },
        bars: true,
        namedSeries: true,
        colours: ['#1a73e8', '#9aa0a6'],
        axisMax: 5,
        size: CHART,
      },
    ],
  };
}

function titleLines(page: Page, r: LeadershipReport): void {
  page.put(1, LEFT, [t.title(r.indexName, r.pemda, r.year)]);
  page.style(box(1, LEFT), { bold: true, fontSize: 16 });
  page.put(2, LEFT, [t.basis(r.basis, r.preparedOn, r.current?.stage ?? null)]);
  page.put(3, LEFT, [t.deadline(r.deadline, r.lockedSince)]);
  page.style(box(2, LEFT, 2, 1), { fontColor: PALETTE.itemText });
}

/**
 * Each stage's index and predikat in large type, the current one shaded; then target and last
 * year; then each domain or aspect now against its target (the chart's data). Returns the
 * last row used.
 */
function stagesBlock(page: Page, r: LeadershipReport): number {
  page.heading(BLOCKS, LEFT, t.stagesHeading);
  page.header(BLOCKS + 1, LEFT, t.stageColumns);
  let row = BLOCKS + 2;
  for (const s of r.stages) {
    const waiting = s.index !== null && s.onlyBegun;
    page.put(row, LEFT, [
      s.stage,
      s.index === null || waiting ? '' : s.index,
      s.index === null ? t.noData : waiting ? t.waiting : s.predicate,
      waiting ? t.decided(s.assessed, s.indicators, s.key) : t.assessed(s.assessed, s.indicators),
    ]);
    page.style(box(row, LEFT + 1), { numberFormat: '0.00', bold: true, fontSize: 18 });
    if (s.index !== null && !waiting) page.style(box(row, LEFT + 2), { bold: true, fontSize: 12 });
    if (s.key === r.current?.key) page.style(box(row, LEFT, 1, 4), { background: PALETTE.header });
    row++;
  }
  page.put(row, LEFT, [t.targetRow, r.target, r.targetPredicate]);
  page.put(row + 1, LEFT, [t.lastYearRow, r.lastYear ?? '', r.lastYearPredicate || t.noData]);
  page.style(box(row, LEFT + 1, 2, 1), { numberFormat: '0.00', bold: true, fontSize: 12 });

  const top = PARTS;
  page.heading(top, LEFT, t.partsHeading(r.partKind));
  page.header(top + 1, LEFT, t.partColumns(r.partKind));
  r.parts.forEach((p, i) => {
    page.put(top + 2 + i, LEFT, [`${p.id} ${p.name}`, p.value ?? '', p.target]);
  });
  page.style(box(top + 2, LEFT + 1, r.parts.length, 2), { numberFormat: '0.00' });
  // A long name wraps rather than being cut at the figure beside it.
  page.style(box(top + 2, LEFT, r.parts.length, 1), { wrap: true });
  return top + 1 + r.parts.length;
}

/** The OPDs that most need chasing first; the others summed up in one line. */
function opdsBlock(page: Page, r: LeadershipReport): void {
  page.heading(BLOCKS, RIGHT, t.opdsHeadingOn(r.checkedAt));
  page.header(BLOCKS + 1, RIGHT, t.opdColumns);
  const shown = r.opds.slice(0, OPDS_SHOWN);
  shown.forEach((o, i) => {
    const row = BLOCKS + 2 + i;
    page.put(row, RIGHT, [
      o.short,
      t.completeOf(o.complete, o.assigned),
      // As words, like its neighbours: a number would stand right, against the next column.
      String(o.assigned - o.complete),
      `${o.errors} / ${o.warnings}`,
    ]);
    // What is still owed stands out; a fully lengkap OPD does not.
    if (o.assigned > o.complete) page.style(box(row, RIGHT + 2), { bold: true, fontColor: OWED });
  });
  const rest = r.opds.slice(OPDS_SHOWN);
  if (rest.length > 0)
    page.put(BLOCKS + 2 + OPDS_SHOWN, RIGHT, [
      t.moreOpds(
        rest.length,
        rest.reduce((n, o) => n + o.assigned - o.complete, 0),
      ),
    ]);
}

/** The ten largest gaps; returns the last row used. */
function gapsBlock(page: Page, r: LeadershipReport, top: number): number {
  page.heading(top, RIGHT, t.gapsHeading);
  page.header(top + 1, RIGHT, t.gapsColumns);
  r.gaps.forEach((g, i) => {
    page.put(top + 2 + i, RIGHT, [
      `${g.code} ${g.name}`,
      g.owners,
      `${numberText(g.from)} → ${g.to}`,
      g.gain,
    ]);
  });
  page.style(box(top + 2, RIGHT + 3, 10, 1), { numberFormat: '+0.000' });
  page.style(box(top + 2, RIGHT, 10, 2), { wrap: true });
  return top + 11;
}

/** The path to the target: its outcome, then the first raises. */
function planBlock(page: Page, r: LeadershipReport, top: number): void {
  const p = r.plan;
  page.heading(top, RIGHT, t.planHeadingOf(two(p.target), p.maxLevel));
  page.put(top + 1, RIGHT, [t.planOutcome(p.reached, two(p.start), two(p.end), p.steps.length)]);
  p.steps.slice(0, STEPS_SHOWN).forEach((s, i) => {
    page.put(top + 2 + i, RIGHT, [
      `• ${s.code} ${s.shortName}: ${t.step(numberText(s.from), s.to, two(s.after), s.opds)}`,
    ]);
  });
  if (p.steps.length > STEPS_SHOWN)
    page.put(top + 2 + STEPS_SHOWN, RIGHT, [t.moreSteps(p.steps.length - STEPS_SHOWN)]);
}
