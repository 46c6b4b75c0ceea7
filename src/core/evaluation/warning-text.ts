import { decimalText } from '../kernel/decimal';
import { MENU_PATH } from '../kernel/kernel-text';

/**
 * Why `spbe score` and the workbook's own formulas might not give the same figure, said at
 * the cell with what to do. Each case is counted the same way by both (as 1, not assessed);
 * the warning says so, so that nobody trusts a figure the file does not support.
 */
export const warningText = {
  stageText: (stage: string, value: string) => ({
    problem: `${stage}: '${value}' tersimpan sebagai teks, bukan angka; rumus Rekap dan spbe score menghitungnya 1 (belum dinilai).`,
    fix: 'Ketik ulang angkanya tanpa tanda kutip (misalnya 3, atau 2,5 untuk Pemdi), atau kosongkan sel.',
  }),
  stageOffScale: (stage: string, value: number, fractional: boolean) => ({
    problem: `${stage}: ${decimalText(value)} ${!fractional ? 'bukan tingkat 1–5 (SPBE memakai tingkat bulat)' : value >= 1 && value <= 5 ? 'punya lebih dari 2 desimal dan bukan pecahan yang dikenali' : 'di luar 1–5'}; rumus Rekap dan spbe score menghitungnya 1 (belum dinilai).`,
    fix: fractional
      ? 'Isi nilai 1 sampai 5 (boleh pecahan, misalnya 2,5), atau kosongkan.'
      : 'Isi tingkat bulat 1 sampai 5, atau kosongkan.',
  }),
  levelProblem: (indicator: string, problem: string) => ({
    problem: `${indicator}: ${problem}; tingkat Mandiri indikator ini dihitung 1 (belum dinilai).`,
    fix: 'Pilih tingkat dari daftar di kolom Tingkat.',
  }),
  formulaOverwritten: (value: string) => ({
    problem: `Sel ini berisi ${value ? `'${value}'` : 'nilai yang diketik'}, bukan rumus Rekap; angka di sel ini tidak lagi dihitung dari isian. spbe score tetap menghitung dari isian.`,
    fix: 'Hapus isinya lalu jalankan Siapkan / perbarui workbook (di Sheets) atau salin rumusnya dari workbook baru dari spbe setup.',
  }),
  olderLayout: (found: number, ours: number) => ({
    problem: `Workbook ini disiapkan oleh versi add-on sebelumnya (tata letak ${found}; versi ini memakai tata letak ${ours}). Isian dibaca dari tata letak lama, kolom demi kolom menurut judulnya.`,
    fix: `Jalankan ${MENU_PATH.setup} (atau spbe setup untuk .xlsx) untuk memperbaruinya; semua isian disimpan di cadangan dulu dan tidak ada yang hilang.`,
  }),
  externalWithoutSource: (code: string, agency: string) => ({
    problem: `${code}: nilai eksternal diisi tanpa sumber; asesor menanyakan dari mana nilai ${agency} itu.`,
    fix: `Tulis sumbernya di kolom Sumber nilai eksternal (misalnya "${agency}, laporan 2026, halaman …").`,
  }),
  merged: () => ({
    problem:
      'Sel-sel ini digabung (merge): hanya nilai di sel kiri atas yang terbaca; baris lain di dalamnya dianggap kosong dan dihitung 1.',
    fix: 'Batalkan gabung sel (Format › Gabungkan sel › Batalkan gabung / Unmerge), lalu isi setiap baris sendiri.',
  }),
  headerRenamed: (now: string, expected: string) => ({
    problem: `Judul kolom ${now ? `'${now}'` : 'kosong'}, bukan '${expected}'; kolom ini tetap dibaca sebagai ${expected} menurut letaknya, seperti rumus workbook membacanya.`,
    fix: `Kembalikan judulnya menjadi '${expected}'.`,
  }),
  tabRenamed: (opd: string, listed: string, now: string) => ({
    problem: `Tab ${opd} kini bernama '${now}', sedangkan kolom Nama tab di tab OPD masih '${listed}'; isiannya tetap dibaca dari '${now}'.`,
    fix: `Samakan nama tabnya dengan kolom Nama tab (atau ubah kolom itu menjadi '${now}').`,
  }),
};
