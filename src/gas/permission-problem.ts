import { NOTHING_LOST } from '../core/actions/menu/action-text';
import type { Permission } from '../core/actions/menu/actions';
import { consentText } from '../core/actions/menu/consent-text';

const BY_SCOPE: Record<string, Permission> = {
  'userinfo.email': 'email',
  'script.container.ui': 'sidebar',
  'drive.readonly': 'drive',
  drive: 'drive',
  'script.external_request': 'fetch',
  'script.send_mail': 'mail',
  'script.scriptapp': 'triggers',
};

/**
 * What Google refused, in plain Indonesian with what to do: "You do not have permission to
 * call X. Required permissions: …" (a scope the user did not grant) and "You are trying to
 * edit a protected cell" (someone not on a tab's protection); '' for any other error.
 */
export function permissionProblem(error: unknown, kept = NOTHING_LOST): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/protected cell or object/.test(message)) return consentText.protectedCells(kept);
  const match = /You do not have permission to call [\w.]+\.?\s*Required permissions: (\S+)/.exec(
    message,
  );
  if (!match) return '';
  const scope = /auth\/([\w.]+)/.exec(match[1] ?? '')?.[1] ?? '';
  // A scope's address means nothing to a clerk: an unknown one is named generally.
  return consentText.notGranted(BY_SCOPE[scope] ?? null);
}
