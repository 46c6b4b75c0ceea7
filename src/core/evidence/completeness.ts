import type { EntryStatus, EntryStatusKey } from '../../shared/rpc';
import { checkText } from './check-text';
import type { Entry } from './entries';

/**
 * What "lengkap" means, decided once and used by every view — the panel's picker and
 * progress, the coordinator's table, Kelengkapan, Rekap and the OPD tab's Status column (whose
 * formula follows the same rule, reading the errors from Kelengkapan): an indicator is done
 * when it is filled, no error of the last check stands against it, and the verifier has not
 * sent it back. Every view reads the errors from the same place, the last check, so all agree.
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
  if (entry.explanation === '' || !hasEvidence(entry)) return 'incomplete';
  if (entry.verification === 'perlu revisi') return 'revision';
  const mine = (f: Judged) =>
    f.severity === 'error' && f.opd === entry.opd.code && f.indicator === entry.indicator.code;
  if (findings.some(mine)) return 'toFix';
  return entry.verification === 'diterima' ? 'accepted' : 'done';
}

/** Evidence on the indicator's row, or on one of its active items' rows. */
export function hasEvidence(entry: Entry): boolean {
  return entry.links.length > 0 || entry.items.some((i) => i.active && i.links.length > 0);
}

export function entryStatus(entry: Entry, findings: readonly Judged[]): EntryStatus {
  const key = keyOf(entry, findings);
  return { key, label: checkText.statusLabel[key], done: key === 'done' || key === 'accepted' };
}

export function isDone(entry: Entry, findings: readonly Judged[]): boolean {
  return entryStatus(entry, findings).done;
}
