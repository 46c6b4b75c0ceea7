/** A MailApp stand-in: a daily quota counted in recipients, as Apps Script counts it. */
import type { CallLog } from './ui';

export class FakeMail {
  readonly sent: { to: string[]; subject: string; body: string }[] = [];
  constructor(
    private readonly log: CallLog,
    public quota = 100,
  ) {}
  services(): Record<string, unknown> {
    const MailApp = {
      getRemainingDailyQuota: () => {
        this.log.record('MailApp.getRemainingDailyQuota');
        return this.quota;
      },
      sendEmail: (message: GoogleAppsScript.Mail.MailAdvancedParameters) => {
        this.log.record('MailApp.sendEmail');
        const to = String(message.to ?? '')
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean);
        if (to.length === 0) throw new Error('Invalid argument: recipient');
        if (to.length > this.quota)
          throw new Error('Service invoked too many times for one day: email.');
        this.quota -= to.length;
        this.sent.push({ to, subject: String(message.subject), body: String(message.body) });
      },
    } satisfies Partial<Record<keyof GoogleAppsScript.Mail.MailApp, unknown>>;
    return { MailApp };
  }
}
