import { consentText, type Permission } from '../core/consent-text';

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
 * Google's "You do not have permission to call X. Required permissions: …" (a scope the user
 * did not grant) in plain Indonesian with what to do; '' for any other error.
 */
export function permissionProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /You do not have permission to call [\w.]+\.?\s*Required permissions: (\S+)/.exec(
    message,
  );
  if (!match) return '';
  const scope = /auth\/([\w.]+)/.exec(match[1] ?? '')?.[1] ?? '';
  const permission = BY_SCOPE[scope];
  return permission
    ? consentText.notGranted(permission)
    : consentText.notGranted('email').replace(consentText.permission('email'), scope);
}
