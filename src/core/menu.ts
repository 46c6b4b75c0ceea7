/**
 * The add-on menu as data, so that what it offers (and in which authorization mode) is
 * decided here and tested without Apps Script. `handler` is the top-level function a click
 * runs.
 */
interface MenuItem {
  readonly label: string;
  readonly handler: string;
  /** Offered before the user has authorized the add-on in this file (AuthMode.NONE). */
  readonly withoutAuthorization: boolean;
}

/** A submenu: a label and its items. */
interface SubMenu {
  readonly label: string;
  readonly items: readonly MenuItem[];
}

export const MENU_TITLE = 'SPBE';

const MENU_ITEMS: readonly MenuItem[] = [
  {
    label: 'Siapkan / perbarui workbook',
    handler: 'menuSetup',
    withoutAuthorization: false,
  },
  {
    label: 'Cek kelengkapan',
    handler: 'menuCheck',
    withoutAuthorization: false,
  },
  {
    label: 'Kirim pengingat',
    handler: 'menuRemind',
    withoutAuthorization: false,
  },
  {
    label: 'Pasang pencatat perubahan',
    handler: 'menuInstallRecorder',
    withoutAuthorization: false,
  },
  { label: 'Pulihkan', handler: 'menuRestore', withoutAuthorization: false },
  { label: 'Buka panel', handler: 'menuOpenPanel', withoutAuthorization: false },
  {
    label: 'Hitung ulang rekap',
    handler: 'menuRecalculate',
    withoutAuthorization: false,
  },
  {
    label: 'Kunci / buka pengisian',
    handler: 'menuToggleLock',
    withoutAuthorization: false,
  },
  { label: 'Ekspor', handler: 'menuExport', withoutAuthorization: false },
];

const HELP_MENU: SubMenu = {
  label: 'Bantuan',
  items: [
    { label: 'Cara memakai rumus', handler: 'menuHelp', withoutAuthorization: true },
    { label: 'Periksa lingkungan', handler: 'menuSelfTest', withoutAuthorization: false },
  ],
};

/** Every item, submenus included: each needs a top-level function in the bundle. */
export const ALL_MENU_ITEMS: readonly MenuItem[] = [...MENU_ITEMS, ...HELP_MENU.items];

/** In AuthMode.NONE only items that need no authorization may be offered. */
export function menuFor(authorized: boolean): readonly (MenuItem | SubMenu)[] {
  const allowed = (item: MenuItem) => authorized || item.withoutAuthorization;
  return [...MENU_ITEMS.filter(allowed), { ...HELP_MENU, items: HELP_MENU.items.filter(allowed) }];
}

export const HELP_TITLE = 'Bantuan SPBE';

/** Plain text shown by Bantuan: what the add-on does today and how to use the formulas. */
export const HELP_TEXT = [
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
  'Untuk kerangka Pemdi 2026 tambahkan "pemdi-2026" sebagai argumen kerangka.',
].join('\n');
