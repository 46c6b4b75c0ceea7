import { MENU_TITLE } from '../core/actions/menu/menu';
import { auditText } from '../core/audit/audit-text';
import { tidyLog } from '../core/audit/log-upkeep';
import { pendingLogIsDue, queueLogRows } from '../core/audit/pending-log';
import { AUDITED_HEADER_ROW, auditedKind, editRecord, opdOfKey } from '../core/audit/record-edit';
import {
  installStep,
  isChangeRecorder,
  isRecorder,
  RECORDER_PROPERTY,
  readRecorderMark,
} from '../core/audit/recorder';
import { isStructural, structureLogRow } from '../core/audit/structure-change';
import { InputError } from '../core/kernel/errors';
import type { Cell } from '../core/workbook/port';
import { nameOfMark, TAB, TAB_KEY } from '../core/workbook/tab-names';
import { adminAction } from './admin-action';
import { TIME_ZONE_PROPERTY } from './context';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

const EDIT_HANDLER = 'recorderOnEdit';
const CHANGE_HANDLER = 'recorderOnChange';

/**
 * The installable edit trigger: gathers the edit, core decides what it leaves, and this
 * writes it in as few round trips as it can (issue #15: it runs on the installing admin's
 * daily trigger time for every edit by anyone). A single-cell edit costs 8 calls, a pasted
 * block the same: every property is read at once (the recorder mark, the tab marks, the time
 * zone), the edited tab once, the Log rows join the waiting queue in one property write (the
 * Log itself is written by admin runs, or by this trigger when the queue is due), and the
 * stamps go in one range write. It runs as the admin who installed it; the editor's email is
 * known only within one Workspace domain.
 */
export function onEditRecorded(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  if (range.getRow() <= AUDITED_HEADER_ROW) return;
  const sheet = range.getSheet();
  const wb = new SpreadsheetWorkbook(e.source);
  const properties = wb.preloadProperties();
  if (!isRecorder(readRecorderMark(wb.property(RECORDER_PROPERTY)), String(e.triggerUid))) return;
  const key = wb.keyOfSheetId(sheet.getSheetId());
  const kind = auditedKind(key);
  if (!kind) return;
  const grid = sheet.getDataRange().getValues() as Cell[][];
  const timeZone = wb.property(TIME_ZONE_PROPERTY) ?? e.source.getSpreadsheetTimeZone();
  const now = new Date(Date.now());
  const timestamp = Utilities.formatDate(now, timeZone, 'yyyy-MM-dd HH:mm:ss');
  const record = editRecord(
    {
      // The tab's mark: the Log shows its name when the row lands (asking it costs a call).
      tab: key,
      opd: opdOfKey(key),
      row: range.getRow(),
      col: range.getColumn(),
      rows: range.getNumRows(),
      cols: range.getNumColumns(),
      ...(e.oldValue !== undefined ? { oldValue: e.oldValue as Cell } : {}),
      header: grid[AUDITED_HEADER_ROW - 1] ?? [],
      rowsNow: grid.slice(range.getRow() - 1, range.getRow() - 1 + range.getNumRows()),
      user: (e.user?.getEmail() ?? '').toLowerCase(),
      timestamp,
    },
    kind,
  );
  if (record.logRows.length === 0) return;
  const tenMinutesAgo = Utilities.formatDate(
    new Date(now.getTime() - 10 * 60_000),
    timeZone,
    'yyyy-MM-dd HH:mm:ss',
  );
  if (pendingLogIsDue(properties, tenMinutesAgo)) wb.withLock(() => tidyLog(wb));
  const queueKey = queueKeyFor(
    timestamp,
    now,
    properties,
    `${key}|${range.getRow()},${range.getColumn()}`,
  );
  try {
    queueLogRows(wb, queueKey, record.logRows);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // The queue is full (no admin run for a long while): this run empties it, then queues.
    wb.withLock(() => tidyLog(wb));
    queueLogRows(wb, queueKey, record.logRows);
  }
  for (const stamp of record.stamps) wb.writeCellsIn(sheet, range.getRow(), stamp.col, stamp.cells);
}

/**
 * Queued rows land in key order: milliseconds, then how many wait already, keep one person's
 * quick successive edits in order; the random tail keeps concurrent ones apart.
 */
