import { MENU_PATH } from '../kernel/kernel-text';
/** What the audit trail says, in plain Bahasa Indonesia. */
export const auditText = {
  alreadyInstalled: (since: string) =>
    `Pencatat perubahan sudah terpasang atas nama Anda sejak ${since}. Setiap perubahan di tab OPD dan Penilaian tercatat di Log.`,
  takeOver: (by: string, since: string) =>
    `Pencatat perubahan file ini dipasang oleh ${by} sejak ${since} dan berjalan atas nama akun itu. Ambil alih sekarang? Pencatat milik ${by} akan berhenti mencatat, dan mulai sekarang pencatatan berjalan atas nama Anda (memakai kuota pemicu harian akun Anda).`,
  installed: () =>
    'Pencatat perubahan terpasang atas nama Anda. Mulai sekarang setiap perubahan di tab OPD dan Penilaian tercatat di Log (siapa, kapan, sel, lama → baru), dan kolom Diubah oleh/pada terisi. Catatan: untuk akun di luar domain Google Workspace Anda (misalnya Gmail pribadi), Google tidak memberi tahu siapa yang mengubah; Log menulis "tidak diketahui" untuk perubahan yang diketik langsung, sedangkan simpanan lewat panel selalu tercatat dengan nama PIC.',
  notTakenOver: () => 'Pencatat tidak diubah.',
  structureAction: () => 'Ubah struktur',
  structureDetail: (
    type: 'INSERT_ROW' | 'REMOVE_ROW' | 'INSERT_COLUMN' | 'REMOVE_COLUMN' | 'INSERT_GRID',
    tab: string,
  ) => {
    const what = {
      INSERT_ROW: 'Baris disisipkan',
      REMOVE_ROW: 'Baris dihapus',
      INSERT_COLUMN: 'Kolom disisipkan',
      REMOVE_COLUMN: 'Kolom dihapus',
      INSERT_GRID: 'Tab baru ditambahkan',
    }[type];
    const where = tab ? ` di tab ${tab}` : '';
    return type === 'INSERT_GRID'
      ? `${what}${tab ? `: ${tab}` : ''}`
      : `${what}${where} (Google tidak menyebut baris atau kolom mana; tab yang disebut adalah tab yang aktif saat itu)`;
  },
  tabsRemoved: (tabs: readonly string[]) =>
    tabs.length > 0
      ? `Tab dihapus: ${tabs.join(', ')}. Jalankan ${MENU_PATH.setup} untuk membuatnya lagi; isiannya dapat dipulihkan dari cadangan (Pulihkan isian dari cadangan).`
      : 'Sebuah tab dihapus (bukan tab yang dikelola add-on).',
  logInstalled: () => 'Catat setiap perubahan di Log',
  unknownUser: () => 'tidak diketahui',
  logOpened: (rows: number) =>
    `Log perubahan terbuka: ${rows} baris, termasuk perubahan yang baru masuk. Perubahan lama dipindah ke tab "Log arsip" agar Log tetap ringan.`,
  noLogYet: () =>
    `Log perubahan belum ada. Nyalakan pencatatan lewat ${MENU_PATH.diskominfo} Catat setiap perubahan di Log, atau simpan isian dari panel; Log muncul setelah perubahan pertama.`,
  queueFull: () =>
    `Perubahan belum disimpan: catatan perubahan dari panel yang menunggu dipindahkan ke Log sudah terlalu banyak. Minta admin Diskominfo memilih ${MENU_PATH.check} (catatan dipindahkan ke Log), lalu simpan lagi. Isian Anda di panel tidak hilang selama panel tidak ditutup.`,
};
