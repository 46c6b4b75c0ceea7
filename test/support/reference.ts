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
  predicate: { bands: { min: number; label: string }[] };
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
  levels: number[];
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

/** Hundredths of a decimal written in the reference (2.96 → 296), read from its text. */
export function cents(value: number): number {
  return Math.round(value * 100);
}
