const list = (emails: readonly string[]) => emails.join(', ') || 'belum ada';

/** What the sidebar's server side says, in plain Bahasa Indonesia. */
export const panelText = {
  /** What someone not allowed was trying to do: "Hanya admin … yang dapat …". */
  doing: {
    coordinator: 'membuka mode Diskominfo',
    plan: 'menyusun rencana mencapai target',
  },
  unregistered: (user: string, admins: readonly string[]) =>
    `${user || 'Akun Anda'} belum terdaftar sebagai PIC OPD mana pun. Minta admin Diskominfo (${list(admins)}) menambahkan email Anda di tab OPD, lalu buka panel lagi.`,
  tabGone: () => 'Tab OPD ini tidak ada lagi di daftar OPD. Muat ulang panel.',
  rowGone: (code: string) => `Indikator ${code} tidak ada lagi di tab ini. Muat ulang panel.`,
  changedMeanwhile: (code: string) =>
    `Baris ${code} sudah diubah orang lain sejak Anda membukanya. Isian Anda belum disimpan; bandingkan dengan isian terbaru di bawah, lalu simpan lagi.`,
  saved: (code: string) => `Isian ${code} tersimpan.`,
  savedIncomplete: (code: string) => `Isian ${code} tersimpan, tetapi belum lengkap:`,
  probed: (n: number) =>
    n === 0
      ? 'Tidak ada tautan Google Drive untuk diperiksa di baris ini.'
      : `${n} tautan diperiksa sekarang, seperti asesor membukanya.`,
  probeNeedsConsent: () =>
    'Untuk memeriksa akses file, add-on perlu izin "Melihat file Google Drive Anda" dan "Terhubung ke layanan luar". Tutup panel, buka lagi lewat Ekstensi › SPBE › Isi penilaian (panel), dan centang kedua izin itu di layar Google.',
  logAction: () => 'Ubah isian (panel)',
  planTab: () => 'Rencana',
  planTitle: (target: string, when: string) => `Rencana mencapai indeks ${target} — dibuat ${when}`,
  planOutcome: (
    plan: { start: number; end: number; reached: boolean; steps: readonly unknown[] },
    decimal: (n: number) => string,
  ) =>
    `Indeks mandiri sekarang ${decimal(plan.start)}; ${plan.reached ? `tercapai dengan ${plan.steps.length} kenaikan` : `tidak tercapai, tertinggi ${decimal(plan.end)}`}.`,
  planHeader: () => ['Indikator', 'Nama', 'Dari', 'Ke', 'Indeks setelah', 'OPD'] as const,
  planWritten: (tab: string, n: number) => `Rencana (${n} kenaikan) ditulis di tab ${tab}.`,
};
