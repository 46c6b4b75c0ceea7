import type { Catalogue } from '../catalogue/types';
import { formatCents } from '../kernel/decimal';
import { MENU_PATH } from '../kernel/kernel-text';
import type { OpdRecord } from './ownership';
import type { Settings } from './settings-tab';

/**
 * The prefix of the add-on's protection descriptions (shown in Sheets' protected ranges): the
 * adapter recognises its own protections by it and never touches a user's.
 */
export const OWN_PROTECTION_PREFIX = 'SPBE:';
const OWN = OWN_PROTECTION_PREFIX;

/** Every word the workbook's tabs, dialogs and log show, in plain Bahasa Indonesia. */
export const workbookText = {
  fixAndRerun(what: string, problems: readonly string[]): string {
    const more = problems.length > 10 ? ` (dan ${problems.length - 10} masalah lain)` : '';
    return `${what} belum benar; perbaiki lalu jalankan ${MENU_PATH.setup} lagi: ${problems.slice(0, 10).join('; ')}${more}.`;
  },

  notSetUp: () =>
    `Workbook belum disiapkan. Pilih ${MENU_PATH.setup} dulu, lalu jalankan Cek kelengkapan.`,

  // Pengaturan
  settingsTitle: () => 'Pengaturan evaluasi',
  settingsIntro: () =>
    `Diisi admin Diskominfo. Setelah mengubah nilai di sini, jalankan ${MENU_PATH.setup}.`,

  // OPD list
  opdListTitle: () => 'Daftar OPD dan indikator yang ditugaskan',
  opdListIntro: (c: Catalogue) =>
    `Satu baris per OPD. Kolom Indikator: nomor atau kode indikator ${c.id}, dipisah koma; OPD pertama yang ` +
    'memegang sebuah indikator menjadi OPD utama (bisa diubah di tab Penilaian). Setelah mengubah, jalankan ' +
    `${MENU_PATH.setup}: tab OPD dibuat atau diperbarui tanpa menghapus isian.`,

  // Kerangka
  catalogueTitle: (c: Catalogue) => `Kerangka: ${c.title}`,
  catalogueIntro: () =>
    'Nama, bobot (basis poin, 10000 = 100%), predikat, dan kriteria tiap tingkat. Hanya admin yang mengubah. ' +
    'Nilai di Penilaian dan Rekap mengikuti bobot di sini; jumlah bobot harus tetap 10000. ' +
    'Baris butir (Pemdi) adalah bukti yang diminta tiap tingkat: Kode seperti P01.2.a (indikator, tingkat, huruf), Induk = kode indikator, Nilai = tingkat; paling banyak 12 butir per tingkat. Jalankan Siapkan sesudah mengubahnya.',

  // OPD tabs
  opdTabTitle: (o: OpdRecord, s: Settings) =>
    `${o.name} — lembar isian evaluasi ${s.year} (${s.pemda})`,
  opdTabIntro: (items: boolean) =>
    `Untuk setiap indikator: pilih Tingkat, tulis Penjelasan, tempel tautan Google Drive di Data dukung ${items ? 'baris butirnya (↳) sampai tingkat yang diklaim' : '(satu per baris, bisa dibuka asesor) dan pilih Jenis bukti'}. Sel berwarna merah masih kosong; lihat tab Panduan untuk arti warna dan bukti yang diminta setiap tingkat.`,
  opdTabFacts: (o: OpdRecord, c: Catalogue, n: number) =>
    `PIC: ${o.pics.join(', ') || '(belum ada)'} · ${n} indikator · kerangka ${c.id}`,
  archivedOn: (date: string) => `diarsipkan ${date}`,
  archived: () => 'Diarsipkan',
  opdTabProtection: (o: OpdRecord) => `${OWN} tab ${o.tab} — hanya admin, kecuali kolom isian OPD`,
  opdInputProtection: (o: OpdRecord) => `${OWN} kolom isian ${o.tab} — PIC ${o.code} dan admin`,
  opdStampProtection: (o: OpdRecord) =>
    `${OWN} kolom Diubah oleh/pada ${o.tab} — diisi panel atas nama PIC ${o.code}`,

  // Penilaian
  noOwner: () => '(belum ada OPD)',
  penilaianTitle: (s: Settings) => `Penilaian per indikator — evaluasi ${s.year} (${s.pemda})`,
  penilaianIntro: () =>
    'Mandiri diambil otomatis dari tab OPD (klaim OPD utama). Diskominfo mengisi Verifikasi, Final, Target dan ' +
    'Tahun lalu (angka 1–5). Kosong berarti belum dinilai.',
  adminOnly: (tab: string) => `${OWN} tab ${tab} — hanya admin`,
  leadHelp: () => 'Pilih OPD yang klaimnya dipakai sebagai nilai mandiri.',
  stageHelp: () => 'Isi tingkat 1–5 (bilangan bulat), atau kosongkan bila belum dinilai.',
  stageHelpFractional: () =>
    'Isi nilai 1–5 seperti hasil asesor: boleh 2 desimal (2,5) atau pecahan sebagai rumus (=7/6); kosongkan bila belum dinilai.',
  externalOwner: (source: string) => `eksternal: ${source}`,
  externalWaiting: () => 'menunggu nilai eksternal',
  externalEntered: () => 'nilai eksternal diisi',

  // Rekap
  rekapTitle: (s: Settings) =>
    `Rekap indeks — evaluasi ${s.year} (${s.pemda}), target ${formatCents(s.targetIndexCents)}`,
  rekapIntro: () =>
    'Dihitung otomatis dari tab Penilaian dan bobot di Kerangka; tidak perlu add-on untuk melihatnya.',
  rekapPart: () => 'Bagian',
  rekapName: () => 'Nama',
  predicateLabel: () => 'Predikat',
  unroundedLabel: () => 'Indeks tanpa pembulatan',
  notAssessedLabel: () => 'Belum dinilai',
  notAssessedNote: () => 'Indikator yang belum dinilai dihitung sebagai tingkat 1.',
  progressTitle: () => 'Kemajuan pengisian per OPD',
  progressHeader: () => ['OPD', 'Tab', 'Indikator', 'Lengkap', '% lengkap'],
  legendTitle: () => 'Arti warna',
  chartTitle: (c: Catalogue) =>
    c.domains.length > 0 ? 'Indeks domain: mandiri dan target' : 'Indeks aspek: mandiri dan target',
  legend: {
    missing: 'Wajib diisi tetapi masih kosong (tingkat, penjelasan atau data dukung)',
    belowTarget: 'Tingkat atau nilai di bawah target',
    revision: 'Perlu revisi: baca catatan verifikator, perbaiki, lalu beri tahu Diskominfo',
    disagreement: 'Klaim OPD berbeda, atau klaim di atas tingkat hasil verifikasi',
    accepted: 'Sudah diterima verifikator',
    reached: 'Nilai sudah mencapai target',
  },
  noData: () => 'belum ada data',
  predicateAliasLabel: () => 'Tingkat kematangan',
  otherInstrument: (title: string) =>
    `Tahun lalu diukur dengan instrumen lain (${title}): keduanya berskala 1–5, tetapi indikatornya berbeda; bandingkan dengan hati-hati.`,
  externalWaitingLabel: () => 'Menunggu nilai eksternal',
  externalWaitingNote: (codes: readonly string[]) =>
    `Indikator eksternal (${codes.join(', ')}) yang nilainya belum diisi di Penilaian; dihitung 1 sampai nilainya masuk.`,
  opdRow: (row: number, code: string) => `OPD baris ${row} (${code})`,
  opdCodeTwice: (first: string, again: string, code: string) =>
    `${first} dan ${again}: kode OPD ${code} dipakai dua kali; satukan kedua baris atau beri kode lain`,
  externalAssigned: (where: string, code: string, source: string) =>
    `${where}: ${code} adalah indikator eksternal, dinilai oleh ${source}; nilainya diisi admin di tab Penilaian, jadi hapus ${code} dari daftar indikator OPD ini`,
  opdTabNameUsed: (where: string, tab: string, earlier: string) =>
    `${where}: nama tab '${tab}' sudah dipakai ${earlier}; setiap OPD perlu tab sendiri`,
  opdTabNameTooLong: (where: string) => `${where}: nama tab terlalu panjang (maks. 90 huruf)`,
  newerLayout: (found: string, ours: number) =>
    `File ini disiapkan oleh versi add-on yang lebih baru (tata letak ${found}, add-on ini ${ours}). Perbarui add-on sebelum menjalankan Siapkan workbook, agar isian tidak rusak.`,
};
