import type { WorkbookPort } from '../../workbook/port';
import { defaultSettings, readSettings } from '../../workbook/settings-tab';
import { TAB } from '../../workbook/tab-names';
import { menuText } from './menu-text';

/**
 * The add-on menu as data, so that what it offers to whom is decided here and tested without
 * Apps Script. `handler` is the top-level function a click runs. Everyone starts from the
 * panel; Diskominfo's actions sit in their own submenu; every action checks the role again
 * when clicked (roles.ts), so the menu only spares people items they cannot use.
 */
interface MenuItem {
  readonly label: string;
  readonly handler: string;
}

/** A submenu: a label and its items. */
interface SubMenu {
  readonly label: string;
  readonly items: readonly MenuItem[];
}

export const MENU_TITLE = 'SPBE';

const PANEL: MenuItem = { label: menuText.items.panel, handler: 'menuOpenPanel' };

const DISKOMINFO: SubMenu = {
  label: menuText.diskominfo,
  items: [
    { label: menuText.items.setup, handler: 'menuSetup' },
    { label: menuText.items.check, handler: 'menuCheck' },
    { label: menuText.items.remind, handler: 'menuRemind' },
    { label: menuText.items.lock, handler: 'menuToggleLock' },
    { label: menuText.items.recalculate, handler: 'menuRecalculate' },
    { label: menuText.items.export, handler: 'menuExport' },
    { label: menuText.items.restore, handler: 'menuRestore' },
    { label: menuText.items.recorder, handler: 'menuInstallRecorder' },
    { label: menuText.items.log, handler: 'menuOpenLog' },
    { label: menuText.items.selfTest, handler: 'menuSelfTest' },
  ],
};

const HELP: SubMenu = {
  label: menuText.help,
  items: [{ label: menuText.items.formulas, handler: 'menuHelp' }],
};

/** Every item, submenus included: each needs a top-level function in the bundle. */
export const ALL_MENU_ITEMS: readonly MenuItem[] = [PANEL, ...DISKOMINFO.items, ...HELP.items];

/**
 * Who the menu is for, as far as onOpen can tell: in AuthMode.NONE nothing may be read (R4),
 * and a simple trigger may not see the user's email (R6); then the role is unknown and every
 * item is listed (a click runs with full authorization and checks the role itself).
 */
export type MenuAudience = 'admin' | 'other' | 'unknown';

export function menuFor(audience: MenuAudience): readonly (MenuItem | SubMenu)[] {
  return audience === 'other' ? [PANEL, HELP] : [PANEL, DISKOMINFO, HELP];
}

/**
 * Whether the user is one of Pengaturan's admins: one read of one small tab found by its name
 * (not by listing every tab), so opening the file stays quick. 'unknown' when Google does not
 * say who it is, or Pengaturan is not there under its name (not set up yet, or renamed).
 */
export function menuAudience(wb: WorkbookPort): MenuAudience {
  const user = wb.userEmail().toLowerCase();
  if (!user) return 'unknown';
  const content = wb.read(TAB.settings);
  if (!content) return 'unknown';
  try {
    const settings = readSettings(content, defaultSettings(0, ''));
    return settings.admins.includes(user) ? 'admin' : 'other';
  } catch {
    // Pengaturan holds a mistake: the admins' actions must stay reachable to fix it.
    return 'unknown';
  }
}
