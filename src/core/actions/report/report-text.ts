/**
 * The leaders' page in plain Bahasa Indonesia, one wording for all its forms: the Laporan tab
 * in Sheets, what `spbe laporan` prints, and its PDF.
 */
export const reportText = {
  tab: 'Laporan',
  stageColumns: ['Tahap', 'Indeks', 'Predikat', 'Indikator'],
  targetRow: 'Target',
  lastYearRow: 'Tahun lalu',
  assessed: (n: number, total: number) => `${n} dari ${total} dinilai`,
  waiting: 'menunggu',
  partColumns: (kind: 'domain' | 'aspect') => [
    kind === 'domain' ? 'Domain' : 'Aspek',
    'Sekarang',
    'Target',
  ],
  opdColumns: ['OPD', 'Lengkap', 'Belum lengkap', 'Kesalahan / peringatan'],
  completeOf: (complete: number, assigned: number) => `${complete} dari ${assigned}`,
  moreOpds: (n: number, owed: number) =>
    `… dan ${n} OPD lain (${owed} indikator belum lengkap); semuanya ada di panel Diskominfo.`,
  moreSteps: (n: number) =>
    `… dan ${n} kenaikan lagi (panel Diskominfo, bagian Rencana mencapai target).`,
  done: (tab: string) =>
    [
      `Laporan pimpinan ditulis di tab ${tab}. Jalankan menu ini lagi untuk memperbaruinya.`,
      'Mencetak: buka tab itu, File › Cetak, pilih kertas A4, orientasi Lanskap, skala "Sesuaikan dengan lebar", margin Sempit, dan hilangkan centang "Tampilkan garis petak". Laporan muat di satu halaman.',
      'Membagikan: File › Download › PDF dengan pilihan yang sama, atau bagikan tautan tab ini.',
    ].join('\n\n'),
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
  decided: (done: number, total: number, stage: string) =>
    `${done} dari ${total} ${stage === 'final' ? 'sudah final' : 'diverifikasi'}`,
  decidedOf: (done: number, total: number, stage: string) =>
    `${reportText.decided(done, total, stage)} (indeks menunggu penilaian selesai)`,
  against: (target: string, lastYear: string | null) =>
    `  Target ${target}${lastYear ? ` · tahun lalu ${lastYear}` : ''}`,
  /** "3,00 Baik": a figure with its predikat. */
  figure: (value: string, predicate: string) => (predicate ? `${value} ${predicate}` : value),
  partsTitle: (kind: 'domain' | 'aspect') =>
    kind === 'domain' ? 'Domain terhadap target:' : 'Aspek terhadap target:',
  opdsHeadingOn: (checkedAt: string | null) =>
    `Kelengkapan per OPD (Cek kelengkapan ${checkedAt ?? 'belum dijalankan'})`,
  opdsTitle: (checkedAt: string | null) =>
    `${reportText.opdsHeadingOn(checkedAt)}${checkedAt ? ', yang paling perlu dikejar dulu' : ''}:`,
  findings: (errors: number, warnings: number) =>
    `lengkap · ${errors} kesalahan, ${warnings} peringatan`,
  gapsTitle: () => 'Sepuluh kesenjangan terbesar (naik ke tingkat target menambah indeks):',
  planHeadingOf: (target: string, cap: number) =>
    `Jalur termurah ke target ${target} (tingkat tertinggi ${cap})`,
  planTitle: (target: string, cap: number) => `${reportText.planHeadingOf(target, cap)}:`,
  planOutcome: (reached: boolean, start: string, end: string, steps: number) =>
    reached
      ? `Dari ${start} ke ${end} dengan menaikkan ${steps} indikator.`
      : `Target tidak tercapai; paling tinggi ${end} dengan ${steps} kenaikan.`,
  plan: (reached: boolean, start: string, end: string, steps: number) =>
    `${reportText.planOutcome(reached, start, end, steps)} Rinciannya: spbe plan.`,
  deadline: (deadline: string, lockedSince: string | null) =>
    `${deadline ? `Batas pengisian OPD: ${deadline}.` : 'Batas pengisian OPD belum diisi di Pengaturan.'} ${
      lockedSince ? `Pengisian dikunci sejak ${lockedSince}.` : 'Pengisian masih terbuka.'
    }`,
};
