import { tidyLog } from '../../audit/log-upkeep';
import { readEvaluation } from '../../evaluation/evaluation';
import { warningFindings } from '../../evaluation/evaluation-warnings';
import { judged } from '../../evidence/completeness';
import type { DrivePort } from '../../evidence/drive-facts';
import type { Entry } from '../../evidence/entries';
import { type RunBudget, refreshFacts } from '../../evidence/fact-refresh';
import { readFacts } from '../../evidence/facts-tab';
import { type Finding, findingsFor } from '../../evidence/findings';
import { findingsInputFor, readEntries } from '../../evidence/findings-input';
import { missingTabFindings } from '../../evidence/missing-tabs';
import { type OpdProgress, progressOf, renderReport } from '../../evidence/report-tab';
import { renderRevisions } from '../../evidence/revisions-tab';
import { loadContext, type WorkbookContext } from '../../workbook/context';
import type { WorkbookPort } from '../../workbook/port';
import { adminOnly } from '../../workbook/protection';
import { TAB, TAB_KEY } from '../../workbook/tab-names';
import { checkRunText } from './check-run-text';

interface CheckClock extends RunBudget {
  readonly today: string;
  readonly timestamp: string;
}

export interface CheckOutcome {
  /** False when the time budget ran out: Drive facts gathered so far are saved; run again. */
  readonly done: boolean;
  readonly findings: readonly Finding[];
  readonly progress: readonly OpdProgress[];
  readonly pendingFiles: number;
  readonly driveRounds: number;
  readonly message: string;
}

/**
 * Cek kelengkapan. Reads every OPD tab once; refreshes stale Drive facts in batches of at most
 * 100 files per round trip, saving them after each batch; when the time budget runs low it
 * stops there (done: false) and the next run goes on from the facts already saved. Findings
 * are computed and written only once every fact is fresh, so none is lost or doubled.
 */
export function runCheck(
  wb: WorkbookPort,
  drive: DrivePort | undefined,
  clock: CheckClock,
  loaded?: WorkbookContext,
  maxAgeHours = 6,
): CheckOutcome {
  return wb.withLock(() => {
    // What PICs saved from the panel reaches the Log first, whatever happens later in this run.
    tidyLog(wb);
    const ctx = loaded ?? loadContext(wb, Number(clock.today.slice(0, 4)));
    const { settings, opds } = ctx;
    wb.notify(checkRunText.readingTabs(opds.length));
    const entries = readEntries(wb, ctx);
    const facts = readFacts(wb.read(TAB.facts));
    let rounds = 0;
    let apiNote = '';
    if (drive) {
      const refreshed = refreshFacts(wb, drive, entries, facts, clock, maxAgeHours);
      rounds = refreshed.rounds;
      if (refreshed.apiDisabled) apiNote = ` ${checkRunText.driveApiDisabled()}`;
      if (refreshed.pending > 0) {
        return {
          done: false,
          findings: [],
          progress: [],
          pendingFiles: refreshed.pending,
          driveRounds: rounds,
          message: `${checkRunText.paused(refreshed.pending)}${apiNote}`,
        };
      }
    }
    const { findings: entryFindings, revisions } = findingsFor(
      findingsInputFor(wb, ctx, entries, facts, {
        driveChecked: drive !== undefined,
        today: clock.today,
      }),
    );
    // What the figures cannot follow (values off the scale, headers renamed, formulas typed
    // over) is reported here too, as spbe score warns of it.
    const findings = [
      ...missingTabFindings(wb, ctx),
      ...entryFindings,
      ...warningFindings(wb, readEvaluation(wb, ctx, entries)),
    ];
    // What this check judged, as the Status formulas will see it once Dicek is written.
    const judgedEntries = entries.map(judged);
    writeJudged(wb, judgedEntries);
    const { errors, warnings } = writeResults(wb, clock, settings.admins, {
      opds,
      judgedEntries,
      findings,
      revisions,
      driveChecked: drive !== undefined,
    });
    return {
      done: true,
      findings,
      progress: progressOf({ opds, entries: judgedEntries, findings }),
      pendingFiles: 0,
      driveRounds: rounds,
      message: `${checkRunText.finished(errors, warnings)}${apiNote}`,
    };
  });
}

/** Kelengkapan, Revisi and the Log's line: what this check found, where people read it. */
function writeResults(
  wb: WorkbookPort,
  clock: CheckClock,
  admins: readonly string[],
  r: {
    opds: WorkbookContext['opds'];
    judgedEntries: readonly Entry[];
    findings: readonly Finding[];
    revisions: Parameters<typeof renderRevisions>[0];
    driveChecked: boolean;
  },
): { errors: number; warnings: number } {
  const report = renderReport({
    timestamp: clock.timestamp,
    opds: r.opds,
    entries: r.judgedEntries,
    findings: r.findings,
    driveChecked: r.driveChecked,
    linkTo: (tab, a1) => wb.linkTo(tab, a1),
  });
  wb.ensureTab(TAB.report, TAB_KEY.report);
  wb.write(TAB.report, { ...report, protection: adminOnly(admins, TAB.report) });
  wb.ensureTab(TAB.revisions, TAB_KEY.revisions);
  wb.write(TAB.revisions, {
    ...renderRevisions(r.revisions),
    protection: adminOnly(admins, TAB.revisions),
  });
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.filter((f) => f.severity === 'warning').length;
  wb.ensureTab(TAB.log, TAB_KEY.log);
  wb.append(TAB.log, [
    [
      clock.timestamp,
      wb.userEmail(),
      checkRunText.logAction(),
      checkRunText.finished(errors, warnings),
    ],
  ]);
  return { errors, warnings };
}

/**
 * Writes, on each OPD tab, what this check judged on each row (its digest) into the Dicek
 * column: one write per tab, over its rows from the first data row to the last judged one.
 * A row changed meanwhile simply shows *Perlu dicek* until the next check.
 */
function writeJudged(wb: WorkbookPort, entries: readonly Entry[]): void {
  const byTab = new Map<string, Map<number, string>>();
  const columnOf = new Map<string, number>();
  for (const e of entries) {
    const col = e.columns.get('checked');
    if (!e.active || col === undefined) continue;
    columnOf.set(e.opd.tab, col);
    const rows = byTab.get(e.opd.tab) ?? new Map<number, string>();
    byTab.set(e.opd.tab, rows);
    rows.set(e.row, e.digest);
    for (const i of e.items) if (i.active) rows.set(i.row, i.digest);
  }
  for (const [tab, rows] of byTab) {
    const first = Math.min(...rows.keys());
    const last = Math.max(...rows.keys());
    const cells = Array.from({ length: last - first + 1 }, (_, k) => [rows.get(first + k) ?? '']);
    wb.writeCells(tab, first, columnOf.get(tab) as number, cells);
  }
}
