import { contextIfSetUp, type WorkbookContext } from '../core/context';
import { type CheckOutcome, runCheck } from '../core/evidence/check';
import { checkText } from '../core/evidence/check-text';
import { MENU_TITLE } from '../core/menu';
import { adminAction } from './admin-action';
import { hasScopes } from './consent';
import { type ActionContext, actionContext } from './context';
import { deployment } from './deployment';
import { DriveClient } from './drive-client';

/** A run may use 4.5 of Apps Script's 6 minutes, leaving time to save and to answer. */
const BUDGET_MS = 270_000;
const CONTINUE_HANDLER = 'continueCheck';

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
 * How a paused check goes on. A bound script may run a one-off trigger a minute later (the
 * trigger stays listed after it ran, so this user's old ones for this file are deleted first).
 * An Editor add-on may not: its time-driven triggers run at most hourly and without the file
 * open (no active spreadsheet with spreadsheets.currentonly), so the coordinator clicks again.
 */
function continuation(
  outcome: CheckOutcome,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): 'minute' | 'click' | 'done' {
  const canSchedule = deployment() === 'bound' && hasScopes(['triggers']);
  if (canSchedule)
    for (const t of ScriptApp.getUserTriggers(ss))
      if (t.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(t);
  if (outcome.done) return 'done';
  if (!canSchedule) return 'click';
  ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(60_000).create();
  return 'minute';
}

function report(outcome: CheckOutcome, how: 'minute' | 'click' | 'done'): string {
  return how === 'done' ? outcome.message : `${outcome.message} ${checkText.continuation(how)}`;
}

/** SPBE › Diskominfo › Cek kelengkapan. */
export function checkFromMenu(): void {
  adminAction('check', 'check', (run) => {
    const outcome = check(run, run.workbook);
    const how = continuation(outcome, run.ss);
    const ui = SpreadsheetApp.getUi();
    ui.alert(MENU_TITLE, report(outcome, how), ui.ButtonSet.OK);
  });
}

/**
 * The time-based continuation (bound script only), run as the admin who scheduled it: no
 * dialog here, so it reports by toast. Someone removed from the admins meanwhile checks nothing.
 */
export function continueCheck(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) return; // no document open: nothing this run could check
  const run = actionContext();
  const workbook = contextIfSetUp(run.wb, run.year);
  if (workbook?.role !== 'admin') return;
  const outcome = check(run, workbook);
  ss.toast(report(outcome, continuation(outcome, ss)), MENU_TITLE, 10);
}
