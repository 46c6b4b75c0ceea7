import { MENU_PATH } from '../../kernel/kernel-text';
/** What Cek kelengkapan says while it runs and when it ends, and how a paused run goes on. */
export const checkRunText = {
  readingTabs: (n: number) => `Membaca ${n} tab OPD…`,
  paused: (left: number) =>
    `Waktu eksekusi hampir habis; ${left} file belum diperiksa. Yang sudah diperiksa tersimpan; tidak ada temuan yang hilang.`,
  /** How a paused check goes on, in the mode the add-on runs in. */
  continuation: (how: 'minute' | 'hour' | 'click') =>
    how === 'minute'
      ? `Pemeriksaan dilanjutkan otomatis dalam 1 menit. Bila belum berlanjut dalam 5 menit, pilih ${MENU_PATH.check} lagi.`
      : how === 'hour'
        ? `Lanjutkan sekarang dengan memilih ${MENU_PATH.check} lagi; bila tidak, pemeriksaan dilanjutkan otomatis dalam sekitar 1 jam.`
        : `Lanjutkan dengan memilih ${MENU_PATH.check} lagi.`,
  driveApiDisabled: () =>
    'Catatan: Drive API belum diaktifkan di proyek Google Cloud add-on ini, jadi file diperiksa satu per satu (lebih lambat). Admin: aktifkan Google Drive API di console.cloud.google.com › API & Layanan untuk proyek itu.',
  finished: (errors: number, warnings: number) =>
    `Cek kelengkapan selesai: ${errors} kesalahan, ${warnings} peringatan. Lihat tab Kelengkapan.`,
  logAction: () => 'Cek kelengkapan',
};
