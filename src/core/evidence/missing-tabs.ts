import { normalizeWords } from '../kernel/text';
import { type WorkbookContext, withCurrentTab } from '../workbook/context';
import type { WorkbookPort } from '../workbook/port';
import { TAB } from '../workbook/tab-names';
import { checkText } from './check-text';
import type { Finding } from './findings';

/** What is wrong when an OPD's tab is gone, and how to mend it: the check's finding and the
 * score's warning say it alike. */
export function missingTabProblem(opd: { code: string; tab: string }): {
  problem: string;
  fix: string;
} {
  return checkText.tabMissing(opd.code, opd.tab);
}

/**
 * An OPD whose tab is gone (deleted, or renamed where the add-on cannot follow, as in Excel
 * or LibreOffice) has nothing the check can read: an error of that OPD, pointing at its row
 * of the OPD list, where the tab's name is written.
 */
export function missingTabFindings(wb: WorkbookPort, ctx: WorkbookContext): Finding[] {
  const missing = ctx.opds.filter((o) => wb.read(withCurrentTab(wb, o).tab) === undefined);
  if (missing.length === 0) return [];
  const list = wb.read(TAB.opds)?.cells ?? [];
  const header = list.findIndex((r) => r.some((c) => normalizeWords(String(c)) === 'nama tab'));
  const tabCol =
    (list[header]?.findIndex((c) => normalizeWords(String(c)) === 'nama tab') ?? -1) + 1;
  return missing.map((opd) => {
    const row = list.findIndex((r, i) => i > header && String(r[0] ?? '').trim() === opd.code);
    const { problem, fix } = missingTabProblem(opd);
    return {
      severity: 'error',
      opd: opd.code,
      tab: TAB.opds,
      indicator: '',
      row: row + 1 || 1,
      col: tabCol || 1,
      problem,
      fix,
    };
  });
}
