import { box } from '../workbook/a1';
import { type ColumnSpec, readKeyedTable } from '../workbook/keyed-table';
import { PALETTE } from '../workbook/palette';
import type { Cell, TabContent, TabRender } from '../workbook/port';
import type { EvidenceFact, FactStatus, Sharing } from './drive-facts';
import type { Entry } from './entries';
import type { ParsedLink } from './links';

/**
 * _Bukti: one row per Drive file ID with what Drive said and when. Hidden, admin-only; the
 * check refreshes only stale rows, and SPBE_BUKTI reads it (passed as a range) without calling Drive.
 */
type Col = keyof EvidenceFact | 'labels';

/** The header of _Bukti's first column, by which a range passed to SPBE_BUKTI is recognised. */
export const FACTS_HEADER = 'ID file';
const COLUMNS: readonly ColumnSpec<Col>[] = [
  { key: 'id', header: FACTS_HEADER },
  { key: 'status', header: 'Status' },
  { key: 'name', header: 'Nama' },
  { key: 'mimeType', header: 'Jenis' },
  { key: 'modified', header: 'Diubah' },
  { key: 'trashed', header: 'Di tempat sampah' },
  { key: 'owner', header: 'Pemilik' },
  { key: 'sharing', header: 'Akses' },
  { key: 'shortcutTarget', header: 'Pintasan ke' },
  { key: 'folderEmpty', header: 'Folder kosong' },
  { key: 'checkedAt', header: 'Diperiksa' },
  { key: 'detail', header: 'Keterangan' },
  { key: 'labels', header: 'Label di sel' },
];

export function readFacts(content: TabContent | undefined): Map<string, EvidenceFact> {
  const table = readKeyedTable(content, COLUMNS, 'id', (c) => String(c).trim());
  const facts = new Map<string, EvidenceFact>();
  for (const [id, r] of table?.rows ?? []) {
    const text = (k: Col) => String(r[k] ?? '');
    facts.set(id, {
      id,
      status: (text('status') || 'error') as FactStatus,
      name: text('name'),
      mimeType: text('mimeType'),
      modified: text('modified'),
      trashed: r.trashed === true || text('trashed') === 'TRUE' || text('trashed') === 'ya',
      owner: text('owner'),
      sharing: (text('sharing') || 'unknown') as Sharing,
      shortcutTarget: text('shortcutTarget'),
      folderEmpty:
        text('folderEmpty') === 'ya' ? true : text('folderEmpty') === 'tidak' ? false : null,
      checkedAt: text('checkedAt'),
      detail: text('detail'),
    });
  }
  return facts;
}

/**
 * The labels under which each file is linked (a HYPERLINK's or a rich-text link's visible
 * text), by label: a custom function sees only a labelled link's label (R15), so SPBE_BUKTI
 * finds the files behind it here.
 */
export function readLabels(content: TabContent | undefined): Map<string, string[]> {
  const table = readKeyedTable(content, COLUMNS, 'id', (c) => String(c).trim());
  const out = new Map<string, string[]>();
  for (const [id, r] of table?.rows ?? [])
    for (const label of String(r.labels ?? '').split('\n')) {
      const key = label.trim();
      if (key) out.set(key, [...(out.get(key) ?? []), id]);
    }
  return out;
}

/** Each file's labels (see readLabels), by file ID, from what the OPD tabs hold now. */
export function labelsOf(entries: readonly Entry[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (label: string | undefined, links: readonly ParsedLink[]) => {
    if (!label) return;
    for (const l of links)
      if (l.id && !(out.get(l.id) ?? []).includes(label))
        out.set(l.id, [...(out.get(l.id) ?? []), label]);
  };
  for (const e of entries) {
    if (!e.active) continue;
    add(e.label, e.links);
    for (const i of e.items) if (i.active) add(i.label, i.links);
  }
  return out;
}

export function renderFacts(
  facts: ReadonlyMap<string, EvidenceFact>,
  labels: ReadonlyMap<string, readonly string[]> = new Map(),
): TabRender {
  const rows: Cell[][] = [...facts.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((f) => [
      f.id,
      f.status,
      f.name,
      f.mimeType,
      f.modified,
      f.trashed ? 'ya' : 'tidak',
      f.owner,
      f.sharing,
      f.shortcutTarget,
      f.folderEmpty === null ? '' : f.folderEmpty ? 'ya' : 'tidak',
      f.checkedAt,
      f.detail,
      [...(labels.get(f.id) ?? [])].sort().join('\n'),
    ]);
  return {
    cells: [COLUMNS.map((c) => c.header), ...rows],
    frozenRows: 1,
    hidden: true,
    styles: [{ range: box(1, 1, 1, COLUMNS.length), bold: true, background: PALETTE.header }],
  };
}
