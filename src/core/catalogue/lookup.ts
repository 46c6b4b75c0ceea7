import { normalizeWords } from '../kernel/text';
import type { Aspect, Catalogue, Domain, Indicator } from './types';

/**
 * Finding things in a catalogue the way people name them: an indicator as "I05", "i5", "5"
 * or 5; a domain or aspect by its number, its id or (part of) its name.
 */

interface CatalogueIndex {
  readonly byKey: ReadonlyMap<string, Indicator>;
  readonly byNo: ReadonlyMap<number, Indicator>;
  readonly aspectById: ReadonlyMap<string, Aspect>;
  readonly domainById: ReadonlyMap<string, Domain>;
}

const indexes = new WeakMap<Catalogue, CatalogueIndex>();

function indexOf(catalogue: Catalogue): CatalogueIndex {
  let index = indexes.get(catalogue);
  if (!index) {
    index = {
      byKey: new Map(catalogue.indicators.map((i) => [codeKey(i.code), i])),
      byNo: new Map(catalogue.indicators.map((i) => [i.no, i])),
      aspectById: new Map(catalogue.aspects.map((a) => [a.id, a])),
      domainById: new Map(catalogue.domains.map((d) => [d.id, d])),
    };
    indexes.set(catalogue, index);
  }
  return index;
}

/** "I05", "i 5" and "I5" share a key; so do "P07" and "p7". */
export function codeKey(code: string): string {
  const compact = code.replace(/\s+/g, '').toUpperCase();
  const match = /^([A-Z]*)0*([0-9]+)$/.exec(compact);
  return match ? `${match[1]}${match[2]}` : compact;
}

export function findIndicator(catalogue: Catalogue, value: unknown): Indicator | undefined {
  const index = indexOf(catalogue);
  if (typeof value === 'number') return Number.isInteger(value) ? index.byNo.get(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^[0-9]+$/.test(text)) return index.byNo.get(Number(text));
  return index.byKey.get(codeKey(text));
}

export function aspectOf(catalogue: Catalogue, indicator: Indicator): Aspect | undefined {
  return indexOf(catalogue).aspectById.get(indicator.aspect);
}

function domainOf(catalogue: Catalogue, indicator: Indicator): Domain | undefined {
  const aspect = aspectOf(catalogue, indicator);
  return aspect?.domain ? indexOf(catalogue).domainById.get(aspect.domain) : undefined;
}

/** The level names that apply to an indicator: its domain's scale, else the default one. */
export function scaleOf(catalogue: Catalogue, indicator?: Indicator): readonly string[] {
  const scale = (indicator && domainOf(catalogue, indicator)?.scale) || catalogue.defaultScale;
  return catalogue.levelScales[scale] ?? catalogue.levelScales[catalogue.defaultScale] ?? [];
}

export function indicatorsOfAspect(catalogue: Catalogue, aspectId: string): Indicator[] {
  return catalogue.indicators.filter((i) => i.aspect === aspectId);
}

export function indicatorsOfDomain(catalogue: Catalogue, domainId: string): Indicator[] {
  const aspects = new Set(catalogue.aspects.filter((a) => a.domain === domainId).map((a) => a.id));
  return catalogue.indicators.filter((i) => aspects.has(i.aspect));
}

type Match<T> = { kind: 'found'; item: T } | { kind: 'ambiguous'; items: T[] } | { kind: 'none' };

/**
 * A domain or aspect named by position (1 = the first), by id ("D4", "a7") or by name:
 * an exact name wins, else a unique part of a name ("Layanan" → "Layanan SPBE").
 */
export function findPart<T extends { id: string; name: string }>(
  parts: readonly T[],
  value: unknown,
): Match<T> {
  const text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (text === '') return { kind: 'none' };
  if (/^[0-9]+$/.test(text)) {
    const item = parts[Number(text) - 1];
    return item ? { kind: 'found', item } : { kind: 'none' };
  }
  const key = codeKey(text);
  const byId = parts.find((p) => codeKey(p.id) === key);
  if (byId) return { kind: 'found', item: byId };
  const words = normalizeWords(text);
  const exact = parts.find((p) => normalizeWords(p.name) === words);
  if (exact) return { kind: 'found', item: exact };
  const partial = parts.filter((p) => normalizeWords(p.name).includes(words));
  if (partial.length === 1 && partial[0]) return { kind: 'found', item: partial[0] };
  return partial.length > 1 ? { kind: 'ambiguous', items: partial } : { kind: 'none' };
}

/**
 * An indicator's name without the words most names share ("Tingkat Kematangan …", "… Instansi
 * Pusat/Pemerintah Daerah"), so a narrow list shows where names differ.
 */
export function shortNameOf(indicator: Indicator): string {
  const short = indicator.name
    .replace(/^Tingkat Kematangan\s+/i, '')
    .replace(/\s+Instansi Pusat\/Pemerintah Daerah\b/i, '')
    .trim();
  return short || indicator.name;
}
