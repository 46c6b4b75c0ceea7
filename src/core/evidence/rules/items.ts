import { completeLevels, type ItemRule, isAccepted } from '../../entry/items';
import { VERIFICATION_VALUES } from '../../entry/words';
import { checkText } from '../check-text';
import type { Entry } from '../entries';
import type { Draft } from '../findings';

/**
 * An indicator's evidence items (Pemdi): each item the claimed level needs has evidence; the
 * verifier's word on an item is one of the list, and a revision says what to fix; and the
 * claim does not run ahead of the items accepted so far, which is what Mandiri counts.
 */
export function itemFindings(e: Entry, rule: ItemRule): Draft[] {
  const items = e.items.filter((i) => i.active);
  if (items.length === 0) return [];
  const out: Draft[] = [];
  for (const i of items) {
    const at = (col: Draft['col']) => ({ col, row: i.row });
    const known =
      i.verification === '' || (VERIFICATION_VALUES as readonly string[]).includes(i.verification);
    if (!known)
      out.push({
        severity: 'error',
        ...at('verification'),
        text: checkText.itemVerificationUnknown(i.item.code, i.verification),
      });
    if (i.levelTyped !== '')
      out.push({
        severity: 'warning',
        ...at('level'),
        text: checkText.levelOnItem(i.item.code, i.levelTyped, e.indicator.code),
      });
    if (i.verification === VERIFICATION_VALUES[1] && i.verifierNote === '')
      out.push({ severity: 'error', ...at('verifierNote'), text: checkText.revisionWithoutNote() });
    if (i.links.length > 0) continue;
    if (e.level !== null && i.item.level <= e.level)
      out.push({
        severity: 'error',
        ...at('evidence'),
        text: checkText.itemWithoutEvidence(i.item.code, i.item.level, e.level),
      });
    else if (i.verification === VERIFICATION_VALUES[2])
      out.push({
        severity: 'error',
        ...at('evidence'),
        text: checkText.itemAcceptedWithoutEvidence(i.item.code),
      });
  }
  const complete = completeLevels(
    items.map((i) => ({ level: i.item.level, status: i.status })),
    isAccepted,
  );
  if (e.level !== null && e.level > complete)
    out.push({
      severity: rule === 'langsung' ? 'info' : 'warning',
      col: 'level',
      text: checkText.claimAboveItems(e.level, complete, rule),
    });
  return out;
}