function queueKeyFor(
  timestamp: string,
  now: Date,
  properties: Readonly<Record<string, string>>,
  where: string,
): string {
  return [
    `${timestamp}.${String(now.getTime() % 1000).padStart(3, '0')}`,
    String(Object.keys(properties).length).padStart(5, '0'),
    where,
    Math.random().toString(36).slice(2, 8),
  ].join('|');
}

/**
 * The installable change trigger: a row, column or tab inserted or deleted reaches the Log
 * (an edit trigger never sees it, R19). Sheets names only the kind of change and, by what is
 * active, the tab; the row is queued like an edit's, for the next admin run to move in.
 */
export function onChangeRecorded(e: GoogleAppsScript.Events.SheetsOnChange): void {
  const ss = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  const wb = new SpreadsheetWorkbook(ss);
  const properties = wb.preloadProperties();
  if (!isChangeRecorder(readRecorderMark(wb.property(RECORDER_PROPERTY)), String(e.triggerUid)))
    return;
  const type = String(e.changeType);
  if (!isStructural(type)) return;
  const gone = type === 'REMOVE_GRID';
  const active = gone ? undefined : ss.getActiveSheet();
  const key = active ? wb.keyOfSheetId(active.getSheetId()) : '';
  const timeZone = wb.property(TIME_ZONE_PROPERTY) ?? ss.getSpreadsheetTimeZone();
  const now = new Date(Date.now());
  const timestamp = Utilities.formatDate(now, timeZone, 'yyyy-MM-dd HH:mm:ss');
  const row = structureLogRow({
    type,
    user: (e.user?.getEmail() ?? '').toLowerCase(),
    timestamp,
    tab: active?.getName() ?? '',
    opd: key ? opdOfKey(key) : '',
    missingTabs: gone ? wb.missingTabs().map(nameOfMark) : [],
  });
  if (!row) return;
  try {
    queueLogRows(wb, queueKeyFor(timestamp, now, properties, `${key}|${type}`), [row]);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    wb.withLock(() => tidyLog(wb));
    queueLogRows(wb, queueKeyFor(timestamp, now, properties, `${key}|${type}`), [row]);
  }
}

/** SPBE › Diskominfo › Catat setiap perubahan di Log: one recorder per file, this admin's. */
export function installRecorderFromMenu(): void {
  adminAction('recorder', ({ ss, wb, timestamp, workbook }) => {
    const ui = SpreadsheetApp.getUi();
    const me = workbook.user;
    const mark = readRecorderMark(wb.property(RECORDER_PROPERTY));
    const mine = ScriptApp.getUserTriggers(ss).filter((t) =>
      [EDIT_HANDLER, CHANGE_HANDLER].includes(t.getHandlerFunction()),
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
    // My stale recorders of this file go first: an add-on holds one trigger of each kind per
    // user and file.
    for (const t of mine) ScriptApp.deleteTrigger(t);
    const trigger = ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
    const change = ScriptApp.newTrigger(CHANGE_HANDLER).forSpreadsheet(ss).onChange().create();
    wb.setProperty(
      RECORDER_PROPERTY,
      JSON.stringify({
        by: me,
        trigger: trigger.getUniqueId(),
        changeTrigger: change.getUniqueId(),
        since: timestamp,
      }),
    );
    wb.ensureTab(TAB.log, TAB_KEY.log);
    wb.append(TAB.log, [
      [timestamp, me, auditText.logInstalled(), mark ? `menggantikan ${mark.by}` : ''],
    ]);
    ui.alert(MENU_TITLE, auditText.installed(), ui.ButtonSet.OK);
  });
}

/**
 * SPBE › Diskominfo › Buka Log perubahan: every admin run first moves the waiting rows into
 * the Log and archives its oldest, so what opens is complete up to this moment.
 */
export function openLogFromMenu(): void {
  adminAction('log', ({ ss, wb }) => {
    const name = wb.tabName(TAB_KEY.log, TAB.log);
    const sheet = name ? ss.getSheetByName(name) : null;
    if (!sheet) {
      wb.notify(auditText.noLogYet());
      return;
    }
    sheet.showSheet();
    sheet.activate();
    wb.notify(auditText.logOpened(Math.max(0, sheet.getLastRow() - 1)));
  });
}
