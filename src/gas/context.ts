import { SpreadsheetWorkbook } from './spreadsheet-workbook';

/** What every action needs: the file, its workbook port, and "now" in the file's time zone. */
export interface ActionContext {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly wb: SpreadsheetWorkbook;
  readonly now: Date;
  readonly today: string;
  readonly timestamp: string;
  readonly year: number;
  readonly timeZone: string;
}

/** The file's time zone, kept by admin runs for the audit trigger (asking it is a round trip). */
export const TIME_ZONE_PROPERTY = 'spbe.timeZone';

export function actionContext(): ActionContext {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  // Date.now(), not new Date(): tests move the bundle's clock through it.
  const now = new Date(Date.now());
  const today = Utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
  return {
    ss,
    wb: new SpreadsheetWorkbook(ss),
    now,
    today,
    timestamp: Utilities.formatDate(now, timeZone, 'yyyy-MM-dd HH:mm'),
    year: Number(today.slice(0, 4)),
    timeZone,
  };
}
