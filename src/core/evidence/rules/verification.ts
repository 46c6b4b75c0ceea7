import { checkText } from '../check-text';
import { dayOfStamp, type Entry } from '../entries';
import type { Draft, RuleContext } from '../findings';

/**
 * What the verifier decided: a revision asked without a note, or not acted on since; edits
 * after the deadline; a claim above the verified level. Remembers each revision asked.
 */
export function verificationFindings(
  e: Entry,
  ctx: RuleContext,
): {
  drafts: Draft[];
  revision?: { key: string; memory: { fingerprint: string; since: string } };
} {
  const { input } = ctx;
  const drafts: Draft[] = [];
  let revision: { key: string; memory: { fingerprint: string; since: string } } | undefined;
  if (e.verification === 'perlu revisi') {
    if (e.verifierNote === '')
      drafts.push({
        severity: 'error',
        col: 'verifierNote',
        text: checkText.revisionWithoutNote(),
      });
    const key = `${e.opd.code}|${e.indicator.code}`;
    const before = input.revisions.get(key);
    const unchanged = before !== undefined && before.fingerprint === e.fingerprint;
    revision = {
      key,
      memory: { fingerprint: e.fingerprint, since: unchanged ? before.since : input.today },
    };
    if (unchanged && before.since < input.today)
      drafts.push({
        severity: 'warning',
        col: 'level',
        text: checkText.revisionStale(before.since),
      });
  }
  const edited = dayOfStamp(e.editedAt);
  if (input.settings.deadline && edited && edited > input.settings.deadline)
    drafts.push({
      severity: 'warning',
      col: 'editedAt',
      text: checkText.editedAfterDeadline(edited, input.settings.deadline),
    });
  const verified = input.verified.get(e.indicator.code);
  if (e.level !== null && verified !== undefined && e.level > verified)
    drafts.push({
      severity: 'warning',
      col: 'level',
      text: checkText.aboveVerified(e.level, verified),
    });
  return { drafts, ...(revision ? { revision } : {}) };
}
