/** What the offline tools say, in plain Bahasa Indonesia: what is wrong and what to do. */
export const xlsxText = {
  missing: (path: string) => `Berkas ${path} tidak ditemukan. Periksa nama dan foldernya.`,
  tooBig: (path: string, size: number) =>
    `Berkas ${path} terlalu besar (${Math.round(size / 1024 / 1024)} MB; batas 20 MB). Hapus tab atau gambar yang tidak perlu, lalu coba lagi.`,
  notReadable: (path: string, kind: string) => {
    const saveAs =
      'simpan sebagai .xlsx (Excel: File › Save As › Excel Workbook; LibreOffice: File › Simpan Sebagai › Excel 2007-365), lalu coba lagi';
    switch (kind) {
      case 'encrypted':
        return `Berkas ${path} dilindungi kata sandi. Buka dengan kata sandinya, ${saveAs.replace('simpan sebagai', 'simpan salinan tanpa kata sandi sebagai')}.`;
      case 'xls':
        return `Berkas ${path} berformat Excel lama (.xls). Buka di Excel atau LibreOffice dan ${saveAs}.`;
      case 'ole':
        return `Berkas ${path} dilindungi kata sandi atau berformat Excel lama (.xls). Buka di Excel atau LibreOffice dan ${saveAs.replace('simpan sebagai', 'simpan salinan tanpa kata sandi sebagai')}.`;
      case 'ods':
        return `Berkas ${path} berformat LibreOffice (.ods). Buka di LibreOffice Calc dan ${saveAs}.`;
      case 'text':
        return `Berkas ${path} berisi teks (misalnya CSV), bukan workbook .xlsx. Bila berisi kode dan tingkat, ganti akhiran namanya menjadi .csv (spbe score membacanya); bila berisi workbook, buka di Excel atau LibreOffice dan ${saveAs}.`;
      default:
        return `Berkas ${path} bukan .xlsx yang bisa dibaca. Bila berasal dari Google Sheets, unduh lewat File › Download › Microsoft Excel (.xlsx); bila dari Excel atau LibreOffice, ${saveAs}.`;
    }
  },
  notXlsx: (path: string) => xlsxText.notReadable(path, 'other'),
  nameTaken: (name: string) =>
    `Tab '${name}' sudah ada. Ganti nama tab itu atau pilih nama lain di daftar OPD.`,
};
