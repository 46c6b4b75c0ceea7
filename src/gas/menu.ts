import { MENU_TITLE, type MenuAudience, menuAudience, menuFor } from '../core/actions/menu/menu';
import { menuText } from '../core/actions/menu/menu-text';
import { setupWorkbook } from '../core/actions/setup/setup';
import { setupText } from '../core/actions/setup/setup-text';
import { frameworkChoices } from '../core/catalogue/registry';
import { firstRunOrAdminAction } from './admin-action';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

/**
 * Builds the add-on menu for who opens the file. In AuthMode.NONE (installed but not yet used
 * in this file) nothing may be read, so every item is listed: a click runs after consent.
 */
export function buildMenu(
  e?: GoogleAppsScript.Events.SheetsOnOpen | GoogleAppsScript.Events.AddonOnInstall,
): void {
  const canRead = !e || e.authMode !== ScriptApp.AuthMode.NONE;
  const audience = canRead ? audienceOfFile() : 'unknown';
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const entry of menuFor(audience)) {
    if ('handler' in entry) menu.addItem(entry.label, entry.handler);
    else {
      const sub = ui.createMenu(entry.label);
      for (const item of entry.items) sub.addItem(item.label, item.handler);
      menu.addSubMenu(sub);
    }
  }
  menu.addToUi();
}

function audienceOfFile(): MenuAudience {
  try {
    return menuAudience(new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()));
  } catch {
    // Opening the file must never fail for the menu's sake: show every item.
    return 'unknown';
  }
}

export function showHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(menuText.helpTitle(), menuText.helpText(frameworkChoices().slice(1)), ui.ButtonSet.OK);
}

/**
 * Siapkan / perbarui workbook, and Hitung ulang rekap, which does the same (the scores are live
 * formulas: bringing every tab up to date is what recalculating means).
 */
export function prepareWorkbook(action: 'setup' | 'recalculate' = 'setup'): void {
  firstRunOrAdminAction(action, ({ wb, today, timestamp, year }) => {
    wb.notify(setupText.working());
    const report = setupWorkbook(wb, { today, timestamp, year });
    const ui = SpreadsheetApp.getUi();
    ui.alert(MENU_TITLE, `${setupText.done(report)}\n\n${report.summary}`, ui.ButtonSet.OK);
  });
}
