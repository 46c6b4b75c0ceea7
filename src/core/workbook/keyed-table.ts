import { normalizeWords } from '../kernel/text';
import type { Cell, TabContent } from './port';

/**
 * A tab laid out as a title block, one header row and one row per key (an indicator code, an
 * OPD code). Rows are found by key and columns by header, never by position, so that users
 * may sort rows, insert rows and add or move columns; columns the add-on does not know are
 * kept with their values, row by row.
 */
export interface ColumnSpec<K extends string> {
  readonly key: K;
  readonly header: string;
  /** Other headers this column has had, so a renamed header is still recognised. */
  readonly aliases?: readonly string[];
  /**
   * False for a column the add-on fills itself and added in a later layout: its place may hold
   * a user's own column in a tab made before, so it is never found by place.
   */
  readonly positional?: false;
  readonly width?: number;
}

interface ExistingTable<K extends string> {
  /** The values by key, then by column key; only columns that were found. */
  readonly rows: ReadonlyMap<string, Partial<Record<K, Cell>>>;
  /** The sheet row (1-based) each key was found on, for messages. */
  readonly rowNumbers: ReadonlyMap<string, number>;
  /** The sheet row of the header. */
  readonly headerRow: number;
  /** Where each known column was found (1-based). */
  readonly columns: ReadonlyMap<K, number>;
  /**
   * Columns found by where the add-on put them because their header was renamed (a table
   * read `byPosition`): what the header says now.
   */
  readonly byPosition: ReadonlyMap<K, string>;
  /** Columns the add-on does not own: their headers, and their values by row key. */
  readonly extraHeaders: readonly string[];
  readonly extraValues: ReadonlyMap<string, readonly Cell[]>;
  /** Rows with content but no key (a user's notes below the table): kept as they were. */
  readonly keylessRows: readonly (readonly Cell[])[];
  /** Keys found more than once: the first row wins, later ones are kept as keyless rows. */
  readonly duplicateKeys: readonly string[];
  /** Where each repeated key appeared again (1-based rows), for messages naming both rows. */
  readonly duplicateRows: readonly { readonly key: string; readonly row: number }[];
}

function headerMatches(spec: ColumnSpec<string>, header: Cell): boolean {
  const text = typeof header === 'string' ? normalizeWords(header) : '';
  if (text === '') return false;
  return [spec.header, ...(spec.aliases ?? [])].some((h) => normalizeWords(h) === text);
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === undefined || cell === '' || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * Where each column sits under a header row: found by its header, or, for a table the add-on
 * lays out, where a layout put it; and the columns people added.
 */
function columnPositions<K extends string>(
  header: readonly Cell[],
  columns: readonly ColumnSpec<K>[],
  options: { readonly byPosition?: boolean; readonly earlierOrders?: readonly (readonly K[])[] },
) {
  const positions = new Map<K, number>();
  const extraPositions: number[] = [];
  header.forEach((cell, i) => {
    const spec = columns.find((c) => !positions.has(c.key) && headerMatches(c, cell));
    if (spec) positions.set(spec.key, i);
    else if (!isEmptyCell(cell)) extraPositions.push(i);
  });
  // A table the add-on lays out in `columns` order (or, made by an earlier release, in that
  // release's order): a column whose header a user renamed is still where the add-on put it,
  // as the workbook's own formulas still read it there.
  const byPosition = new Map<K, string>();
  // Only while every header still found is where one layout put it: once columns moved,
  // places say nothing.
  const orders = [columns.map((c) => c.key), ...(options.earlierOrders ?? [])];
  const layout = orders.find((order) => [...positions].every(([k, i]) => order[i] === k));
  if (options.byPosition && layout)
    layout.forEach((key, i) => {
      const taken = [...positions.values()].includes(i);
      const placed = columns.find((c) => c.key === key)?.positional !== false;
      if (positions.has(key) || taken || !placed || i >= header.length) return;
      positions.set(key, i);
      byPosition.set(key, String(header[i] ?? ''));
      const extra = extraPositions.indexOf(i);
      if (extra >= 0) extraPositions.splice(extra, 1);
    });
  return { positions, extraPositions, byPosition };
}

/** Reads an existing table; the header row is the first row holding the key column's header. */
export function readKeyedTable<K extends string>(
  content: TabContent | undefined,
  columns: readonly ColumnSpec<K>[],
  keyColumn: K,
  normalizeKey: (cell: Cell) => string,
  options: {
    readonly byPosition?: boolean;
    /**
     * The orders in which earlier releases laid this table out, newest first: a renamed
     * header of a workbook made by one of them is found where that release put it.
     */
    readonly earlierOrders?: readonly (readonly K[])[];
  } = {},
): ExistingTable<K> | undefined {
  if (!content) return undefined;
  const keySpec = columns.find((c) => c.key === keyColumn) as ColumnSpec<K>;
  const headerAt = content.cells.findIndex((row) =>
    row.some((cell) => headerMatches(keySpec, cell)),
  );
  if (headerAt < 0) return undefined;
  const header = content.cells[headerAt] ?? [];
  const { positions, extraPositions, byPosition } = columnPositions(header, columns, options);
  const keyAt = positions.get(keyColumn) as number;
  const rows = new Map<string, Partial<Record<K, Cell>>>();
  const extraValues = new Map<string, Cell[]>();
  const keylessRows: Cell[][] = [];
  const duplicateKeys: string[] = [];
  const duplicateRows: { key: string; row: number }[] = [];
  const rowNumbers = new Map<string, number>();
  content.cells.forEach((row, i) => {
    if (i <= headerAt) return;
    const key = normalizeKey(row[keyAt] ?? '');
    if (key === '' || rows.has(key)) {
      if (key !== '') {
        duplicateKeys.push(key);
        duplicateRows.push({ key, row: i + 1 });
      }
      if (row.some((c) => !isEmptyCell(c))) keylessRows.push([...row]);
      return;
    }
    rowNumbers.set(key, i + 1);
    const record: Partial<Record<K, Cell>> = {};
    for (const [k, i] of positions) record[k] = row[i] ?? '';
    rows.set(key, record);
    extraValues.set(
      key,
      extraPositions.map((p) => row[p] ?? ''),
    );
  });
  return {
    rows,
    rowNumbers,
    headerRow: headerAt + 1,
    columns: new Map([...positions].map(([k, i]) => [k, i + 1])),
    byPosition,
    extraHeaders: extraPositions.map((i) => String(header[i] ?? '')),
    extraValues,
    keylessRows,
    duplicateKeys,
    duplicateRows,
  };
}
