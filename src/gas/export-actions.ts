import { InputError } from '../core/errors';
import { readCheckInputs } from '../core/evidence/check';
import { exportCells, exportRows } from '../core/export/export-rows';
import { exportText } from '../core/export/export-text';
import { MENU_TITLE } from '../core/menu';
import { evaluationData } from '../core/panel/coordinator-panel';
import { roleOf } from '../core/panel/opd-panel';
import { adminOnly } from '../core/workbook/protection';
import { TAB_KEY } from '../core/workbook/tab-names';
import { ensureScopes } from './consent';
import { actionContext } from './context';
import { runAction } from './run-action';

/** SPBE › Ekspor (admins): per indicator, what to enter in the national application, on a tab. */
export function exportFromMenu(): void {
  runAction(() => {
    ensureScopes('admin');
    const { wb, year } = actionContext();
    const { settings, opds } = readCheckInputs(wb, year);
    if (roleOf(wb.userEmail(), settings, opds) !== 'admin')
      throw new InputError(exportText.adminsOnly());
    const rows = exportRows(evaluationData(wb, year));
    const tab = exportText.tab();
    wb.withLock(() => {
      wb.ensureTab(tab, `${TAB_KEY.summary}:ekspor`);
      wb.write(tab, {
        cells: exportCells(rows),
        frozenRows: 1,
        columnWidths: [60, 320, 70, 130, 420, 420],
        styles: [{ range: { row: 2, col: 5, rows: rows.length, cols: 2 }, wrap: true }],
        protection: adminOnly(settings.admins, tab),
      });
    });
    const ui = SpreadsheetApp.getUi();
    ui.alert(MENU_TITLE, exportText.done(tab, rows.length), ui.ButtonSet.OK);
  });
}
