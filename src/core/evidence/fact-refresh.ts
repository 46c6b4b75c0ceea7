import { asRead } from '../workbook/cells';
import type { TabContent, WorkbookPort } from '../workbook/port';
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
  isRetryable,
  isStale,
  MAX_ATTEMPTS,
  PLAIN_LIMITS,
  publicAddress,
  sharingFromProbe,
  takeRound,
} from './drive-facts';
import type { Entry } from './entries';
import { labelsOf, renderFacts } from './facts-tab';

/** _Bukti is written after this many Drive rounds (and when the run pauses or ends). */
const SAVE_EVERY_ROUNDS = 10;

/** How long a run may go on, read from its own clock. */
export interface RunBudget {
  readonly now: Date;
  /** Milliseconds since this execution started, and how many it may use before pausing. */
  elapsedMs(): number;
  readonly budgetMs: number;
}

/** A file read as the checker whose openness to an assessor Drive did not tell. */
function needsProbe(fact: EvidenceFact): boolean {
  return (
    fact.status === 'ok' && !fact.trashed && fact.sharing === 'unknown' && !fact.shortcutTarget
  );
}

/**
 * Refreshes the stale Drive facts of every linked file in rounds of at most 100 requests —
 * each file as the checker, then, when Drive did not tell, as an assessor meets it — saving
 * _Bukti every few rounds and when the time budget runs out (then `pending` says how many
 * files are left for the next run).
 */
export function refreshFacts(
  wb: WorkbookPort,
  drive: DrivePort,
  entries: readonly Entry[],
  facts: Map<string, EvidenceFact>,
  clock: RunBudget,
  maxAgeHours: number,
): { rounds: number; pending: number; apiDisabled: boolean } {
  const keys = new Map<string, string | undefined>();
  for (const e of entries)
    if (e.active)
      for (const l of [...e.links, ...e.items.flatMap((i) => i.links)])
        if (l.id && !keys.has(l.id)) keys.set(l.id, l.resourceKey);
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
    // Read as the checker by an earlier run that paused before asking what the answer led
    // to: whether an assessor can open it, whether the folder holds anything.
    if (!fact) return [];
    const unfinished: DriveRequest[] = [];
    if (needsProbe(fact)) unfinished.push(probeOf(id, fact, resourceKey));
    if (fact.status === 'ok' && fact.mimeType === FOLDER_MIME && fact.folderEmpty === null)
      unfinished.push({ id, probe: 'children' });
    return unfinished;
  });
  const total = queue.length;
  // _Bukti is saved after every few batches (so a paused run keeps its work), passing what was
  // last written so that saving costs one write, not a read and a write.
  let written: TabContent | undefined = wb.read(TAB.facts);
  const labels = labelsOf(entries);
  const saveFacts = () => {
    wb.ensureTab(TAB.facts, TAB_KEY.facts);
    const render = renderFacts(facts, labels);
    wb.write(TAB.facts, render, written ?? { cells: [] });
    written = { cells: asRead(render.cells) };
  };
  const outcome = gatherFacts(drive, queue, facts, clock, maxAgeHours, (rounds, done, left) => {
    // Saved every few rounds, and whenever the run stops: a resumed run loses at most those.
    if (rounds % SAVE_EVERY_ROUNDS === 0 || left === 0) saveFacts();
    if (left > 0) wb.notify(checkText.progress(done, total));
  });
  // Nothing was stale, but a label may have changed since: written only when it did.
  if (outcome.rounds === 0 && written) saveFacts();
  return outcome;
}

/**
 * Asks Drive, in rounds of at most 100 requests, for every request of `queue` and what the
 * answers lead to (a folder's children, a shortcut's target, a file's openness to an
 * assessor), updating `facts`; stops when the time budget runs out, saying how many files
 * are left. `afterRound` is told the rounds so far, the files read, and what is left.
 */
export function gatherFacts(
  drive: DrivePort,
  queue: DriveRequest[],
  facts: Map<string, EvidenceFact>,
  clock: RunBudget,
  maxAgeHours: number,
  afterRound: (rounds: number, done: number, left: number) => void = () => {},
): { rounds: number; pending: number; apiDisabled: boolean } {
  let rounds = 0;
  let done = 0;
  let apiDisabled = false;
  while (queue.length > 0) {
    if (clock.elapsedMs() > clock.budgetMs) {
      if (rounds % SAVE_EVERY_ROUNDS !== 0) afterRound(rounds, done, 0);
      return { rounds, pending: new Set(queue.map((r) => r.id)).size, apiDisabled };
    }
    const batch = takeRound(queue, drive.limits ?? PLAIN_LIMITS);
    const answers: readonly DriveAnswer[] = drive.fetchBatch(batch);
    rounds += 1;
    for (const answer of answers) {
      if (answer.apiDisabled) apiDisabled = true;
      // Drive said "later" for this one request: it goes to the end of the queue, a few times.
      const attempt = (answer.request.attempt ?? 0) + 1;
      if (isRetryable(answer) && attempt < MAX_ATTEMPTS) {
        queue.push({ ...answer.request, attempt });
        continue;
      }
      done += absorb(answer, queue, facts, clock.now, maxAgeHours);
    }
    afterRound(rounds, done, queue.length);
  }
  return { rounds, pending: 0, apiDisabled };
}

/** Takes one answer into the facts and queues what it leads to; 1 when a file was read. */
function absorb(
  answer: DriveAnswer,
  queue: DriveRequest[],
  facts: Map<string, EvidenceFact>,
  now: Date,
  maxAgeHours: number,
): number {
  const id = answer.request.id;
  if (answer.request.probe === 'children') {
    const fact = facts.get(id);
    if (fact) facts.set(id, { ...fact, folderEmpty: folderEmptyFromAnswer(answer) });
    return 0;
  }
  if (answer.request.probe === 'public') {
    const fact = facts.get(id);
    if (!fact) return 0;
    const sharing = sharingFromProbe(answer);
    facts.set(
      id,
      sharing === 'unanswered'
        ? { ...fact, status: 'error', detail: checkText.probeUnanswered(answer.status) }
        : { ...fact, sharing },
    );
    return 0;
  }
  const fact = factFromAnswer(answer, now.toISOString());
  facts.set(id, fact);
  // A folder is probed for children; a shortcut's target is checked too.
  if (fact.status === 'ok' && fact.mimeType === FOLDER_MIME) queue.push({ id, probe: 'children' });
  // Whether an assessor can open it: Drive tells only those who may share the file.
  if (needsProbe(fact))
    queue.push({
      id,
      probe: 'public',
      address: publicAddress(id, fact.mimeType, answer.request.resourceKey),
    });
  if (
    fact.shortcutTarget &&
    isStale(facts.get(fact.shortcutTarget), now, maxAgeHours) &&
    !queue.some((q) => q.id === fact.shortcutTarget)
  )
    queue.push({ id: fact.shortcutTarget, probe: 'metadata' });
  return 1;
}
