import { SEVERITY_LABEL } from '../entry/words';
import { formatCents } from '../kernel/decimal';
import type { OpdRecord } from '../workbook/ownership';
import type { TabContent } from '../workbook/port';
import type { Settings } from '../workbook/settings-tab';
import { checkText } from './check-text';
import type { Severity } from './findings';

/**
 * One reminder per OPD with what it still owes, read from the last Kelengkapan report: never
 * to an OPD with nothing open, never past the day's mail quota (counted in recipients, as
 * Apps Script counts it), worst OPD first when the quota cannot cover everyone.
 */
interface ReportedFinding {
  readonly severity: Severity;
  readonly opd: string;
  readonly indicator: string;
  readonly problem: string;
  readonly fix: string;
}

interface Reminder {
  readonly opd: OpdRecord;
  readonly to: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly open: number;
}

interface ReminderPlan {
  readonly checkedAt: string;
  readonly send: readonly Reminder[];
  /** OPDs with open findings that cannot be reminded now, and why. */
  readonly held: readonly { opd: OpdRecord; reason: string }[];
  readonly recipients: number;
}

/** The findings of the last report, or undefined when there is none yet. */
export function readReport(
  content: TabContent | undefined,
): { checkedAt: string; findings: ReportedFinding[] } | undefined {
  if (!content) return undefined;
  const title = String(content.cells[0]?.[0] ?? '');
  // A report an earlier release wrote heads its first column "Tingkat".
  const header = content.cells.findIndex(
    (r) =>
      [checkText.findingsHeader()[0], 'Tingkat'].includes(String(r[0])) &&
      r[3] === checkText.findingsHeader()[3],
  );
  if (header < 0) return undefined;
  const labels: Record<string, Severity> = Object.fromEntries(
    Object.entries(SEVERITY_LABEL).map(([severity, label]) => [label, severity as Severity]),
  );
  const findings = content.cells
    .slice(header + 1)
    .filter((r) => labels[String(r[0])] !== undefined)
    .map((r) => ({
      severity: labels[String(r[0])] as Severity,
      opd: String(r[1]),
      indicator: String(r[2]),
      problem: String(r[3]),
      fix: String(r[4]),
    }));
  return { checkedAt: title.replace(/^.*diperiksa\s*/, ''), findings };
}

export function planReminders(
  report: { checkedAt: string; findings: readonly ReportedFinding[] },
  opds: readonly OpdRecord[],
  settings: Settings,
  tabUrl: (tab: string) => string,
  remainingQuota: number,
): ReminderPlan {
  const candidates: Reminder[] = [];
  const held: { opd: OpdRecord; reason: string }[] = [];
  for (const opd of opds) {
    const open = report.findings.filter((f) => f.opd === opd.code && f.severity !== 'info');
    if (open.length === 0) continue;
    if (opd.pics.length === 0) {
      held.push({ opd, reason: checkText.reminderNoPic() });
      continue;
    }
    const lines = open.map((f, i) => `${i + 1}. ${f.indicator} — ${f.problem} ${f.fix}`);
    candidates.push({
      opd,
      to: opd.pics,
      subject: checkText.reminderSubject(settings, open.length),
      body: checkText.reminderBody(
        opd,
        settings,
        report.checkedAt,
        lines,
        tabUrl(opd.tab),
        formatCents(settings.targetIndexCents),
      ),
      open: open.length,
    });
  }
  candidates.sort((a, b) => b.open - a.open);
  const send: Reminder[] = [];
  let recipients = 0;
  for (const r of candidates) {
    if (recipients + r.to.length <= remainingQuota) {
      send.push(r);
      recipients += r.to.length;
    } else held.push({ opd: r.opd, reason: checkText.reminderQuota(remainingQuota) });
  }
  return { checkedAt: report.checkedAt, send, held, recipients };
}
