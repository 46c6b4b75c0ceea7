import { MENU_WORDS } from '../../kernel/kernel-text';
import type { WorkbookPort } from '../../workbook/port';
import { defaultSettings, readSettings } from '../../workbook/settings-tab';
import { TAB } from '../../workbook/tab-names';
import { ACTIONS, type ActionSpec } from './actions';
import { menuText } from './menu-text';

/**
 * The add-on menu, derived from the action list (actions.ts), so that what it offers to whom
 * is decided there and tested without Apps Script. Everyone starts from the panel; Diskominfo's
 * actions sit in their own submenu; every action checks the role again when clicked, so the
 * menu only spares people items they cannot use.
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

export const MENU_TITLE = MENU_WORDS.root;

const itemsIn = (place: ActionSpec['place']): MenuItem[] =>
  ACTIONS.filter((a) => a.place === place).map((a) => ({
    label: menuText.items[a.id],
    handler: a.handler,
  }));

const MAIN = itemsIn('main');
const DISKOMINFO: SubMenu = { label: menuText.diskominfo, items: itemsIn('diskominfo') };
const HELP: SubMenu = { label: menuText.helpMenu, items: itemsIn('help') };

/** Every item, submenus included: each needs a top-level function in the bundle. */
export const ALL_MENU_ITEMS: readonly MenuItem[] = [...MAIN, ...DISKOMINFO.items, ...HELP.items];

/**
 * Who the menu is for, as far as onOpen can tell: in AuthMode.NONE nothing may be read (R4),
 * and a simple trigger may not see the user's email (R6); then the role is unknown and every
 * item is listed (a click runs with full authorization and checks the role itself).
 */
export type MenuAudience = 'admin' | 'other' | 'unknown';

export function menuFor(audience: MenuAudience): readonly (MenuItem | SubMenu)[] {
  return audience === 'other' ? [...MAIN, HELP] : [...MAIN, DISKOMINFO, HELP];
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
