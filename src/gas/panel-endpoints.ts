import { actionText } from '../core/action-text';
import { InputError, messageOf } from '../core/errors';
import { coordinatorView, planView, writePlan } from '../core/panel/coordinator-panel';
import { historyView } from '../core/panel/history-panel';
import { opdView, panelState, saveEntry } from '../core/panel/opd-panel';
import type { ServerApi } from '../shared/rpc';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

/**
 * The sidebar's endpoints, typed by the table the client uses. Each call runs as the user at
 * the keyboard, so sheet protection applies to it too; core re-validates every write.
 */
function year(): number {
  return Number(
    Utilities.formatDate(
      new Date(Date.now()),
      SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(),
      'yyyy',
    ),
  );
}

function selection(): { tab: string; row: number } | null {
  const sheet = SpreadsheetApp.getActiveSheet();
  const cell = sheet?.getCurrentCell();
  return sheet && cell ? { tab: sheet.getName(), row: cell.getRow() } : null;
}

/** A problem the user can fix keeps its message; anything else is said in plain words too. */
function guard<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof InputError) throw new Error(error.message);
    throw new Error(actionText.unexpected(messageOf(error)));
  }
}

export const server: ServerApi = {
  panelState: () => guard(() => panelState(new SpreadsheetWorkbook(), selection(), year())),
  panelOpd: (request) =>
    guard(() => opdView(new SpreadsheetWorkbook(), request.opdKey, request.code, year())),
  panelSave: (request) => guard(() => saveEntry(new SpreadsheetWorkbook(), request, year())),
  panelCoordinator: () => guard(() => coordinatorView(new SpreadsheetWorkbook(), year())),
  panelPlan: (request) => guard(() => planView(new SpreadsheetWorkbook(), request.target, year())),
  panelHistory: (request) =>
    guard(() => historyView(new SpreadsheetWorkbook(), request.opdKey, request.code, year())),
  panelWritePlan: (request) =>
    guard(() =>
      writePlan(
        new SpreadsheetWorkbook(),
        request.target,
        year(),
        Utilities.formatDate(
          new Date(Date.now()),
          SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(),
          'yyyy-MM-dd HH:mm',
        ),
      ),
    ),
};

export function openPanel(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('SPBE');
  SpreadsheetApp.getUi().showSidebar(html);
}
