/**
 * What each level means and which evidence (data dukung) the assessors accept for it, per
 * group of indicators. Levels are cumulative: level N also needs the evidence of N-1. The
 * workbook's Kerangka tab holds this text, where admins may refine it per indicator.
 */
export interface LevelGuide {
  readonly group: string;
  /** Five entries, for levels 1..5: the criterion, then the evidence. */
  readonly levels: readonly { readonly criterion: string; readonly evidence: string }[];
}

export const POLICY: LevelGuide = {
  group: 'Kebijakan internal',
  levels: [
    {
      criterion: 'Konsep kebijakan sudah disusun (masih rancangan).',
      evidence: 'Draf Perwali/Perbup, undangan dan notulen rapat pembahasan.',
    },
    {
      criterion: 'Kebijakan sudah ditetapkan, tetapi isi atau cakupannya belum lengkap.',
      evidence: 'Perwali/Perbup/SK yang sudah ditetapkan (ditandatangani).',
    },
    {
      criterion: 'Kebijakan lengkap dan berlaku untuk seluruh unit kerja.',
      evidence:
        'Kebijakan yang ditetapkan dengan isi lengkap dan cakupan seluruh perangkat daerah.',
    },
    {
      criterion: 'Kebijakan selaras dengan kebijakan nasional dan direviu berkala.',
      evidence: 'Laporan reviu kebijakan.',
    },
    {
      criterion: 'Hasil reviu ditindaklanjuti dengan perubahan kebijakan.',
      evidence: 'Kebijakan hasil perubahan dan dokumen tindak lanjut reviu.',
    },
  ],
};

export const PROCESS: LevelGuide = {
  group: 'Tata kelola dan manajemen',
  levels: [
    {
      criterion: 'Kegiatan sudah dilakukan, tetapi belum direncanakan (ad-hoc).',
      evidence: 'Dokumentasi kegiatan yang sudah berjalan.',
    },
    {
      criterion: 'Kegiatan direncanakan dalam program kerja.',
      evidence: 'Dokumen perencanaan atau program kerja (misalnya RKA/DPA).',
    },
    {
      criterion: 'Dilaksanakan sesuai pedoman/SOP di seluruh unit.',
      evidence: 'Pedoman/SOP dan catatan pelaksanaannya.',
    },
    {
      criterion: 'Terpadu dan diukur secara berkala.',
      evidence: 'Laporan reviu atau pengukuran berkala.',
    },
    {
      criterion: 'Perbaikan berkelanjutan berdasarkan hasil reviu.',
      evidence: 'Tindak lanjut temuan dan bukti perbaikannya.',
    },
  ],
};

export const SERVICE: LevelGuide = {
  group: 'Layanan',
  levels: [
    {
      criterion: 'Informasi: layanan memberi informasi satu arah.',
      evidence:
        'Manual book, tangkapan layar halaman informasi, URL aplikasi dan dasar kebijakannya.',
    },
    {
      criterion: 'Interaksi: pengguna dapat berkomunikasi dua arah (formulir, konsultasi).',
      evidence: 'Tangkapan layar fitur interaksi (bukan hanya halaman login) dan URL atau demo.',
    },
    {
      criterion: 'Transaksi: layanan selesai secara elektronik.',
      evidence: 'Tangkapan layar alur transaksi dari awal sampai selesai, URL atau video demo.',
    },
    {
      criterion: 'Kolaborasi: terintegrasi dengan layanan atau instansi lain.',
      evidence: 'Daftar integrasi/API atau tangkapan layar pertukaran data antarsistem.',
    },
    {
      criterion: 'Optimum: dievaluasi dan disesuaikan dengan kebutuhan pengguna.',
      evidence: 'Laporan evaluasi layanan (misalnya survei kepuasan) dan tindak lanjutnya.',
    },
  ],
};

export function guideText(guide: LevelGuide, level: number): string {
  const entry = guide.levels[level - 1];
  return entry ? `${entry.criterion} Data dukung: ${entry.evidence}` : '';
}
