import type { RestoreScope, SnapshotInfo } from './snapshots';

/** What snapshots and Pulihkan say, in plain Bahasa Indonesia. */
export const snapshotText = {
  reasonLock: () => 'sebelum Kunci / buka pengisian',
  reasonRestore: () => 'sebelum Pulihkan',
  badScope: (text: string) =>
    `'${text}' tidak bisa dibaca. Tulis nomor versi, lalu bila perlu kode OPD dan kode indikator, misalnya: 3 BAPPEDA I13.`,
  noSuchVersion: (v: number) =>
    `Snapshot versi ${v} tidak ada. Pilih salah satu nomor dalam daftar.`,
  nothingInScope: (s: RestoreScope) =>
    `Snapshot versi ${s.version} tidak berisi isian ${[s.opd, s.indicator].filter(Boolean).join(' ')}. Periksa kode OPD dan indikatornya.`,
  none: () =>
    'Belum ada snapshot. Snapshot dibuat otomatis sebelum Siapkan / perbarui workbook dan Kunci / buka pengisian.',
  prompt: (list: readonly SnapshotInfo[]) =>
    [
      'Snapshot yang tersedia:',
      ...list.map((s) => `  ${s.version}: ${s.when}, ${s.reason} (${s.values} isian)`),
      '',
      'Tulis nomor versi untuk memulihkan semuanya, atau tambahkan kode OPD (dan kode indikator), misalnya: 3 BAPPEDA I13.',
    ].join('\n'),
  confirm: (scope: string) =>
    `Pulihkan ${scope}? Isian yang sekarang di sel-sel itu diganti; setiap nilai yang diganti dicatat di Log.`,
  done: (n: number) =>
    n === 0
      ? 'Tidak ada yang perlu dipulihkan: isiannya sudah sama dengan snapshot.'
      : `${n} isian dipulihkan. Nilai yang diganti tercatat di Log.`,
  logAction: () => 'Pulihkan',
  logDetail: (v: number, column: string) => `dari snapshot ${v}: ${column}`,
};
