import { SEVERITY_LABEL } from '../entry/words';
import { box } from '../workbook/a1';
import type { OpdRecord } from '../workbook/ownership';
import { LEGEND, PALETTE } from '../workbook/palette';
import { type Cell, formula, type TabRender } from '../workbook/port';
import { checkText } from './check-text';
import { isDone } from './completeness';
import type { Entry } from './entries';
import { type Finding, findingCell } from './findings';

/**
 * Kelengkapan: what each OPD still owes. First a summary per OPD (assigned, complete, %,
 * errors, warnings, last edit), then every finding, worst first, each with a link to its cell.
 */
interface ReportInput {
  readonly timestamp: string;
  readonly opds: readonly OpdRecord[];
  readonly entries: readonly Entry[];
  readonly findings: readonly Finding[];
  readonly driveChecked: boolean;
  /** The address of a cell for a link: "#gid=123&range=F5" in Sheets. */
  readonly linkTo: (tab: string, a1: string) => string;
}

export interface OpdProgress {
  readonly opd: OpdRecord;
  readonly assigned: number;
  readonly complete: number;
  readonly errors: number;
  readonly warnings: number;
  readonly lastEdit: string;
}

/** An OPD's progress as plain data (for JSON and the sidebar). */
export function progressSummary(p: OpdProgress) {
  return {
    code: p.opd.code,
    tab: p.opd.tab,
    assigned: p.assigned,
    complete: p.complete,
    errors: p.errors,
    warnings: p.warnings,
  };
}

/** Each OPD's progress, from findings as the check made them or as Kelengkapan holds them. */
export function progressOf(input: {
  readonly opds: readonly OpdRecord[];
  readonly entries: readonly Entry[];
  readonly findings: readonly Pick<Finding, 'severity' | 'opd' | 'indicator'>[];
}): OpdProgress[] {
  return input.opds.map((opd) => {
    const entries = input.entries.filter((e) => e.opd.code === opd.code && e.active);
    const mine = input.findings.filter((f) => f.opd === opd.code);
    const edits = entries
      .map((e) =>
        e.editedAt instanceof Date
          ? e.editedAt.toISOString().slice(0, 16).replace('T', ' ')
          : String(e.editedAt),
      )
      .filter(Boolean);
    return {
      opd,
      assigned: entries.length,
      complete: entries.filter((e) => isDone(e, mine)).length,
      errors: mine.filter((f) => f.severity === 'error').length,
      warnings: mine.filter((f) => f.severity === 'warning').length,
      lastEdit: edits.sort().pop() ?? '',
    };
  });
}

/** Kelengkapan before any check: one line saying no check has run yet. */
export function emptyReportCells(): string[][] {
  return [[checkText.reportNone()]];
}

/** Whether Kelengkapan holds only that line (or nothing): no check's report to keep. */
export function isEmptyReport(filled: readonly (readonly unknown[])[]): boolean {
  return filled.length === 0 || (filled.length === 1 && filled[0]?.[0] === checkText.reportNone());
}

export function renderReport(input: ReportInput): TabRender {
  const width = 8;
  const pad = (row: Cell[]): Cell[] => [
    ...row,
    ...Array<Cell>(Math.max(0, width - row.length)).fill(''),
  ];
  const progress = progressOf(input);
  const errors = input.findings.filter((f) => f.severity === 'error').length;
  const warnings = input.findings.filter((f) => f.severity === 'warning').length;
  const total = progress.reduce((s, p) => s + p.assigned, 0);
  const complete = progress.reduce((s, p) => s + p.complete, 0);
  const cells: Cell[][] = [
    pad([checkText.reportTitle(input.timestamp)]),
    pad([checkText.reportSummary(errors, warnings, complete, total)]),
    pad([input.driveChecked ? '' : checkText.reportOffline()]),
    pad([...checkText.summaryHeader()]),
    ...progress.map((p) =>
      pad([
        p.opd.code,
        p.opd.tab,
        p.assigned,
        p.complete,
        p.assigned === 0 ? '' : Math.round((100 * p.complete) / p.assigned) / 100,
        p.errors,
        p.warnings,
        p.lastEdit,
      ]),
    ),
    pad(['']),
    pad([checkText.findingsTitle()]),
    pad([...checkText.findingsHeader()]),
  ];
  const summaryFirst = 5;
  const findingsHeaderRow = cells.length;
  if (input.findings.length === 0) cells.push(pad([checkText.none()]));
  for (const f of input.findings) {
    const a1 = findingCell(f).split('!')[1] ?? '';
    const link = input.linkTo(f.tab, a1).replace(/"/g, '""');
    cells.push(
      pad([
        SEVERITY_LABEL[f.severity],
        f.opd,
        f.indicator,
        f.problem,
        f.fix,
        formula(`=HYPERLINK("${link}";"${findingCell(f).replace(/"/g, '""')}")`),
      ]),
    );
  }
  const findingRows = Math.max(input.findings.length, 1);
  const first = findingsHeaderRow + 1;
  return {
    cells,
    frozenRows: 4,
    print: { landscape: true, fitToWidth: true, repeatRows: 4 },
    columnWidths: [110, 120, 90, 420, 420, 130, 100, 130],
    styles: [
      { range: box(1, 1), bold: true, fontSize: 14, fontColor: PALETTE.title },
      { range: box(2, 1), bold: true },
      { range: box(4, 1, 1, width), bold: true, background: PALETTE.header },
      { range: box(findingsHeaderRow - 1, 1), bold: true },
      { range: box(findingsHeaderRow, 1, 1, 6), bold: true, background: PALETTE.header },
      { range: box(first, 4, findingRows, 2), wrap: true },
      { range: box(summaryFirst, 5, Math.max(progress.length, 1), 1), numberFormat: '0%' },
    ],
    conditionalRules: reportColours(first, findingRows, summaryFirst, progress.length),
  };
}

/** Errors red and warnings amber; an OPD with errors red, one complete green. */
function reportColours(
  first: number,
  findingRows: number,
  summaryFirst: number,
  opds: number,
): NonNullable<TabRender['conditionalRules']> {
  const progress = Math.max(opds, 1);
  return [
    {
      ranges: [box(first, 1, findingRows, 6)],
      formula: `=$A${first}="${SEVERITY_LABEL.error}"`,
      background: LEGEND[0]?.colour ?? PALETTE.missing,
    },
    {
      ranges: [box(first, 1, findingRows, 6)],
      formula: `=$A${first}="${SEVERITY_LABEL.warning}"`,
      background: PALETTE.belowTarget,
    },
    {
      ranges: [box(summaryFirst, 6, progress, 1)],
      formula: `=F${summaryFirst}>0`,
      background: PALETTE.missing,
    },
    {
      ranges: [box(summaryFirst, 4, progress, 2)],
      formula: `=AND(ISNUMBER($C${summaryFirst});$C${summaryFirst}>0;$D${summaryFirst}=$C${summaryFirst})`,
      background: PALETTE.accepted,
    },
  ];
}
