import { findIndicator, scaleOf } from '../catalogue/lookup';
import type { Catalogue, Indicator } from '../catalogue/types';
import {
  ENTRY_FIELDS,
  type FieldKey,
  OPD_FIELDS,
  type OpdFieldKey,
  wordsOf,
} from '../entry/fields';
import { type ColumnSpec, isEmptyCell, readKeyedTable } from './keyed-table';
import type { Cell, TabContent } from './port';

/**
 * One OPD's tab: a row per assigned indicator, found by its code. OPD staff fill tingkat,
 * penjelasan, data dukung and jenis bukti; Diskominfo fills the verification columns; the
 * add-on keeps the rest. An indicator taken from the OPD stays on the tab, archived.
 */
export type OpdCol =
  | FieldKey
  | 'code'
  | 'indicator'
  | 'aspect'
  | 'status'
  | 'editedBy'
  | 'editedAt'
  | 'counted'
  | 'checked'
  | 'assignment';

type OpdColumn = ColumnSpec<OpdCol> & { role: 'fixed' | 'input' | 'verifier' | 'auto' };

/** An entry field's column, as its descriptor says (entry/fields.ts). */
function fieldColumn(key: FieldKey): OpdColumn {
  const field = ENTRY_FIELDS.find((f) => f.key === key);
  const words = wordsOf(key);
  return {
    key,
    header: words.header,
    ...(words.aliases ? { aliases: words.aliases } : {}),
    width: field?.width ?? 120,
    role: field?.editedBy === 'verifier' ? 'verifier' : 'input',
  };
}

/** The columns up to the inputs OPD staff fill, in the order of the tab. */
const UP_TO_INPUTS: readonly OpdColumn[] = [
  // Kode and Indikator stay in view (frozen); the verifier's note sits beside the level it judges.
  { key: 'code', header: 'Kode', width: 55, role: 'fixed' },
  { key: 'indicator', header: 'Indikator', width: 240, role: 'fixed' },
  { key: 'status', header: 'Status', width: 110, role: 'auto' },
  fieldColumn('verifierNote'),
  fieldColumn('level'),
  fieldColumn('explanation'),
  fieldColumn('evidence'),
  fieldColumn('evidenceKind'),
];

/** The columns after the inputs. */
const AFTER_INPUTS: readonly OpdColumn[] = [
  // What the Tingkat cell counts as (levels.ts readLevel, as a formula): blank when it is no
  // level, which then counts 1. Beside the inputs, so that a sort of the table takes it along.
  { key: 'counted', header: 'Tingkat dihitung', width: 90, role: 'auto', positional: false },
  fieldColumn('verification'),
  { key: 'aspect', header: 'Aspek', width: 160, role: 'fixed' },
  { key: 'editedBy', header: 'Diubah oleh', width: 170, role: 'auto' },
  { key: 'editedAt', header: 'Diubah pada', width: 120, role: 'auto' },
  { key: 'assignment', header: 'Penugasan', width: 130, role: 'auto' },
  // What the last Cek kelengkapan judged on the row (evidence/entries.ts digests), written by
  // the check: Status says Lengkap only while the row still is what was judged.
  { key: 'checked', header: 'Dicek', width: 60, role: 'auto', positional: false },
];

/**
 * A field the descriptor gained since this layout: after the inputs, found by its header only,
 * so that a workbook laid out before reads it as empty until setup adds the column.
 */
const NEW_FIELDS: readonly OpdColumn[] = ENTRY_FIELDS.filter(
  (f) => ![...UP_TO_INPUTS, ...AFTER_INPUTS].some((c) => c.key === f.key),
).map((f) => ({ ...fieldColumn(f.key), positional: false as const }));

export const OPD_TAB_COLUMNS: readonly OpdColumn[] = [
  ...UP_TO_INPUTS,
  ...NEW_FIELDS,
  ...AFTER_INPUTS,
];

/**
 * How releases before layout 2 laid an OPD tab out: a workbook they made is read by these
 * places where a header was renamed since.
 */
const EARLIER_OPD_ORDERS: readonly (readonly OpdCol[])[] = [
  // Layout 1 as the last releases before layout 2 wrote it.
  [
    'code',
    'indicator',
    'status',
    'verifierNote',
    'level',
    'explanation',
    'evidence',
    'evidenceKind',
    'verification',
    'aspect',
    'editedBy',
    'editedAt',
    'assignment',
  ],
  // Layout 1 as the first releases wrote it.
  [
    'code',
    'indicator',
    'aspect',
    'level',
    'explanation',
    'evidence',
    'evidenceKind',
    'status',
    'verification',
    'verifierNote',
    'editedBy',
    'editedAt',
    'assignment',
  ],
];

/**
 * An OPD tab's rows by indicator (and evidence item) code, its columns by header — or, for a
 * header renamed, where the add-on put that column (`byPosition` says which were found so).
 */
export function readOpdTable(content: TabContent | undefined, catalogue: Catalogue) {
  return readKeyedTable(content, OPD_TAB_COLUMNS, 'code', codeKeyOf(catalogue), {
    byPosition: true,
    earlierOrders: EARLIER_OPD_ORDERS,
  });
}

/** Columns frozen at the left: what a row is about stays in view while scrolling right. */
export const FROZEN_COLUMNS = 2;

/** What OPD staff fill: the input columns. */
export const OPD_ENTRY_KEYS = OPD_FIELDS.map((f) => f.key as OpdFieldKey);
/** Everything people type on an OPD tab (staff and verifier): what snapshots keep. */
export const OPD_TYPED_KEYS: readonly OpdCol[] = ENTRY_FIELDS.map((f) => f.key);

export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = HEADER_ROW + 1;
export const ACTIVE = 'aktif';

export function columnIndex(key: OpdCol): number {
  return OPD_TAB_COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** "3 – Terdefinisi": the dropdown shows each level with its name on the indicator's scale. */
export function levelOptions(catalogue: Catalogue, indicator: Indicator): string[] {
  return scaleOf(catalogue, indicator).map((name, i) => `${i + 1} – ${name}`);
}

export function codeKeyOf(catalogue: Catalogue) {
  return (cell: Cell): string => {
    if (isEmptyCell(cell)) return '';
    const text = String(cell).trim();
    return (
      findIndicator(catalogue, typeof cell === 'number' ? cell : text)?.code ??
      catalogue.items?.find((i) => i.code.toUpperCase() === text.toUpperCase())?.code ??
      text
    );
  };
}
