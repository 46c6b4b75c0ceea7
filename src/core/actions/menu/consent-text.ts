import { MENU_PATH } from '../../kernel/kernel-text';
import type { ActionId, Permission } from './actions';
import { menuText } from './menu-text';

/**
 * What the add-on says when a feature needs a permission the user did not grant on Google's
 * consent screen (users may tick only some): which feature, which permission, and why.
 */

const PERMISSION: Record<Permission, string> = {
  email: 'Melihat alamat email Anda — agar add-on tahu Anda admin atau PIC OPD mana',
  sidebar: 'Menampilkan panel di samping lembar',
  drive: 'Melihat file Google Drive Anda — untuk memeriksa tautan data dukung (hanya membaca)',
  fetch: 'Terhubung ke layanan luar — untuk memeriksa banyak file Drive sekaligus',
  mail: 'Mengirim email atas nama Anda — untuk pengingat ke PIC OPD',
  triggers: 'Menjalankan skrip saat Anda tidak ada — untuk pencatat perubahan',
};

export const consentText = {
  /** Shown before Google's consent prompt opens. */
  asking: (action: ActionId, missing: readonly Permission[]) =>
    [
      `${menuText.items[action]} memerlukan izin yang belum Anda berikan:`,
      ...missing.map((p) => `• ${PERMISSION[p]}`),
      '',
      'Setelah Anda menutup pesan ini, Google menampilkan layar izin. Centang izin di atas, lalu pilih menu ini sekali lagi.',
    ].join('\n'),
  /** A call failed because a permission was not granted (one Google did not name: said generally). */
  notGranted: (p: Permission | null) =>
    `Add-on belum mendapat izin: ${p ? PERMISSION[p] : 'salah satu izin yang diminta di layar Google'}. Pilih menu SPBE yang Anda perlukan lagi dan centang izin itu di layar Google; bila layar itu tidak muncul, buka myaccount.google.com › Keamanan › Akses pihak ketiga, hapus akses add-on SPBE, lalu buka lagi.`,
  permission: (p: Permission) => PERMISSION[p],
  protectedCells: (kept: string) =>
    `Bagian itu dilindungi dan akun Anda belum tercantum sebagai pengeditnya. Bila Anda PIC, ubah hanya kolom isian di tab OPD Anda; bila Anda admin baru, minta admin lain atau pemilik file menjalankan ${MENU_PATH.setup} sekali agar nama Anda ditambahkan.${kept}`,
};
