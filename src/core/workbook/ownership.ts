import type { Catalogue } from '../catalogue/types';

/**
 * Who usually owns which indicator: the starting OPD list a coordinator then edits. For
 * spbe-2020 it follows the usual split of a kota (the 12-OPD Kendari demo assignment); for
 * pemdi-2026 the same OPDs take the indicators their work answers (external indicators go to
 * no OPD: another agency scores them); for an edited catalogue everything starts with
 * Diskominfo.
 */
export interface OpdRecord {
  readonly code: string;
  readonly name: string;
  readonly short: string;
  readonly tab: string;
  readonly pics: readonly string[];
  /** Indicator codes, in catalogue order; the first OPD listing a code leads it by default. */
  readonly indicators: readonly string[];
}

const SPBE_DEFAULT: readonly [string, string, string, string, readonly number[]][] = [
  [
    'DISKOMINFO',
    'Dinas Komunikasi dan Informatika',
    'Diskominfo',
    'kominfo.spbe@example.org',
    [
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 26, 28, 29, 30,
      31, 42, 43,
    ],
  ],
  [
    'BAPPEDA',
    'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
    'Bappeda',
    'bappeda.spbe@example.org',
    [13, 14, 32, 33, 40],
  ],
  [
    'BPKAD',
    'Badan Pengelolaan Keuangan dan Aset Daerah',
    'BPKAD',
    'bpkad.spbe@example.org',
    [13, 24, 33, 34, 38],
  ],
  [
    'BKPSDM',
    'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    'BKPSDM',
    'bkpsdm.spbe@example.org',
    [25, 36, 41],
  ],
  [
    'INSPEKTORAT',
    'Inspektorat Daerah',
    'Inspektorat',
    'inspektorat.spbe@example.org',
    [21, 29, 30, 31, 39, 42],
  ],
  [
    'ORGANISASI',
    'Bagian Organisasi Sekretariat Daerah',
    'Bag. Organisasi',
    'organisasi.spbe@example.org',
    [14, 27, 40],
  ],
  ['HUKUM', 'Bagian Hukum Sekretariat Daerah', 'Bag. Hukum', 'hukum.spbe@example.org', [44]],
  [
    'UKPBJ',
    'Bagian Pengadaan Barang dan Jasa Sekretariat Daerah',
    'UKPBJ',
    'ukpbj.spbe@example.org',
    [35],
  ],
  ['DISPUSIP', 'Dinas Perpustakaan dan Kearsipan', 'Dispusip', 'dispusip.spbe@example.org', [37]],
  ['BAPENDA', 'Badan Pendapatan Daerah', 'Bapenda', 'bapenda.spbe@example.org', [45]],
  [
    'DISDUKCAPIL',
    'Dinas Kependudukan dan Pencatatan Sipil',
    'Disdukcapil',
    'disdukcapil.spbe@example.org',
    [46],
  ],
  [
    'DPMPTSP',
    'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    'DPMPTSP',
    'dpmptsp.spbe@example.org',
    [47],
  ],
];

/** pemdi-2026 by OPD code: governance, data protection, security and technology with
 * Diskominfo; people with BKPSDM; business processes and satisfaction with Organisasi; the
 * service portal and user support with the service OPDs. */
const PEMDI_DEFAULT: Readonly<Record<string, readonly number[]>> = {
  DISKOMINFO: [1, 2, 4, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19],
  BAPPEDA: [4],
  BKPSDM: [3],
  INSPEKTORAT: [9],
  ORGANISASI: [2, 15, 20],
  HUKUM: [8],
  DISDUKCAPIL: [19],
  DPMPTSP: [17, 19, 20],
};

export function defaultOpds(catalogue: Catalogue): OpdRecord[] {
  const codeOf = (no: number) => catalogue.indicators.find((i) => i.no === no && !i.external)?.code;
  const assigned = (nos: readonly number[]) =>
    nos.map(codeOf).filter((c): c is string => c !== undefined);
  const table =
    catalogue.id === 'spbe-2020'
      ? SPBE_DEFAULT
      : catalogue.id === 'pemdi-2026'
        ? SPBE_DEFAULT.filter(([code]) => PEMDI_DEFAULT[code]).map(
            ([code, name, short, pic]) =>
              [code, name, short, pic, PEMDI_DEFAULT[code] ?? []] as const,
          )
        : undefined;
  if (table)
    return table.map(([code, name, short, pic, nos]) => ({
      code,
      name,
      short,
      tab: short,
      pics: [pic],
      indicators: assigned(nos),
    }));
  return [
    {
      code: 'DISKOMINFO',
      name: 'Dinas Komunikasi dan Informatika',
      short: 'Diskominfo',
      tab: 'Diskominfo',
      pics: ['kominfo.spbe@example.org'],
      indicators: catalogue.indicators.filter((i) => !i.external).map((i) => i.code),
    },
  ];
}
