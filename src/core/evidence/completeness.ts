import type { Entry } from './entries';
import type { Finding } from './findings';

/**
 * What "lengkap" means, decided once and used by every view — the panel's picker and
 * progress, the coordinator's table, Kelengkapan, Rekap and the OPD tab's Status column (whose
 * formula follows the same rule, reading the errors from Kelengkapan): an indicator is done
 * when it is filled, no error stands against it, and the verifier has not sent it back.
 */
type EntryStatus = 'empty' | 'incomplete' | 'toFix' | 'revision' | 'accepted' | 'done';

function statusOf(entry: Entry, findings: readonly Finding[]): EntryStatus {
  if (entry.level === null && !entry.levelProblem) return 'empty';
  if (entry.explanation === '' || entry.links.length === 0) return 'incomplete';
  if (entry.verification === 'perlu revisi') return 'revision';
  const mine = (f: Finding) =>
    f.severity === 'error' && f.opd === entry.opd.code && f.indicator === entry.indicator.code;
  if (findings.some(mine)) return 'toFix';
  return entry.verification === 'diterima' ? 'accepted' : 'done';
}

export function isDone(entry: Entry, findings: readonly Finding[]): boolean {
  const status = statusOf(entry, findings);
  return status === 'done' || status === 'accepted';
}
