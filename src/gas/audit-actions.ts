import { auditText } from '../core/audit/audit-text';
import { AUDITED_HEADER_ROW, auditedKind, opdOfKey, recordEdit } from '../core/audit/record-edit';
import {
  installStep,
  isRecorder,
  RECORDER_PROPERTY,
  readRecorderMark,
} from '../core/audit/recorder';
import { MENU_TITLE } from '../core/menu';
import type { Cell } from '../core/workbook/port';
import { TAB, TAB_KEY } from '../core/workbook/tab-names';
import { adminAction } from './admin-action';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

const EDIT_HANDLER = 'recorderOnEdit';

/**
 * The installable edit trigger: gathers the edit, and core records it. It runs as the admin
 * who installed it; the editor's email is known only within one Workspace domain.
 */
export function onEditRecorded(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  if (range.getRow() <= AUDITED_HEADER_ROW) return;
  const sheet = range.getSheet();
  const wb = new SpreadsheetWorkbook(e.source);
  if (!isRecorder(readRecorderMark(wb.property(RECORDER_PROPERTY)), String(e.triggerUid))) return;
  const key = wb.keyOfSheetId(sheet.getSheetId());
  const kind = auditedKind(key);
  if (!kind) return;
  const lastCol = sheet.getLastColumn();
  const header = sheet.getRange(AUDITED_HEADER_ROW, 1, 1, lastCol).getValues()[0] as Cell[];
  const rowsNow = sheet
    .getRange(range.getRow(), 1, range.getNumRows(), lastCol)
    .getValues() as Cell[][];
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
      user: (e.user?.getEmail() ?? '').toLowerCase(),
      timestamp: Utilities.formatDate(
        new Date(Date.now()),
        e.source.getSpreadsheetTimeZone(),
        'yyyy-MM-dd HH:mm:ss',
      ),
    },
    kind,
  );
}

/** SPBE › Diskominfo › Catat setiap perubahan di Log: one recorder per file, this admin's. */
export function installRecorderFromMenu(): void {
  adminAction('recorder', 'recorder', ({ ss, wb, timestamp, workbook }) => {
    const ui = SpreadsheetApp.getUi();
    const me = workbook.user;
    const mark = readRecorderMark(wb.property(RECORDER_PROPERTY));
    const mine = ScriptApp.getUserTriggers(ss).filter(
      (t) => t.getHandlerFunction() === EDIT_HANDLER,
    );
    const step = installStep(
      mark,
      me,
      mine.map((t) => t.getUniqueId()),
    );
    if (step === 'installed') {
      ui.alert(MENU_TITLE, auditText.alreadyInstalled(mark?.since ?? ''), ui.ButtonSet.OK);
      return;
    }
    if (
      step === 'take-over' &&
      ui.alert(
        MENU_TITLE,
        auditText.takeOver(mark?.by ?? '', mark?.since ?? ''),
        ui.ButtonSet.YES_NO,
      ) !== ui.Button.YES
    ) {
      ui.alert(MENU_TITLE, auditText.notTakenOver(), ui.ButtonSet.OK);
      return;
    }
    // My stale recorders of this file go first: an add-on holds one edit trigger per user and file.
    for (const t of mine) ScriptApp.deleteTrigger(t);
    const trigger = ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
    wb.setProperty(
      RECORDER_PROPERTY,
      JSON.stringify({ by: me, trigger: trigger.getUniqueId(), since: timestamp }),
    );
    wb.ensureTab(TAB.log, TAB_KEY.log);
    wb.append(TAB.log, [
      [timestamp, me, auditText.logInstalled(), mark ? `menggantikan ${mark.by}` : ''],
    ]);
    ui.alert(MENU_TITLE, auditText.installed(), ui.ButtonSet.OK);
  });
}
