import type { Cell, TabContent, TabRender } from '../workbook/port';
import type { RevisionMemory } from './findings';

/** _Revisi: what each row held when the verifier asked for a revision, to see if it moved. */
const HEADER = ['OPD|Indikator', 'Isi saat diminta revisi', 'Sejak'];

export function readRevisions(
  content: TabContent | undefined,
): Map<string, { fingerprint: string; since: string }> {
  const out = new Map<string, { fingerprint: string; since: string }>();
  for (const row of content?.cells.slice(1) ?? []) {
    const key = String(row[0] ?? '');
    if (key) out.set(key, { fingerprint: String(row[1] ?? ''), since: String(row[2] ?? '') });
  }
  return out;
}

export function renderRevisions(memory: RevisionMemory): TabRender {
  const rows: Cell[][] = [...memory]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => [k, v.fingerprint, v.since]);
  return { cells: [HEADER, ...rows], hidden: true, frozenRows: 1 };
}
