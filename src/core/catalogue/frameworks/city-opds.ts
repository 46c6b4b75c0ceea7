import type { StarterOpd } from '../framework';

/**
 * The OPDs of a kota as the demo knows them (Kendari's twelve that answer for SPBE): the list a
 * descriptor's starter ownership picks from. The emails are placeholders a coordinator replaces.
 */
const CITY_OPDS: readonly Omit<StarterOpd, 'indicators'>[] = [
  {
    code: 'DISKOMINFO',
    name: 'Dinas Komunikasi dan Informatika',
    short: 'Diskominfo',
    pic: 'kominfo.spbe@example.org',
  },
  {
    code: 'BAPPEDA',
    name: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
    short: 'Bappeda',
    pic: 'bappeda.spbe@example.org',
  },
  {
    code: 'BPKAD',
    name: 'Badan Pengelolaan Keuangan dan Aset Daerah',
    short: 'BPKAD',
    pic: 'bpkad.spbe@example.org',
  },
  {
    code: 'BKPSDM',
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    short: 'BKPSDM',
    pic: 'bkpsdm.spbe@example.org',
  },
  {
    code: 'INSPEKTORAT',
    name: 'Inspektorat Daerah',
    short: 'Inspektorat',
    pic: 'inspektorat.spbe@example.org',
  },
  {
    code: 'ORGANISASI',
    name: 'Bagian Organisasi Sekretariat Daerah',
    short: 'Bag. Organisasi',
    pic: 'organisasi.spbe@example.org',
  },
  {
    code: 'HUKUM',
    name: 'Bagian Hukum Sekretariat Daerah',
    short: 'Bag. Hukum',
    pic: 'hukum.spbe@example.org',
  },
  {
    code: 'UKPBJ',
    name: 'Bagian Pengadaan Barang dan Jasa Sekretariat Daerah',
    short: 'UKPBJ',
    pic: 'ukpbj.spbe@example.org',
  },
  {
    code: 'DISPUSIP',
    name: 'Dinas Perpustakaan dan Kearsipan',
    short: 'Dispusip',
    pic: 'dispusip.spbe@example.org',
  },
  {
    code: 'BAPENDA',
    name: 'Badan Pendapatan Daerah',
    short: 'Bapenda',
    pic: 'bapenda.spbe@example.org',
  },
  {
    code: 'DISDUKCAPIL',
    name: 'Dinas Kependudukan dan Pencatatan Sipil',
    short: 'Disdukcapil',
    pic: 'disdukcapil.spbe@example.org',
  },
  {
    code: 'DPMPTSP',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    short: 'DPMPTSP',
    pic: 'dpmptsp.spbe@example.org',
  },
];

/** The city's OPDs that appear in an assignment (code → indicator numbers), in the city's order. */
export function cityOpdsFor(assignment: Readonly<Record<string, readonly number[]>>): StarterOpd[] {
  return CITY_OPDS.filter((o) => assignment[o.code]).map((o) => ({
    ...o,
    indicators: assignment[o.code] ?? [],
  }));
}
