/**
 * Every menu action, described once: where the menu lists it, the top-level function a click
 * runs, who may run it and the permissions it needs. The menu, the role check, the consent
 * check and the authorization test are derived from this list; each action's words are in
 * menu-text.ts under its id. A new action is its entry here, its words, its work, and its
 * stub in gas/main.ts (a bundle test finds a missing one).
 */

/** The permissions Google's consent screen lists, each tied to an OAuth scope (gas/consent.ts). */
export type Permission = 'email' | 'sidebar' | 'drive' | 'fetch' | 'mail' | 'triggers';

export interface ActionSpec {
  readonly id: string;
  /** The bundle's top-level function a click runs. */
  readonly handler: string;
  /** The main menu, Diskominfo's submenu, or Bantuan. */
  readonly place: 'main' | 'diskominfo' | 'help';
  /**
   * anyone; admins only (checked again on every click); or anyone until the workbook is set
   * up (there are no admins before), admins afterwards.
   */
  readonly who: 'anyone' | 'admins' | 'firstRunThenAdmins';
  readonly permissions: readonly Permission[];
  /** Its own work moves the panel's waiting Log rows into the Log first, under its lock. */
  readonly tidiesLog?: boolean;
}

export const ACTIONS = [
  {
    id: 'panel',
    handler: 'menuOpenPanel',
    place: 'main',
    who: 'anyone',
    permissions: ['email', 'sidebar'],
  },
  {
    id: 'setup',
    handler: 'menuSetup',
    place: 'diskominfo',
    who: 'firstRunThenAdmins',
    permissions: ['email'],
  },
  {
    id: 'check',
    handler: 'menuCheck',
    place: 'diskominfo',
    who: 'admins',
    permissions: ['email', 'drive', 'fetch'],
    tidiesLog: true,
  },
  {
    id: 'remind',
    handler: 'menuRemind',
    place: 'diskominfo',
    who: 'admins',
    permissions: ['email', 'mail'],
  },
  {
    id: 'lock',
    handler: 'menuToggleLock',
    place: 'diskominfo',
    who: 'admins',
    permissions: ['email'],
  },
  {
    id: 'recalculate',
    handler: 'menuRecalculate',
    place: 'diskominfo',
    who: 'firstRunThenAdmins',
    permissions: ['email'],
  },
  {
    id: 'export',
    handler: 'menuExport',
    place: 'diskominfo',
    who: 'admins',
    permissions: ['email'],
  },
  {
    id: 'report',
    handler: 'menuReport',
    place: 'diskominfo',
    who: 'admins',
    permissions: ['email'],
  },
  {
    id: 'restore',
    handler: 'menuRestore',
    place: 'diskominfo',
    who: 'admins',
    permissions: ['email'],
  },
  {
    id: 'recorder',
    handler: 'menuInstallRecorder',
    place: 'diskominfo',
    who: 'admins',
    permissions: ['email', 'triggers'],
  },
  { id: 'log', handler: 'menuOpenLog', place: 'diskominfo', who: 'admins', permissions: ['email'] },
  {
    id: 'selfTest',
    handler: 'menuSelfTest',
    place: 'diskominfo',
    who: 'firstRunThenAdmins',
    permissions: ['email'],
  },
  { id: 'help', handler: 'menuHelp', place: 'help', who: 'anyone', permissions: [] },
] as const satisfies readonly ActionSpec[];

export type ActionId = (typeof ACTIONS)[number]['id'];

/** The ids of the actions a given kind of user may run: a wrong wrapper does not compile. */
export type ActionFor<W extends ActionSpec['who']> = Extract<
  (typeof ACTIONS)[number],
  { who: W }
>['id'];

export function actionSpec(id: ActionId): ActionSpec {
  return ACTIONS.find((a) => a.id === id) as ActionSpec;
}
