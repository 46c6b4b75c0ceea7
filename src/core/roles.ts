import type { Role } from '../shared/rpc';
import { InputError } from './errors';
import { type AdminAction, rolesText } from './roles-text';
import type { OpdRecord } from './workbook/ownership';
import type { Settings } from './workbook/settings-tab';

/**
 * Who may do what, decided in one place: an admin (listed in Pengaturan) runs every
 * Diskominfo action; a PIC (listed for an OPD) fills that OPD's tab while it is open; anyone
 * else reads. Every admin action and endpoint asks here before it changes anything.
 */
export function roleOf(user: string, settings: Settings, opds: readonly OpdRecord[]): Role {
  const u = user.toLowerCase();
  if (settings.admins.includes(u)) return 'admin';
  return opds.some((o) => o.pics.includes(u)) ? 'pic' : 'viewer';
}

/** The refusal, in one sentence naming who may do it; thrown before any side effect. */
export function requireAdmin(
  who: { readonly role: Role; readonly settings: Settings },
  action: AdminAction,
): void {
  if (who.role === 'admin') return;
  throw new InputError(rolesText.adminsOnly(action, who.settings.admins));
}
