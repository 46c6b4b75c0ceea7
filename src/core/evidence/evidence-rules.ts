import type { Catalogue } from '../catalogue/types';
import { box } from '../workbook/a1';
import { type ColumnSpec, isEmptyCell, readKeyedTable } from '../workbook/keyed-table';
import { PALETTE } from '../workbook/palette';
import type { Cell, TabContent, TabRender } from '../workbook/port';

/**
 * What evidence a claimed level needs, per group of indicators: at least so many links, and
 * at least one of some kinds (declared in Jenis bukti, or seen in the files' types). Kept on
 * the admin-only "Aturan bukti" tab, where Diskominfo adapts them to what its assessors ask.
 */
export interface EvidenceRule {
  readonly id: string;
  /** Indicator numbers the rule covers. */
  readonly indicators: readonly number[];
  readonly fromLevel: number;
  readonly minLinks: number;
  /** Any one of these kinds satisfies the rule; empty = any kind. */
  readonly kinds: readonly string[];
  readonly explanation: string;
}

type Col = 'id' | 'indicators' | 'fromLevel' | 'minLinks' | 'kinds' | 'explanation';
const COLUMNS: readonly ColumnSpec<Col>[] = [
  { key: 'id', header: 'Aturan', width: 110 },
  { key: 'indicators', header: 'Indikator', width: 110 },
  { key: 'fromLevel', header: 'Mulai tingkat', width: 110 },
  { key: 'minLinks', header: 'Minimal tautan', width: 110 },
  { key: 'kinds', header: 'Jenis bukti (salah satu)', width: 280 },
  { key: 'explanation', header: 'Keterangan', width: 460 },
];

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

export function defaultEvidenceRules(catalogue: Catalogue): EvidenceRule[] {
  if (catalogue.id !== 'spbe-2020') {
    const all = catalogue.indicators.map((i) => i.no);
    return [
      {
        id: 'UMUM-1',
        indicators: all,
        fromLevel: 1,
        minLinks: 1,
        kinds: [],
        explanation: 'Setiap tingkat memerlukan minimal satu data dukung.',
      },
      {
        id: 'UMUM-3',
        indicators: all,
        fromLevel: 3,
        minLinks: 2,
        kinds: ['SOP', 'Dokumen'],
        explanation: 'Tingkat 3 ke atas: pedoman/SOP dan bukti pelaksanaannya.',
      },
      {
        id: 'UMUM-4',
        indicators: all,
        fromLevel: 4,
        minLinks: 2,
        kinds: ['Laporan'],
        explanation: 'Tingkat 4 ke atas: laporan reviu atau pengukuran berkala.',
      },
    ];
  }
  return [
    {
      id: 'KEB-1',
      indicators: range(1, 10),
      fromLevel: 1,
      minLinks: 1,
      kinds: [],
      explanation: 'Kebijakan tingkat 1: draf kebijakan, undangan dan notulen pembahasan.',
    },
    {
      id: 'KEB-2',
      indicators: range(1, 10),
      fromLevel: 2,
      minLinks: 1,
      kinds: ['Perwali/Perbup/Perda', 'SK'],
      explanation:
        'Kebijakan tingkat 2 ke atas: kebijakan yang sudah ditetapkan (Perwali/Perbup/Perda atau SK).',
    },
    {
      id: 'KEB-4',
      indicators: range(1, 10),
      fromLevel: 4,
      minLinks: 2,
      kinds: ['Laporan'],
      explanation: 'Kebijakan tingkat 4 ke atas: laporan reviu kebijakan.',
    },
    {
      id: 'TK-1',
      indicators: range(11, 31),
      fromLevel: 1,
      minLinks: 1,
      kinds: [],
      explanation: 'Tata kelola dan manajemen: minimal satu dokumen kegiatan.',
    },
    {
      id: 'TK-3',
      indicators: range(11, 31),
      fromLevel: 3,
      minLinks: 2,
      kinds: ['SOP', 'Dokumen'],
      explanation: 'Tingkat 3 ke atas: pedoman/SOP dan catatan pelaksanaannya.',
    },
    {
      id: 'TK-4',
      indicators: range(11, 31),
      fromLevel: 4,
      minLinks: 2,
      kinds: ['Laporan'],
      explanation: 'Tingkat 4 ke atas: laporan reviu atau pengukuran berkala.',
    },
    {
      id: 'LAY-1',
      indicators: range(32, 47),
      fromLevel: 1,
      minLinks: 1,
      kinds: ['Tangkapan layar', 'URL/demo aplikasi'],
      explanation: 'Layanan: tangkapan layar aplikasi (bukan hanya halaman login) atau URL/demo.',
    },
    {
      id: 'LAY-3',
      indicators: range(32, 47),
      fromLevel: 3,
      minLinks: 2,
      kinds: ['Tangkapan layar', 'URL/demo aplikasi'],
      explanation: 'Layanan tingkat 3 ke atas: tangkapan layar alur transaksi dan manual book.',
    },
    {
      id: 'LAY-4',
      indicators: range(32, 47),
      fromLevel: 4,
      minLinks: 2,
      kinds: ['Dokumen', 'Laporan'],
      explanation: 'Layanan tingkat 4 ke atas: bukti integrasi (daftar API) atau laporan evaluasi.',
    },
  ];
}

