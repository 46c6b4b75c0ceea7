import type { Catalogue } from '../catalogue/types';

/**
 * Who usually owns which indicator: the starting OPD list a coordinator then edits. For
 * spbe-2020 it follows the usual split of a kota (the 12-OPD Kendari demo assignment); for
 * other catalogues everything starts with Diskominfo.
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

export function defaultOpds(catalogue: Catalogue): OpdRecord[] {
  const codeOf = (no: number) => catalogue.indicators.find((i) => i.no === no)?.code;
  if (catalogue.id === 'spbe-2020') {
    return SPBE_DEFAULT.map(([code, name, short, pic, nos]) => ({
      code,
      name,
      short,
      tab: short,
      pics: [pic],
      indicators: nos.map(codeOf).filter((c): c is string => c !== undefined),
    }));
  }
  return [
    {
      code: 'DISKOMINFO',
      name: 'Dinas Komunikasi dan Informatika',
      short: 'Diskominfo',
      tab: 'Diskominfo',
      pics: ['kominfo.spbe@example.org'],
      indicators: catalogue.indicators.map((i) => i.code),
    },
  ];
}
