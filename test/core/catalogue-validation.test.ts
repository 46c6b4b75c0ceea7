import { SPBE_2020 } from '../../src/core/catalogue/frameworks/spbe-2020';
import type { Catalogue } from '../../src/core/catalogue/types';
import { assertValidCatalogue, catalogueProblems } from '../../src/core/catalogue/validation';

/** A copy of spbe-2020 with one change, as an admin might make it. */
function edited(change: (c: Mutable) => void): Catalogue {
  const copy = JSON.parse(JSON.stringify(SPBE_2020)) as Mutable;
  change(copy);
  return copy as Catalogue;
}
type Mutable = {
  -readonly [K in keyof Catalogue]: Catalogue[K] extends readonly (infer T)[]
    ? { -readonly [P in keyof T]: T[P] }[]
    : Catalogue[K];
};

describe('catalogue validation names the row to fix', () => {
  it('refuses weights that do not add up: aspect, domain and total', () => {
    const problems = catalogueProblems(
      edited((c) => {
        (c.indicators[0] as { weightBp: number }).weightBp = 140;
      }),
    );
    expect(problems).toEqual([
      'aspek ke-1 (A1): bobotnya 1300, tetapi jumlah bobot indikatornya 1310; samakan keduanya',
      'kerangka: jumlah bobot semua indikator 10010, seharusnya 10000 (100%); periksa bobot yang diubah',
    ]);
  });

  it('refuses a domain whose aspects weigh more than it', () => {
    const problems = catalogueProblems(
      edited((c) => {
        (c.domains[0] as { weightBp: number }).weightBp = 1200;
      }),
    );
    expect(problems).toEqual([
      'domain ke-1 (D1): bobotnya 1200, tetapi jumlah bobot aspeknya 1300; samakan keduanya',
    ]);
  });

  it('refuses duplicate codes, including the same code written differently', () => {
    const problems = catalogueProblems(
      edited((c) => {
        (c.indicators[6] as { code: string }).code = 'I5';
      }),
    );
    expect(problems).toContain(
      "indikator ke-7 (I5): kode 'I5' sudah dipakai di indikator ke-5 (I05); setiap kode harus unik",
    );
  });

  it('refuses predicate bands out of order and a lowest band that leaves indices without a label', () => {
    expect(
      catalogueProblems(
        edited((c) => {
          (c.predicates[2] as { min: number }).min = 3.6;
        }),
      ),
    ).toEqual([
      'predikat ke-3 (Baik): batas 3,6 harus lebih kecil dari batas predikat di atasnya (3,5); urutkan predikat dari yang tertinggi',
    ]);
    expect(
      catalogueProblems(
        edited((c) => {
          c.predicates = c.predicates.slice(0, 4);
        }),
      ),
    ).toEqual([
      'predikat ke-4 (Cukup): predikat terendah mulai dari 1,8, sehingga indeks di bawahnya tidak berpredikat; ubah batasnya menjadi 0 atau 1',
    ]);
  });

  it('refuses an aspect without indicators and an indicator pointing at a missing aspect', () => {
    const problems = catalogueProblems(
      edited((c) => {
        for (const i of c.indicators)
          if (i.aspect === 'A6') (i as { aspect: string }).aspect = 'A9';
      }),
    );
    expect(problems).toContain(
      "indikator ke-29 (I29): aspek induk 'A9' tidak ada; tulis kode aspek yang ada",
    );
    expect(problems).toContain(
      'aspek ke-6 (A6): aspek ini tidak memiliki indikator; tambahkan indikator atau hapus aspek ini',
    );
  });

  it('refuses weights that are not positive whole basis points', () => {
    const problems = catalogueProblems(
      edited((c) => {
        (c.indicators[1] as { weightBp: number }).weightBp = 1.3;
      }),
    );
    expect(problems[0]).toBe(
      'indikator ke-2 (I02): bobot 1,3 tidak sah; isi bilangan bulat positif dalam basis poin (130 berarti 1,30%)',
    );
  });

  it('refuses level scales without exactly five names', () => {
    const problems = catalogueProblems(
      edited((c) => {
        c.levelScales = {
          ...c.levelScales,
          layanan: ['Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi'],
        };
      }),
    );
    expect(problems).toEqual([
      "skala tingkat 'layanan': perlu tepat lima nama tingkat (1 sampai 5), tidak ada yang kosong",
    ]);
  });

  it('throws one error listing everything to fix', () => {
    expect(() =>
      assertValidCatalogue(
        edited((c) => {
          (c.indicators[0] as { weightBp: number }).weightBp = 0;
        }),
      ),
    ).toThrow(
      /^Kerangka spbe-2020 tidak bisa dipakai; perbaiki dulu: indikator ke-1 \(I01\): bobot 0 tidak sah/,
    );
    expect(assertValidCatalogue(SPBE_2020)).toBe(SPBE_2020);
  });
});
