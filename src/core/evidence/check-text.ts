import { readableDate } from '../kernel/dates';
import { MENU_PATH } from '../kernel/kernel-text';

/** Every word the completeness check shows, in plain Bahasa Indonesia: what is wrong, and the fix. */
export const checkText = {
  tabMissing: (opd: string, tab: string) => ({
    problem: `Tab '${tab}' milik ${opd} tidak ada (terhapus atau diganti namanya); isian OPD ini tidak ikut dihitung (dihitung 1).`,
    fix: `Kembalikan tabnya, atau tulis nama tab yang sekarang di kolom Nama tab baris ${opd} di tab OPD.`,
  }),
  levelMissing: () => ['Tingkat belum dipilih.', 'Pilih tingkat 1–5 di kolom Tingkat.'],
  levelInvalid: (problem: string) => [
    `Tingkat tidak sah: ${problem}.`,
    'Pilih tingkat dari daftar di kolom Tingkat.',
  ],
  explanationMissing: () => [
    'Penjelasan kosong.',
    'Tulis mengapa tingkat ini tercapai dan sebutkan dokumen buktinya.',
  ],
  explanationShort: (chars: number, min: number) => [
    `Penjelasan terlalu singkat (${chars} huruf, minimal ${min}) untuk meyakinkan asesor.`,
    'Tambahkan apa yang sudah dilakukan, sejak kapan, dan dokumen mana buktinya (misalnya "tercantum dalam Perwali No. …, pasal …, halaman …").',
  ],
  evidenceMissing: (butir: boolean) =>
    butir
      ? [
          'Belum ada data dukung di butir mana pun.',
          'Tempel tautan Google Drive di butirnya, mulai dari tingkat 1.',
        ]
      : ['Data dukung kosong.', 'Tempel tautan Google Drive ke dokumen bukti, satu per baris.'],
  notALink: (text: string) => [
    `'${clip(text)}' bukan tautan.`,
    'Tempel alamat lengkap file Google Drive (https://drive.google.com/...).',
  ],
  otherSite: (host: string) => [
    `Tautan ke ${host}, bukan Google Drive.`,
    'Unggah buktinya ke Google Drive dan tempel tautan Drive; asesor hanya menerima tautan yang bisa dibuka.',
  ],
  publishedForm: () => [
    'Tautan formulir yang dipublikasikan, bukan file bukti.',
    'Tempel tautan file atau folder Drive yang berisi buktinya.',
  ],
  driveWithoutId: () => [
    'Tautan Drive tanpa file (misalnya halaman Drive Saya).',
    'Buka filenya, pilih Bagikan › Salin link, lalu tempel di sini.',
  ],
  notFound: () => [
    'File tidak ditemukan atau tidak dibagikan ke pemeriksa.',
    "Periksa tautannya. Bila filenya ada, ubah aksesnya menjadi 'Siapa saja yang memiliki link' (Pelihat), atau bagikan ke akun Diskominfo yang menjalankan pemeriksaan.",
  ],
  noAccess: () => [
    'File tidak dapat dibuka dengan akun pemeriksa.',
    "Minta pemilik mengubah akses menjadi 'Siapa saja yang memiliki link' (Pelihat).",
  ],
  trashed: () => [
    'File ada di tempat sampah Drive.',
    'Pulihkan file dari tempat sampah atau tempel tautan file lain.',
  ],
  folderEmpty: () => ['Folder Drive kosong.', 'Unggah dokumen bukti ke folder itu.'],
  restricted: () => [
    'File hanya bisa dibuka orang tertentu (yang diberi akses atau akun instansi); asesor tidak akan bisa membukanya.',
    "Ubah akses menjadi 'Siapa saja yang memiliki link' (Pelihat).",
  ],
  domainOnly: () => [
    'File hanya bisa dibuka akun instansi sendiri; asesor eksternal tidak akan bisa membukanya.',
    "Ubah akses menjadi 'Siapa saja yang memiliki link' (Pelihat).",
  ],
  outsideWindow: (modified: string, from: string, to: string) => [
    `File terakhir diubah ${readableDate(modified)}, di luar periode evaluasi ${readableDate(from)} sampai ${readableDate(to)}.`,
    'Pastikan bukti berasal dari periode evaluasi; perbarui dokumennya bila perlu.',
  ],
  notCheckedYet: (detail: string) => [
    `File belum bisa diperiksa (${detail}).`,
    'Jalankan Cek kelengkapan lagi nanti.',
  ],
  tooFewLinks: (level: number, have: number, need: number, why: string) => [
    `Tingkat ${level} memerlukan minimal ${need} data dukung; baru ${have}. ${why}`,
    'Tambahkan data dukung yang diminta, atau turunkan tingkatnya.',
  ],
  wrongKinds: (level: number, kinds: readonly string[], why: string) => [
    `Tingkat ${level} memerlukan bukti jenis ${kinds.join(' atau ')}. ${why}`,
    'Lampirkan bukti jenis itu dan pilih jenisnya di kolom Jenis bukti, atau turunkan tingkatnya.',
  ],
  sharedFile: (others: readonly string[]) => [
    `File yang sama juga dipakai untuk ${others.join(', ')} (aspek lain).`,
    'Pastikan file ini memang membuktikan indikator ini; bila tidak, lampirkan bukti yang sesuai.',
  ],
  claimsDiffer: (claims: string) => [
    `OPD pemilik mengklaim tingkat berbeda: ${claims}.`,
    'Sepakati satu tingkat bersama OPD lain dan Diskominfo.',
  ],
  revisionStale: (since: string) => [
    `Diminta revisi sejak ${readableDate(since)}, tetapi belum ada perubahan.`,
    'Baca Catatan verifikator, perbaiki isian, lalu kabari Diskominfo.',
  ],
  revisionWithoutNote: () => [
    'Status "perlu revisi" tanpa catatan verifikator.',
    'Admin: tulis apa yang perlu diperbaiki di Catatan verifikator.',
  ],
  editedAfterDeadline: (edited: string, deadline: string) => [
    `Diubah ${readableDate(edited)}, setelah batas pengisian ${readableDate(deadline)}.`,
    'Admin: periksa perubahan ini; isian sesudah batas mungkin tidak dinilai.',
  ],
  aboveVerified: (claimed: number, verified: number) => [
    `Klaim tingkat ${claimed} di atas hasil verifikasi ${verified}.`,
    'Lengkapi bukti untuk tingkat yang diklaim, atau sesuaikan klaimnya.',
  ],
  itemVerificationUnknown: (code: string, typed: string) => [
    `Status verifikasi butir ${code} "${typed}" tidak dikenal.`,
    'Admin: pilih belum diperiksa, perlu revisi atau diterima dari daftar.',
  ],
  levelOnItem: (code: string, typed: string, indicator: string) => [
    `Tingkat "${typed}" diisi di baris butir ${code}; tingkat di baris butir tidak dihitung.`,
    `Pilih tingkat di baris indikator ${indicator}, lalu kosongkan kolom Tingkat di baris butir ini.`,
  ],
  itemWithoutEvidence: (code: string, level: number, claimed: number) => [
    `Butir ${code} (tingkat ${level}) belum punya data dukung, padahal tingkat ${claimed} diklaim.`,
    'Tempel tautan Google Drive bukti butir ini di barisnya, atau turunkan tingkat yang diklaim.',
  ],
  itemAcceptedWithoutEvidence: (code: string) => [
    `Butir ${code} berstatus diterima tetapi data dukungnya kosong.`,
    'Admin: periksa lagi butir ini; minta OPD menempel buktinya atau ubah Status verifikasi.',
  ],
  claimAboveItems: (claimed: number, complete: number, rule: string) => [
    complete === 0
      ? `Tingkat ${claimed} diklaim, tetapi belum ada tingkat yang semua butirnya diterima.`
      : `Tingkat ${claimed} diklaim, tetapi butir yang diterima baru lengkap sampai tingkat ${complete}.`,
    rule === 'langsung'
      ? 'Lengkapi bukti butir tingkat berikutnya dan minta verifikator memeriksanya.'
      : `Nilai Mandiri mengikuti butir yang diterima (aturan "${rule}" di Pengaturan): lengkapi bukti butir tingkat ${complete + 1} ke atas dan minta verifikator memeriksanya, atau turunkan klaimnya.`,
  ],
  reportTitle: (timestamp: string) =>
    `Kelengkapan data dukung — diperiksa ${readableDate(timestamp)}`,
  reportSummary: (errors: number, warnings: number, complete: number, total: number) =>
    `${errors} kesalahan, ${warnings} peringatan. ${complete} dari ${total} indikator lengkap tanpa kesalahan.`,
  reportNone: () =>
    `Belum ada pemeriksaan. Admin: pilih ${MENU_PATH.check}; hasilnya muncul di sini.`,
  reportOffline: () =>
    'Status file Drive tidak diperiksa (pemeriksaan luring): hanya bentuk tautan yang dinilai.',
  summaryHeader: () => [
    'OPD',
    'Tab',
    'Jumlah indikator',
    'Lengkap',
    '% lengkap',
    'Kesalahan',
    'Peringatan',
    'Terakhir diubah',
  ],
  // "Jenis temuan", not "Tingkat": that word is the maturity level everywhere else.
  findingsHeader: () => ['Jenis temuan', 'OPD', 'Indikator', 'Masalah', 'Cara memperbaiki', 'Sel'],
  findingsTitle: () => 'Temuan, dari yang paling berat',
  none: () => 'Tidak ada temuan. Semua indikator lengkap.',
  progress: (done: number, total: number) =>
    `Memeriksa data dukung di Drive: ${done} dari ${total} file…`,
  probeUnanswered: (status: number) =>
    `apakah asesor bisa membukanya belum bisa diperiksa (jawaban ${status || 'tidak ada'})`,
  reminderNoPic: () => 'email PIC belum diisi di tab OPD',
  reminderQuota: (left: number) =>
    `kuota email hari ini tinggal ${left} penerima; kirim lagi besok`,
  reminderSubject: (s: { year: number; deadline: string }, open: number) =>
    `[SPBE ${s.year}] ${open} isian data dukung perlu dilengkapi${s.deadline ? ` sebelum ${readableDate(s.deadline)}` : ''}`,
  reminderBody: (
    opd: { name: string; tab: string },
    s: { pemda: string; deadline: string; year: number },
    checkedAt: string,
    lines: readonly string[],
    url: string,
    target: string,
  ) =>
    [
      `Yth. PIC ${opd.name},`,
      '',
      `Menurut pemeriksaan ${checkedAt}, isian evaluasi SPBE ${s.year} di tab ${opd.tab} masih perlu dilengkapi` +
        `${s.deadline ? ` paling lambat ${readableDate(s.deadline)}` : ''}:`,
      '',
      ...lines,
      '',
      `Buka tab Anda: ${url}`,
      '',
      `Target ${s.pemda}: indeks ${target}. Terima kasih atas kerja samanya.`,
      'Diskominfo (pesan ini dikirim dari add-on SPBE)',
    ].join('\n'),
  reminderPreview: (
    plan: {
      send: readonly { opd: { short: string }; to: readonly string[]; open: number }[];
      held: readonly { opd: { short: string }; reason: string }[];
      checkedAt: string;
    },
    left: number,
  ) =>
    [
      plan.send.length === 0
        ? 'Tidak ada pengingat yang perlu dikirim.'
        : `Pengingat berdasarkan pemeriksaan ${plan.checkedAt} akan dikirim ke ${plan.send.length} OPD (sisa kuota email hari ini: ${left} penerima):`,
      ...plan.send.map((r) => `• ${r.opd.short}: ${r.open} isian → ${r.to.join(', ')}`),
      ...(plan.held.length > 0
        ? ['', 'Tidak dikirim:', ...plan.held.map((h) => `• ${h.opd.short}: ${h.reason}`)]
        : []),
      ...(plan.send.length > 0 ? ['', 'Kirim sekarang?'] : []),
    ].join('\n'),
  reminderNoReport: () =>
    `Belum ada hasil Cek kelengkapan. Jalankan ${MENU_PATH.check} dulu, lalu kirim pengingat.`,
  reminderSent: (n: number) => `${n} pengingat terkirim. Setiap pengiriman tercatat di Log.`,
  reminderCancelled: () => 'Pengingat tidak dikirim.',
  reminderLog: () => 'Pengingat dikirim',
  /** A link's status in a few words, for the panel and SPBE_BUKTI. */
  linkStatus: {
    notALink: () => 'Bukan tautan',
    otherSite: (host: string) => `Bukan Google Drive (${host})`,
    publishedForm: () => 'Formulir, bukan file bukti',
    driveWithoutId: () => 'Tautan Drive tanpa file',
    notChecked: () => `Belum diperiksa: jalankan ${MENU_PATH.check}`,
    notFound: (when: string) =>
      `Tidak ditemukan atau tidak dibagikan ke pemeriksa (diperiksa ${readableDate(when)})`,
    noAccess: (when: string) => `Tidak dapat dibuka (diperiksa ${readableDate(when)})`,
    notYet: (detail: string) => `Belum bisa diperiksa: ${detail}`,
    trashed: (name: string) => `Di tempat sampah: ${name}`,
    folderEmpty: (name: string) => `Folder kosong: ${name}`,
    restricted: (name: string) => `Pribadi, asesor tidak bisa membuka: ${name}`,
    domainOnly: (name: string) => `Hanya akun instansi, asesor tidak bisa membuka: ${name}`,
    ok: (name: string, modified: string, checked: string) =>
      `OK: ${name} (diubah ${readableDate(modified)}, diperiksa ${readableDate(checked)})`,
  },
};

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
