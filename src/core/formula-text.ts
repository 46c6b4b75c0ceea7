import type { Catalogue } from './catalogue/types';
import { decimalText, formatCents, numberText } from './decimal';
import { isDate } from './text';

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

export const msg = {
  // ---- how values and places are named --------------------------------------------------
  /** A cell value as a person recognises it in a message. */
  shown(value: unknown): string {
    if (typeof value === 'string')
      return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
    // As typed, every decimal kept: a message about decimals must show them.
    if (typeof value === 'number') return decimalText(value);
    if (typeof value === 'boolean') return `${value ? 'TRUE' : 'FALSE'} (nilai centang)`;
    if (isDate(value)) {
      const d = value as Date;
      return Number.isNaN(d.getTime())
        ? 'sebuah tanggal'
        : `tanggal ${d.toISOString().slice(0, 10)}`;
    }
    if (value === null || value === undefined) return 'sel kosong';
    return `'${String(value)}'`;
  },
  atPlace(where: string, problem: string): string {
    return where ? `${where}: ${problem}` : problem;
  },
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

  // ---- levels -----------------------------------------------------------------------------
  notALevel(shown: string): string {
    return `${shown} bukan tingkat 1–5`;
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
    return `nama '${name}' tidak dikenal; tulis "predikat" (Baik) atau "kematangan" (Berkembang, untuk pemdi-2026)`;
  },
  notAValue(shown: string): string {
    return `${shown} bukan nilai 1–5 (bilangan dengan paling banyak 2 desimal, misalnya 2,5, atau pecahan seperti 7/6)`;
  },
  levelNameMismatch(shown: string, level: number, expected: string): string {
    return `${shown} tidak cocok: tingkat ${level} untuk indikator ini bernama '${expected}'`;
  },
  badLevel(place: string, code: string | undefined, problem: string): string {
    return `${place}${code ? ` (${code})` : ''}: ${problem}. ${LEVEL_HINT}`;
  },
  notAssessedName(): string {
    return 'Belum dinilai';
  },

  // ---- formula arguments ----------------------------------------------------------------
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
    return 'Bukan tautan, atau label tautan yang belum dikenal (fungsi hanya melihat labelnya): jalankan SPBE › Diskominfo › Cek kelengkapan';
  },

  // ---- catalogues -----------------------------------------------------------------------
  unknownCatalogue(name: string, ids: readonly string[]): string {
    return `Kerangka '${name}' tidak dikenal. Tulis ${ids.map((i) => `'${i}'`).join(' atau ')}, atau berikan rentang tabel Kerangka.`;
  },
  catalogueInvalid(id: string, problems: readonly string[]): string {
    const more = problems.length > 10 ? ` (dan ${problems.length - 10} masalah lain)` : '';
    return `Kerangka ${id} tidak bisa dipakai; perbaiki dulu: ${problems.slice(0, 10).join('; ')}${more}.`;
  },
  catalogueHeader(): string {
    return 'kerangka';
  },
  place(kind: string, index: number, id: string, row?: number): string {
    return row !== undefined ? `baris ${row} (${kind} ${id})` : `${kind} ke-${index + 1} (${id})`;
  },
  scalePlace(scale: string): string {
    return `skala tingkat '${scale}'`;
  },
  tableRow(row: number): string {
    return `baris ${row}`;
  },
  catalogueIdMissing(): string {
    return 'kode kerangka kosong; isi misalnya spbe-2020';
  },
  scaleNeedsFiveNames(): string {
    return 'perlu tepat lima nama tingkat (1 sampai 5), tidak ada yang kosong';
  },
  unknownScale(scale: string): string {
    return `skala '${scale}' tidak ada; tambahkan lima baris tingkat untuk skala itu atau pakai skala yang ada`;
  },
  unknownParent(kind: string, id: string): string {
    return id
      ? `${kind} induk '${id}' tidak ada; tulis kode ${kind} yang ada`
      : `kolom Induk kosong; tulis kode ${kind} induknya`;
  },
  domainWithoutDomains(domain: string): string {
    return `menyebut domain '${domain}' padahal kerangka ini tidak memiliki domain; kosongkan kolom Induk`;
  },
  duplicateNumber(no: number, earlier: string): string {
    return `nomor indikator ${no} sudah dipakai di ${earlier}; beri nomor lain`;
  },
  nameMissing(): string {
    return 'nama kosong; isi namanya';
  },
  idInvalid(id: string): string {
    return `kode '${id}' tidak sah; isi kode tanpa spasi, misalnya I05`;
  },
  duplicateId(id: string, earlier: string): string {
    return `kode '${id}' sudah dipakai di ${earlier}; setiap kode harus unik`;
  },
  weightInvalid(value: unknown): string {
    return `bobot ${msg.shown(value)} tidak sah; isi bilangan bulat positif dalam basis poin (130 berarti 1,30%)`;
  },
  partWithoutMembers(kind: string, memberKind: string): string {
    return `${kind} ini tidak memiliki ${memberKind}; tambahkan ${memberKind} atau hapus ${kind} ini`;
  },
  weightsDoNotAddUp(stated: number, sum: number, memberKind: string): string {
    return `bobotnya ${stated}, tetapi jumlah bobot ${memberKind}nya ${sum}; samakan keduanya`;
  },
  noIndicators(): string {
    return 'tidak ada indikator; tambahkan baris indikator';
  },
  totalWeightWrong(total: number): string {
    return `jumlah bobot semua indikator ${total}, seharusnya 10000 (100%); periksa bobot yang diubah`;
  },
  noBands(): string {
    return 'tidak ada predikat; tambahkan baris predikat dengan batas bawahnya';
  },
  bandOutOfRange(min: unknown): string {
    return `batas bawah predikat ${msg.shown(min)} tidak sah; isi angka 0 sampai 5`;
  },
  bandsOutOfOrder(min: number, previous: number): string {
    return `batas ${numberText(min)} harus lebih kecil dari batas predikat di atasnya (${numberText(previous)}); urutkan predikat dari yang tertinggi`;
  },
  lowestBandTooHigh(min: number): string {
    return `predikat terendah mulai dari ${numberText(min)}, sehingga indeks di bawahnya tidak berpredikat; ubah batasnya menjadi 0 atau 1`;
  },
  tableHeaderMissing(header: readonly string[]): string {
    return `Tabel kerangka tidak memiliki baris judul. Baris pertama harus berisi kolom ${header.join(', ')}.`;
  },
  tableColumnsMissing(missing: readonly string[]): string {
    return `Tabel kerangka tidak memiliki kolom ${missing.join(', ')}. Tambahkan kolom itu di baris judul.`;
  },
  itemLevelInvalid(value: unknown): string {
    return `tingkat butir ${msg.shown(value)} tidak sah; isi tingkat 1–5 di kolom Nilai`;
  },
  itemOfExternal(indicator: string): string {
    return `${indicator} dinilai instansi lain, jadi tidak punya butir; hapus baris ini atau pindahkan ke indikator lain`;
  },
  itemCodeInvalid(code: string, prefix: string): string {
    return `kode butir '${code}' tidak sah; kode butir diawali kode indikator dan tingkatnya, misalnya ${prefix}a`;
  },
  tooManyItems(indicator: string, level: number, max: number): string {
    return `${indicator} tingkat ${level} punya lebih dari ${max} butir; gabungkan beberapa butir (paling banyak ${max} per tingkat)`;
  },
  cycleRowInvalid(words: readonly string[]): string {
    return `baris siklus perlu tahun evaluasi di kolom Kode dan cara membaca predikat di kolom Nilai: ${words.map((w) => `"${w}"`).join(' atau ')}`;
  },
  levelRowInvalid(): string {
    return 'baris tingkat perlu nomor tingkat 1–5 di kolom Kode dan nama skala di kolom Skala';
  },
  unknownRowKind(kind: string, kinds: readonly string[]): string {
    return `jenis '${kind}' tidak dikenal; gunakan salah satu: ${kinds.join(', ')}`;
  },
  provisionalCatalogue(id: string): string {
    return `Kerangka ${id} masih sementara: periksa bobot dan nama dengan peraturan resminya.`;
  },

  // ---- result labels --------------------------------------------------------------------
  summaryHeader(): readonly string[] {
    return ['Bagian', 'Nama', 'Nilai'];
  },
  indexLabel(catalogue: Catalogue): string {
    return catalogue.id.startsWith('pemdi') ? 'Indeks Pemdi' : 'Indeks SPBE';
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
