import { numberText } from '../kernel/decimal';
import { kernelText } from '../kernel/kernel-text';

/**
 * What a catalogue and a typed level say when they are wrong: the Kerangka table's problems, the
 * checks of a catalogue's shape, and the reading of one level cell. Each says what is wrong,
 * where, and what to do next.
 */
export const catalogueText = {
  notALevel(shown: string): string {
    return `${shown} bukan tingkat 1–5`;
  },
  notAValue(shown: string): string {
    return `${shown} bukan nilai 1–5 (bilangan dengan paling banyak 2 desimal, misalnya 2,5, atau pecahan seperti 7/6)`;
  },
  levelNameMismatch(shown: string, level: number, expected: string): string {
    return `${shown} tidak cocok: tingkat ${level} untuk indikator ini bernama '${expected}'`;
  },
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
    return `bobot ${kernelText.shown(value)} tidak sah; isi bilangan bulat positif dalam basis poin (130 berarti 1,30%)`;
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
    return `batas bawah predikat ${kernelText.shown(min)} tidak sah; isi angka 0 sampai 5`;
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
    return `tingkat butir ${kernelText.shown(value)} tidak sah; isi tingkat 1–5 di kolom Nilai`;
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
};
