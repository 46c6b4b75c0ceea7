import { box } from '../workbook/a1';
import { type ColumnSpec, readKeyedTable } from '../workbook/keyed-table';
import { PALETTE } from '../workbook/palette';
import type { Cell, TabContent, TabRender } from '../workbook/port';
import type { EvidenceFact, FactStatus, Sharing } from './drive-facts';

/**
 * _Bukti: one row per Drive file ID with what Drive said and when. Hidden, admin-only; the
 * check refreshes only stale rows, and SPBE_BUKTI reads it (passed as a range) without calling Drive.
 */
type Col = keyof EvidenceFact;

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

export function renderFacts(facts: ReadonlyMap<string, EvidenceFact>): TabRender {
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
    ]);
  return {
    cells: [COLUMNS.map((c) => c.header), ...rows],
    frozenRows: 1,
    hidden: true,
    styles: [{ range: box(1, 1, 1, COLUMNS.length), bold: true, background: PALETTE.header }],
  };
}