function numbersIn(text: string): number[] {
  const out: number[] = [];
  for (const part of text.split(/[,;\s]+/).filter(Boolean)) {
    const m = /^[A-Za-z]*0*([0-9]+)(?:-[A-Za-z]*0*([0-9]+))?$/.exec(part);
    if (!m) continue;
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    for (let n = Math.min(from, to); n <= Math.max(from, to); n++) out.push(n);
  }
  return out;
}

function rangesText(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

export function readEvidenceRules(content: TabContent | undefined): EvidenceRule[] | undefined {
  const table = readKeyedTable(content, COLUMNS, 'id', (c) => String(c).trim());
  if (!table) return undefined;
  return [...table.rows].map(([id, r]) => ({
    id,
    indicators: numbersIn(String(r.indicators ?? '')),
    fromLevel: Number(r.fromLevel) || 1,
    minLinks: Number(r.minLinks) || 0,
    kinds: String(r.kinds ?? '')
      .split(/[;\n]|,\s+/)
      .map((k) => k.trim())
      .filter(Boolean),
    explanation: String(r.explanation ?? ''),
  }));
}

export function renderEvidenceRules(
  rules: readonly EvidenceRule[],
  previous: TabContent | undefined,
): TabRender {
  const existing = readKeyedTable(previous, COLUMNS, 'id', (c) => String(c).trim());
  const cells: Cell[][] = [
    ['Aturan data dukung per tingkat', '', '', '', '', ''],
    [
      'Dipakai SPBE › Diskominfo › Cek kelengkapan. Admin boleh mengubah atau menambah baris; Jenis bukti dipisah titik koma.',
      '',
      '',
      '',
      '',
      '',
    ],
    ['', '', '', '', '', ''],
    COLUMNS.map((c) => c.header),
    ...rules.map((r) => [
      r.id,
      rangesText(r.indicators),
      r.fromLevel,
      r.minLinks,
      r.kinds.join('; '),
      r.explanation,
    ]),
    ...(existing?.keylessRows ?? [])
      .filter((r) => r.some((c) => !isEmptyCell(c)))
      .map((r) => [...r]),
  ];
  return {
    cells,
    frozenRows: 4,
    columnWidths: COLUMNS.map((c) => c.width ?? 100),
    styles: [
      { range: box(1, 1), bold: true, fontSize: 14, fontColor: PALETTE.title },
      { range: box(2, 1), italic: true },
      { range: box(4, 1, 1, COLUMNS.length), bold: true, background: PALETTE.header },
    ],
  };
}
