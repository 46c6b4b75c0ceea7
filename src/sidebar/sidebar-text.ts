import type { FieldKey } from '../core/entry/fields';
/** Every word the sidebar shows, in plain Bahasa Indonesia. */
export const sidebarText = {
  title: (indexName: string) => `Panel ${indexName}`,
  loading: 'Memuat…',
  loadingIndicator: 'Memuat indikator…',
  counting: 'Menghitung…',
  saving: 'Menyimpan…',
  probing: 'Memeriksa akses file…',
  planning: 'Menyusun rencana…',
  writingPlan: 'Menulis rencana…',
  loadingHistory: 'Memuat riwayat…',
  retry: 'Coba lagi',
  modeOpd: 'Isian OPD',
  modeCoordinator: 'Diskominfo',
  modes: 'Mode panel',
  opd: 'OPD',
  opdOption: (name: string, tab: string) => `${name} (tab ${tab})`,
  progress: (done: number, total: number) => `${done} dari ${total} indikator lengkap`,
  progressLabel: 'Kemajuan pengisian',
  indicator: 'Indikator',
  indicatorOption: (code: string, shortName: string, status: string) =>
    `${code} ${shortName} — ${status}`,
  next: (code: string) => `Belum lengkap: ${code} ›`,
  navigation: 'Pindah indikator',
  previous: 'Indikator sebelumnya',
  step: (direction: 'previous' | 'following', name: string) =>
    `${direction === 'previous' ? 'Indikator sebelumnya' : 'Indikator berikutnya'}: ${name}`,
  allDone: 'Semua indikator OPD ini lengkap.',
  openInSheet: 'Buka di lembar',
  aspect: (aspect: string) => `Aspek ${aspect}`,
  verification: (status: string) => `Verifikasi: ${status}`,
  checkNotesTitle: (when: string | null) =>
    when ? `Hasil Cek kelengkapan ${when}` : 'Hasil Cek kelengkapan terakhir',
  checkNotesAfterEdit:
    'Setelah diperbaiki dan disimpan, catatan ini hilang pada Cek kelengkapan berikutnya.',
  notAssessed: 'Belum dinilai',
  levelCompact: 'Tingkat yang diklaim (kumulatif)',
  chooseLevel: 'Pilih tingkat: butir tingkat itu dan di bawahnya perlu data dukung.',
  levelDetail: (criterion: string, evidence: string) =>
    evidence ? `${criterion} Bukti: ${evidence}` : criterion,
  /** What to write in a field, under its label (the panel only). */
  fieldHint: {
    explanation:
      'Fakta (apa yang ada, sejak kapan, oleh siapa) dan analisis (mengapa memenuhi kriteria tingkat itu), dengan rujukan dokumen.',
  } as Partial<Record<FieldKey, string>>,
  useTemplate: 'Fakta + Analisis',
  useTemplateHelp: 'Tulis dengan susunan Fakta + Hasil analisis, seperti contoh asesor nasional.',
  template: [
    'Fakta: … (apa yang sudah ada atau dilakukan, sejak kapan, oleh siapa).',
    'Hasil analisis: … memenuhi kriteria tingkat … karena …; tercantum dalam Perwali No. … Tahun …, pasal …, halaman ….',
  ].join('\n'),
  counter: (have: number, min: number) =>
    have >= min ? `${have} huruf` : `${have} huruf — minimal ${min}`,
  evidencePlaceholder: 'https://drive.google.com/file/d/…',
  probe: 'Cek akses file',
  probeItems: 'Cek akses',
  probeHelp: 'Memeriksa sekarang apakah asesor dapat membuka setiap file di atas.',
  kindNone: '— pilih —',
  itemsTitle: 'Butir data dukung per tingkat',
  itemsHelp: 'Satu tautan Drive per baris; verifikator menilai tiap butir.',
  itemLinkPlaceholder: 'Tempel tautan Drive…',
  itemNotesToggle: 'Catatan butir',
  itemsFolded: (levels: readonly number[], count: number) =>
    `Butir tingkat ${levels.length === 1 ? levels[0] : `${levels[0]}–${levels[levels.length - 1]}`} (${count} butir) terlipat sampai tingkat itu diklaim.`,
  itemValue: (rule: string, value: string | null) =>
    value === null
      ? `Nilai Mandiri (aturan ${rule}): belum ada, karena butir tingkat 1 belum semuanya diterima.`
      : `Nilai Mandiri dari butir yang diterima (aturan ${rule}): ${value}.`,
  itemLevel: (label: string) => `Tingkat ${label}`,
  itemRevision: (note: string) => `Perlu revisi: ${note}`,
  problemsTitle: 'Belum lengkap:',
  unsaved: 'Belum disimpan · ',
  missingCount: (n: number) => `${n} hal belum lengkap`,
  complete: 'Isian lengkap',
  showMissing: 'Lihat',
  hideMissing: 'Tutup',
  showAll: (n: number) => `Lihat semua (${n})`,
  typingKept: 'Isian Anda belum tersimpan, tetapi masih ada di panel ini.',
  copyTyping: 'Salin isian',
  copied: 'Tersalin',
  copyByHand: 'Salin teks ini (Ctrl+C) dan simpan di tempat lain.',
  save: 'Simpan',
  readOnly: 'Anda hanya dapat melihat indikator ini.',
  history: 'Riwayat perubahan',
  historyEmpty: 'Belum ada perubahan yang tercatat.',
  historyLine: (detail: string, old: string, now: string) =>
    `${detail}: ${old || '—'} → ${now || '—'}`,
  linkUnchecked: 'Tautan Drive; tekan "Cek akses file" untuk memeriksanya sekarang',
  linkShape: {
    'not-a-link': 'Bukan tautan',
    'drive-no-id': 'Tautan Drive tanpa file',
    'other-site': 'Bukan Google Drive',
    'published-form': 'Formulir, bukan file bukti',
  } as Record<string, string>,
  unsavedTitle: (code: string) => `Isian ${code} belum disimpan.`,
  saveFirst: 'Simpan dulu',
  discard: 'Buang perubahan',
  cancel: 'Batal',
  conflictTitle: 'Baris ini diubah orang lain sejak Anda membukanya',
  conflictField: 'Kolom',
  conflictMine: 'Versi Anda (belum tersimpan)',
  conflictTheirs: 'Di lembar sekarang',
  saveMine: 'Simpan versi saya',
  useTheirs: 'Pakai versi di lembar',
  empty: '—',
  // Diskominfo mode
  completenessTitle: 'Kelengkapan per OPD',
  checkedAt: (when: string | null) =>
    when
      ? `Dihitung dari Cek kelengkapan ${when}.`
      : 'Cek kelengkapan belum dijalankan: pilih Ekstensi › SPBE › Diskominfo › Cek kelengkapan.',
  tableOpd: 'OPD',
  tableDone: 'Lengkap',
  tableErrors: 'Kesalahan',
  tableWarnings: 'Peringatan',
  openTab: (tab: string) => `Buka tab ${tab}`,
  headline: 'Indeks mandiri',
  claimed: (index: string, accepted: number, items: number) =>
    `Klaim OPD ${index}: indeks mandiri mengikuti butir yang diterima, ${accepted} dari ${items} butir.`,
  noData: 'belum ada data',
  gap: (gap: string, target: string) => `kurang ${gap} lagi untuk target ${target}`,
  reached: (target: string) => `target ${target} tercapai`,
  versusLastYear: (lastYear: string, change: string, instrument: string | null) =>
    instrument
      ? `tahun lalu ${lastYear} ${instrument}, instrumen lain (${change})`
      : `tahun lalu ${lastYear} (${change})`,
  stagesTitle: 'Indeks per tahap',
  decidedOf: (done: number, total: number, stage: string) =>
    `${done} dari ${total} ${stage === 'final' ? 'sudah final' : 'diverifikasi'}`,
  provisional: (index: string) =>
    `Indeks sementara ${index}: yang belum dinilai dihitung tingkat 1, jadi angka ini belum berarti.`,
  lastYearFromSettings:
    'Indeks tahun lalu dari Pengaturan; rincian per domain atau aspek tidak diisi.',
  runCheck: 'Cek kelengkapan',
  runningCheck: 'Memeriksa kelengkapan… hasilnya muncul di jendela Sheets.',
  sendReminders: 'Kirim pengingat',
  sendingReminders: 'Menyiapkan pengingat… konfirmasi muncul di jendela Sheets.',
  makeReport: 'Buat laporan pimpinan',
  makingReport: 'Menyusun laporan pimpinan di tab Laporan…',
  notAssessedCount: (n: number) => `${n} indikator belum dinilai, dihitung tingkat 1.`,
  partTitle: (id: string, name: string, value: string, target: string) =>
    `${id} ${name}: ${value} (target ${target})`,
  planTitle: 'Rencana mencapai target',
  target: 'Target indeks (misalnya 3 atau 3,5)',
  maxLevel: 'Tingkat tertinggi yang realistis tahun ini',
  plan: 'Susun rencana',
  writePlan: 'Tulis ke tab Rencana',
  badTarget: 'Tulis target sebagai angka 1 sampai 5, misalnya 3 atau 3,5.',
  planReached: (start: string, end: string, lines: number) =>
    `Dari ${start} ke ${end}: naikkan ${lines} indikator berikut.`,
  planShort: (end: string, maxLevel: number) =>
    `Target tidak tercapai bila tingkat tertinggi ${maxLevel}; paling tinggi ${end} dengan semua kenaikan berikut.`,
  planAlready: (start: string) => `Indeks mandiri ${start} sudah mencapai target.`,
  planLine: (from: string, to: number, after: string, opds: string) =>
    `tingkat ${from} → ${to} · indeks jadi ${after}${opds ? ` · ${opds}` : ''}`,
  // Errors of the transport itself (the server's own messages are already plain words)
  outsideSheets:
    'Panel ini hanya berjalan di dalam Google Sheets. Buka lewat menu Ekstensi › SPBE › Isi penilaian (panel).',
  accessDenied:
    'Google menolak akses. Bila Anda masuk dengan beberapa akun Google, keluar dari akun lain (atau buka file ini di jendela penyamaran), lalu coba lagi.',
  offline: 'Koneksi ke Google terputus. Periksa internet Anda, lalu coba lagi.',
  unknown: 'Terjadi kesalahan yang tidak dikenal. Coba lagi.',
};
