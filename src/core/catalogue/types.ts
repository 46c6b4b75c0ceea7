/**
 * A catalogue (kerangka) is plain data: the built-in ones are constants, and a workbook can
 * hold an edited copy that replaces them at run time. Weights are integer basis points
 * (10000 = 100 %) so that every sum is exact.
 *
 * `row` is where an element came from when it was read from a table, so that a validation
 * problem can point at the row the user has to fix.
 */
export interface Catalogue {
  readonly id: string;
  readonly title: string;
  /** True while the catalogue is not confirmed against the official regulation. */
  readonly provisional: boolean;
  /** Shown to users next to results (e.g. why a catalogue is provisional). */
  readonly note?: string;
  /** The regulation the catalogue reproduces. */
  readonly legalBasis?: string;
  /**
   * Indicator values may be fractional (Pemdi 2026: assessors average sub-items, 1,25 or 7/6);
   * otherwise they are whole levels 1–5.
   */
  readonly fractional?: boolean;
  /** Scale id → the five level names, for levels 1..5. */
  readonly levelScales: Readonly<Record<string, readonly string[]>>;
  /** The scale of indicators whose domain names none (and of catalogues without domains). */
  readonly defaultScale: string;
  /** Highest band first; a band applies from its `min` (inclusive) to the next band's. */
  readonly predicates: readonly PredicateBand[];
  /**
   * How each evaluation cycle's national report reads the predicate, oldest first: a cycle's
   * convention holds until the next listed one; before the first, the first's. None: rounded.
   */
  readonly cycles?: readonly Cycle[];
  /** Empty for catalogues whose hierarchy has aspects only (pemdi-2026). */
  readonly domains: readonly Domain[];
  readonly aspects: readonly Aspect[];
  /** In catalogue order: a bare list of levels is read in this order. */
  readonly indicators: readonly Indicator[];
  /**
   * Evidence items (butir) per indicator and level, in catalogue order (Pemdi 2026): what OPD
   * staff collect and the verifier accepts one by one.
   */
  readonly items?: readonly EvidenceItem[];
}

/**
 * One evidence item: its code names its indicator and level ("P01.2.a" is an item of level 2
 * of P01), so the workbook's formulas can count an indicator's items per level by code alone.
 */
export interface EvidenceItem {
  readonly code: string;
  readonly name: string;
  readonly indicator: string;
  readonly level: Level;
  readonly row?: number;
}

/**
 * The predicate is read from the index rounded to two decimals (2023: an exact 1,7995 is
 * "1,80 Cukup") or from the unrounded index (2024: an exact 3,4985 is "3,50 Baik").
 */
export type PredicateReading = 'rounded' | 'unrounded';

export interface Cycle {
  readonly year: number;
  readonly predicateFrom: PredicateReading;
  /** Where the convention comes from (the report that shows it). */
  readonly note?: string;
  readonly row?: number;
}

export interface PredicateBand {
  readonly min: number;
  readonly label: string;
  /** The maturity name the band also goes by (Pemdi: Berkembang for Baik). */
  readonly alias?: string;
  readonly row?: number;
}

export interface Domain {
  readonly id: string;
  readonly name: string;
  readonly weightBp: number;
  readonly scale: string;
  readonly row?: number;
}

export interface Aspect {
  readonly id: string;
  readonly name: string;
  readonly domain?: string;
  readonly weightBp: number;
  readonly row?: number;
}

export interface Indicator {
  readonly no: number;
  readonly code: string;
  readonly name: string;
  readonly aspect: string;
  readonly weightBp: number;
  /**
   * Scored by another agency, not from the Pemda's evidence (Pemdi P05: Bappenas): its value
   * is entered by Diskominfo with its source, and counts 1 until it arrives.
   */
  readonly external?: string;
  /** Other names the indicator goes by (the assessors' short labels). */
  readonly aliases?: readonly string[];
  readonly row?: number;
}

/** Every figure is a weighted mean over the whole catalogue's weight of 10000 bp. */
export const TOTAL_WEIGHT_BP = 10000;
export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;
export type Level = 1 | 2 | 3 | 4 | 5;
