/** What the offline tools say, in plain Bahasa Indonesia: what is wrong and what to do. */
export const xlsxText = {
  missing: (path: string) => `Berkas ${path} tidak ditemukan. Periksa nama dan foldernya.`,
  tooBig: (path: string, size: number) =>
    `Berkas ${path} terlalu besar (${Math.round(size / 1024 / 1024)} MB; batas 20 MB). Hapus tab atau gambar yang tidak perlu, lalu coba lagi.`,
  encrypted: (path: string) =>
    `Berkas ${path} dilindungi kata sandi. Simpan salinan tanpa kata sandi, lalu coba lagi.`,
  notXlsx: (path: string) =>
    `Berkas ${path} bukan .xlsx yang bisa dibaca. Unduh dari Google Sheets lewat File › Download › Microsoft Excel (.xlsx), lalu coba lagi.`,
  nameTaken: (name: string) =>
    `Tab '${name}' sudah ada. Ganti nama tab itu atau pilih nama lain di daftar OPD.`,
};
