import { MENU_TITLE } from '../core/actions/menu/menu';
import { snapshotText } from '../core/audit/snapshot-text';
import { listSnapshots, parseScope, restoreSnapshot, takeSnapshot } from '../core/audit/snapshots';
import { TAB, TAB_KEY } from '../core/workbook/tab-names';
import { adminAction } from './admin-action';

/** SPBE › Diskominfo › Pulihkan isian dari cadangan: lists the snapshots, asks which (and how much), confirms, restores, logs. */
export function restoreFromMenu(): void {
  adminAction('restore', ({ wb, timestamp: when, workbook }) => {
    const { catalogue, opds, user } = workbook;
    const ui = SpreadsheetApp.getUi();
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
      const log = restoreSnapshot(wb, catalogue, opds, scope, user, when);
      wb.ensureTab(TAB.log, TAB_KEY.log);
      wb.append(TAB.log, log);
      return log.length;
    });
    ui.alert(MENU_TITLE, snapshotText.done(restored), ui.ButtonSet.OK);
  });
}
