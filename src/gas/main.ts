// The Apps Script bundle's entry: every top-level function Apps Script may call is assigned
// here, on `global`, with the JSDoc Sheets shows. The build turns each assignment into a
// top-level stub; nothing else runs at load, since every execution (each formula cell too)
// loads this file.

import { evidenceFormula } from '../core/actions/formulas/evidence-function';
import {
  levelNameFormula,
  predicateFormula,
  weightFormula,
} from '../core/actions/formulas/lookup-functions';
import { planFormula } from '../core/actions/formulas/plan-function';
import {
  aspectFormula,
  domainFormula,
  indexFormula,
  summaryFormula,
} from '../core/actions/formulas/score-functions';
import {
  installRecorderFromMenu,
  onChangeRecorded,
  onEditRecorded,
  openLogFromMenu,
} from './audit-actions';
import { checkFromMenu, continueCheck } from './check-actions';
import { selfTestFromMenu } from './environment-actions';
import { exportFromMenu } from './export-actions';
import { toggleLockFromMenu } from './lock-actions';
import { buildMenu, prepareWorkbook, showHelp } from './menu';
import { endpoint, openPanel } from './panel-endpoints';
import { remindFromMenu } from './reminder-actions';
import { reportFromMenu } from './report-actions';
import { restoreFromMenu } from './restore-actions';

// Each JSDoc below becomes the formula's help in Sheets. Its last tag keeps the comment
// through esbuild (which drops all others); the build then removes that tag line.
// Parameter names are what users see while typing, so they are Indonesian.

/**
 * Menghitung Indeks SPBE (atau Indeks Pemdi) dari tingkat kematangan, dibulatkan 2 desimal.
 * Indikator yang kosong atau tidak disebut dihitung sebagai tingkat 1 (belum dinilai).
 *
 * @param {number[][]} tingkat Rentang tingkat 1-5. Tanpa kode: satu sel per indikator sesuai urutan kerangka (47 untuk spbe-2020).
 * @param {string[][]} kode [Opsional] Rentang kode indikator sejajar dengan tingkat (I05, 5), urutan bebas.
 * @param {string} kerangka [Opsional] "spbe-2020" (bawaan), "pemdi-2026", atau rentang tabel Kerangka.
 * @return {number} Indeks, 1,00 sampai 5,00.
 * @customfunction
 * @preserve
 */
global.SPBE_INDEKS = (tingkat: unknown, kode?: unknown, kerangka?: unknown) =>
  indexFormula(tingkat, kode, kerangka);

/**
 * Menghitung indeks satu domain SPBE dari tingkat kematangan, dibulatkan 2 desimal.
 *
 * @param {number[][]} tingkat Rentang tingkat 1-5 (lihat SPBE_INDEKS).
 * @param {string} domain Domain: nomor 1-4, kode D1-D4, atau namanya, misalnya "Layanan".
 * @param {string[][]} kode [Opsional] Rentang kode indikator sejajar dengan tingkat.
 * @param {string} kerangka [Opsional] "spbe-2020" (bawaan) atau rentang tabel Kerangka.
 * @return {number} Indeks domain, 1,00 sampai 5,00.
 * @customfunction
 * @preserve
 */
global.SPBE_DOMAIN = (tingkat: unknown, domain: unknown, kode?: unknown, kerangka?: unknown) =>
  domainFormula(tingkat, domain, kode, kerangka);

/**
 * Menghitung indeks satu aspek dari tingkat kematangan, dibulatkan 2 desimal.
 *
 * @param {number[][]} tingkat Rentang tingkat 1-5 (lihat SPBE_INDEKS).
 * @param {string} aspek Aspek: nomor 1-8, kode A1-A8 (P1-P7 untuk pemdi-2026), atau namanya, misalnya "Audit TIK".
 * @param {string[][]} kode [Opsional] Rentang kode indikator sejajar dengan tingkat.
 * @param {string} kerangka [Opsional] "spbe-2020" (bawaan), "pemdi-2026", atau rentang tabel Kerangka.
 * @return {number} Indeks aspek, 1,00 sampai 5,00.
 * @customfunction
 * @preserve
 */
global.SPBE_ASPEK = (tingkat: unknown, aspek: unknown, kode?: unknown, kerangka?: unknown) =>
  aspectFormula(tingkat, aspek, kode, kerangka);

