/** What `spbe laporan` prints and its PDF says, in plain Bahasa Indonesia. */
export const reportText = {
  now: 'Sekarang',
  targetWord: 'Target',
  complete: 'Lengkap',
  owed: 'Belum lengkap',
  indexAxis: 'Indeks',
  indicatorsAxis: 'Indikator',
  stagesHeading: 'Indeks per tahap',
  partsHeading: (kind: 'domain' | 'aspect') =>
    kind === 'domain' ? 'Domain terhadap target' : 'Aspek terhadap target',
  opdsHeading: 'Kelengkapan per OPD',
  gapsHeading: 'Sepuluh kesenjangan terbesar',
  gapsColumns: ['Indikator', 'OPD', 'Tingkat', 'Tambah indeks'],
  planHeading: 'Jalur termurah ke target',
  written: (file: string) => `Laporan ditulis di ${file}.`,
  noData: 'belum ada data',
  step: (from: string, to: number, after: string, opds: string) =>
    `tingkat ${from} → ${to}, indeks jadi ${after}${opds ? ` (${opds})` : ''}`,
  more: (n: number) => `… dan ${n} indikator lagi (spbe plan untuk semuanya).`,
  title: (indexName: string, pemda: string, year: number) =>
    `Laporan pimpinan — ${indexName} ${pemda} ${year}`,
  basis: (basis: string, on: string, stage: string | null) =>
    `${basis}. Disusun ${on}; angka terkini: ${stage ?? 'belum ada data'}.`,
  stage: (stage: string, figure: string | null) =>
    `  ${stage.padEnd(12)} ${figure ?? 'belum ada data'}`,
  decidedOf: (done: number, total: number, stage: string) =>
    `${done} dari ${total} ${stage === 'final' ? 'sudah final' : 'diverifikasi'} (indeks menunggu penilaian selesai)`,
  against: (target: string, lastYear: string | null) =>
    `  Target ${target}${lastYear ? ` · tahun lalu ${lastYear}` : ''}`,
  partsTitle: (kind: 'domain' | 'aspect') =>
    kind === 'domain' ? 'Domain terhadap target:' : 'Aspek terhadap target:',
  opdsTitle: (checkedAt: string | null) =>
    checkedAt
      ? `Kelengkapan per OPD (Cek kelengkapan ${checkedAt}), yang paling perlu dikejar dulu:`
      : 'Kelengkapan per OPD (Cek kelengkapan belum dijalankan):',
  findings: (errors: number, warnings: number) =>
    `lengkap · ${errors} kesalahan, ${warnings} peringatan`,
  gapsTitle: () => 'Sepuluh kesenjangan terbesar (naik ke tingkat target menambah indeks):',
  planTitle: (target: string, cap: number) =>
    `Jalur termurah ke target ${target} (tingkat tertinggi ${cap}):`,
  plan: (reached: boolean, start: string, end: string, steps: number) =>
    reached
      ? `dari ${start} ke ${end} dengan menaikkan ${steps} indikator (spbe plan untuk rinciannya).`
      : `target tidak tercapai; paling tinggi ${end} dengan ${steps} kenaikan.`,
  deadline: (deadline: string, lockedSince: string | null) =>
    `${deadline ? `Batas pengisian OPD: ${deadline}.` : 'Batas pengisian OPD belum diisi di Pengaturan.'} ${
      lockedSince ? `Pengisian dikunci sejak ${lockedSince}.` : 'Pengisian masih terbuka.'
    }`,
};
