import { type CheckOutcome, runCheck } from '../core/actions/check/check';
import { checkRunText } from '../core/actions/check/check-run-text';
import { MENU_TITLE } from '../core/actions/menu/menu';
import { contextIfSetUp, type WorkbookContext } from '../core/workbook/context';
import { adminAction } from './admin-action';
import { hasScopes } from './consent';
import { type ActionContext, actionContext } from './context';
import { deployment } from './deployment';
import { DriveClient } from './drive-client';
import type { SpreadsheetWorkbook } from './spreadsheet-workbook';

/** A run may use 4.5 of Apps Script's 6 minutes, leaving time to save and to answer. */
const BUDGET_MS = 270_000;
export const CONTINUE_HANDLER = 'continueCheck';
/** Document property: the id of the continuation trigger this file's check last scheduled. */
const CONTINUATION_PROPERTY = 'spbe.checkContinuation';

function check(run: ActionContext, workbook: WorkbookContext): CheckOutcome {
  const { wb, now, today, timestamp } = run;
  const started = now.getTime();
  return runCheck(
    wb,
    new DriveClient(),
    { now, today, timestamp, elapsedMs: () => Date.now() - started, budgetMs: BUDGET_MS },
    workbook,
  );
}

/**
 * How a paused check goes on. A bound script may run a one-off trigger a minute later. Such a
 * trigger stays after it ran and counts toward the 20 a user may hold (R17), and whether
 * getUserTriggers(spreadsheet) lists a time-driven one is not stated: so each is deleted by its
 * own id — the one that just fired, and the one this file last scheduled — never looked up by
 * the spreadsheet. An Editor add-on may not schedule one: its time-driven triggers run at most
 * hourly and without the file open, so the coordinator clicks again.
 */
function continuation(
  outcome: CheckOutcome,
  wb: SpreadsheetWorkbook,
  fired?: string,
): 'minute' | 'click' | 'done' {
  const canSchedule = deployment() === 'bound' && hasScopes(['triggers']);
  const scheduled = wb.property(CONTINUATION_PROPERTY);
  if (canSchedule) deleteTriggers([fired, scheduled]);
  if (outcome.done) {
    if (scheduled) wb.deleteProperty(CONTINUATION_PROPERTY);
    return 'done';
  }
  if (!canSchedule) return 'click';
  const trigger = ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(60_000).create();
  wb.setProperty(CONTINUATION_PROPERTY, trigger.getUniqueId());
  return 'minute';
}

/** Deletes this user's triggers of this project that carry one of these ids. */
function deleteTriggers(ids: readonly (string | null | undefined)[]): void {
  const wanted = ids.filter((id): id is string => Boolean(id));
  if (wanted.length === 0) return;
  for (const t of ScriptApp.getProjectTriggers())
    if (wanted.includes(t.getUniqueId())) ScriptApp.deleteTrigger(t);
}

function report(outcome: CheckOutcome, how: 'minute' | 'click' | 'done'): string {
  return how === 'done' ? outcome.message : `${outcome.message} ${checkRunText.continuation(how)}`;
}

/** SPBE › Diskominfo › Cek kelengkapan. */
export function checkFromMenu(): void {
  adminAction('check', (run) => {
    const outcome = check(run, run.workbook);
    const how = continuation(outcome, run.wb);
    const ui = SpreadsheetApp.getUi();
    ui.alert(MENU_TITLE, report(outcome, how), ui.ButtonSet.OK);
  });
}

/**
 * The time-based continuation (bound script only), run as the admin who scheduled it: no
 * dialog here, so it reports by toast. Someone removed from the admins meanwhile checks nothing.
 */
export function continueCheck(e?: GoogleAppsScript.Events.TimeDriven): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) return; // no document open: nothing this run could check
  const run = actionContext();
  const workbook = contextIfSetUp(run.wb, run.year);
  if (workbook?.role !== 'admin') {
    deleteTriggers([e?.triggerUid]);
    return;
  }
  const outcome = check(run, workbook);
  ss.toast(report(outcome, continuation(outcome, run.wb, e?.triggerUid)), MENU_TITLE, 10);
}
