import type { Catalogue } from '../types';

/**
 * Indeks Pemerintah Digital, PermenPANRB 8/2026. PROVISIONAL: taken from secondary sources
 * that quote the regulation, not from its Lampiran, so a workbook can replace any of it
 * (names, weights, bands) through its Kerangka tab.
 */
export const PEMDI_2026: Catalogue = {
  id: 'pemdi-2026',
  title:
    'Indeks Pemerintah Digital (Pemdi) — Evaluasi Kinerja Pemerintah Digital (PermenPANRB No. 8 Tahun 2026)',
  provisional: true,
  note: 'Sementara: nama, bobot dan batas predikat diambil dari sumber sekunder, belum dari Lampiran PermenPANRB 8/2026. Periksa dan sunting di tab Kerangka bila berbeda.',
  levelScales: {
    umum: ['Rintisan', 'Terkelola', 'Terstandar', 'Terintegrasi dan Terukur', 'Optimum'],
  },
  defaultScale: 'umum',
  predicates: [
    { min: 4.0, label: 'Memuaskan' },
    { min: 3.5, label: 'Sangat Baik' },
    { min: 2.5, label: 'Baik' },
    { min: 1.5, label: 'Cukup' },
    { min: 0, label: 'Kurang' },
  ],
  domains: [],
  aspects: [
    { id: 'P1', name: 'Tata Kelola dan Manajemen', weightBp: 1000 },
    { id: 'P2', name: 'Penyelenggara', weightBp: 1000 },
    { id: 'P3', name: 'Data', weightBp: 1500 },
    { id: 'P4', name: 'Keamanan Pemerintah Digital', weightBp: 1500 },
    { id: 'P5', name: 'Teknologi Pemerintah Digital', weightBp: 1000 },
    { id: 'P6', name: 'Keterpaduan Layanan Digital', weightBp: 1500 },
    { id: 'P7', name: 'Kepuasan Pengguna Layanan Digital', weightBp: 2500 },
  ],
  indicators: [
    { no: 1, code: 'P01', aspect: 'P1', weightBp: 500, name: 'Tata Kelola Pemerintah Digital' },
    {
      no: 2,
      code: 'P02',
      aspect: 'P1',
      weightBp: 500,
      name: 'Manajemen Layanan Digital Pemerintah',
    },
    {
      no: 3,
      code: 'P03',
      aspect: 'P2',
      weightBp: 500,
      name: 'Sumber Daya Manusia Pemerintah Digital',
    },
    { no: 4, code: 'P04', aspect: 'P2', weightBp: 500, name: 'Kolaborasi Pemerintah Digital' },
    { no: 5, code: 'P05', aspect: 'P3', weightBp: 500, name: 'Tata Kelola Data' },
    {
      no: 6,
      code: 'P06',
      aspect: 'P3',
      weightBp: 300,
      name: 'Penyelenggaraan Informasi Geospasial',
    },
    { no: 7, code: 'P07', aspect: 'P3', weightBp: 300, name: 'Pembangunan Statistik' },
    { no: 8, code: 'P08', aspect: 'P3', weightBp: 400, name: 'Pelindungan Data Pribadi' },
    {
      no: 9,
      code: 'P09',
      aspect: 'P4',
      weightBp: 400,
      name: 'Audit Keamanan dan Teknologi Pemerintah Digital',
    },
    { no: 10, code: 'P10', aspect: 'P4', weightBp: 400, name: 'Keamanan Pemerintah Digital' },
    { no: 11, code: 'P11', aspect: 'P4', weightBp: 300, name: 'Kriptografi untuk Keamanan Data' },
    {
      no: 12,
      code: 'P12',
      aspect: 'P4',
      weightBp: 400,
      name: 'Kapabilitas Penanganan Insiden Siber',
    },
    { no: 13, code: 'P13', aspect: 'P5', weightBp: 500, name: 'Aplikasi Pemerintah Digital' },
    { no: 14, code: 'P14', aspect: 'P5', weightBp: 500, name: 'Infrastruktur Pemerintah Digital' },
    {
      no: 15,
      code: 'P15',
      aspect: 'P6',
      weightBp: 400,
      name: 'Keterpaduan Proses Bisnis Lintas Unit dan Instansi',
    },
    { no: 16, code: 'P16', aspect: 'P6', weightBp: 400, name: 'Integrasi Aplikasi' },
    { no: 17, code: 'P17', aspect: 'P6', weightBp: 400, name: 'Portal Layanan Digital Pemerintah' },
    { no: 18, code: 'P18', aspect: 'P6', weightBp: 300, name: 'Interoperabilitas Data' },
    { no: 19, code: 'P19', aspect: 'P7', weightBp: 1000, name: 'Fasilitas Dukungan Pengguna' },
    { no: 20, code: 'P20', aspect: 'P7', weightBp: 1500, name: 'Pengelolaan Kepuasan Pengguna' },
  ],
};
