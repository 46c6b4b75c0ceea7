import { flushPendingLog } from '../audit/pending-log';
import type { Catalogue } from '../catalogue/types';
import { InputError } from '../errors';
import { readKerangka } from '../workbook/kerangka-tab';
import { readKeyedTable } from '../workbook/keyed-table';
import { readOpdList } from '../workbook/opd-list-tab';
import { codeKeyOf, columnIndex } from '../workbook/opd-tab';
import type { OpdRecord } from '../workbook/ownership';
import { PENILAIAN_COLUMNS } from '../workbook/penilaian-tab';
import type { Cell, TabContent, WorkbookPort } from '../workbook/port';
import { adminOnly } from '../workbook/protection';
import { defaultSettings, readSettings, type Settings } from '../workbook/settings-tab';
import { TAB, TAB_KEY } from '../workbook/tab-names';
import { checkText } from './check-text';
import {
  type DriveAnswer,
  type DrivePort,
  type DriveRequest,
  type EvidenceFact,
  FOLDER_MIME,
  factFromAnswer,
  folderEmptyFromAnswer,
  isStale,
  MAX_BATCH,
  publicAddress,
  sharingFromProbe,
} from './drive-facts';
import { defaultEvidenceRules, readEvidenceRules } from './evidence-rules';
import { readFacts, renderFacts } from './facts-tab';
import { type Entry, entriesOf, type Finding, findingsFor } from './findings';
import { type OpdProgress, progressOf, renderReport } from './report-tab';
import { readRevisions, renderRevisions } from './revisions-tab';

/** _Bukti is written after this many Drive rounds (and when the run pauses or ends). */
const SAVE_EVERY_ROUNDS = 10;

interface CheckClock {
  readonly now: Date;
  readonly today: string;
  readonly timestamp: string;
  /** Milliseconds since this execution started, and how many it may use before pausing. */
  elapsedMs(): number;
  readonly budgetMs: number;
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

interface Inputs {
  readonly settings: Settings;
  readonly catalogue: Catalogue;
  readonly opds: readonly OpdRecord[];
}

/** What the check reads from a workbook that setup prepared. */
export function readCheckInputs(wb: WorkbookPort, year: number): Inputs {
  const read = (name: string, key: string): TabContent | undefined => {
    const tab = wb.tabs().find((t) => t.key === key) ?? wb.tabs().find((t) => t.name === name);
    return tab ? wb.read(tab.name) : undefined;
  };
  const kerangka = read(TAB.catalogue, TAB_KEY.catalogue);
  const opdList = read(TAB.opds, TAB_KEY.opds);
  if (!kerangka || !opdList) throw new InputError(checkText.notSetUp());
  const settings = readSettings(
    read(TAB.settings, TAB_KEY.settings),
    defaultSettings(year, wb.userEmail()),
  );
  const catalogue = readKerangka(kerangka);
  const opds = readOpdList(opdList, catalogue);
  if (!opds) throw new InputError(checkText.notSetUp());
  return { settings, catalogue, opds };
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
  maxAgeHours = 6,
): CheckOutcome {
  return wb.withLock(() => {
    // What PICs saved from the panel reaches the Log first, whatever happens later in this run.
    flushPendingLog(wb);
    const { settings, catalogue, opds } = readCheckInputs(wb, Number(clock.today.slice(0, 4)));
    wb.notify(checkText.readingTabs(opds.length));
    const evidenceCol = columnIndex('evidence');
    const entries: Entry[] = opds.flatMap((opd) => {
      const content = wb.read(opd.tab);
      return content
        ? entriesOf(
            opd,
            catalogue,
            content,
            settings.allowedHosts,
            wb.richLinks(opd.tab, evidenceCol),
          )
        : [];
    });
    const facts = readFacts(wb.read(TAB.facts));
    let rounds = 0;
    let apiNote = '';
    if (drive) {
      const refreshed = refreshFacts(wb, drive, entries, facts, clock, maxAgeHours);
      rounds = refreshed.rounds;
      if (refreshed.apiDisabled) apiNote = ` ${checkText.driveApiDisabled()}`;
      if (refreshed.pending > 0) {
        return {
          done: false,
          findings: [],
          progress: [],
          pendingFiles: refreshed.pending,
          driveRounds: rounds,
          message: `${checkText.paused(refreshed.pending)}${apiNote}`,
        };
      }
    }
    const rulesTab = wb.read(TAB.evidenceRules);
    const { findings, revisions } = findingsFor({
      entries,
      facts,
      rules: readEvidenceRules(rulesTab) ?? defaultEvidenceRules(catalogue),
      settings: {
        allowedHosts: settings.allowedHosts,
        minExplanationChars: 40,
        windowStart: settings.windowStart,
        windowEnd: settings.windowEnd,
        deadline: settings.deadline,
        driveChecked: drive !== undefined,
      },
      verified: verifiedLevels(wb.read(TAB.assessment), catalogue),
      revisions: readRevisions(wb.read(TAB.revisions)),
      today: clock.today,
    });
    const report = renderReport({
      timestamp: clock.timestamp,
      opds,
      entries,
      findings,
      driveChecked: drive !== undefined,
      linkTo: (tab, a1) => wb.linkTo(tab, a1),
    });
    wb.ensureTab(TAB.report, TAB_KEY.report);
    wb.write(TAB.report, { ...report, protection: adminOnly(settings.admins, TAB.report) });
    wb.ensureTab(TAB.revisions, TAB_KEY.revisions);
    wb.write(TAB.revisions, {
      ...renderRevisions(revisions),
      protection: adminOnly(settings.admins, TAB.revisions),
    });
    const errors = findings.filter((f) => f.severity === 'galat').length;
    const warnings = findings.filter((f) => f.severity === 'peringatan').length;
    wb.ensureTab(TAB.log, TAB_KEY.log);
    wb.append(TAB.log, [
      [
        clock.timestamp,
        wb.userEmail(),
        checkText.logAction(),
        checkText.finished(errors, warnings),
      ],
    ]);
    return {
      done: true,
      findings,
      progress: progressOf({ opds, entries, findings }),
      pendingFiles: 0,
      driveRounds: rounds,
      message: `${checkText.finished(errors, warnings)}${apiNote}`,
    };
  });
}

function verifiedLevels(
  content: TabContent | undefined,
  catalogue: Catalogue,
): Map<string, number> {
  const table = readKeyedTable(content, PENILAIAN_COLUMNS, 'code', codeKeyOf(catalogue));
  const out = new Map<string, number>();
  for (const [code, r] of table?.rows ?? []) {
    const v: Cell | undefined = r.verified;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5) out.set(code, v);
  }
  return out;
}

