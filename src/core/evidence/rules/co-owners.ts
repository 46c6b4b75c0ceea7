import { checkText } from '../check-text';
import type { Entry } from '../entries';
import type { Draft } from '../findings';

/** Co-owning OPDs who claim different levels for one indicator: each is told the others. */
export function coOwnerFindings(active: readonly Entry[]): Map<Entry, Draft[]> {
  const byIndicator = new Map<string, Entry[]>();
  for (const e of active)
    if (e.level !== null)
      byIndicator.set(e.indicator.code, [...(byIndicator.get(e.indicator.code) ?? []), e]);
  const out = new Map<Entry, Draft[]>();
  for (const group of byIndicator.values()) {
    if (new Set(group.map((e) => e.level)).size < 2) continue;
    const claims = group.map((e) => `${e.opd.code} ${e.level}`).join(', ');
    for (const e of group)
      out.set(e, [{ severity: 'warning', col: 'level', text: checkText.claimsDiffer(claims) }]);
  }
  return out;
}
