/**
 * How the panel labels each field of an entry, and an evidence item's own field: the words
 * of the sidebar's form, kept beside the fields' workbook words (field-text.ts) but out of the
 * Apps Script bundle, which every formula cell loads.
 */
export const fieldPanelText = {
  level: {
    label: 'Tingkat (kumulatif: tingkat 3 juga memerlukan bukti tingkat 1 dan 2)',
  },
  explanation: {
    label: 'Penjelasan: fakta dan hasil analisis',
    item: (code: string) => `Catatan ${code} (boleh kosong)`,
  },
  evidence: {
    label: 'Data dukung: tautan Google Drive, satu per baris',
    item: (code: string) => `Tautan bukti ${code}`,
  },
  evidenceKind: {
    label: 'Jenis bukti',
  },
  verification: {
    label: 'Status verifikasi',
  },
  verifierNote: {
    label: 'Catatan verifikator',
  },
};
