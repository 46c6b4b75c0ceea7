import { type CheckOutcome, runCheck } from '../core/evidence/check';
import { checkText } from '../core/evidence/check-text';
import { MENU_TITLE } from '../core/menu';
import { ensureScopes, hasScopes } from './consent';
import { actionContext } from './context';
import { deployment } from './deployment';
import { DriveClient } from './drive-client';
import { runAction } from './run-action';

/** A run may use 4.5 of Apps Script's 6 minutes, leaving time to save and to answer. */
const BUDGET_MS = 270_000;
const CONTINUE_HANDLER = 'continueCheck';

function check(): CheckOutcome {
  const { wb, now, today, timestamp } = actionContext();
  const started = now.getTime();
  return runCheck(wb, new DriveClient(), {
    now,
    today,
    timestamp,
    elapsedMs: () => Date.now() - started,
    budgetMs: BUDGET_MS,
  });
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

/** SPBE › Cek kelengkapan. */
export function checkFromMenu(): void {
  runAction(() => {
    ensureScopes('check');
    const outcome = check();
    const how = continuation(outcome, SpreadsheetApp.getActiveSpreadsheet());
    const ui = SpreadsheetApp.getUi();
    ui.alert(MENU_TITLE, report(outcome, how), ui.ButtonSet.OK);
  });
}

/** The time-based continuation (bound script only): no dialog here, so it reports by toast. */
export function continueCheck(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) return; // no document open: nothing this run could check
  const outcome = check();
  ss.toast(report(outcome, continuation(outcome, ss)), MENU_TITLE, 10);
}
