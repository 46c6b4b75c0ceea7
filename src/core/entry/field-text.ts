/**
 * The words of an entry's fields in the workbook, in one place for each field: its column
 * header on the OPD tab (and the older headers it is still found by), the help the sheet's
 * validation shows, and what is wrong with a value that breaks its rule. How the panel labels
 * them is in field-panel-text.ts (the sidebar's bundle only).
 */
export const fieldText = {
  level: {
    header: 'Tingkat',
    help: 'Pilih tingkat 1–5. Tingkat bersifat kumulatif: tingkat N juga memerlukan bukti tingkat sebelumnya.',
  },
  explanation: {
    header: 'Penjelasan',
    help: 'Jelaskan mengapa tingkat ini tercapai dan sebutkan dokumen buktinya.',
  },
  evidence: {
    header: 'Data dukung (tautan, satu per baris)',
    aliases: ['Data dukung'],
    help: 'Tempel tautan Google Drive, satu per baris. Pastikan asesor dapat membukanya.',
  },
  evidenceKind: {
    header: 'Jenis bukti',
    help: 'Pilih jenis bukti utama yang dilampirkan.',
  },
  verification: {
    header: 'Status verifikasi',
    help: 'Diisi Diskominfo: belum diperiksa, perlu revisi (wajib beri catatan) atau diterima.',
  },
  verifierNote: {
    header: 'Catatan verifikator',
    help: 'Diisi Diskominfo: apa yang perlu diperbaiki OPD.',
  },
  /** An evidence item's own field, as the panel names it. */
  onItem: (label: string, code: string) => `${label} butir ${code}`,
  badLevel: () => 'Tingkat harus 1 sampai 5, atau kosong bila belum dinilai.',
  tooLong: (what: string, max: number) => `${what} terlalu panjang (maksimal ${max} huruf).`,
  notAChoice: (what: string, value: string) => `${what} '${value}' tidak ada di daftar.`,
};
