import { actionText } from '../core/actions/menu/action-text';
import { MENU_TITLE } from '../core/actions/menu/menu';
import { InputError, messageOf } from '../core/kernel/errors';
import { endedForConsent, resetConsent } from './consent';
import { permissionProblem } from './permission-problem';

/**
 * Runs a menu action and tells the user what went wrong in plain words: a problem they can
 * fix (InputError) as its own message; anything else as an unexpected error, then rethrown so
 * that it reaches the execution log.
 */
export function runAction(action: () => void): void {
  resetConsent();
  try {
    action();
  } catch (error) {
    // requireScopes ended the execution to show Google's consent prompt: nothing went wrong.
    if (endedForConsent()) throw error;
    const ui = SpreadsheetApp.getUi();
    if (error instanceof InputError) {
      ui.alert(MENU_TITLE, error.message, ui.ButtonSet.OK);
      return;
    }
    const permission = permissionProblem(error);
    if (permission) {
      ui.alert(MENU_TITLE, permission, ui.ButtonSet.OK);
      return;
    }
    ui.alert(MENU_TITLE, actionText.unexpected(messageOf(error)), ui.ButtonSet.OK);
    throw error;
  }
}
