/**
 * Words that are data: written into cells, offered in drop-downs and matched by the workbook's
 * own formulas (COUNTIFS over Status verifikasi, the Status formula over Kelengkapan's
 * severity column), so the engine and the formulas must spell them alike. Prose lives in
 * each folder's text module; these words are shared because a cell holds them.
 */

/** The verifier's words on a row (the OPD tab's Status verifikasi list). */
export const VERIFICATION_VALUES = ['belum diperiksa', 'perlu revisi', 'diterima'] as const;

/** A finding's severity, as the Kelengkapan tab writes it and the Status formula counts it. */
export const SEVERITY_LABEL = { error: 'Kesalahan', warning: 'Peringatan', info: 'Info' } as const;

/** An indicator's status: the OPD tab's Status column and the panel say the same words. */
export const STATUS_LABEL = {
  empty: 'Belum diisi',
  incomplete: 'Belum lengkap',
  toFix: 'Perlu diperbaiki',
  revision: 'Perlu revisi',
  accepted: 'Diterima',
  done: 'Lengkap',
  unchecked: 'Perlu dicek',
} as const;

/**
 * The statuses of an evidence item (butir), in the indicator's own words (one vocabulary):
 * nothing yet, a note or text but no link, a link waiting for the verifier, accepted, to revise.
 */
export const ITEM_STATUS_WORDS = [
  STATUS_LABEL.empty,
  STATUS_LABEL.incomplete,
  STATUS_LABEL.unchecked,
  STATUS_LABEL.accepted,
  STATUS_LABEL.revision,
] as const;

/** The item's line in the Indikator column, under its indicator. */
export function itemRowLabel(level: number, name: string): string {
  return `↳ Butir tingkat ${level}: ${name}`;
}
