import {
  HELP_TEXT,
  HELP_TITLE,
  MENU_ITEMS,
  MENU_TITLE,
  menuItemsFor,
  notYetAvailable,
} from '../core/menu';

/**
 * Builds the add-on menu. In AuthMode.NONE (installed but not yet used in this file) only
 * items that need no authorization are added, since nothing else may run there.
 *
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e
 * @preserve
 */
global.onOpen = (e?: GoogleAppsScript.Events.SheetsOnOpen) => {
  const authorized = !e || e.authMode !== ScriptApp.AuthMode.NONE;
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of menuItemsFor(authorized)) menu.addItem(item.label, item.handler);
  menu.addToUi();
};

/**
 * An Editor add-on runs onInstall instead of onOpen when a user installs it in an open file.
 *
 * @param {GoogleAppsScript.Events.AddonOnInstall} e
 * @preserve
 */
global.onInstall = (e?: GoogleAppsScript.Events.AddonOnInstall) =>
  (global.onOpen as (ev: unknown) => void)(e);

/** @preserve */
global.menuBantuan = () => {
  SpreadsheetApp.getUi().alert(HELP_TITLE, HELP_TEXT, SpreadsheetApp.getUi().ButtonSet.OK);
};

function sayNotYetAvailable(handler: string): () => void {
  const label = MENU_ITEMS.find((item) => item.handler === handler)?.label ?? handler;
  return () => {
    SpreadsheetApp.getUi().alert(
      MENU_TITLE,
      notYetAvailable(label),
      SpreadsheetApp.getUi().ButtonSet.OK,
    );
  };
}

// Items of later features; each stays a top-level function so a click never fails.
/** @preserve */
global.menuSiapkanWorkbook = () => sayNotYetAvailable('menuSiapkanWorkbook')();
/** @preserve */
global.menuCekKelengkapan = () => sayNotYetAvailable('menuCekKelengkapan')();
/** @preserve */
global.menuBukaPanel = () => sayNotYetAvailable('menuBukaPanel')();
/** @preserve */
global.menuHitungUlangRekap = () => sayNotYetAvailable('menuHitungUlangRekap')();
/** @preserve */
global.menuKunciPengisian = () => sayNotYetAvailable('menuKunciPengisian')();
/** @preserve */
global.menuEkspor = () => sayNotYetAvailable('menuEkspor')();
