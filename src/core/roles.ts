import type { Role } from '../shared/rpc';
import { InputError } from './errors';
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

/** The actions only admins may run, named as the user knows them. */
const ADMIN_ACTIONS = {
  setup: 'menyiapkan atau memperbarui workbook',
  check: 'menjalankan Cek kelengkapan',
  remind: 'mengirim pengingat',
  lock: 'mengunci atau membuka pengisian',
  recorder: 'memasang pencatat perubahan',
  restore: 'memulihkan isian',
  export: 'mengekspor isian',
  selfTest: 'menjalankan Periksa lingkungan',
  coordinator: 'membuka mode Diskominfo',
  plan: 'menyusun rencana mencapai target',
} as const;
export type AdminAction = keyof typeof ADMIN_ACTIONS;

/** The refusal, in one sentence naming who may do it; thrown before any side effect. */
export function requireAdmin(
  who: { readonly role: Role; readonly settings: Settings },
  action: AdminAction,
): void {
  if (who.role === 'admin') return;
  const admins = who.settings.admins.join(', ') || 'admin Diskominfo';
  throw new InputError(
    `Hanya admin Diskominfo (${admins}) yang dapat ${ADMIN_ACTIONS[action]}. Minta salah satu dari mereka, atau minta ditambahkan sebagai admin di tab Pengaturan.`,
  );
}
