import type { FrameworkChoice } from '../core/catalogue/registry';
import { decimalText, numberText } from '../core/kernel/decimal';
import type { PlanView } from '../shared/rpc';

/** What the `spbe` command says, in plain Bahasa Indonesia. */
export const cliText = {
  usage: () =>
    [
      'spbe — evaluasi SPBE tanpa akun Google, pada berkas .xlsx',
      '',
      'Perintah:',
      '  spbe demo [FOLDER]                          buat workbook demo 12 OPD Kota Kendari, periksa, dan hitung',
      '  spbe setup --opd opd.csv --nama "Kota …" --admin EMAIL -o BERKAS.xlsx   workbook kosong untuk diisi atau diunggah',
      '  spbe check BERKAS.xlsx [--json] [-o HASIL.xlsx [--force]]  temuan kelengkapan (luring)',
      '  spbe score BERKAS.xlsx|tingkat.csv ... [--json]            indeks per tahap; banyak berkas = tampilan provinsi',
      '  spbe plan BERKAS.xlsx --target 3 [--max 4] [--json]        rencana kenaikan tingkat paling sedikit',
      '  spbe export BERKAS.xlsx [-o FOLDER]                        isian per indikator (CSV dan Markdown)',
      '  spbe laporan BERKAS.xlsx [-o laporan.pdf] [--json]         laporan pimpinan (A4): indeks, kesenjangan, jalur ke target',
      '  spbe kerangka [pemdi-2026|spbe-2020] [--json]               kode, bobot dan nama indikator per aspek',
      '',
      'Tambahkan --help pada perintah mana pun untuk penjelasannya.',
    ].join('\n'),
  help: {
    demo: 'spbe demo [FOLDER]\n  Membuat FOLDER/spbe-demo.xlsx (bawaan: folder demo-output): 12 OPD contoh Kota Kendari dengan isian dan\n  data dukung (sebagian sengaja salah), hasil Cek kelengkapan dengan Drive simulasi, dan rekap per tahap.',
    setup: (c: readonly FrameworkChoice[]) =>
      `spbe setup --opd opd.csv [--nama "Kota …"] [--admin email,…] [--tahun 2025] [--framework ${c.map((x) => x.id).join('|')}] -o BERKAS.xlsx [--force]\n  --tahun: tahun evaluasi (bawaan: tahun ini); instrumennya mengikuti tahun itu kecuali --framework diberikan.   --nama: nama Pemda di setiap tab; --admin: email admin Diskominfo (yang boleh menyiapkan, memeriksa dan mengunci). opd.csv berkolom code,name,short,tab,pic_emails,indicators (contoh: test/fixtures/kendari-demo-opd.csv dan test/fixtures/kendari-pemdi-opd.csv); nomor indikator mengikuti kerangkanya. Tanpa --framework: ${c.map((x) => `${x.id} mulai evaluasi ${x.fromYear}`).join(', ')}. Berkas yang sudah ada tidak ditimpa kecuali dengan --force.`,
    check:
      'spbe check BERKAS.xlsx [--json] [-o HASIL.xlsx]\n  Memeriksa kelengkapan tanpa Drive (hanya bentuk tautan) dan menulis tab Kelengkapan ke salinan berkas.\n  --json mencetak {file, checkedAt, driveChecked, findings[], opds[]}.',
    score: (c: readonly FrameworkChoice[]) =>
      `spbe score BERKAS.xlsx|tingkat.csv ... [--json]\n  Indeks, predikat, domain/aspek untuk setiap tahap. tingkat.csv berkolom kode,tingkat dan, bila perlu, kerangka (diisi di baris data pertama: ${c.map((x) => x.id).join(' atau ')}) dan tahun (tahun evaluasi, yang menentukan cara membaca predikat; tanpa tahun: cara laporan terakhir). ${c
        .filter((x) => x.fractional)
        .map((x) => `Untuk ${x.id} nilai boleh pecahan: 2.5, "2,5" atau 7/6.`)
        .join(
          ' ',
        )}\n  Beberapa berkas: satu baris per berkas. --json mencetak [{file, framework, stages[]}].`,
    plan: 'spbe plan BERKAS.xlsx --target 3 [--max 4] [--json]\n  Kenaikan tingkat paling sedikit dari nilai mandiri menuju target, bobot terbesar lebih dulu; satu baris per indikator.\n  --max: tingkat tertinggi yang realistis dicapai tahun ini (2–5, bawaan 5).',
    laporan:
      'spbe laporan BERKAS.xlsx [-o laporan.pdf [--force]] [--json]\n  Laporan untuk pimpinan, dengan -o juga sebagai PDF A4 (dua halaman, dengan grafik): indeks per tahap terhadap target dan tahun lalu, domain atau aspek, kelengkapan per OPD (yang paling perlu dikejar dulu), sepuluh kesenjangan terbesar, jalur termurah ke target, dan batas pengisian. --json memberi datanya.',
    kerangka:
      'spbe kerangka [pemdi-2026|spbe-2020] [--json]\n  Daftar indikator per aspek: nomor, kode, bobot dan nama, untuk menulis opd.csv atau tingkat.csv. Tanpa nama kerangka: instrumen tahun ini.',
    export:
      'spbe export BERKAS.xlsx [-o FOLDER]\n  Menulis BERKAS-ekspor.csv dan BERKAS-ekspor.md: tingkat, penjelasan dan data dukung per indikator.',
  } as Record<string, string | ((c: readonly FrameworkChoice[]) => string)>,
  checkOutputExists: (file: string) =>
    `${file} sudah ada; spbe check tidak menimpanya. Pilih nama lain dengan -o, atau tambahkan --force bila memang ingin menggantinya.`,
  badMax: (value: string) =>
    `--max ${value} tidak sah: isi tingkat tertinggi yang realistis dicapai, 2 sampai 5 (misalnya --max 4).`,
  badYear: (value: string) =>
    `--tahun ${value} tidak sah: isi tahun evaluasi, misalnya --tahun 2025.`,
  unknownFramework: (name: string, ids: readonly string[]) =>
    `Kerangka '${name}' tidak dikenal. Tulis ${ids.map((i) => `'${i}'`).join(' atau ')}; spbe kerangka menampilkan indikatornya.`,
  topFindingsTitle: (n: number) => `\nYang harus dibereskan dulu (paling banyak ${n} per OPD):`,
  workbookWide: () => 'Workbook',
  findingLine: (f: { indicator: string; cell: string; problem: string; fix: string }) =>
    `    ${f.indicator ? `${f.indicator} ` : ''}${f.cell}: ${f.problem} ${f.fix}`,
  moreFindings: (n: number) => `    … dan ${n} temuan lagi (lihat tab Kelengkapan, atau --json)`,
  kerangkaTitle: (title: string, n: number) => `${title}: ${n} indikator`,
  externalIndicator: (by: string) => `  (dinilai ${by})`,
  /** What to do next, after each command. */
  next: {
    setup: (file: string) =>
      `Berikutnya: bagikan ${file} kepada OPD untuk diisi (atau unggah ke Google Drive dan buka dengan Google Spreadsheet), lalu jalankan spbe check ${file}.`,
    check: (file: string) =>
      `Berikutnya: kirim temuan ke OPD yang bersangkutan; setelah diperbaiki, jalankan spbe check ${file} lagi, lalu spbe score ${file}.`,
    score: (file: string) =>
      /\.csv$/i.test(file)
        ? 'Berikutnya: spbe plan pada workbook-nya untuk kenaikan tingkat termurah menuju target.'
        : `Berikutnya: spbe plan ${file} --target 3 untuk kenaikan tingkat termurah menuju target.`,
    plan: () =>
      'Berikutnya: bagikan rencana ini kepada OPD pemilik indikator; setelah mereka memperbarui isian, jalankan spbe score lagi.',
    kerangka: (id: string) =>
      `Berikutnya: tulis nomor atau kode indikator di kolom indicators opd.csv, lalu spbe setup --opd opd.csv --framework ${id} -o evaluasi.xlsx.`,
  },
  unknownCommand: (name: string) =>
    `Perintah '${name}' tidak dikenal. Jalankan spbe --help untuk daftar perintah.`,
  missingArgument: (what: string, command: string) => `${what} belum diberikan. Contoh: ${command}`,
  optionWithoutValue: (option: string) =>
    `${option} perlu nilai sesudahnya (misalnya ${option === '--target' ? '--target 3' : `${option} evaluasi.xlsx`}). Lihat spbe --help.`,
  unknownOption: (option: string, command: string) =>
    `Pilihan '${option}' tidak dikenal untuk spbe ${command}. Lihat spbe ${command} --help.`,
  outputExists: (file: string) =>
    `${file} sudah ada; spbe setup tidak menimpanya agar isiannya tidak hilang. Pilih nama lain dengan -o, atau tambahkan --force bila memang ingin menggantinya dengan workbook kosong.`,
  reportExists: (file: string) =>
    `${file} sudah ada; spbe laporan tidak menimpanya. Pilih nama lain dengan -o, atau tambahkan --force untuk menggantinya.`,
  fileProblem: (code: string, file: string) =>
    code === 'ENOENT'
      ? `${file} tidak ditemukan (atau foldernya belum ada). Periksa nama dan foldernya.`
      : code === 'ENOSPC'
        ? `Disk penuh saat menulis ${file}. Kosongkan ruang, lalu jalankan lagi; berkas lama tidak berubah.`
        : code === 'EISDIR'
          ? `${file} adalah folder, bukan berkas.`
          : code === 'ENOTDIR'
            ? `Jalur ${file} melewati sesuatu yang bukan folder.`
            : `Tidak ada izin untuk membuka atau menulis ${file}. Periksa izin berkas dan foldernya.`,
  preparing: () => 'Menyiapkan workbook…',
  demoWritten: (file: string, findings: number, planted: number) =>
    `Workbook demo ditulis: ${file}\nCek kelengkapan (Drive simulasi): ${findings} temuan; ${planted} masalah sengaja ditanam di demo.`,
  opdsTitle: () => '\nKelengkapan per OPD:',
  stagesTitle: () => '\nIndeks per tahap (indikator belum dinilai dihitung tingkat 1):',
  planTitle: (p: PlanView) =>
    `\nRencana menuju ${decimalText(p.target, 2)}: ${p.reached ? `naikkan ${p.steps.length} indikator` : `tidak tercapai (tertinggi ${decimalText(p.end, 2)})`}`,
  more: (n: number, file: string) =>
    `  … dan ${n} indikator lagi (spbe plan ${file} --target 3 untuk semuanya)`,
  noData: () => 'belum ada data',
  setupWritten: (
    file: string,
    opds: number,
    framework: string,
    pemda: string,
    admins: readonly string[],
  ) =>
    `Workbook ${framework} ${pemda} dengan ${opds} OPD ditulis: ${file}\nAdmin Diskominfo: ${admins.join(', ')}`,
  setupDefaults: (noName: boolean, noAdmin: boolean) =>
    `Perhatian: ${[noName ? 'nama Pemda' : '', noAdmin ? 'email admin' : ''].filter(Boolean).join(' dan ')} masih contoh. Jalankan lagi dengan --force${noName ? ' --nama "Kota …"' : ''}${noAdmin ? ' --admin email@instansi.go.id' : ''}, atau ubah di tab Pengaturan sebelum dibagikan.`,
  badAdmin: (email: string) =>
    `'${email}' bukan alamat email. Tulis email admin Diskominfo, misalnya --admin kominfo@kendarikota.go.id (beberapa dipisah koma).`,
  emptyPemda: () => '--nama perlu nama Pemda, misalnya --nama "Kota Kendari".',
  offline: () =>
    'Pemeriksaan luring: status file di Google Drive tidak diperiksa, hanya bentuk tautannya.',
  checkWritten: (file: string, n: number) => `\n${n} temuan; tab Kelengkapan ditulis di ${file}`,
  provinceHeader: () =>
    'Pemda, tahun (berkas)                        Instrumen     Tahap       Indeks Predikat     Belum dinilai  Domain/aspek',
  unreadable: (why: string) => `tidak terbaca: ${why}`,
  warningsTitle: (n: number) =>
    `\nPeringatan (${n}): rumus workbook bisa menunjukkan angka lain, atau isian tidak terbaca:`,
  warned: (n: number, file: string) => `  (${n} peringatan: spbe score ${file})`,
  nothingFilled: () =>
    'belum ada isian: tahap Mandiri, Verifikasi dan Final masih kosong (bukan skor).',
  partial: (scored: number, failed: number) =>
    `\n${scored} berkas dinilai, ${failed} tidak terbaca (lihat alasannya di barisnya); kode keluar 1.`,
  notAssessed: (n: number) => (n > 0 ? `  (${n} indikator belum dinilai, dihitung 1)` : ''),
  itemsAccepted: (accepted: number, total: number) =>
    `  (${accepted} dari ${total} butir diterima)`,
  heldBack: (codes: readonly string[]) =>
    `\nMandiri di bawah klaim OPD untuk ${codes.join(', ')}: aturan butir di Pengaturan menghitung tingkat dari butir yang sudah diterima verifikator. Minta verifikator memeriksa butirnya, atau pilih aturan "langsung".`,
  planFromClaims: () =>
    '\nRencana dihitung dari klaim OPD (baris Klaim OPD): klaim yang menunggu butirnya diterima bukan kenaikan yang masih harus dibuat.',
  planStep: (code: string, from: number, to: number, after: number, opds: string) =>
    `  ${code} ${numberText(from)}→${to}  indeks ${decimalText(after, 2)}${opds ? `  (${opds})` : ''}`,
  exported: (files: readonly string[]) => `Ekspor ditulis: ${files.join(', ')}`,
  csvLine: (file: string, line: number, code: string) => `${file} baris ${line} (${code})`,
  opdCsvInvalid: (file: string, problems: readonly string[]) =>
    `${file} belum benar; perbaiki lalu jalankan spbe setup lagi: ${problems.join('; ')}.`,
  csvColumnMissing: (file: string, column: string) =>
    `${file} tidak memiliki kolom '${column}'. Baris pertama harus berisi code,name,short,tab,pic_emails,indicators (atau dalam bahasa Indonesia: kode,nama,singkatan,nama tab,email pic,indikator).`,
  levelsCsvColumns: (file: string) =>
    `${file} harus berkolom kode dan tingkat (baris pertama: kode,tingkat).`,
  csvBadCode: (file: string, row: number, code: string) =>
    `${file}, baris ${row}: '${code}' bukan kode indikator. Gunakan I01–I47 atau nomornya.`,
  scoreInputs: () => 'Berkas .xlsx atau .csv',
  csvBadLevel: (file: string, line: number, code: string, problem: string) =>
    `${file}, baris ${line} (${code}): ${problem}. Isi angka 1 sampai 5, atau kosongkan bila belum dinilai.`,
  csvDuplicate: (file: string, row: number, code: string) =>
    `${file}, baris ${row}: indikator ${code} muncul dua kali. Hapus salah satunya.`,
  badTarget: (value: string) =>
    `Target '${value}' bukan indeks. Isi angka 1 sampai 5, misalnya --target 3.`,
  unexpected: (message: string) =>
    `Terjadi kesalahan yang tidak terduga: ${message}. Jalankan lagi dengan SPBE_DEBUG=1 untuk rinciannya.`,
};
