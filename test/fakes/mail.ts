/**
 * A MailApp stand-in: the daily quota counted in recipients per user, as Apps Script counts
 * it (rule R8: 100 a day on a consumer account, 1,500 on Workspace).
 */
import { dailyLimit } from './rules';
import type { Runtime } from './runtime';

interface Host {
  readonly rt: Runtime;
  count(method: string): void;
}

export class FakeMail {
  readonly sent: { from: string; to: string[]; subject: string; body: string }[] = [];
  constructor(private readonly host: Host) {}

  /** Sets what a user has left of today's recipients (as if they had sent the rest). */
  setRemaining(user: string, left: number): void {
    const rt = this.host.rt;
    rt.used(user).mailRecipients = dailyLimit(rt, user, 'mailRecipients') - left;
  }

  remaining(user: string): number {
    const rt = this.host.rt;
    return dailyLimit(rt, user, 'mailRecipients') - rt.used(user).mailRecipients;
  }

  services(): Record<string, unknown> {
    const host = this.host;
    const MailApp = {
      getRemainingDailyQuota: () => {
        host.count('MailApp.getRemainingDailyQuota');
        return this.remaining(host.rt.current?.effectiveUser ?? '');
      },
      sendEmail: (message: GoogleAppsScript.Mail.MailAdvancedParameters) => {
        host.count('MailApp.sendEmail');
        const to = String(message.to ?? '')
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean);
        if (to.length === 0) throw new Error('Invalid argument: recipient');
        host.rt.spend('mailRecipients', to.length);
        this.sent.push({
          from: host.rt.current?.effectiveUser ?? '',
          to,
          subject: String(message.subject),
          body: String(message.body),
        });
      },
    } satisfies Partial<Record<keyof GoogleAppsScript.Mail.MailApp, unknown>>;
    return { MailApp };
  }
}
