/** What the add-on says when someone not allowed tries an admin action. */
const ADMIN_ACTION_PHRASES = {
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

export type AdminAction = keyof typeof ADMIN_ACTION_PHRASES;

export const rolesText = {
  adminsOnly: (action: AdminAction, admins: readonly string[]) =>
    `Hanya admin Diskominfo (${admins.join(', ') || 'belum ada'}) yang dapat ${ADMIN_ACTION_PHRASES[action]}. Minta salah satu dari mereka, atau minta ditambahkan sebagai admin di tab Pengaturan.`,
};
