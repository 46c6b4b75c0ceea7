/**
 * The words of an entry's fields, in one place for each field: its column header on the OPD
 * tab (and the older headers it is still found by), how the panel labels it, the help the
 * sheet's validation shows, and what is wrong with a value that breaks its rule.
 */
export const fieldText = {
  level: {
    header: 'Tingkat',
    label: 'Tingkat (kumulatif: tingkat 3 juga memerlukan bukti tingkat 1 dan 2)',
    help: 'Pilih tingkat 1–5. Tingkat bersifat kumulatif: tingkat N juga memerlukan bukti tingkat sebelumnya.',
  },
  explanation: {
    header: 'Penjelasan',
    label: 'Penjelasan: fakta dan hasil analisis',
    help: 'Jelaskan mengapa tingkat ini tercapai dan sebutkan dokumen buktinya.',
    itemLabel: (code: string) => `Catatan ${code} (boleh kosong)`,
  },
  evidence: {
    header: 'Data dukung (tautan, satu per baris)',
    aliases: ['Data dukung'],
    label: 'Data dukung: tautan Google Drive, satu per baris',
    help: 'Tempel tautan Google Drive, satu per baris. Pastikan asesor dapat membukanya.',
    itemLabel: (code: string) => `Tautan bukti ${code}`,
  },
  evidenceKind: {
    header: 'Jenis bukti',
    label: 'Jenis bukti',
    help: 'Pilih jenis bukti utama yang dilampirkan.',
  },
  verification: {
    header: 'Status verifikasi',
    label: 'Status verifikasi',
    help: 'Diisi Diskominfo: belum diperiksa, perlu revisi (wajib beri catatan) atau diterima.',
  },
  verifierNote: {
    header: 'Catatan verifikator',
    label: 'Catatan verifikator',
    help: 'Diisi Diskominfo: apa yang perlu diperbaiki OPD.',
  },
  /** An evidence item's own field, as the panel names it. */
  onItem: (label: string, code: string) => `${label} butir ${code}`,
  badLevel: () => 'Tingkat harus 1 sampai 5, atau kosong bila belum dinilai.',
  tooLong: (what: string, max: number) => `${what} terlalu panjang (maksimal ${max} huruf).`,
  notAChoice: (what: string, value: string) => `${what} '${value}' tidak ada di daftar.`,
};
