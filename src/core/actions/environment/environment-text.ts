import { MENU_PATH } from '../../kernel/kernel-text';
/** What Periksa lingkungan says, in plain Bahasa Indonesia: each check, what was seen, what to do. */
export const environmentText = {
  tab: 'Pemeriksaan lingkungan',
  title: (when: string) => `Pemeriksaan lingkungan — ${when}`,
  allFine: () => 'Semua pemeriksaan berhasil: add-on dapat bekerja penuh di file ini.',
  someFailed: (n: number) =>
    `${n} pemeriksaan belum berhasil. Lihat kolom "Yang perlu dilakukan", perbaiki, lalu jalankan ${MENU_PATH.diskominfo} Periksa lingkungan lagi.`,
  header: () => ['Pemeriksaan', 'Hasil', 'Yang teramati', 'Yang perlu dilakukan'] as const,
  failedWith: (error: string) => `Gagal: ${error}`,

  permissions: 'Izin add-on',
  permissionsAll: 'Semua izin yang diminta add-on sudah diberikan.',
  permissionsMissing: (names: readonly string[]) => `Belum diberikan: ${names.join('; ')}.`,
  permissionsTodo:
    'Pilih menu SPBE yang memerlukannya; Google menampilkan layar izin, centang izin itu. Fitur lain tetap berjalan tanpa izin tersebut.',

  email: 'Alamat email pengguna',
  emailBlank: 'Alamat email Anda tidak terbaca.',
  emailTodo:
    'Izinkan "Melihat alamat email Anda" (layar izin Google). Tanpa itu add-on tidak tahu Anda admin atau PIC.',

  driveApi: 'Drive API dengan token skrip',
  driveApiOk: 'Drive API menjawab: pemeriksaan banyak file sekaligus dapat dipakai.',
  driveApiOff:
    'Drive API belum diaktifkan di proyek Google Cloud add-on (403 accessNotConfigured).',
  driveApiOffTodo:
    'Buka console.cloud.google.com untuk proyek Cloud add-on ini › API & Layanan › Aktifkan API › Google Drive API. Sampai itu dilakukan, Cek kelengkapan memakai jalur lambat (satu file satu panggilan).',
  driveApiStatus: (status: number) => `Jawaban ${status || 'tidak ada'}.`,
  driveApiTodo: 'Periksa koneksi dan izin "Melihat file Google Drive Anda", lalu jalankan lagi.',

  driveFile: 'Membaca file bukti pilihan Anda',
  driveFileSkipped: 'Tidak ada tautan file yang diberikan.',
  driveFileSkippedTodo:
    'Jalankan lagi dan tempel tautan satu file bukti yang biasa dipakai OPD, untuk menguji jalur pemeriksaan sebenarnya.',
  driveFileOk: (link: string) => `File terbaca: ${link}`,
  driveFile404: 'Drive menjawab 404: file tidak ditemukan atau tidak dibagikan ke akun Anda.',
  driveFile404Todo:
    'Periksa tautannya, atau minta pemilik file membagikannya ke akun Anda; pemeriksaan tidak dapat membaca file yang tidak dibagikan.',
  driveFileTodo: 'Periksa tautannya dan izin Drive, lalu jalankan lagi.',

  anonymous: 'File dilihat tanpa masuk akun (seperti asesor)',
  anonymousOpen: 'File terbuka tanpa masuk akun: asesor bisa membukanya.',
  anonymousSignIn:
    'Tanpa masuk akun, Google meminta masuk: pemeriksaan dapat membedakan file terbuka dan tertutup. (File ini sendiri tertutup untuk asesor.)',
  anonymousTodo: 'Periksa izin "Terhubung ke layanan luar" dan koneksi, lalu jalankan lagi.',

  lock: 'Kunci dokumen',
  lockOk: 'Kunci dokumen dapat dipegang dan dilepas.',
  lockNone: 'Kunci dokumen tidak tersedia di sini.',
  lockBusy: 'Kunci dokumen sedang dipegang proses lain.',
  lockTodo: 'Tunggu sebentar lalu jalankan lagi; bila tetap gagal, muat ulang file.',

  properties: 'Penyimpanan properti dokumen',
  propertiesOk: 'Menulis, membaca dan menghapus properti dokumen berhasil.',
  propertiesTodo:
    'Muat ulang file lalu jalankan lagi; bila tetap gagal, kuota properti harian mungkin habis.',

  formula: 'Rumus dengan pemisah ;',
  formulaOk: (locale: string) => `=IF(1=1;3;0) dihitung 3 di lokal ${locale}.`,
  formulaGot: (value: unknown) => `=IF(1=1;3;0) menghasilkan ${String(value)}.`,
  formulaTodo: (locale: string) =>
    `Rumus Rekap memakai pemisah ;. Di lokal ${locale} rumus itu tidak dihitung: ubah File › Setelan › Lokal ke Indonesia, lalu jalankan lagi.`,

  plainText: 'Teks tetap teks',
  plainTextOk:
    'Di sel berformat teks biasa, =1+1 dan 2026-02-10 tetap teks, dan tanda petik di depan tidak ikut tersimpan; tanda petik di depan juga menjaga teks di sel biasa.',
  plainTextGot: (seen: readonly unknown[]) =>
    `Terbaca sebagai: ${seen.map(String).join(' | ')} (seharusnya =1+1 | 2026-02-10 | 2026-02-10 | =1+1).`,
  plainTextTodo:
    'Isian bisa berubah menjadi rumus, tanggal atau angka. Laporkan hasil ini ke pengembang add-on sebelum OPD mulai mengisi.',

  headerCase: 'Nama header jawaban web (tidak didokumentasikan)',
  headerCaseSeen: (name: string) =>
    `Google menulis nama header "${name}". Add-on membacanya dengan huruf besar maupun kecil.`,
  headerCaseUnseen: 'Tidak ada jawaban Drive API untuk dilihat.',
  headerCaseTodo: 'Aktifkan Drive API (baris di atas), lalu jalankan lagi.',

  formulaSpelling: 'Ejaan rumus yang disimpan Sheets (tidak didokumentasikan)',
  formulaSpellingSame: (read: string) =>
    `Sheets menyimpan rumus add-on sebagai ${read}; add-on mengenalinya sebagai rumus yang sama, jadi Siapkan tidak menulis ulang tab tanpa perubahan.`,
  formulaSpellingOther: (read: string) =>
    `Sheets menyimpan rumus add-on sebagai ${read}, yang tidak dikenali sebagai rumus yang sama: setiap Siapkan akan menulis ulang tab.`,
  formulaSpellingTodo:
    'Laporkan baris ini ke pengembang add-on (salin kolom "Yang teramati"). Isian tidak hilang, tetapi Siapkan lebih lambat.',

  arrayFigure: 'Rumus Rekap: SUMPRODUCT atas rentang (tidak didokumentasikan)',
  arrayFigureOk: (expected: number) =>
    `Rumus berbentuk Rekap pada sel uji menghasilkan ${String(expected).replace('.', ',')}, sama dengan mesin add-on.`,
  arrayFigureGot: (value: unknown, expected: number) =>
    `Rumus berbentuk Rekap pada sel uji menghasilkan ${String(value)}, padahal mesin add-on menghitung ${String(expected).replace('.', ',')}.`,
  arrayFigureTodo:
    'Angka di tab Rekap tidak dapat dipercaya di file ini. Pakai angka di panel koordinator (SPBE › Isi penilaian) atau spbe score, dan laporkan baris ini ke pengembang add-on.',

  wildcard: 'COUNTIFS dengan pola * (tidak didokumentasikan)',
  wildcardOk:
    'COUNTIFS dengan pola "P01.2.*" menghitung 2 dari 3 kode uji, seperti yang dipakai Penilaian.',
  wildcardGot: (value: unknown) =>
    `COUNTIFS dengan pola "P01.2.*" menghasilkan ${String(value)}, seharusnya 2.`,
  wildcardTodo:
    'Nilai mandiri dari butir di tab Penilaian tidak terhitung benar di file ini. Pakai panel koordinator atau spbe score, dan laporkan baris ini ke pengembang add-on.',

  trigger: 'Pemicu terjadwal',
  triggerListing: (listed: boolean) =>
    listed
      ? 'Pemicu terjadwal tercantum di daftar pemicu file ini.'
      : 'Pemicu terjadwal tidak tercantum di daftar pemicu file ini; add-on menghapusnya dengan nomornya sendiri.',
  triggerLeftovers: (n: number) =>
    `${n} pemicu lanjutan Cek kelengkapan tersisa atas nama Anda (Google membatasi 20 pemicu per orang).`,
  triggerLeftoversTodo:
    'Buka Ekstensi › Apps Script › Pemicu, hapus pemicu "continueCheck" yang sudah lewat, lalu jalankan lagi.',
  triggerOk: (deployment: 'bound' | 'addon') =>
    deployment === 'bound'
      ? 'Pemicu dapat dibuat dan dihapus (skrip terikat file: Cek kelengkapan yang terhenti dilanjutkan otomatis).'
      : 'Pemicu dapat dibuat dan dihapus (add-on: pemicu paling sering tiap jam, jadi Cek kelengkapan yang terhenti dilanjutkan dengan klik).',
  triggerTodo: (deployment: 'bound' | 'addon') =>
    deployment === 'bound'
      ? 'Izinkan "Menjalankan skrip saat Anda tidak ada". Tanpa itu pencatat perubahan tidak dapat dipasang.'
      : 'Izinkan "Menjalankan skrip saat Anda tidak ada". Pada penerapan uji add-on, pemicu memang tidak berjalan; pasang pencatat setelah add-on dipasang sungguhan.',

  mail: 'Kuota email hari ini',
  mailLeft: (n: number) =>
    `Sisa ${n} penerima hari ini${n <= 100 ? ' (akun Gmail biasa: 100 penerima per hari)' : ''}.`,
  mailTodo: 'Pengingat baru bisa dikirim besok, atau izinkan "Mengirim email atas nama Anda".',

  timeZones: 'Zona waktu',
  timeZonesDiffer: (script: string, sheet: string) =>
    `Zona waktu skrip ${script}, zona waktu file ${sheet}.`,
  timeZonesTodo:
    'Tanggal dibaca dengan benar, tetapi jam di Log mengikuti zona file. Samakan lewat File › Setelan bila perlu.',

  askLink: () =>
    'Tempel tautan satu file bukti di Google Drive (misalnya dari tab OPD) untuk menguji pemeriksaan file, atau biarkan kosong untuk melewati.',
  done: (failed: number) =>
    failed === 0
      ? 'Pemeriksaan lingkungan selesai: semua berhasil. Lihat tab Pemeriksaan lingkungan.'
      : `Pemeriksaan lingkungan selesai: ${failed} belum berhasil. Lihat tab Pemeriksaan lingkungan untuk yang perlu dilakukan.`,
};
