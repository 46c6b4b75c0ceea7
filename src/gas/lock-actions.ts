import { MENU_TITLE } from '../core/actions/menu/menu';
import { setupWorkbook } from '../core/actions/setup/setup';
import { snapshotText } from '../core/audit/snapshot-text';
import { takeSnapshot } from '../core/audit/snapshots';
import { lockText } from '../core/workbook/lock-text';
import { adminAction } from './admin-action';

/**
 * SPBE › Diskominfo › Kunci / buka pengisian: after the deadline the OPD input columns become admin-only;
 * the same item opens them again. Both ask first, and both go through setup, so protection,
 * Pengaturan and Log agree.
 */
export function toggleLockFromMenu(): void {
  adminAction('lock', ({ wb, today, timestamp, year, workbook }) => {
    const { settings, catalogue, opds } = workbook;
    const ui = SpreadsheetApp.getUi();
    const locking = !settings.locked;
    const question = locking
      ? lockText.confirmLock(settings.deadline, today)
      : lockText.confirmUnlock();
    if (ui.alert(MENU_TITLE, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
    takeSnapshot(wb, catalogue, opds, timestamp, snapshotText.reasonLock());
    setupWorkbook(wb, { today, timestamp, year }, undefined, {
      locked: locking,
      lockedSince: locking ? timestamp : '',
    });
    ui.alert(MENU_TITLE, locking ? lockText.locked() : lockText.unlocked(), ui.ButtonSet.OK);
  });
}
