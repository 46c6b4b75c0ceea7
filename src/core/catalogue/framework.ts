import type { LevelGuide } from './level-guide';
import type { Catalogue, Indicator } from './types';

/**
 * What evidence a claimed level needs, per group of indicators: at least so many links, and
 * at least one of some kinds (declared in Jenis bukti, or seen in the files' types). Each
 * instrument starts with its own; Diskominfo adapts them on the admin-only "Aturan bukti" tab.
 */
export interface EvidenceRule {
  readonly id: string;
  /** Indicator numbers the rule covers. */
  readonly indicators: readonly number[];
  readonly fromLevel: number;
  readonly minLinks: number;
  /** Any one of these kinds satisfies the rule; empty = any kind. */
  readonly kinds: readonly string[];
  readonly explanation: string;
}

/** An OPD of the starting list, with the numbers of the indicators it usually answers. */
export interface StarterOpd {
  readonly code: string;
  readonly name: string;
  readonly short: string;
  readonly pic: string;
  readonly indicators: readonly number[];
}

/**
 * Everything an evaluation instrument decides, in one place: its catalogue (indicators,
 * weights, level names, whether values may be fractional, external indicators, butir, the
 * predikat bands and each cycle's reading of them), the name of the index it gives, the years
 * it applies to, and how a workbook on it starts (who owns what, which evidence each level
 * needs, what each level means). The registry (frameworks/list.ts) is the only list of them;
 * nothing outside the catalogue folder names an instrument or branches on one.
 */
export interface Framework {
  readonly catalogue: Catalogue;
  /** The index as Rekap, the panel and the custom functions name it ("Indeks SPBE"). */
  readonly indexName: string;
  /** What people may type for it besides its id ("spbe", "indeks spbe"). */
  readonly aliases: readonly string[];
  /** The first evaluation year it applies to; a year takes the latest instrument begun by then. */
  readonly fromYear: number;
  /** Who answers which indicator at first, for the catalogue as edited (numbers, not codes). */
  readonly starterOpds: (catalogue: Catalogue) => readonly StarterOpd[];
  /** The evidence each level needs at first (Aturan bukti). */
  readonly evidenceRules: (catalogue: Catalogue) => readonly EvidenceRule[];
  /** What each level of an indicator means and which evidence proves it. */
  readonly levelGuide: (indicator: Indicator) => LevelGuide;
}