/**
 * Memberi predikat (Kurang, Cukup, Baik, Sangat Baik, Memuaskan) untuk sebuah indeks; untuk rentang, satu predikat per sel.
 *
 * @param {number[][]} indeks Indeks 1,00-5,00, atau rentang indeks.
 * @param {string} kerangka [Opsional] "spbe-2020" (bawaan), "pemdi-2026", atau rentang tabel Kerangka.
 * @param {string} nama [Opsional] "predikat" (bawaan) atau "kematangan": nama tingkat kematangan Pemdi (Merintis … Unggul).
 * @param {number} tahun [Opsional] Tahun evaluasi: 2023 membaca predikat dari indeks yang dibulatkan, 2024 dari indeks tanpa pembulatan; kosong: cara laporan terakhir.
 * @return {string} Predikat.
 * @customfunction
 * @preserve
 */
global.SPBE_PREDIKAT = (indeks: unknown, kerangka?: unknown, nama?: unknown, tahun?: unknown) =>
  predicateFormula(indeks, kerangka, nama, tahun);

/**
 * Memberi nama tingkat kematangan, misalnya 3 menjadi "Terdefinisi" (atau "Transaksi" untuk indikator layanan).
 *
 * @param {number[][]} tingkat Tingkat 1-5, atau rentang tingkat.
 * @param {string[][]} indikator [Opsional] Kode indikator (atau rentang sejajar) yang menentukan skala; tanpa ini skala proses.
 * @param {string} kerangka [Opsional] "spbe-2020" (bawaan), "pemdi-2026", atau rentang tabel Kerangka.
 * @return {string} Nama tingkat.
 * @customfunction
 * @preserve
 */
global.SPBE_TINGKAT = (tingkat: unknown, indikator?: unknown, kerangka?: unknown) =>
  levelNameFormula(tingkat, indikator, kerangka);

/**
 * Memberi bobot indikator sebagai pecahan dari indeks, misalnya 0,013 untuk indikator 1.
 *
 * @param {string[][]} indikator Kode indikator (I01) atau nomornya, atau rentangnya.
 * @param {string} kerangka [Opsional] "spbe-2020" (bawaan), "pemdi-2026", atau rentang tabel Kerangka.
 * @return {number} Bobot (format persen untuk melihatnya sebagai 1,3%).
 * @customfunction
 * @preserve
 */
global.SPBE_BOBOT = (indikator: unknown, kerangka?: unknown) => weightFormula(indikator, kerangka);

/**
 * Menampilkan ringkasan lengkap: indeks, predikat, setiap domain dan aspek, dan indikator yang belum dinilai.
 *
 * @param {number[][]} tingkat Rentang tingkat 1-5 (lihat SPBE_INDEKS).
 * @param {string[][]} kode [Opsional] Rentang kode indikator sejajar dengan tingkat.
 * @param {string} kerangka [Opsional] "spbe-2020" (bawaan), "pemdi-2026", atau rentang tabel Kerangka.
 * @param {number} tahun [Opsional] Tahun evaluasi, yang menentukan cara membaca predikat (lihat SPBE_PREDIKAT).
 * @return Tabel tiga kolom: bagian, nama, nilai.
 * @customfunction
 * @preserve
 */
global.SPBE_RINGKASAN = (tingkat: unknown, kode?: unknown, kerangka?: unknown, tahun?: unknown) =>
  summaryFormula(tingkat, kode, kerangka, tahun);

/**
 * Menyusun rencana kenaikan tingkat paling sedikit untuk mencapai target indeks, bobot terbesar lebih dulu.
 *
 * @param {number[][]} tingkat Rentang tingkat 1-5 sekarang (lihat SPBE_INDEKS).
 * @param {number} target Indeks yang ingin dicapai, misalnya 3.
 * @param {string[][]} kode [Opsional] Rentang kode indikator sejajar dengan tingkat.
 * @param {string} kerangka [Opsional] "spbe-2020" (bawaan), "pemdi-2026", atau rentang tabel Kerangka.
 * @param {number[][]} batas [Opsional] Tingkat tertinggi yang mungkin: satu angka untuk semua, atau rentang sejajar dengan tingkat.
 * @return Tabel: indikator, nama, dari, ke, indeks setelah.
 * @customfunction
 * @preserve
 */
