import { auditText } from '../core/audit/audit-text';
import { snapshotText } from '../core/audit/snapshot-text';
import { listSnapshots, parseScope, restoreSnapshot, takeSnapshot } from '../core/audit/snapshots';
import { InputError } from '../core/errors';
import { readCheckInputs } from '../core/evidence/check';
import { MENU_TITLE } from '../core/menu';
import { roleOf } from '../core/panel/opd-panel';
import { TAB, TAB_KEY } from '../core/workbook/tab-names';
import { ensureScopes } from './consent';
import { actionContext } from './context';
import { runAction } from './run-action';

/** SPBE › Pulihkan: lists the snapshots, asks which (and how much), confirms, restores, logs. */
export function restoreFromMenu(): void {
  runAction(() => {
    ensureScopes('admin');
    const { wb, timestamp: when, year } = actionContext();
    const { settings, catalogue, opds } = readCheckInputs(wb, year);
    const ui = SpreadsheetApp.getUi();
    if (roleOf(wb.userEmail(), settings, opds) !== 'admin')
      throw new InputError(
        auditText.adminsOnly().replace('memasang pencatat perubahan', 'memulihkan isian'),
      );
    const list = listSnapshots(wb);
    if (list.length === 0) {
      ui.alert(MENU_TITLE, snapshotText.none(), ui.ButtonSet.OK);
      return;
    }
    const answer = ui.prompt(MENU_TITLE, snapshotText.prompt(list), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const text = answer.getResponseText();
    const scope = parseScope(text);
    if (
      ui.alert(MENU_TITLE, snapshotText.confirm(text.trim()), ui.ButtonSet.YES_NO) !== ui.Button.YES
    )
      return;
    const restored = wb.withLock(() => {
      takeSnapshot(wb, catalogue, opds, when, snapshotText.reasonRestore());
      const log = restoreSnapshot(wb, catalogue, opds, scope, wb.userEmail(), when);
      wb.ensureTab(TAB.log, TAB_KEY.log);
      wb.append(TAB.log, log);
      return log.length;
    });
    ui.alert(MENU_TITLE, snapshotText.done(restored), ui.ButtonSet.OK);
  });
}
