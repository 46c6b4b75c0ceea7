import { exportCells, exportRows } from '../core/actions/export/export-rows';
import { exportText } from '../core/actions/export/export-text';
import { MENU_TITLE } from '../core/actions/menu/menu';
import { readEvaluation } from '../core/evaluation/evaluation';
import { adminOnly } from '../core/workbook/protection';
import { TAB_KEY } from '../core/workbook/tab-names';
import { adminAction } from './admin-action';

/** SPBE › Diskominfo › Ekspor untuk aplikasi nasional: per indicator, what to enter in the national application, on a tab. */
export function exportFromMenu(): void {
  adminAction('export', ({ wb, workbook }) => {
    const rows = exportRows(readEvaluation(wb, workbook));
    const tab = exportText.tab();
    wb.withLock(() => {
      wb.ensureTab(tab, `${TAB_KEY.summary}:ekspor`);
      wb.write(tab, {
        cells: exportCells(rows),
        frozenRows: 1,
        columnWidths: [60, 320, 70, 130, 420, 420],
        styles: [{ range: { row: 2, col: 5, rows: rows.length, cols: 2 }, wrap: true }],
        protection: adminOnly(workbook.settings.admins, tab),
      });
    });
    const ui = SpreadsheetApp.getUi();
    ui.alert(MENU_TITLE, exportText.done(tab, rows.length), ui.ButtonSet.OK);
  });
}
