import type { EvidenceRule } from '../catalogue/framework';
import { box } from '../workbook/a1';
import { type ColumnSpec, isEmptyCell, readKeyedTable } from '../workbook/keyed-table';
import { PALETTE } from '../workbook/palette';
import type { Cell, TabContent, TabRender } from '../workbook/port';

type Col = 'id' | 'indicators' | 'fromLevel' | 'minLinks' | 'kinds' | 'explanation';
const COLUMNS: readonly ColumnSpec<Col>[] = [
  { key: 'id', header: 'Aturan', width: 110 },
  { key: 'indicators', header: 'Indikator', width: 110 },
  { key: 'fromLevel', header: 'Mulai tingkat', width: 110 },
  { key: 'minLinks', header: 'Minimal tautan', width: 110 },
  { key: 'kinds', header: 'Jenis bukti (salah satu)', width: 280 },
  { key: 'explanation', header: 'Keterangan', width: 460 },
];

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
