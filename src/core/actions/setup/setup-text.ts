import { LOG_HEADER } from '../../audit/audit-log';
import { MENU_PATH } from '../../kernel/kernel-text';
import type { OpdRecord } from '../../workbook/ownership';
import type { Settings } from '../../workbook/settings-tab';
import type { SetupReport } from './setup';

/** What setup tells the coordinator and writes in the Log, in plain Bahasa Indonesia. */
export const setupText = {
  reasonSetup: () => 'sebelum Siapkan / perbarui workbook',
  reasonMigration: () => 'sebelum pembaruan tata letak',
  whoEditsWhat(
    settings: Settings,
    opds: readonly OpdRecord[],
    notShared: readonly string[] = [],
  ): string {
    const lines = [
      ...(notShared.length > 0
        ? [
            `Belum bisa mengedit file ini: ${notShared.join(', ')}. Bagikan file kepada mereka (Bagikan › Editor); perlindungan tab saja tidak memberi akses.`,
            '',
          ]
        : []),
      `Admin (${settings.admins.join(', ') || 'belum ada'}) dapat mengubah semua tab.`,
      ...opds.map(
        (o) =>
          `${o.short}: ${o.pics.join(', ') || 'PIC belum diisi'} dapat mengisi Tingkat, Penjelasan, Data dukung dan Jenis bukti di tab ${o.tab}.`,
      ),
      'Semua yang dapat membuka file ini dapat melihat semua tab: perlindungan mencegah perubahan, bukan melihat.',
    ];
    return lines.join('\n');
  },
  logHeader: () => [...LOG_HEADER],
  logSetup: () => 'Siapkan / perbarui workbook',
  logSetupDetail: (r: SetupReport) =>
    [
      `kerangka ${r.catalogue}`,
      r.created.length > 0 ? `tab baru: ${r.created.join(', ')}` : 'tidak ada tab baru',
      r.orphanTabs.length > 0
        ? `tab OPD yang tidak ada di daftar (dibiarkan): ${r.orphanTabs.join(', ')}`
        : '',
    ]
      .filter(Boolean)
      .join('; '),
  logArchived: () => 'Indikator diarsipkan',
  logRestored: () => 'Indikator diaktifkan lagi',
  logRenamed: () => 'Tab diganti nama',
  logMigrated: () => 'Tata letak diperbarui',
  migrationWordsOnly: () =>
    'Tata letak 2: rumus yang dulu tersalin dari isian pengguna ke Log, Log arsip dan cadangan (_Snapshot) kini disimpan sebagai teks',
  logCodes: (tab: string, codes: readonly string[]) => `tab ${tab}: ${codes.join(', ')}`,
  working: () => 'Menyiapkan workbook… ini bisa memakan waktu sampai satu menit.',
  notOnProtections: (user: string, admins: readonly string[]) =>
    `${user} belum tercantum di perlindungan tab workbook ini (ditambahkan sebagai admin sesudah Siapkan terakhir), jadi belum dapat mengubahnya. Minta ${admins.filter((a) => a !== user).join(' atau ') || 'pemilik file'} atau pemilik file menjalankan ${MENU_PATH.setup} sekali; sesudah itu Anda dapat menjalankannya. Tidak ada yang diubah.`,
  frameworkSwitchRefused: (from: string, to: string) =>
    `Kerangka di Pengaturan diubah dari ${from} menjadi ${to}, tetapi OPD sudah mulai mengisi workbook ini: kode indikator dan tingkatnya tidak dapat dipindahkan ke kerangka lain. Kembalikan Kerangka di Pengaturan ke ${from}. Untuk tahun evaluasi berikutnya buat file baru: salin tab OPD dan Pengaturan ke Google Sheet kosong, isi Indeks tahun lalu, lalu jalankan Siapkan / perbarui workbook di sana. Tidak ada yang diubah.`,
  tabNameTaken: (name: string) =>
    `Tab '${name}' sudah ada. Ganti nama tab itu atau pilih nama lain di daftar OPD, lalu jalankan lagi.`,
  lockBusy: () =>
    'Workbook sedang diperbarui oleh proses lain. Tunggu sebentar, lalu jalankan lagi.',
  done: (r: SetupReport) =>
    `Workbook siap (kerangka ${r.catalogue}). ${r.created.length > 0 ? `Tab baru: ${r.created.join(', ')}. ` : ''}` +
    `${r.archived.length > 0 ? `Diarsipkan: ${r.archived.map((a) => `${a.tab} (${a.codes.join(', ')})`).join('; ')}. ` : ''}` +
    'Bagikan file ini kepada PIC setiap OPD sebagai editor.',
};