/** A file read as the checker whose openness to an assessor Drive did not tell. */
function needsProbe(fact: EvidenceFact): boolean {
  return (
    fact.status === 'ok' && !fact.trashed && fact.sharing === 'unknown' && !fact.shortcutTarget
  );
}

function refreshFacts(
  wb: WorkbookPort,
  drive: DrivePort,
  entries: readonly Entry[],
  facts: Map<string, EvidenceFact>,
  clock: CheckClock,
  maxAgeHours: number,
): { rounds: number; pending: number; apiDisabled: boolean } {
  const keys = new Map<string, string | undefined>();
  for (const e of entries)
    if (e.active)
      for (const l of e.links) if (l.id && !keys.has(l.id)) keys.set(l.id, l.resourceKey);
  // A shortcut that is itself fresh still leads to its target, which may be stale.
  for (const id of [...keys.keys()]) {
    const target = facts.get(id)?.shortcutTarget;
    if (target && !keys.has(target) && !isStale(facts.get(id), clock.now, maxAgeHours))
      keys.set(target, undefined);
  }
  const probeOf = (id: string, fact: EvidenceFact, resourceKey?: string): DriveRequest => ({
    id,
    probe: 'public',
    address: publicAddress(id, fact.mimeType, resourceKey),
  });
  const queue: DriveRequest[] = [...keys].flatMap(([id, resourceKey]): DriveRequest[] => {
    const fact = facts.get(id);
    if (isStale(fact, clock.now, maxAgeHours))
      return [{ id, probe: 'metadata', ...(resourceKey ? { resourceKey } : {}) }];
    // Read as the checker by an earlier run that paused before asking as an assessor.
    return fact && needsProbe(fact) ? [probeOf(id, fact, resourceKey)] : [];
  });
  const total = queue.length;
  let rounds = 0;
  let done = 0;
  let apiDisabled = false;
  // _Bukti is saved after every batch (so a paused run keeps its work), passing what was last
  // written so that saving costs one write, not a read and a write.
  let written: TabContent | undefined = wb.read(TAB.facts);
  const saveFacts = () => {
    wb.ensureTab(TAB.facts, TAB_KEY.facts);
    const render = renderFacts(facts);
    wb.write(TAB.facts, render, written ?? { cells: [] });
    written = { cells: render.cells };
  };
  while (queue.length > 0) {
    if (clock.elapsedMs() > clock.budgetMs) {
      if (rounds % SAVE_EVERY_ROUNDS !== 0) saveFacts();
      return {
        rounds,
        pending: new Set(queue.map((r) => r.id)).size,
        apiDisabled,
      };
    }
    const batch = queue.splice(0, MAX_BATCH);
    const answers: readonly DriveAnswer[] = drive.fetchBatch(batch);
    rounds += 1;
    for (const answer of answers) {
      const id = answer.request.id;
      if (answer.apiDisabled) apiDisabled = true;
      if (answer.request.probe === 'children') {
        const fact = facts.get(id);
        if (fact) facts.set(id, { ...fact, folderEmpty: folderEmptyFromAnswer(answer) });
        continue;
      }
      if (answer.request.probe === 'public') {
        const fact = facts.get(id);
        if (!fact) continue;
        const sharing = sharingFromProbe(answer);
        facts.set(
          id,
          sharing === 'unanswered'
            ? { ...fact, status: 'error', detail: checkText.probeUnanswered(answer.status) }
            : { ...fact, sharing },
        );
        continue;
      }
      const fact = factFromAnswer(answer, clock.now.toISOString());
      facts.set(id, fact);
      done += 1;
      // A folder is probed for children; a shortcut's target is checked too.
      if (fact.status === 'ok' && fact.mimeType === FOLDER_MIME)
        queue.push({ id, probe: 'children' });
      // Whether an assessor can open it: Drive tells only those who may share the file.
      if (
        fact.status === 'ok' &&
        !fact.trashed &&
        fact.sharing === 'unknown' &&
        !fact.shortcutTarget
      )
        queue.push({
          id,
          probe: 'public',
          address: publicAddress(id, fact.mimeType, answer.request.resourceKey),
        });
      if (
        fact.shortcutTarget &&
        isStale(facts.get(fact.shortcutTarget), clock.now, maxAgeHours) &&
        !queue.some((q) => q.id === fact.shortcutTarget)
      ) {
        queue.push({ id: fact.shortcutTarget, probe: 'metadata' });
      }
    }
    // Saved every few rounds, and whenever the run stops: a resumed run loses at most those.
    if (rounds % SAVE_EVERY_ROUNDS === 0 || queue.length === 0) saveFacts();
    wb.notify(checkText.progress(done, total));
  }
  return { rounds, pending: 0, apiDisabled };
}
