import { readableDate } from '../kernel/dates';

/** What the add-on says when someone not allowed tries an admin action. */
const ADMIN_ACTION_PHRASES = {
  setup: 'menyiapkan atau memperbarui workbook',
  check: 'menjalankan Cek kelengkapan',
  remind: 'mengirim pengingat',
  lock: 'mengunci atau membuka pengisian',
  recorder: 'menyalakan pencatatan setiap perubahan di Log',
  log: 'membuka Log perubahan',
  restore: 'memulihkan isian',
  export: 'mengekspor isian',
  selfTest: 'menjalankan Periksa lingkungan',
  coordinator: 'membuka mode Diskominfo',
  plan: 'menyusun rencana mencapai target',
} as const;

export type AdminAction = keyof typeof ADMIN_ACTION_PHRASES;

const list = (emails: readonly string[]) => emails.join(', ') || 'belum ada';

export const rolesText = {
  picsOnly: (
    opd: { tab: string; pics: readonly string[] },
    admins: readonly string[],
    doing: 'fill' | 'read',
  ) =>
    `Hanya PIC tab ${opd.tab} (${list(opd.pics)}) dan admin Diskominfo yang dapat ${doing === 'fill' ? 'mengisi tab ini' : 'membuka isian dan riwayat tab ini di panel'}. Bila Anda PIC-nya, minta admin (${list(admins)}) menambahkan email Anda di tab OPD.`,
  locked: (settings: { lockedSince: string; admins: readonly string[] }) =>
    `Pengisian dikunci oleh Diskominfo${settings.lockedSince ? ` sejak ${readableDate(settings.lockedSince)}` : ''}. Isian masih bisa dibaca; untuk mengubahnya, hubungi admin (${list(settings.admins)}).`,
  adminsOnly: (action: AdminAction, admins: readonly string[]) =>
    `Hanya admin Diskominfo (${list(admins)}) yang dapat ${ADMIN_ACTION_PHRASES[action]}. Minta salah satu dari mereka, atau minta ditambahkan sebagai admin di tab Pengaturan.`,
};
