import { readStageValue } from '../catalogue/levels';
import type { Finding } from '../evidence/findings';
import { missingTabProblem } from '../evidence/missing-tabs';
import { decimalText } from '../kernel/decimal';
import { a1, boxOf, columnLetter } from '../workbook/a1';
import { ASSESSMENT_COLUMNS, columnsFor, STAGES } from '../workbook/assessment-tab';
import { shownValue } from '../workbook/cells';
import { withCurrentTab } from '../workbook/context';
import { type ColumnSpec, readKeyedTable } from '../workbook/keyed-table';
import { codeKeyOf, HEADER_ROW, OPD_TAB_COLUMNS, readOpdTable } from '../workbook/opd-columns';
import { type Cell, isFormula, type WorkbookPort, type WriteCell } from '../workbook/port';
import { rekapHeaderRow, renderSummary } from '../workbook/summary-tab';
import { LAYOUT_VERSION, LAYOUT_VERSION_KEY, TAB, TAB_KEY } from '../workbook/tab-names';
import type { Evaluation } from './evaluation';
import { warningText } from './warning-text';

/** Where a figure may not be what the file seems to say, and what to do: `Tab!A1`. */
interface EvaluationWarning {
  /** A tab that is gone is also an error of its OPD in the check (missing-tabs.ts). */
  readonly tabMissing?: true;
  /** A Tingkat that is no level is also an error of the check (rules/answer.ts). */
  readonly levelProblem?: true;
  readonly cell: string;
  readonly opd: string;
  readonly indicator: string;
  readonly problem: string;
  readonly fix: string;
}

const ref = (tab: string, row: number, col: number) => `${tab}!${columnLetter(col)}${row}`;

/**
 * What a spreadsheet user may have done that the figures cannot follow — a stage value typed
 * as text or off the scale, a level that is not one, an OPD tab that is gone, a Rekap formula
 * typed over — each at its cell. The figures count every such value as 1 (not assessed), in
 * spbe score and in the workbook's own formulas alike.
 */
export function evaluationWarnings(wb: WorkbookPort, ev: Evaluation): EvaluationWarning[] {
  return [...layoutWarnings(wb, ev), ...valueWarnings(wb, ev), ...rekapWarnings(wb, ev)];
}

/** The workbook's shape: an older layout, tabs renamed or gone, headers renamed, merged cells. */
function layoutWarnings(wb: WorkbookPort, ev: Evaluation): EvaluationWarning[] {
  const { catalogue, opds } = ev.ctx;
  const out: EvaluationWarning[] = [];
  const stored = Number(wb.property(LAYOUT_VERSION_KEY) ?? LAYOUT_VERSION);
  if (Number.isInteger(stored) && stored < LAYOUT_VERSION)
    out.push({
      cell: `${wb.tabName(TAB_KEY.settings, TAB.settings) ?? TAB.settings}!A1`,
      opd: '',
      indicator: '',
      ...warningText.olderLayout(stored, LAYOUT_VERSION),
    });
  for (const listed of opds) {
    const opd = withCurrentTab(wb, listed);
    if (opd.tab !== listed.tab)
      out.push({
        cell: `${TAB.opds}!A1`,
        opd: opd.code,
        indicator: '',
        ...warningText.tabRenamed(opd.code, listed.tab, opd.tab),
      });
    if (wb.read(opd.tab) === undefined)
      out.push({
        cell: `${opd.tab}!A1`,
        opd: opd.code,
        indicator: '',
        tabMissing: true,
        ...missingTabProblem(opd),
      });
  }
  // Headers renamed: the columns are read where the add-on put them, and said so.
  for (const o of opds) {
    const tab = withCurrentTab(wb, o).tab;
    out.push(...renamedHeaders(tab, OPD_TAB_COLUMNS, readOpdTable(wb.read(tab), catalogue)));
  }
  const assessment = columnsFor(catalogue);
  out.push(
    ...renamedHeaders(
      TAB.assessment,
      assessment,
      readKeyedTable(wb.read(TAB.assessment), assessment, 'code', codeKeyOf(catalogue), {
        byPosition: true,
      }),
    ),
  );
  // Merged cells over the rows people fill, on OPD tabs and Penilaian (both below row 4).
  for (const tab of [...opds.map((o) => withCurrentTab(wb, o).tab), TAB.assessment]) {
    const merged = wb.read(tab)?.merged ?? [];
    for (const b of merged)
      if (b.row + b.rows - 1 > HEADER_ROW && (b.rows > 1 || b.cols > 1))
        out.push({ cell: `${tab}!${a1(b)}`, opd: '', indicator: '', ...warningText.merged() });
  }
  return out;
}

