import { type ActionId, actionSpec, type Permission } from '../core/actions/menu/actions';
import { consentText } from '../core/actions/menu/consent-text';
import { MENU_TITLE } from '../core/actions/menu/menu';

/**
 * Granular consent: a user may grant only some of the manifest's scopes. Each feature asks
 * for what it needs when it is used, explaining why, instead of failing half-way with
 * Google's English "You do not have permission…". A PIC who only types in their tab needs
 * none of the optional ones.
 */
const AUTH = 'https://www.googleapis.com/auth/';
const SCOPE: Record<Permission, string> = {
  email: `${AUTH}userinfo.email`,
  sidebar: `${AUTH}script.container.ui`,
  drive: `${AUTH}drive.readonly`,
  fetch: `${AUTH}script.external_request`,
  mail: `${AUTH}script.send_mail`,
  triggers: `${AUTH}script.scriptapp`,
};

/** The scoped form of getAuthorizationInfo came with granular consent (newer than the types). */
interface GranularScriptApp {
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    scopes: string[],
  ): GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes(): string[] };
}

/** The permissions among `wanted` that the user has not granted. */
export function missing(wanted: readonly Permission[]): Permission[] {
  const info = (ScriptApp as unknown as GranularScriptApp).getAuthorizationInfo(
    ScriptApp.AuthMode.FULL,
    wanted.map((p) => SCOPE[p]),
  );
  const granted = new Set(info.getAuthorizedScopes());
  return wanted.filter((p) => !granted.has(SCOPE[p]));
}

export function hasScopes(wanted: readonly Permission[]): boolean {
  return missing(wanted).length === 0;
}

let consentRequested = false;

/** True once this execution handed over to Google's consent prompt (not an error to report). */
export function endedForConsent(): boolean {
  return consentRequested;
}

/** A new execution has asked for nothing yet (module state can outlive one in a warm runtime). */
export function resetConsent(): void {
  consentRequested = false;
}

/**
 * Before a menu action: when a permission it needs (its spec in actions.ts) was not granted,
 * says which and why, then has Google show its consent prompt (requireScopes ends this
 * execution there).
 */
export function ensureScopes(action: ActionId): void {
  const lacking = missing(actionSpec(action).permissions);
  if (lacking.length === 0) return;
  const ui = SpreadsheetApp.getUi();
  ui.alert(MENU_TITLE, consentText.asking(action, lacking), ui.ButtonSet.OK);
  consentRequested = true;
  ScriptApp.requireScopes(
    ScriptApp.AuthMode.FULL,
    lacking.map((p) => SCOPE[p]),
  );
}
