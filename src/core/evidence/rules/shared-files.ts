import { checkText } from '../check-text';
import type { Entry } from '../entries';
import type { Draft } from '../findings';

/** The same file behind indicators of another aspect: worth a second look. */
export function sharedFileFindings(active: readonly Entry[]): Map<Entry, Draft[]> {
  const usesOfFile = new Map<string, Entry[]>();
  for (const e of active)
    for (const l of e.links) if (l.id) usesOfFile.set(l.id, [...(usesOfFile.get(l.id) ?? []), e]);
  const out = new Map<Entry, Draft[]>();
  for (const e of active) {
    const others = new Set<string>();
    for (const link of e.links)
      for (const other of link.id ? (usesOfFile.get(link.id) ?? []) : [])
        if (other.indicator.aspect !== e.indicator.aspect) others.add(other.indicator.code);
    if (others.size > 0)
      out.set(e, [
        { severity: 'warning', col: 'evidence', text: checkText.sharedFile([...others].sort()) },
      ]);
  }
  return out;
}
