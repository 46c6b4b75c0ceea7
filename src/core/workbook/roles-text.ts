import { readableDate } from '../kernel/dates';

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
  adminsOnly: (doing: string, admins: readonly string[]) =>
    `Hanya admin Diskominfo (${list(admins)}) yang dapat ${doing}. Minta salah satu dari mereka, atau minta ditambahkan sebagai admin di tab Pengaturan.`,
};
