import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The reference material the project was given (copied into test/fixtures: the project never
 * reads ../shared). Expected numbers in tests come from here or from the rules, never from
 * the code under test.
 */
const FIXTURES = path.join(__dirname, '..', 'fixtures');

export interface ReferenceFramework {
  id: string;
  levels: { names: Record<string, Record<string, string>> };
  predicate: { bands: { min: number; label: string; alias?: string }[] };
  external?: { indicators: string[] };
  domains?: { id: string; name: string; weightBp: number; levelScale: string }[];
  aspects: {
    id: string;
    name: string;
    domain?: string;
    weightBp: number;
    indicators: [number, number];
  }[];
  indicators: { no: number; code: string; name: string; aspect: string; weightBp: number }[];
}

export interface ScoringCase {
  name: string;
  framework: string;
  /** Whole levels (SPBE cases), or `values` instead: Pemdi values, exact ("4/3" is a fraction). */
  levels?: number[];
  values?: (number | string)[];
  exactIndex: number;
  index: number;
  aspects: Record<string, number>;
  domains?: Record<string, number>;
  predikat: string;
}

export function referenceFramework(id: string): ReferenceFramework {
  return JSON.parse(readFileSync(path.join(FIXTURES, 'frameworks', `${id}.json`), 'utf8'));
}

export function scoringCases(): ScoringCase[] {
  return JSON.parse(readFileSync(path.join(FIXTURES, 'scoring-examples.json'), 'utf8')).cases;
}

/** A case of whole levels, by name (the SPBE cases), or an error when the reference lacks it. */
export function levelCase(name: string): ScoringCase & { levels: number[] } {
  const found = scoringCases().find((c) => c.name === name);
  if (!found?.levels) throw new Error(`reference case missing: ${name}`);
  return { ...found, levels: found.levels };
}

/**
 * A case's values as a spreadsheet cell holds them: a level, a 2-decimal number, or the float
 * a cell computing =4/3 holds for the fraction "4/3".
 */
export function caseValues(c: ScoringCase): number[] {
  return (c.levels ?? c.values ?? []).map((v) => {
    if (typeof v === 'number') return v;
    const [num, den] = v.split('/').map(Number);
    return (num ?? 0) / (den ?? 1);
  });
}

/** Hundredths of a decimal written in the reference (2.96 → 296), read from its text. */
export function cents(value: number): number {
  return Math.round(value * 100);
}
