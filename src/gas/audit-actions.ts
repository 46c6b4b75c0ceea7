import { auditText } from '../core/audit/audit-text';
import { AUDITED_HEADER_ROW, auditedKind, opdOfKey, recordEdit } from '../core/audit/record-edit';
import { readCheckInputs } from '../core/evidence/check';
import { MENU_TITLE } from '../core/menu';
import { roleOf } from '../core/panel/opd-panel';
import type { Cell } from '../core/workbook/port';
import { actionContext } from './context';
import { runAction } from './run-action';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

export const EDIT_HANDLER = 'catatPerubahan';

/** The installable edit trigger: gathers the edit, and core records it. */
export function onEditRecorded(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheet = range.getSheet();
  if (range.getRow() <= AUDITED_HEADER_ROW) return;
  const wb = new SpreadsheetWorkbook();
  const key = wb.keyOfSheetId(sheet.getSheetId());
  const kind = auditedKind(key);
  if (!kind) return;
  const lastCol = sheet.getLastColumn();
  const header = sheet.getRange(AUDITED_HEADER_ROW, 1, 1, lastCol).getValues()[0] as Cell[];
  const rowsNow = sheet
    .getRange(range.getRow(), 1, range.getNumRows(), lastCol)
    .getValues() as Cell[][];
  const timeZone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  recordEdit(
    wb,
    {
      tab: sheet.getName(),
      opd: opdOfKey(key),
      row: range.getRow(),
      col: range.getColumn(),
      rows: range.getNumRows(),
      cols: range.getNumColumns(),
      ...(e.oldValue !== undefined ? { oldValue: e.oldValue as Cell } : {}),
      header,
      rowsNow,
      user: (e.user?.getEmail() || Session.getActiveUser().getEmail() || '').toLowerCase(),
      timestamp: Utilities.formatDate(new Date(Date.now()), timeZone, 'yyyy-MM-dd HH:mm:ss'),
    },
    kind,
  );
}

/** SPBE › Pasang pencatat perubahan (admins only): installs the edit trigger once. */
export function installRecorderFromMenu(): void {
  runAction(() => {
    const { ss, wb, year } = actionContext();
    const { settings, opds } = readCheckInputs(wb, year);
    const ui = SpreadsheetApp.getUi();
    if (roleOf(wb.userEmail(), settings, opds) !== 'admin') {
      ui.alert(MENU_TITLE, auditText.adminsOnly(), ui.ButtonSet.OK);
      return;
    }
    if (ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === EDIT_HANDLER)) {
      ui.alert(MENU_TITLE, auditText.alreadyInstalled(), ui.ButtonSet.OK);
      return;
    }
    ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
    ui.alert(MENU_TITLE, auditText.installed(), ui.ButtonSet.OK);
  });
}
