import { MENU_TITLE } from '../core/actions/menu/menu';
import { writeLeadersTab } from '../core/actions/report/leaders-tab';
import { adminAction } from './admin-action';

/** SPBE › Diskominfo › Buat laporan pimpinan: the Laporan tab, then the admin is taken to it. */
export function reportFromMenu(): void {
  adminAction('report', ({ ss, wb, workbook, timestamp }) => {
    const { tab, message } = writeLeadersTab(wb, workbook, timestamp);
    ss.getSheetByName(tab)?.activate();
    const ui = SpreadsheetApp.getUi();
    ui.alert(MENU_TITLE, message, ui.ButtonSet.OK);
  });
}