/** Values no reading takes: a Tingkat that is no level, a stage value off the scale, an external value without its source. */
function valueWarnings(wb: WorkbookPort, ev: Evaluation): EvaluationWarning[] {
  const { catalogue } = ev.ctx;
  const out: EvaluationWarning[] = [];
  for (const e of ev.entries)
    if (e.levelProblem)
      out.push({
        levelProblem: true,
        cell: ref(e.opd.tab, e.row, e.columns.get('level') ?? 1),
        opd: e.opd.code,
        indicator: e.indicator.code,
        ...warningText.levelProblem(e.indicator.code, e.levelProblem),
      });
  const table = readKeyedTable(
    wb.read(TAB.assessment),
    ASSESSMENT_COLUMNS,
    'code',
    codeKeyOf(catalogue),
  );
  for (const stage of STAGES.filter((s) => s.key !== 'selfAssessed')) {
    const col = table?.columns.get(stage.key);
    if (!table || col === undefined) continue;
    for (const [code, row] of table.rows) {
      const v: Cell | undefined = row[stage.key];
      const at = ref(TAB.assessment, table.rowNumbers.get(code) ?? 0, col);
      const said = offScale(v, !!catalogue.fractional, stage.label);
      if (said) out.push({ cell: at, opd: '', indicator: code, ...said });
    }
  }
  // An external value must say where it comes from (the assessors ask for the source).
  const sourceCol = table?.columns.get('externalSource');
  for (const indicator of catalogue.indicators.filter((i) => i.external)) {
    const row = table?.rows.get(indicator.code);
    const value = shownValue(row?.externalValue);
    if (value === undefined || value === '' || String(row?.externalSource ?? '').trim() !== '')
      continue;
    out.push({
      cell: ref(TAB.assessment, table?.rowNumbers.get(indicator.code) ?? 0, sourceCol ?? 1),
      opd: '',
      indicator: indicator.code,
      ...warningText.externalWithoutSource(indicator.code, indicator.external ?? ''),
    });
  }
  return out;
}

/** Rekap's figures typed over. */
function rekapWarnings(wb: WorkbookPort, ev: Evaluation): EvaluationWarning[] {
  const { catalogue, opds, settings } = ev.ctx;
  const out: EvaluationWarning[] = [];
  const rekapName = wb.tabName(TAB_KEY.summary, TAB.summary);
  const rekap = rekapName ? wb.read(rekapName) : undefined;
  if (rekap && rekapName)
    out.push(
      ...overwrittenFigures(rekapName, rekap.cells, renderSummary(catalogue, opds, settings).cells),
    );
  return out;
}

/**
 * Rekap cells that should hold a formula but hold a value someone typed. Cells are matched by
 * their row's label (Indeks SPBE, Predikat, D1, an OPD's code) and their column's header
 * (Mandiri, Verifikasi…), not by place: a Rekap made by an earlier release, or one not set up
 * again since an OPD was added, has its rows elsewhere.
 */
function overwrittenFigures(
  tab: string,
  actual: readonly (readonly Cell[])[],
  planned: readonly (readonly WriteCell[])[],
): EvaluationWarning[] {
  const place = (cells: readonly (readonly WriteCell[])[]) => {
    const header = rekapHeaderRow(cells);
    const rows = new Map<string, number>();
    cells.forEach((row, r) => {
      const label = String(row[0] ?? '').trim();
      if (r > header && label && !rows.has(label)) rows.set(label, r);
    });
    const cols = new Map<string, number>();
    (cells[header] ?? []).forEach((h, c) => {
      const label = String(h ?? '').trim();
      if (label && !cols.has(label)) cols.set(label, c);
    });
    return { rows, cols };
  };
  const there = place(actual);
  const here = place(planned);
  const out: EvaluationWarning[] = [];
  for (const [label, r] of here.rows)
    for (const [header, c] of here.cols) {
      const ar = there.rows.get(label);
      const ac = there.cols.get(header);
      if (!isFormula(planned[r]?.[c]) || ar === undefined || ac === undefined) continue;
      const now = actual[ar]?.[ac];
      if (!isFormula(now))
        out.push({
          cell: ref(tab, ar + 1, ac + 1),
          opd: '',
          indicator: '',
          ...warningText.formulaOverwritten(
            typeof now === 'number' ? decimalText(now) : String(now ?? ''),
          ),
        });
    }
  return out;
}

/** A header renamed: its column is read where the add-on put it, and the warning says so. */
function renamedHeaders<K extends string>(
  tab: string,
  columns: readonly ColumnSpec<K>[],
  t: ReturnType<typeof readKeyedTable<K>>,
): EvaluationWarning[] {
  return [...(t?.byPosition ?? [])].map(([key, now]) => ({
    cell: ref(tab, t?.headerRow ?? 1, t?.columns.get(key) ?? 1),
    opd: '',
    indicator: '',
    ...warningText.headerRenamed(now, columns.find((c) => c.key === key)?.header ?? key),
  }));
}

/** A stage value the figures take as 1: text, or a number off the scale. */
function offScale(cell: Cell | undefined, fractional: boolean, stage: string) {
  const v = shownValue(cell);
  if (v === undefined || readStageValue(v, fractional).ok) return undefined;
  if (typeof v === 'string') return warningText.stageText(stage, v);
  if (typeof v !== 'number') return undefined;
  return warningText.stageOffScale(stage, v, fractional);
}

/**
 * The same warnings as the check's findings ("Peringatan"), each at its cell; a tab that is
 * gone, and a Tingkat that is no level, are left out: the check reports each as an error
 * already, once.
 */
export function warningFindings(wb: WorkbookPort, ev: Evaluation): Finding[] {
  return evaluationWarnings(wb, ev)
    .filter((w) => !w.tabMissing && !w.levelProblem)
    .map((w) => {
      const bang = w.cell.lastIndexOf('!');
      const at = boxOf(w.cell.slice(bang + 1)) ?? { row: 1, col: 1, rows: 1, cols: 1 };
      return {
        severity: 'warning',
        opd: w.opd,
        tab: w.cell.slice(0, bang),
        indicator: w.indicator,
        row: at.row,
        col: at.col,
        problem: w.problem,
        fix: w.fix,
      };
    });
}
