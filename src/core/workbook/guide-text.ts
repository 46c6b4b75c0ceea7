import { MENU_PATH } from '../kernel/kernel-text';
import type { OpdRecord } from './ownership';
import { TAB } from './tab-names';

/** The Panduan tab's words: how to fill, what assessors accept, who edits what. */
export const guideText = {
  title: (year: number, pemda: string) => `Panduan pengisian evaluasi ${year} — ${pemda}`,
  framework: (title: string, note: string) => `Kerangka: ${title}.${note ? ` ${note}` : ''}`,
  forOpds: 'Untuk OPD: cara mengisi',
  opdSteps: [
    '0. Cara termudah: buka menu Ekstensi › SPBE › Isi penilaian (panel). Panel di sisi kanan menampilkan indikator Anda satu per satu, kriteria setiap tingkat, dan apa yang masih kurang sebelum Anda menyimpan. Langkah di bawah sama bila Anda mengisi langsung di tab.',
    '1. Buka tab OPD Anda (namanya ada di tab OPD). Setiap baris adalah satu indikator yang ditugaskan ke OPD Anda.',
    '2. Pilih Tingkat (1–5). Baca dulu kriteria dan bukti tiap tingkat di tabel di bawah atau di tab Kerangka.',
    '3. Tulis Penjelasan: mengapa tingkat itu tercapai, dan dokumen mana yang membuktikannya.',
    '4. Tempel tautan Google Drive di Data dukung, satu tautan per baris. Atur berbagi agar asesor dapat membukanya.',
    '5. Pilih Jenis bukti. Kolom Status berubah sendiri: Belum diisi, Belum lengkap (penjelasan kurang dari 40 huruf, data dukung kosong, atau butir yang diperlukan tingkat itu belum berisi bukti), Perlu dicek (terisi, tetapi Cek kelengkapan belum memeriksa isian seperti sekarang), Perlu diperbaiki (Tingkat tidak dikenali, atau Cek kelengkapan menemukan kesalahan), Perlu revisi (dari verifikator), Lengkap, Diterima.',
    '6. Bila Status verifikasi "perlu revisi", baca Catatan verifikator, perbaiki, lalu kabari Diskominfo.',
  ],
  itemSteps: [
    '7. Butir: di bawah setiap indikator ada baris butir (↳ Butir tingkat …), yaitu bukti yang diminta setiap tingkat. Tempel tautan bukti di baris butirnya; Penjelasan di baris butir boleh dipakai untuk catatan singkat.',
    '8. Status butir berubah sendiri: belum (kosong), draf (baru catatan), proses (bukti sudah ada, menunggu verifikator), diterima atau revisi (keputusan verifikator di Status verifikasi).',
  ],
  itemRule: (rule: string) =>
    `Nilai Mandiri indikator dihitung dari butir yang diterima (aturan "${rule}" di ${TAB.settings} › Nilai mandiri dari butir): tingkat yang diklaim baru dihitung bila semua butir sampai tingkat itu diterima.`,
  levelsHeading: 'Tingkat kematangan dan data dukung yang diterima asesor',
  cumulative:
    'Tingkat bersifat kumulatif: tingkat 3 juga memerlukan bukti tingkat 1 dan 2. Bukti harus berasal dari periode evaluasi.',
  levelCell: (level: number, criterion: string, evidence: string) =>
    `Tingkat ${level}: ${criterion}\nBukti: ${evidence}`,
  oftenRejected:
    'Yang sering ditolak asesor: tautan yang bukan Google Drive, file pribadi yang tidak bisa dibuka, file di tempat sampah, tangkapan layar halaman login saja, dan bukti di luar periode evaluasi.',
  forDiskominfo: 'Untuk Diskominfo',
  diskominfoSteps: [
    `Tab ${TAB.assessment}: nilai mandiri terisi otomatis dari tab OPD; isi Verifikasi, Final, Target dan Tahun lalu.`,
    `Tab ${TAB.summary}: indeks, predikat, domain dan aspek untuk setiap tahap, dan kemajuan per OPD.`,
    `Tab ${TAB.catalogue}, ${TAB.opds} dan ${TAB.settings}: ubah bila perlu, lalu jalankan ${MENU_PATH.setup}. Isian OPD tidak pernah dihapus: indikator yang dipindahkan diarsipkan di tab lamanya.`,
    'Rumus SPBE_INDEKS, SPBE_RINGKASAN, SPBE_RENCANA dan lainnya bisa dipakai di lembar analisis sendiri (lihat SPBE › Bantuan).',
  ],
  colours: 'Arti warna',
  whoEdits: 'Siapa dapat mengubah apa',
  admins: (admins: readonly string[]) =>
    `Admin (${admins.join(', ') || 'belum diisi di Pengaturan'}): semua tab.`,
  opdEditors: (o: OpdRecord) =>
    `${o.short} (${o.pics.join(', ') || 'PIC belum diisi'}): kolom Tingkat, Penjelasan, Data dukung dan Jenis bukti di tab ${o.tab}.`,
  readingIsOpen:
    'Perlindungan hanya mencegah perubahan, bukan melihat: setiap orang yang dapat membuka file ini dapat melihat semua tab. Jangan simpan data rahasia di sini.',
};
