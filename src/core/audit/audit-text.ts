/** What the audit trail says, in plain Bahasa Indonesia. */
export const auditText = {
  adminsOnly: () => 'Hanya admin Diskominfo yang dapat memasang pencatat perubahan.',
  alreadyInstalled: () =>
    'Pencatat perubahan sudah terpasang. Setiap perubahan di tab OPD dan Penilaian tercatat di Log.',
  installed: () =>
    'Pencatat perubahan terpasang. Mulai sekarang setiap perubahan di tab OPD dan Penilaian tercatat di Log (siapa, kapan, sel, lama → baru), dan kolom Diubah oleh/pada terisi.',
};