global.SPBE_RENCANA = (
  tingkat: unknown,
  target: unknown,
  kode?: unknown,
  kerangka?: unknown,
  batas?: unknown,
) => planFormula(tingkat, target, kode, kerangka, batas);

/**
 * Memberi status data dukung dari pemeriksaan Drive terakhir: ditemukan, dapat dibuka asesor, kapan diubah.
 *
 * @param {string[][]} tautan Sel berisi tautan Google Drive (satu atau beberapa, satu per baris), atau rentangnya.
 * @param {string[][]} bukti Rentang tab _Bukti yang diisi Cek kelengkapan, misalnya '_Bukti'!A:M.
 * @return {string} Status setiap tautan.
 * @customfunction
 * @preserve
 */
global.SPBE_BUKTI = (tautan: unknown, bukti: unknown) => evidenceFormula(tautan, bukti);

/**
 * Builds the SPBE menu when the file opens.
 *
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e
 * @preserve
 */
global.onOpen = (e?: GoogleAppsScript.Events.SheetsOnOpen) => buildMenu(e);

/**
 * An Editor add-on runs onInstall instead of onOpen when a user installs it in an open file.
 *
 * @param {GoogleAppsScript.Events.AddonOnInstall} e
 * @preserve
 */
global.onInstall = (e?: GoogleAppsScript.Events.AddonOnInstall) => buildMenu(e);

/** @preserve */
global.menuHelp = () => showHelp();
/** @preserve */
global.menuSetup = () => prepareWorkbook();
/** @preserve */
global.menuRecalculate = () => prepareWorkbook('recalculate');
/** @preserve */
global.menuCheck = () => checkFromMenu();
/** @preserve */
global.menuRemind = () => remindFromMenu();
/** @preserve */
global.menuToggleLock = () => toggleLockFromMenu();
/** @preserve */
global.menuInstallRecorder = () => installRecorderFromMenu();
/** @preserve */
global.menuOpenLog = () => openLogFromMenu();
/** @preserve */
global.menuRestore = () => restoreFromMenu();
/**
 * The installable edit trigger: records each change of an OPD tab or Penilaian in the Log.
 *
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e
 * @preserve
 */
global.recorderOnEdit = (e: GoogleAppsScript.Events.SheetsOnEdit) => onEditRecorded(e);
/**
 * The installable change trigger: records rows, columns and tabs inserted or deleted.
 *
 * @param {GoogleAppsScript.Events.SheetsOnChange} e
 * @preserve
 */
global.recorderOnChange = (e: GoogleAppsScript.Events.SheetsOnChange) => onChangeRecorded(e);
/**
 * Continues a completeness check that paused near the time limit (time-based trigger).
 * @preserve
 */
global.continueCheck = (e: GoogleAppsScript.Events.TimeDriven) => continueCheck(e);

/** @preserve */
global.menuOpenPanel = () => openPanel();

// The sidebar's endpoints (src/shared/rpc.ts): each a top-level function google.script.run
// calls. `endpoint(name)` takes only names of the typed table, and a bundle test checks that
// every endpoint of the table has its stub here.
/** @preserve */
global.panelState = endpoint('panelState');
/** @preserve */
global.panelOpd = endpoint('panelOpd');
/** @preserve */
global.panelSave = endpoint('panelSave');
/** @preserve */
global.panelCoordinator = endpoint('panelCoordinator');
/** @preserve */
global.panelPlan = endpoint('panelPlan');
/** @preserve */
global.panelHistory = endpoint('panelHistory');
/** @preserve */
global.panelWritePlan = endpoint('panelWritePlan');
/** @preserve */
global.panelProbe = endpoint('panelProbe');
/** @preserve */
global.panelGoTo = endpoint('panelGoTo');
/** @preserve */
global.panelSelection = endpoint('panelSelection');

/** @preserve */
global.menuExport = () => exportFromMenu();
/** @preserve */
global.menuReport = () => reportFromMenu();
/** @preserve */
global.menuSelfTest = () => selfTestFromMenu();
/**
 * Does nothing: Periksa lingkungan creates a trigger for it and removes it at once.
 * @preserve
 */
global.probeTrigger = () => undefined;
