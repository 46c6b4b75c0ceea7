import type { Catalogue } from '../../catalogue/types';
import { formatCents } from '../../kernel/decimal';
import { MENU_PATH } from '../../kernel/kernel-text';

/**
 * What the custom functions say, in plain Bahasa Indonesia: their errors (what is wrong,
 * where, and what to do next) and the labels of their answers. Every sentence a user reads
 * lives in a text module like this one (`*-text.ts`, one per area); code elsewhere composes
 * them and writes no prose. Column headers live with the layout that finds columns by them.
 */

const LEVEL_HINT = 'Isi angka 1 sampai 5, atau kosongkan bila belum dinilai.';

function list(items: readonly string[], max = 8): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}, dan ${items.length - max} lainnya` : shown;
}

function codeRange(catalogue: Catalogue): string {
  const first = catalogue.indicators[0]?.code ?? '';
  const last = catalogue.indicators[catalogue.indicators.length - 1]?.code ?? '';
  return `${first}–${last}`;
}

import { kernelText } from '../../kernel/kernel-text';

export const msg = {
  ...kernelText,
  /** Where in a range argument: "baris ke-7 dari rentang tingkat". */
  cellPlace(
    shape: { rows: number; cols: number; isRange: boolean },
    cell: { row: number; col: number },
    arg: string,
  ): string {
    if (!shape.isRange) return `argumen ${arg}`;
    if (shape.cols === 1) return `baris ke-${cell.row} dari rentang ${arg}`;
    if (shape.rows === 1) return `kolom ke-${cell.col} dari rentang ${arg}`;
    return `baris ke-${cell.row}, kolom ke-${cell.col} dari rentang ${arg}`;
  },

  externalWaitingLabel(): string {
    return 'Menunggu nilai eksternal';
  },
  externalWaitingDetail(items: readonly string[]): string {
    return `dihitung 1 sampai nilainya masuk: ${items.join(', ')}`;
  },
  yearArgumentInvalid(shown: string): string {
    return `tahun ${shown} tidak dikenal; tulis tahun evaluasi empat angka (misalnya 2024), atau kosongkan untuk cara laporan terakhir`;
  },
  predicateNameUnknown(name: string): string {
    return `nama '${name}' tidak dikenal; tulis "predikat" (Baik) atau "kematangan" (nama tingkat kematangan seperti Berkembang, bila kerangkanya memakainya)`;
  },
  badLevel(place: string, code: string | undefined, problem: string): string {
    return `${place}${code ? ` (${code})` : ''}: ${problem}. ${LEVEL_HINT}`;
  },
  notAssessedName(): string {
    return 'Belum dinilai';
  },

  levelCountWrong(count: number, catalogue: Catalogue): string {
    const n = catalogue.indicators.length;
    return (
      `Rentang tingkat berisi ${count} sel, padahal tanpa rentang kode harus tepat ${n} ` +
      `(satu per indikator, urut ${codeRange(catalogue)}). Pilih rentang ${n} sel, atau tambahkan ` +
      'rentang kode indikator sebagai argumen kedua agar urutan dan jumlahnya bebas.'
    );
  },
  codesCountWrong(codes: number, levels: number): string {
    return (
      `Rentang kode berisi ${codes} sel, rentang tingkat ${levels} sel. ` +
      'Pilih dua rentang yang sama panjang, baris demi baris sejajar.'
    );
  },
  levelWithoutCode(place: string): string {
    return `${place}: ada tingkat tetapi kode indikatornya kosong. Isi kode indikator (misalnya I05) atau kosongkan tingkatnya.`;
  },
  unknownIndicator(place: string, value: unknown, catalogue: Catalogue): string {
    return (
      `${place}: ${msg.shown(value)} bukan kode indikator ${catalogue.id}. ` +
      `Gunakan kode ${codeRange(catalogue)} atau nomor 1–${catalogue.indicators.length}.`
    );
  },
  duplicateIndicator(place: string, code: string, earlier: string): string {
    return `${place}: indikator ${code} muncul dua kali (juga di ${earlier}). Hapus salah satunya.`;
  },
  indicatorMissing(catalogue: Catalogue): string {
    return `Argumen indikator kosong. Isi kode indikator (${codeRange(catalogue)}) atau nomornya.`;
  },
  notAScore(shown: string): string {
    return `${shown} bukan indeks. Isi angka dari 1,00 sampai 5,00.`;
  },
  targetMissing(): string {
    return 'Argumen target kosong. Isi indeks yang ingin dicapai, misalnya 3 atau 2,6.';
  },
  targetPlace(): string {
    return 'argumen target';
  },
  limitsCountWrong(limits: number, levels: number): string {
    return (
      `Rentang batas berisi ${limits} sel, rentang tingkat ${levels} sel. ` +
      'Berikan satu angka untuk semua indikator, atau rentang yang sama panjang dengan rentang tingkat.'
    );
  },
  notALimit(shown: string): string {
    return `${shown} bukan batas tingkat. Isi angka 1 sampai 5, atau kosongkan bila boleh sampai 5.`;
  },
  catalogueHasNoDomains(id: string): string {
    return `Kerangka ${id} tidak memiliki domain, hanya aspek. Gunakan SPBE_ASPEK.`;
  },
  partNotFound(
    kind: 'domain' | 'aspek',
    value: unknown,
    match: { kind: string; items?: readonly { id: string; name: string }[] },
    parts: readonly { id: string; name: string }[],
  ): string {
    const choices = list(
      parts.map((p) => `${p.id} ${p.name}`),
      12,
    );
    if (match.kind === 'ambiguous' && match.items) {
      return `${msg.shown(value)} cocok dengan beberapa ${kind}: ${list(match.items.map((p) => `${p.id} ${p.name}`))}. Tulis kodenya, misalnya ${match.items[0]?.id}.`;
    }
    return `${msg.shown(value)} bukan ${kind} yang dikenal. Tulis nomor 1–${parts.length}, kodenya atau namanya: ${choices}.`;
  },

  evidenceRangeMissing(): string {
    return "argumen bukti harus rentang tab _Bukti dengan baris judulnya, misalnya =SPBE_BUKTI(F5; '_Bukti'!A:M). Rentang itu diisi SPBE › Diskominfo › Cek kelengkapan; karena menjadi argumen, hasil rumus ikut diperbarui setiap pemeriksaan.";
  },
  /**
   * Text with no link in it. A custom function sees only the label of a labelled link, so it
   * cannot tell such a label from plain words until a check has recorded the label.
   */
  evidenceNotALink(): string {
    return `Bukan tautan, atau label tautan yang belum dikenal (fungsi hanya melihat labelnya): jalankan ${MENU_PATH.check}`;
  },

  provisionalCatalogue(id: string): string {
    return `Kerangka ${id} masih sementara: periksa bobot dan nama dengan peraturan resminya.`;
  },

  summaryHeader(): readonly string[] {
    return ['Bagian', 'Nama', 'Nilai'];
  },
  predicateLabel(): string {
    return 'Predikat';
  },
  notAssessedLabel(): string {
    return 'Belum dinilai';
  },
  notAssessedDetail(codes: readonly string[]): string {
    return codes.length === 0
      ? 'Semua indikator sudah dinilai'
      : `${codes.length} indikator dihitung sebagai tingkat 1: ${list(codes, 12)}`;
  },
  noteLabel(): string {
    return 'Catatan';
  },
  planHeader(): readonly string[] {
    return ['Indikator', 'Nama', 'Dari', 'Ke', 'Indeks setelah'];
  },
  planNowLabel(): string {
    return 'Sekarang';
  },
  planNowDetail(start: number, target: number): string {
    return `Indeks sekarang ${formatCents(start)}, target ${formatCents(target)}`;
  },
  planAlreadyMetLabel(): string {
    return 'Sudah tercapai';
  },
  planAlreadyMet(start: number, target: number): string {
    return `Indeks ${formatCents(start)} sudah mencapai target ${formatCents(target)}; tidak perlu kenaikan`;
  },
  planReachedLabel(): string {
    return 'Tercapai';
  },
  planReached(steps: number, end: number): string {
    return `Target tercapai dengan ${steps} kenaikan satu tingkat; indeks menjadi ${formatCents(end)}`;
  },
  planUnreachableLabel(): string {
    return 'Tidak tercapai';
  },
  planUnreachable(target: number, best: number): string {
    return (
      `Target ${formatCents(target)} tidak bisa dicapai dengan batas yang diberikan; ` +
      `indeks tertinggi yang bisa dicapai ${formatCents(best)} (semua kenaikan di atas)`
    );
  },
};
