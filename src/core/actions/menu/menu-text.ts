import { MENU_WORDS } from '../../kernel/kernel-text';
import type { ActionFor, ActionId } from './actions';

/** The menu's words, and what its Bantuan item shows: what the add-on does and the formulas. */
export const menuText = {
  items: {
    panel: 'Isi penilaian (panel)',
    setup: MENU_WORDS.setup,
    check: MENU_WORDS.check,
    remind: 'Kirim pengingat ke OPD',
    lock: 'Kunci / buka pengisian',
    recalculate: 'Hitung ulang rekap',
    export: 'Ekspor untuk aplikasi nasional',
    report: 'Buat laporan pimpinan',
    restore: 'Pulihkan isian dari cadangan',
    recorder: 'Catat setiap perubahan di Log',
    log: 'Buka Log perubahan',
    selfTest: 'Periksa lingkungan',
    help: 'Cara memakai rumus',
  } satisfies Record<ActionId, string>,
  /** What someone not allowed was trying to do: "Hanya admin … yang dapat …". */
  doing: {
    setup: 'menyiapkan atau memperbarui workbook',
    check: 'menjalankan Cek kelengkapan',
    remind: 'mengirim pengingat',
    lock: 'mengunci atau membuka pengisian',
    recalculate: 'menghitung ulang rekap',
    export: 'mengekspor isian',
    report: 'membuat laporan pimpinan',
    restore: 'memulihkan isian',
    recorder: 'menyalakan pencatatan setiap perubahan di Log',
    log: 'membuka Log perubahan',
    selfTest: 'menjalankan Periksa lingkungan',
  } satisfies Record<ActionFor<'admins' | 'firstRunThenAdmins'>, string>,
  diskominfo: MENU_WORDS.diskominfo,
  helpMenu: 'Bantuan',
  helpTitle: () => 'Bantuan SPBE',
  helpText: (others: readonly { id: string; indexName: string }[]) =>
    [
      'Add-on ini membantu menyiapkan evaluasi SPBE: menghitung indeks persis seperti cara resmi',
      '(rata-rata berbobot, dibulatkan 2 desimal di akhir) dan menyusun rencana mencapai target.',
      '',
      'Rumus yang bisa dipakai di sel mana pun:',
      '=SPBE_INDEKS(B2:B48)  indeks dari 47 tingkat berurutan I01–I47',
      '=SPBE_INDEKS(B2:B48; A2:A48)  dengan kolom kode, urutan bebas',
      '=SPBE_DOMAIN(B2:B48; "Layanan")  indeks satu domain',
      '=SPBE_ASPEK(B2:B48; "A6")  indeks satu aspek',
      '=SPBE_PREDIKAT(2,6)  predikat dari sebuah indeks',
      '=SPBE_TINGKAT(3; "I32")  nama tingkat, di sini "Transaksi"',
      '=SPBE_BOBOT("I01")  bobot indikator, di sini 0,013',
      '=SPBE_RINGKASAN(B2:B48)  indeks, predikat, semua domain dan aspek',
      '=SPBE_RENCANA(B2:B48; 3)  kenaikan tingkat paling sedikit untuk mencapai 3,00',
      '',
      'Tingkat yang kosong dianggap belum dinilai dan dihitung sebagai tingkat 1.',
      ...others.map((o) => `Untuk ${o.indexName} tambahkan "${o.id}" sebagai argumen kerangka.`),
    ].join('\n'),
};
