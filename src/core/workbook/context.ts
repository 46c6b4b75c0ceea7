import type { Catalogue } from '../catalogue/types';
import { InputError } from '../kernel/errors';
import { readCatalogueTab } from './catalogue-tab';
import { readOpdList } from './opd-list-tab';
import type { OpdRecord } from './ownership';
import type { TabContent, WorkbookPort } from './port';
import type { Role } from './roles';
import { roleOf } from './roles';
import { defaultSettings, readSettings, type Settings } from './settings-tab';
import { TAB, TAB_KEY } from './tab-names';
import { workbookText } from './workbook-text';

/**
 * What every action needs of a workbook that setup prepared, read once per execution: the
 * settings, the catalogue as edited on Kerangka, the OPD list, and who is at the keyboard.
 */
export interface WorkbookContext {
  readonly settings: Settings;
  readonly catalogue: Catalogue;
  readonly opds: readonly OpdRecord[];
  /** The user's email, lower case ('' when Google does not say). */
  readonly user: string;
  readonly role: Role;
}

function tabContent(wb: WorkbookPort, name: string, key: string): TabContent | undefined {
  const found = wb.tabName(key, name);
  return found ? wb.read(found) : undefined;
}

/**
 * The context of a workbook setup has prepared, or undefined when it has not (yet): no
 * Kerangka or OPD list, or a first setup that stopped before writing them. A prepared
 * workbook whose tabs hold mistakes is refused, naming them.
 */
export function contextIfSetUp(wb: WorkbookPort, year: number): WorkbookContext | undefined {
  const catalogueTab = tabContent(wb, TAB.catalogue, TAB_KEY.catalogue);
  const opdList = tabContent(wb, TAB.opds, TAB_KEY.opds);
  if (!catalogueTab?.cells.length || !opdList?.cells.length) return undefined;
  const user = wb.userEmail().toLowerCase();
  const settings = readSettings(
    tabContent(wb, TAB.settings, TAB_KEY.settings),
    defaultSettings(year, user),
  );
  const catalogue = readCatalogueTab(catalogueTab);
  const opds = readOpdList(opdList, catalogue);
  if (!opds) return undefined;
  return { settings, catalogue, opds, user, role: roleOf(user, settings, opds) };
}

/** Reads the context; refuses with what to do when the workbook was never set up. */
export function loadContext(wb: WorkbookPort, year: number): WorkbookContext {
  const ctx = contextIfSetUp(wb, year);
  if (!ctx) throw new InputError(workbookText.notSetUp());
  return ctx;
}

/**
 * The OPD with the name its tab has now: the OPD list's name when a tab goes by it (the
 * common case, no extra look-up), else the tab the add-on marked for this OPD — renamed in
 * Excel or LibreOffice, whose names follow a renamed sheet — else the list's name still.
 */
export function withCurrentTab(wb: WorkbookPort, opd: OpdRecord): OpdRecord {
  if (wb.read(opd.tab) !== undefined) return opd;
  const found = wb.tabName(`${TAB_KEY.opds}:${opd.code}`, opd.tab);
  return found && found !== opd.tab ? { ...opd, tab: found } : opd;
}

/** The OPDs a user fills: every OPD for an admin, their own for a PIC. */
export function opdsOf(ctx: WorkbookContext): readonly OpdRecord[] {
  return ctx.role === 'admin' ? ctx.opds : ctx.opds.filter((o) => o.pics.includes(ctx.user));
}
