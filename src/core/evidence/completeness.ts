import type { EntryStatus, EntryStatusKey } from '../entry/status';
import { MIN_EXPLANATION_CHARS } from '../entry/thresholds';
import { STATUS_LABEL, VERIFICATION_VALUES } from '../entry/words';
import type { Entry } from './entries';

/**
 * What "lengkap" means, decided once and used by every view — the panel's picker and
 * progress, the coordinator's table, Kelengkapan, Rekap and the OPD tab's Status column, whose
 * formula (workbook/opd-tab.ts statusFormula) is this rule written for a spreadsheet:
 * filled, nothing missing that a formula can see (an explanation of 40 characters, evidence,
 * each item the claim needs), not sent back by the verifier; and the last check judged the row
 * as it is now (Dicek) and found no error. Until a check has judged it, a filled row is
 * *Perlu dicek*: link shapes and Drive are the check's to judge.
 */
interface Judged {
  readonly severity: string;
  readonly opd: string;
  readonly indicator: string;
}

function keyOf(entry: Entry, findings: readonly Judged[]): EntryStatusKey {
  if (entry.level === null && !entry.levelProblem) return 'empty';
  // A Tingkat that is no level (levels.ts) needs fixing, whatever else the row holds.
  if (entry.levelProblem) return 'toFix';
  if (isMissingSomething(entry)) return 'incomplete';
  if (entry.verification === VERIFICATION_VALUES[1]) return 'revision';
  if (!isJudgedAsItIs(entry)) return 'unchecked';
  const mine = (f: Judged) =>
    f.severity === 'error' && f.opd === entry.opd.code && f.indicator === entry.indicator.code;
  if (findings.some(mine)) return 'toFix';
  return entry.verification === VERIFICATION_VALUES[2] ? 'accepted' : 'done';
}

/** What a formula can see is missing: a short explanation, no evidence, an item needed. */
function isMissingSomething(entry: Entry): boolean {
  const items = entry.items.filter((i) => i.active);
  const anyEvidence = entry.evidenceTyped || items.some((i) => i.evidenceTyped);
  const level = entry.level ?? 0;
  const itemMissing = items.some((i) => !i.evidenceTyped && i.item.level <= level);
  return entry.explanationLength < MIN_EXPLANATION_CHARS || !anyEvidence || itemMissing;
}

/** Whether the last check judged the row, and its items' rows, as they are now. */
function isJudgedAsItIs(entry: Entry): boolean {
  return (
    entry.checked === entry.digest && entry.items.every((i) => !i.active || i.checked === i.digest)
  );
}

/** Evidence on the indicator's row, or on one of its active items' rows. */
export function hasEvidence(entry: Entry): boolean {
  return entry.links.length > 0 || entry.items.some((i) => i.active && i.links.length > 0);
}

/** The entry as the check leaves it: judged as it is (what the check writes in Dicek). */
export function judged(entry: Entry): Entry {
  return {
    ...entry,
    checked: entry.digest,
    items: entry.items.map((i) => ({ ...i, checked: i.digest })),
  };
}

export function entryStatus(entry: Entry, findings: readonly Judged[]): EntryStatus {
  const key = keyOf(entry, findings);
  return { key, label: STATUS_LABEL[key], done: key === 'done' || key === 'accepted' };
}

export function isDone(entry: Entry, findings: readonly Judged[]): boolean {
  return entryStatus(entry, findings).done;
}
