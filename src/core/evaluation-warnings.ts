import { withCurrentTab } from './context';
import type { Evaluation } from './evaluation';
import type { Finding } from './evidence/findings';
import { readValue } from './levels';
import { warningText } from './warning-text';
import { a1, boxOf, columnLetter } from './workbook/a1';
import { ASSESSMENT_COLUMNS, columnsFor, STAGES } from './workbook/assessment-tab';
import { readKeyedTable } from './workbook/keyed-table';
import { codeKeyOf, HEADER_ROW, OPD_TAB_COLUMNS } from './workbook/opd-tab';
import { type Cell, isFormula, type WorkbookPort } from './workbook/port';
import { renderSummary } from './workbook/summary-tab';
import { TAB, TAB_KEY } from './workbook/tab-names';

/** Where a figure may not be what the file seems to say, and what to do: `Tab!A1`. */
interface EvaluationWarning {
  /** A tab that is gone is also an error of its OPD in the check (missing-tabs.ts). */
  readonly tabMissing?: true;
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
  const { catalogue, opds, settings } = ev.ctx;
  const out: EvaluationWarning[] = [];
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
        ...warningText.tabMissing(opd.code, opd.tab),
      });
  }
  // Headers renamed: the columns are read where the add-on put them, and said so.
  const layouts = [
    ...opds.map((o) => ({ tab: withCurrentTab(wb, o).tab, columns: OPD_TAB_COLUMNS })),
    { tab: TAB.assessment, columns: columnsFor(catalogue) },
  ];
  for (const { tab, columns } of layouts) {
    const t = readKeyedTable(wb.read(tab), columns, 'code', codeKeyOf(catalogue), {
      byPosition: true,
    });
    for (const [key, now] of t?.byPosition ?? []) {
      const expected = columns.find((c) => c.key === key)?.header ?? key;
      out.push({
        cell: ref(tab, t?.headerRow ?? 1, t?.columns.get(key) ?? 1),
        opd: '',
        indicator: '',
        ...warningText.headerRenamed(now, expected),
      });
    }
  }
  // Merged cells over the rows people fill, on OPD tabs and Penilaian (both below row 4).
  for (const tab of [...opds.map((o) => withCurrentTab(wb, o).tab), TAB.assessment]) {
    const merged = wb.read(tab)?.merged ?? [];
    for (const b of merged)
      if (b.row + b.rows - 1 > HEADER_ROW && (b.rows > 1 || b.cols > 1))
        out.push({ cell: `${tab}!${a1(b)}`, opd: '', indicator: '', ...warningText.merged() });
  }
  for (const e of ev.entries)
    if (e.levelProblem)
      out.push({
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
  const rekapName = wb.tabName(TAB_KEY.summary, TAB.summary);
  const rekap = rekapName ? wb.read(rekapName) : undefined;
  const planned = renderSummary(catalogue, opds, settings).cells;
  // Only a Rekap laid out as planned is compared: after a change not yet set up, cells move.
  if (rekap && rekapName && rekap.cells.length === planned.length) {
    planned.forEach((row, r) => {
      row.forEach((cell, c) => {
        const now = rekap.cells[r]?.[c];
        if (isFormula(cell) && !isFormula(now))
          out.push({
            cell: ref(rekapName, r + 1, c + 1),
            opd: '',
            indicator: '',
            ...warningText.formulaOverwritten(String(now ?? '')),
          });
      });
    });
  }
  return out;
}

/** A stage value the figures take as 1: text, or a number off the scale. */
function offScale(v: Cell | undefined, fractional: boolean, stage: string) {
  if (v === undefined || v === '' || v === null) return undefined;
  // A formula's result is not ours to judge here; typed text is.
  if (isFormula(v)) return undefined;
  if (typeof v === 'string') {
    if (v.trim() === '') return undefined;
    return warningText.stageText(stage, v);
  }
  if (typeof v !== 'number') return undefined;
  if (
    v >= 1 &&
    v <= 5 &&
    (fractional || Number.isInteger(v)) &&
    readValue(v, undefined, fractional).ok
  )
    return undefined;
  return warningText.stageOffScale(stage, v, fractional);
}

/**
 * The same warnings as the check's findings ("Peringatan"), each at its cell; a tab that is
 * gone is left out, as the check reports it as an error of its OPD already.
 */
export function warningFindings(wb: WorkbookPort, ev: Evaluation): Finding[] {
  return evaluationWarnings(wb, ev)
    .filter((w) => !w.tabMissing)
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
