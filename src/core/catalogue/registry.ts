import { InputError } from '../kernel/errors';
import { normalizeWords } from '../kernel/text';
import { catalogueText } from './catalogue-text';
import type { EvidenceRule, Framework, StarterOpd } from './framework';
import { generalFramework } from './frameworks/general';
import { FRAMEWORKS } from './frameworks/list';
import type { LevelGuide } from './level-guide';
import { catalogueFromTable } from './table';
import type { Catalogue, Indicator } from './types';

/** What a custom function uses when it names no instrument: the first one listed. */
export const DEFAULT_CATALOGUE = (FRAMEWORKS[0] as Framework).catalogue;

/** The ids of the instruments, oldest first: the choices Pengaturan and the CLI offer. */
export function frameworkIds(): string[] {
  return FRAMEWORKS.map((f) => f.catalogue.id);
}

export interface FrameworkChoice {
  readonly id: string;
  readonly indexName: string;
  readonly fromYear: number;
  readonly provisional: boolean;
  readonly fractional: boolean;
}

/** Each instrument's id with the index it gives, for a note or a help that lists the choices. */
export function frameworkChoices(): FrameworkChoice[] {
  return FRAMEWORKS.map((f) => ({
    id: f.catalogue.id,
    indexName: f.indexName,
    fromYear: f.fromYear,
    provisional: f.catalogue.provisional,
    fractional: !!f.catalogue.fractional,
  }));
}

/** The instrument of an evaluation year: the latest one begun by then (the first before any). */
export function frameworkForYear(year: number): string {
  const begun = FRAMEWORKS.filter((f) => f.fromYear <= year);
  return (begun[begun.length - 1] ?? (FRAMEWORKS[0] as Framework)).catalogue.id;
}

/**
 * The descriptor of a catalogue, found by its id: an edited Kerangka copy keeps its
 * instrument's; a catalogue under an id no instrument claims gets the general one.
 */
export function frameworkOf(catalogue: Catalogue): Framework {
  const known = FRAMEWORKS.find((f) => f.catalogue.id === catalogue.id);
  return known ? { ...known, catalogue } : generalFramework(catalogue);
}

/** "Indeks SPBE", "Indeks Pemdi": the index an instrument gives, by its id. */
export function indexNameOf(id: string): string {
  return FRAMEWORKS.find((f) => f.catalogue.id === id)?.indexName ?? 'Indeks';
}

export function levelGuideFor(catalogue: Catalogue, indicator: Indicator): LevelGuide {
  return frameworkOf(catalogue).levelGuide(indicator);
}

export function starterEvidenceRules(catalogue: Catalogue): readonly EvidenceRule[] {
  return frameworkOf(catalogue).evidenceRules(catalogue);
}

export function starterOpds(catalogue: Catalogue): readonly StarterOpd[] {
  return frameworkOf(catalogue).starterOpds(catalogue);
}

/**
 * The catalogue a formula or action names: nothing → the first instrument; a name → a
 * built-in one (its id or what people call it); a range → an edited copy held in the workbook
 * (a Kerangka table), checked before use.
 */
export function resolveCatalogue(arg: unknown): Catalogue {
  if (Array.isArray(arg) && arg.length > 1) {
    return catalogueFromTable(arg.map((row) => (Array.isArray(row) ? row : [row])));
  }
  const single = Array.isArray(arg) ? arg[0]?.[0] : arg;
  if (single === undefined || single === null || single === '') return DEFAULT_CATALOGUE;
  const name = normalizeWords(String(single));
  const found = FRAMEWORKS.find((f) => f.catalogue.id === name || f.aliases.includes(name));
  if (!found) throw new InputError(catalogueText.unknownCatalogue(String(single), frameworkIds()));
  return found.catalogue;
}
