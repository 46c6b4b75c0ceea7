import { PROCESS } from '../level-guide';
import { withStarterItems } from '../starter-items';
import type { Catalogue } from '../types';

/**
 * Indeks Pemerintah Digital, PermenPANRB 8/2026. Weights and the indicator-to-aspect mapping
 * reproduce a real 2026 assessor result exactly; names and level wording come from secondary
 * sources that quote the regulation (its Lampiran was not available), so a workbook can replace
 * any of it through its Kerangka tab. Values may be fractional (assessors average sub-items);
 * four indicators are scored by other agencies.
 */
// The regulation names each indicator "Tingkat Kematangan …": written once to keep the bundle
// small. The assessors' short labels are the aliases.
const tk = (rest: string) => `Tingkat Kematangan ${rest}`;
/** The regulation's name, and the assessors' short label as its alias, from the label. */
const named = (label: string) => ({ name: tk(label), aliases: [label] });

export const PEMDI_2026: Catalogue = withStarterItems(
  {
    id: 'pemdi-2026',
    title:
      'Indeks Pemerintah Digital (Pemdi) — Evaluasi Kinerja Pemerintah Digital (PermenPANRB No. 8 Tahun 2026)',
    provisional: true,
    legalBasis:
      'PermenPANRB No. 8 Tahun 2026 tentang Evaluasi Kinerja Pemerintah Digital (Berita Negara 2026 No. 364), mencabut PermenPANRB No. 59 Tahun 2020',
    fractional: true,
    note: 'Sementara: bobot sudah cocok dengan hasil penilaian asesor 2026, tetapi nama indikator dan uraian tingkat diambil dari sumber sekunder, belum dari Lampiran PermenPANRB 8/2026. Periksa dan sunting di tab Kerangka bila berbeda.',
    levelScales: {
      umum: ['Rintisan', 'Terkelola', 'Terstandar', 'Terintegrasi dan Terukur', 'Optimum'],
    },
    defaultScale: 'umum',
    predicates: [
      { min: 4.0, label: 'Memuaskan', alias: 'Unggul' },
      { min: 3.5, label: 'Sangat Baik', alias: 'Melembaga' },
      { min: 2.5, label: 'Baik', alias: 'Berkembang' },
      { min: 1.5, label: 'Cukup', alias: 'Membangun' },
      { min: 0, label: 'Kurang', alias: 'Merintis' },
    ],
    cycles: [
      {
        year: 2026,
        predicateFrom: 'unrounded',
        note: 'Belum ada laporan nasional Pemdi; mengikuti laporan 2024 (predikat dari indeks tanpa pembulatan)',
      },
    ],
    domains: [],
    aspects: [
      { id: 'P1', name: 'Tata Kelola dan Manajemen', weightBp: 1000 },
      { id: 'P2', name: 'Penyelenggara', weightBp: 1000 },
      { id: 'P3', name: 'Data', weightBp: 1500 },
      { id: 'P4', name: 'Keamanan Pemerintah Digital', weightBp: 1500 },
      { id: 'P5', name: 'Teknologi Pemerintah Digital', weightBp: 1000 },
      { id: 'P6', name: 'Keterpaduan Layanan Digital Pemerintah', weightBp: 1500 },
      { id: 'P7', name: 'Kepuasan Pengguna Layanan Digital Pemerintah', weightBp: 2500 },
    ],
    indicators: [
      {
        no: 1,
        code: 'P01',
        aspect: 'P1',
        weightBp: 500,
        ...named('Tata Kelola Pemerintah Digital'),
      },
      {
        no: 2,
        code: 'P02',
        aspect: 'P1',
        weightBp: 500,
        ...named('Manajemen Layanan Digital Pemerintah'),
      },
      {
        no: 3,
        code: 'P03',
        aspect: 'P2',
        weightBp: 500,
        ...named('Sumber Daya Manusia Pemerintah Digital'),
      },
      {
        no: 4,
        code: 'P04',
        aspect: 'P2',
        weightBp: 500,
        ...named('Kolaborasi Pemerintah Digital'),
      },
      {
        no: 5,
        code: 'P05',
        aspect: 'P3',
        weightBp: 500,
        ...named('Tata Kelola Data'),
        external: 'Bappenas (Satu Data Indonesia)',
      },
      {
        no: 6,
        code: 'P06',
        aspect: 'P3',
        weightBp: 300,
        name: tk('Penyelenggaraan Informasi Geospasial'),
        aliases: [
          'Penyelenggaraan Informasi Geospasial',
          'Operasional Pemanfaatan Informasi Geospasial',
        ],
        external: 'BIG (Simpul Jaringan Informasi Geospasial)',
      },
      {
        no: 7,
        code: 'P07',
        aspect: 'P3',
        weightBp: 300,
        ...named('Pembangunan Statistik'),
        external: 'BPS (evaluasi statistik sektoral, EPSS)',
      },
      {
        no: 8,
        code: 'P08',
        aspect: 'P3',
        weightBp: 400,
        ...named('Pelindungan Data Pribadi'),
      },
      {
        no: 9,
        code: 'P09',
        aspect: 'P4',
        weightBp: 400,
        ...named('Audit Keamanan dan Teknologi Pemerintah Digital'),
      },
      {
        no: 10,
        code: 'P10',
        aspect: 'P4',
        weightBp: 400,
        ...named('Keamanan Pemerintah Digital'),
      },
      {
        no: 11,
        code: 'P11',
        aspect: 'P4',
        weightBp: 300,
        ...named('Kriptografi untuk Keamanan Data'),
      },
      {
        no: 12,
        code: 'P12',
        aspect: 'P4',
        weightBp: 400,
        ...named('Kapabilitas Penanganan Insiden Siber'),
      },
      {
        no: 13,
        code: 'P13',
        aspect: 'P5',
        weightBp: 500,
        ...named('Aplikasi Pemerintah Digital'),
      },
      {
        no: 14,
        code: 'P14',
        aspect: 'P5',
        weightBp: 500,
        ...named('Infrastruktur Pemerintah Digital'),
      },
      {
        no: 15,
        code: 'P15',
        aspect: 'P6',
        weightBp: 400,
        name: tk('Keterpaduan Proses Bisnis Lintas Unit dan Instansi'),
        aliases: [
          'Keterpaduan Proses Bisnis Lintas Unit dan Instansi',
          'Keterpaduan Proses Bisnis Lintas Sektor',
        ],
      },
      {
        no: 16,
        code: 'P16',
        aspect: 'P6',
        weightBp: 400,
        ...named('Integrasi Aplikasi'),
      },
      {
        no: 17,
        code: 'P17',
        aspect: 'P6',
        weightBp: 400,
        ...named('Portal Layanan Digital Pemerintah'),
      },
      {
        no: 18,
        code: 'P18',
        aspect: 'P6',
        weightBp: 300,
        ...named('Interoperabilitas Data'),
        external: 'penilaian interoperabilitas data',
      },
      {
        no: 19,
        code: 'P19',
        aspect: 'P7',
        weightBp: 1000,
        name: tk('Fasilitas Dukungan Pengguna'),
        aliases: [
          'Fasilitas Dukungan Pengguna',
          'Fasilitas Dukungan Pengguna Layanan Digital Pemerintah',
        ],
      },
      {
        no: 20,
        code: 'P20',
        aspect: 'P7',
        weightBp: 1500,
        name: tk('Pengelolaan Kepuasan Pengguna'),
        aliases: [
          'Pengelolaan Kepuasan Pengguna',
          'Tingkat Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah',
          'Kepuasan Pengguna Layanan Digital Pemerintah',
        ],
      },
    ],
  },
  () => PROCESS,
);
