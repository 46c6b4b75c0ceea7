import { readableDate } from '../kernel/dates';

/** What Kunci / buka pengisian asks and answers, in plain Bahasa Indonesia. */
export const lockText = {
  confirmLock: (deadline: string, today: string) =>
    deadline && today <= deadline
      ? `Batas pengisian (${readableDate(deadline)}) belum lewat. Tetap kunci kolom isian semua OPD sekarang? Setelah dikunci hanya admin yang dapat mengubahnya.`
      : 'Kunci kolom isian semua OPD? Setelah dikunci hanya admin yang dapat mengubahnya; isian yang ada tidak berubah.',
  confirmUnlock: () => 'Buka kembali kolom isian untuk PIC setiap OPD?',
  locked: () =>
    'Pengisian dikunci. Kolom isian OPD kini hanya dapat diubah admin. Pilih menu yang sama untuk membukanya.',
  unlocked: () => 'Pengisian dibuka kembali untuk PIC setiap OPD.',
};
