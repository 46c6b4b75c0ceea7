import { PEMDI_2026 } from '../../src/core/catalogue/frameworks/pemdi-2026';
import { SPBE_2020 } from '../../src/core/catalogue/frameworks/spbe-2020';
import { predicateOf as predicateOfExact } from '../../src/core/catalogue/predicate';
import type { Catalogue, Level } from '../../src/core/catalogue/types';
import { type LevelMap, score } from '../../src/core/evaluation/scoring';
import {
  decimalText,
  decimalToCents,
  formatCents,
  ratioToCents,
} from '../../src/core/kernel/decimal';
import { caseValues, cents, referenceFramework, scoringCases } from '../support/reference';

const catalogues: Record<string, Catalogue> = { 'spbe-2020': SPBE_2020, 'pemdi-2026': PEMDI_2026 };

function levelsInOrder(catalogue: Catalogue, levels: readonly (number | null)[]): LevelMap {
  return new Map(catalogue.indicators.map((i, n) => [i.code, levels[n] ?? null]));
}

describe('scoring-examples.json', () => {
  it.each(scoringCases().map((c) => [c.name, c] as const))('%s', (_, example) => {
    const catalogue = catalogues[example.framework] as Catalogue;
    const scores = score(catalogue, levelsInOrder(catalogue, caseValues(example)));

    // The exact weighted mean, before any rounding, is the reference's exactIndex.
    expect(
      Math.abs(scores.index.exact.num / scores.index.exact.den - example.exactIndex),
    ).toBeLessThan(1e-12);
    expect(scores.index.cents).toBe(cents(example.index));
    expect(scores.predicate.label).toBe(example.predikat);
    expect(Object.fromEntries(scores.aspects.map((a) => [a.aspect.id, a.figure.cents]))).toEqual(
      Object.fromEntries(Object.entries(example.aspects).map(([id, v]) => [id, cents(v)])),
    );
    expect(Object.fromEntries(scores.domains.map((d) => [d.domain.id, d.figure.cents]))).toEqual(
      Object.fromEntries(Object.entries(example.domains ?? {}).map(([id, v]) => [id, cents(v)])),
    );
    expect(scores.notAssessed).toEqual([]);
  });

  it('catches the two classic mistakes the reference warns about', () => {
    const [half, trap] = ['exact 2.955 rounds half-up to 2.96', 'rounded-domain trap'].map((name) =>
      scoringCases().find((c) => c.name === name),
    );
    for (const example of [half, trap]) {
      if (!example) throw new Error('reference case missing');
      const scores = score(SPBE_2020, levelsInOrder(SPBE_2020, caseValues(example)));
      // Building the index from rounded domains gives the wrong figure the reference names.
      const fromRoundedDomains =
        scores.domains.reduce((s, d) => s + d.figure.cents * d.domain.weightBp, 0) / 10000;
      expect(Math.round(fromRoundedDomains)).not.toBe(cents(example.index));
      expect(scores.index.cents).toBe(cents(example.index));
    }
    // Summing fractional weights in floating point lands just under 2.955, hence 2.95.
    const example = half as NonNullable<typeof half>;
    const floatSum = SPBE_2020.indicators.reduce(
      (s, i, n) => s + (i.weightBp / 10000) * (caseValues(example)[n] ?? 1),
      0,
    );
    expect(floatSum.toFixed(2)).toBe('2.95');
    expect(ratioToCents(29550, 10000)).toBe(296);
  });
});

describe('blanks are "belum dinilai"', () => {
  it('counts a blank as level 1 and reports which indicators were blank', () => {
    const levels = new Map<string, Level | null>(
      SPBE_2020.indicators.map((i) => [i.code, 3 as Level]),
    );
    levels.set('I05', null);
    levels.delete('I40');
    const scores = score(SPBE_2020, levels);
    // 3 everywhere except two indicators at 1: 30000 - 2·(130 + 275) = 29190 → 2.919 → 2.92.
    expect(scores.index.exact.num / scores.index.exact.den).toBe(
      (30000 - 2 * 130 - 2 * 275) / 10000,
    );
    expect(scores.index.cents).toBe(292);
    expect(scores.notAssessed.map((i) => i.code)).toEqual(['I05', 'I40']);
  });

  it('scores an all-blank sheet as 1,00 Kurang with every indicator listed', () => {
    const scores = score(SPBE_2020, new Map());
    expect(scores.index.cents).toBe(100);
    expect(scores.predicate.label).toBe('Kurang');
    expect(scores.notAssessed).toHaveLength(47);
  });
});

/** The predicate of an index already in cents (rounded and unrounded readings agree there). */
const predicateOf = (catalogue: Catalogue, indexCents: number) =>
  predicateOfExact(catalogue, { num: indexCents, den: 100 }).label;

describe('predicate bands', () => {
  // Every boundary of both frameworks: the band starts exactly at its minimum.
  it.each(['spbe-2020', 'pemdi-2026'])(
    '%s: each band starts at its minimum, the one below ends 0,01 earlier',
    (id) => {
      const catalogue = catalogues[id] as Catalogue;
      const bands = referenceFramework(id).predicate.bands;
      bands.forEach((band, i) => {
        const min = Math.max(cents(band.min), 100);
        expect(predicateOf(catalogue, min)).toBe(band.label);
        const below = bands[i + 1];
        if (below) expect(predicateOf(catalogue, cents(band.min) - 1)).toBe(below.label);
      });
      expect(predicateOf(catalogue, 500)).toBe(bands[0]?.label);
      expect(predicateOf(catalogue, 100)).toBe(bands[bands.length - 1]?.label);
    },
  );

  it('reads Kendari 2,01 as Cukup and the national target 2,60 as Baik', () => {
    expect(predicateOf(SPBE_2020, 201)).toBe('Cukup');
    expect(predicateOf(SPBE_2020, 259)).toBe('Cukup');
    expect(predicateOf(SPBE_2020, 260)).toBe('Baik');
  });
});

describe('decimal arithmetic', () => {
  it('rounds exact ratios half-up', () => {
    expect(ratioToCents(1, 8)).toBe(13); // 0.125
    expect(ratioToCents(2955, 1000)).toBe(296);
    expect(ratioToCents(29549, 10000)).toBe(295);
    expect(ratioToCents(50000, 10000)).toBe(500);
  });

  it('reads typed decimals by their written digits', () => {
    expect(decimalToCents(2.595)).toBe(260);
    expect(decimalToCents(2.594)).toBe(259);
    expect(decimalToCents(4.2)).toBe(420);
    expect(decimalToCents(1.005)).toBe(101);
  });

  it('writes scores the Indonesian way', () => {
    expect(formatCents(296)).toBe('2,96');
    expect(formatCents(300)).toBe('3,00');
    expect(formatCents(5)).toBe('0,05');
    expect(decimalText(2.01)).toBe('2,01');
    expect(decimalText(3, 2)).toBe('3,00');
    expect(decimalText(2.5, 2)).toBe('2,50');
  });
});
