import type { FrameworkChoice } from '../catalogue/registry';
import { MENU_PATH } from '../kernel/kernel-text';

/** The Pengaturan tab's words: each setting's label (found by it) and note, and its problems. */
export const settingsText = {
  rows: {
    pemda: {
      label: 'Nama Pemda',
      note: 'Nama pemerintah daerah, tampil di judul setiap tab.',
    },
    framework: {
      label: 'Kerangka',
      note: (c: readonly FrameworkChoice[]) =>
        `${c.map((x) => `${x.id} (${x.indexName}${x.provisional ? ', masih sementara' : ''})`).join(' atau ')}.`,
    },
    year: {
      label: 'Tahun evaluasi',
      note: 'Tahun evaluasi yang sedang disiapkan.',
    },
    admins: {
      label: 'Admin',
      note: 'Email admin Diskominfo, dipisah koma. Hanya admin yang dapat mengubah Pengaturan, Kerangka, OPD, Penilaian dan kolom verifikasi.',
    },
    targetIndex: {
      label: 'Target indeks',
      note: 'Indeks yang ingin dicapai, misalnya 3 (predikat Baik).',
    },
    lastYearIndex: {
      label: 'Indeks tahun lalu',
      note: 'Indeks hasil evaluasi tahun lalu, misalnya 2,01; Rekap dan panel Diskominfo membandingkannya.',
    },
    lastYearFramework: {
      label: 'Kerangka tahun lalu',
      note: (c: readonly FrameworkChoice[]) =>
        `Instrumen indeks tahun lalu: ${c.map((x) => `${x.id} mulai evaluasi ${x.fromYear}`).join(', ')}. Bila berbeda dari Kerangka tahun ini, Rekap dan panel menyebutnya saat membandingkan.`,
    },
    targetLevel: {
      label: 'Target tingkat per indikator',
      note: 'Tingkat minimal setiap indikator (bawaan di kolom Target pada tab Penilaian).',
    },
    itemRule: {
      label: 'Nilai mandiri dari butir',
      note: 'Khusus Pemdi. tertinggi: tingkat tertinggi yang semua butirnya diterima, berurutan dari tingkat 1. rata-rata: seperti tertinggi, ditambah bagian butir tingkat berikutnya yang sudah diterima (tingkat 1 lengkap dan 1 dari 6 butir tingkat 2 = 1 1/6, tampil 1,17). langsung: tingkat yang diisi OPD di kolom Tingkat.',
    },
    windowStart: {
      label: 'Periode bukti mulai',
      note: 'Tanggal (TTTT-BB-HH). Bukti yang terakhir diubah sebelum tanggal ini ditandai Cek kelengkapan.',
    },
    windowEnd: {
      label: 'Periode bukti sampai',
      note: 'Tanggal (TTTT-BB-HH). Bukti yang diubah sesudah tanggal ini ditandai.',
    },
    deadline: {
      label: 'Batas pengisian OPD',
      note: 'Tanggal terakhir OPD mengisi (TTTT-BB-HH); dipakai pengingat, kunci pengisian, dan Cek kelengkapan (isian sesudahnya ditandai).',
    },
    allowedHosts: {
      label: 'Domain tautan yang diterima',
      note: 'Dipisah koma. Tautan ke domain lain ditandai sebagai bukan Google Drive.',
    },
    locked: {
      label: 'Pengisian OPD dikunci',
      note: `ya atau tidak. Diubah lewat ${MENU_PATH.diskominfo} Kunci / buka pengisian: bila ya, hanya admin yang dapat mengubah kolom isian OPD.`,
    },
    lockedSince: {
      label: 'Dikunci sejak',
      note: 'Diisi otomatis saat pengisian dikunci; panel OPD menampilkannya.',
    },
    paper: {
      label: 'Ukuran kertas',
      note: 'A4 atau F4 (21,5 × 33 cm), untuk berkas .xlsx dan PDF. Di Google Sheets pilih ukuran itu di File › Cetak.',
    },
  },
  yearInvalid: 'isi tahun empat angka, misalnya 2026',
  targetInvalid: 'isi angka 1 sampai 5, misalnya 3',
  lastYearInvalid: 'isi angka 1 sampai 5 seperti 2,01, atau kosongkan',
  targetLevelInvalid: 'isi angka bulat 1 sampai 5',
  itemRuleInvalid: 'isi tertinggi, rata-rata atau langsung',
  itemRuleHelp: 'Pilih tertinggi, rata-rata atau langsung.',
  dateInvalid: 'isi tanggal seperti 2026-03-31 atau 31/03/2026',
  windowReversed: 'tanggal mulai sesudah tanggal akhir',
  choiceHelp: (ids: readonly string[]) => `Pilih ${ids.join(' atau ')}.`,
  lockedHelp: `ya atau tidak; lebih baik diubah lewat menu ${MENU_PATH.diskominfo} Kunci / buka pengisian.`,
  targetLevelHelp: 'Isi angka bulat 1 sampai 5.',
  invalid: (problems: readonly string[]) =>
    `Pengaturan belum benar; perbaiki lalu jalankan lagi: ${problems.join('; ')}.`,
};
