import { MENU_TITLE } from '../core/actions/menu/menu';
import { checkText } from '../core/evidence/check-text';
import { planReminders, readReport } from '../core/evidence/reminders';
import { InputError } from '../core/kernel/errors';
import type { Cell } from '../core/workbook/port';
import { TAB, TAB_KEY } from '../core/workbook/tab-names';
import { adminAction } from './admin-action';

/**
 * SPBE › Diskominfo › Kirim pengingat ke OPD: a preview first (the dry run), then, only on Yes, one email per OPD
 * with what it still owes, within the day's quota; every send goes to the Log.
 */
export function remindFromMenu(): void {
  adminAction('remind', ({ ss, wb, timestamp, workbook }) => {
    const { settings, opds, user } = workbook;
    const report = readReport(wb.read(TAB.report));
    if (!report) throw new InputError(checkText.reminderNoReport());
    const left = MailApp.getRemainingDailyQuota();
    const plan = planReminders(
      report,
      opds,
      settings,
      (tab) => `${ss.getUrl()}${wb.linkTo(tab, 'A5')}`,
      left,
    );
    const ui = SpreadsheetApp.getUi();
    const preview = checkText.reminderPreview(plan, left);
    if (plan.send.length === 0) {
      ui.alert(MENU_TITLE, preview, ui.ButtonSet.OK);
      return;
    }
    if (ui.alert(MENU_TITLE, preview, ui.ButtonSet.YES_NO) !== ui.Button.YES) {
      ui.alert(MENU_TITLE, checkText.reminderCancelled(), ui.ButtonSet.OK);
      return;
    }
    const sent: Cell[][] = [];
    try {
      for (const r of plan.send) {
        MailApp.sendEmail({
          to: r.to.join(','),
          subject: r.subject,
          body: r.body,
          name: `Diskominfo ${settings.pemda}`,
        });
        sent.push([
          timestamp,
          user,
          checkText.reminderLog(),
          `${r.opd.code}: ${r.open} isian → ${r.to.join(', ')}`,
        ]);
      }
    } finally {
      // Whatever was sent is logged, even when a later send failed.
      wb.ensureTab(TAB.log, TAB_KEY.log);
      wb.append(TAB.log, sent);
    }
    ui.alert(MENU_TITLE, checkText.reminderSent(sent.length), ui.ButtonSet.OK);
  });
}
