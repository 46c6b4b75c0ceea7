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
