/** The words of evidence items (butir): their statuses, as Pemda already say them, and labels. */
export const ITEM_STATUS_WORDS = ['belum', 'draf', 'proses', 'diterima', 'revisi'] as const;

/** The verifier's words on a row (the OPD tab's Status verifikasi list). */
export const VERIFICATION_VALUES = ['belum diperiksa', 'perlu revisi', 'diterima'] as const;

export const itemText = {
  /** The item's line in the Indikator column, under its indicator. */
  rowLabel: (level: number, name: string) => `↳ Butir tingkat ${level}: ${name}`,
};
