import { InputError } from '../kernel/errors';
import type { OpdRecord } from './ownership';
import { rolesText } from './roles-text';
import type { Settings } from './settings-tab';

export type Role = 'admin' | 'pic' | 'viewer';

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

/**
 * The refusal, in one sentence naming who may do it; thrown before any side effect. `doing`
 * says what was tried ("menjalankan Cek kelengkapan"), in the words of the action's owner.
 */
export function requireAdmin(
  who: { readonly role: Role; readonly settings: Settings },
  doing: string,
): void {
  if (who.role === 'admin') return;
  throw new InputError(rolesText.adminsOnly(doing, who.settings.admins));
}

/**
 * Why this user may not fill this OPD's tab now, or undefined when they may: an admin always
 * may; a PIC may fill their own OPD's tab until Diskominfo locks filling.
 */
export function fillRefusal(
  who: { readonly role: Role; readonly user: string; readonly settings: Settings },
  opd: OpdRecord,
): string | undefined {
  if (who.role === 'admin') return undefined;
  if (!opd.pics.includes(who.user)) return rolesText.picsOnly(opd, who.settings.admins, 'fill');
  if (who.settings.locked) return rolesText.locked(who.settings);
  return undefined;
}

/** An OPD's answers and history are for its PICs and the admins; refused before any read. */
export function requireReader(
  who: { readonly role: Role; readonly user: string; readonly settings: Settings },
  opd: OpdRecord,
): void {
  if (who.role === 'admin' || opd.pics.includes(who.user)) return;
  throw new InputError(rolesText.picsOnly(opd, who.settings.admins, 'read'));
}
