import { PEMDI_2026 } from '../../src/core/catalogue/frameworks/pemdi-2026';
import { SPBE_2020 } from '../../src/core/catalogue/frameworks/spbe-2020';
import { DEFAULT_CATALOGUE, resolveCatalogue } from '../../src/core/catalogue/registry';
import type { Catalogue } from '../../src/core/catalogue/types';
import { catalogueProblems } from '../../src/core/catalogue/validation';
import { referenceFramework } from '../support/reference';

// The catalogues are transcribed into src/core; these tests hold them to the reference files.
describe.each([
  ['spbe-2020', SPBE_2020, 47, 8, 4],
  ['pemdi-2026', PEMDI_2026, 20, 7, 0],
] as [string, Catalogue, number, number, number][])(
  'catalogue %s',
  (id, catalogue, indicators, aspects, domains) => {
    const ref = referenceFramework(id);

    it('has the reference counts of indicators, aspects and domains', () => {
      expect(catalogue.id).toBe(id);
      expect(catalogue.indicators).toHaveLength(indicators);
      expect(catalogue.aspects).toHaveLength(aspects);
      expect(catalogue.domains).toHaveLength(domains);
    });

    it('holds every indicator with the reference code, name, aspect and weight, in order', () => {
      expect(catalogue.indicators.map((i) => [i.no, i.code, i.name, i.aspect, i.weightBp])).toEqual(
        ref.indicators.map((i) => [i.no, i.code, i.name, i.aspect, i.weightBp]),
      );
    });

    it('holds every aspect with the reference weight and the indicators of its range', () => {
      for (const a of ref.aspects) {
        const aspect = catalogue.aspects.find((x) => x.id === a.id);
        expect(aspect).toMatchObject({ name: a.name, weightBp: a.weightBp });
        if (a.domain) expect(aspect?.domain).toBe(a.domain);
        const members = catalogue.indicators.filter((i) => i.aspect === a.id).map((i) => i.no);
        expect([Math.min(...members), Math.max(...members)]).toEqual(a.indicators);
      }
    });

    it('holds the reference domains with their level scales', () => {
      expect(catalogue.domains.map((d) => [d.id, d.name, d.weightBp, d.scale])).toEqual(
        (ref.domains ?? []).map((d) => [d.id, d.name, d.weightBp, d.levelScale]),
      );
    });

    it('holds the reference predicate bands and level names', () => {
      expect(catalogue.predicates.map((b) => [b.min, b.label])).toEqual(
        ref.predicate.bands.map((b) => [b.min, b.label]),
      );
      const refScales = Object.values(ref.levels.names).map((names) =>
        [1, 2, 3, 4, 5].map((n) => names[String(n)]),
      );
      expect(Object.values(catalogue.levelScales)).toEqual(refScales);
    });

    it('passes its own validation', () => {
      expect(catalogueProblems(catalogue)).toEqual([]);
    });
  },
);

describe('spbe-2020 level scales', () => {
  it('uses the process scale for domains 1-3 and the service scale for domain 4', () => {
    expect(SPBE_2020.domains.map((d) => d.scale)).toEqual([
      'proses',
      'proses',
      'proses',
      'layanan',
    ]);
  });
});

describe('pemdi-2026', () => {
  it('is marked provisional with a note users can read', () => {
    expect(PEMDI_2026.provisional).toBe(true);
    expect(PEMDI_2026.note).toMatch(/Sementara/);
    expect(SPBE_2020.provisional).toBe(false);
  });
});

describe('resolveCatalogue', () => {
  it('defaults to spbe-2020 and accepts ids and common names', () => {
    expect(DEFAULT_CATALOGUE).toBe(SPBE_2020);
    for (const arg of [undefined, '', null, 'spbe-2020', ' SPBE-2020 ', 'spbe', [['spbe-2020']]]) {
      expect(resolveCatalogue(arg)).toBe(SPBE_2020);
    }
    for (const arg of ['pemdi-2026', 'Pemdi', 'PEMDI 2026', [['pemdi-2026']]]) {
      expect(resolveCatalogue(arg)).toBe(PEMDI_2026);
    }
  });

  it('refuses an unknown name and lists the ones it knows', () => {
    expect(() => resolveCatalogue('spbe-2019')).toThrow(
      "Kerangka 'spbe-2019' tidak dikenal. Tulis 'spbe-2020' atau 'pemdi-2026', atau berikan rentang tabel Kerangka.",
    );
  });
});
