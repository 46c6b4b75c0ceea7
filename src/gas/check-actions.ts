import { type CheckOutcome, runCheck } from '../core/evidence/check';
import { MENU_TITLE } from '../core/menu';
import { actionContext } from './context';
import { DriveClient } from './drive-client';
import { runAction } from './run-action';

/** A run may use 4.5 of Apps Script's 6 minutes, leaving time to save and to answer. */
const BUDGET_MS = 270_000;
export const CONTINUE_HANDLER = 'lanjutkanCekKelengkapan';

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

/** One continuation at a time: a paused check schedules the next, a finished one clears it. */
function scheduleContinuation(outcome: CheckOutcome): void {
  const pending = ScriptApp.getProjectTriggers().filter(
    (t) => t.getHandlerFunction() === CONTINUE_HANDLER,
  );
  if (outcome.done) {
    for (const t of pending) ScriptApp.deleteTrigger(t);
  } else if (pending.length === 0) {
    ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(60_000).create();
  }
}

/** SPBE › Cek kelengkapan. */
export function checkFromMenu(): void {
  runAction(() => {
    const outcome = check();
    scheduleContinuation(outcome);
    const ui = SpreadsheetApp.getUi();
    ui.alert(MENU_TITLE, outcome.message, ui.ButtonSet.OK);
  });
}

/** The time-based continuation: no dialog can be shown here, so it reports by toast and Log. */
export function continueCheck(): void {
  const outcome = check();
  scheduleContinuation(outcome);
  SpreadsheetApp.getActiveSpreadsheet().toast(outcome.message, MENU_TITLE, 10);
}
