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
      // Pemdi: the regulation's wording is "Tingkat Kematangan …" (the reference's namesNote);
      // the reference's names are the short labels, kept as aliases.
      const regulation = (name: string) =>
        id === 'pemdi-2026' ? `Tingkat Kematangan ${name}` : name;
      expect(catalogue.indicators.map((i) => [i.no, i.code, i.name, i.aspect, i.weightBp])).toEqual(
        ref.indicators.map((i) => [i.no, i.code, regulation(i.name), i.aspect, i.weightBp]),
      );
      if (id === 'pemdi-2026')
        for (const i of ref.indicators)
          expect(catalogue.indicators.find((x) => x.code === i.code)?.aliases).toContain(i.name);
    });

    it('holds every aspect with the reference weight and the indicators of its range', () => {
      for (const a of ref.aspects) {
        const aspect = catalogue.aspects.find((x) => x.id === a.id);
        // Pemdi aspects 6 and 7 end in "… Digital Pemerintah" in the regulation (namesNote).
        const name =
          id === 'pemdi-2026' && ['P6', 'P7'].includes(a.id) ? `${a.name} Pemerintah` : a.name;
        expect(aspect).toMatchObject({ name, weightBp: a.weightBp });
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
  const ref = referenceFramework('pemdi-2026');

  it('is marked provisional with a note users can read, and records its legal basis', () => {
    expect(PEMDI_2026.provisional).toBe(true);
    expect(PEMDI_2026.note).toMatch(/Sementara/);
    expect(SPBE_2020.provisional).toBe(false);
    expect(PEMDI_2026.legalBasis).toMatch(/^PermenPANRB No\. 8 Tahun 2026/);
  });

  it('takes fractional values; SPBE 2020 whole levels only', () => {
    expect(PEMDI_2026.fractional).toBe(true);
    expect(SPBE_2020.fractional).toBeFalsy();
  });

  it("flags the reference's external indicators, each with its source", () => {
    const external = PEMDI_2026.indicators.filter((i) => i.external);
    expect(external.map((i) => i.code)).toEqual(ref.external?.indicators);
    for (const i of external) expect(i.external).not.toBe('');
  });

  it("gives each predicate band the reference's maturity alias", () => {
    expect(PEMDI_2026.predicates.map((b) => [b.label, b.alias])).toEqual(
      ref.predicate.bands.map((b) => [b.label, b.alias?.split(' / ')[0]]),
    );
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
