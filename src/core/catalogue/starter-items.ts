import type { LevelGuide } from './level-guide';
import type { Catalogue, EvidenceItem, Indicator, Level } from './types';

/**
 * A first list of evidence items for a catalogue that has none: each level's accepted evidence
 * (level-guide.ts) split where it lists several documents ("Pedoman/SOP dan catatan
 * pelaksanaannya" → two items). Admins refine the list on Kerangka; the national
 * questionnaire's own items replace it once a Pemda has them.
 */
function starterItems(
  catalogue: Catalogue,
  guideOf: (indicator: Indicator) => LevelGuide,
): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  for (const indicator of catalogue.indicators) {
    if (indicator.external) continue;
    const guide = guideOf(indicator);
    guide.levels.forEach((entry, i) => {
      const level = (i + 1) as Level;
      partsOf(entry.evidence).forEach((name, k) => {
        items.push({
          code: `${indicator.code}.${level}.${String.fromCharCode(97 + k)}`,
          name,
          indicator: indicator.code,
          level,
        });
      });
    });
  }
  return items;
}

/** "A, b dan c." → ["A", "B", "C"]; a list inside brackets stays one item. */
function partsOf(evidence: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const text = evidence.trim().replace(/\.$/, '');
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    const separator =
      depth === 0 && (text.startsWith(', ', i) ? 2 : text.startsWith(' dan ', i) ? 5 : 0);
    if (separator) {
      parts.push(current);
      current = '';
      i += separator - 1;
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1));
}

/**
 * The catalogue with a starter list of items, for a built-in one that has none. The list is
 * made when first asked for: every custom function call loads the bundle afresh, and most
 * never look at items.
 */
export function withStarterItems(
  catalogue: Catalogue,
  guideOf: (indicator: Indicator) => LevelGuide,
): Catalogue {
  let items: EvidenceItem[] | undefined;
  return Object.defineProperty({ ...catalogue }, 'items', {
    enumerable: true,
    get: () => {
      if (!items) items = starterItems(catalogue, guideOf);
      return items;
    },
  });
}
