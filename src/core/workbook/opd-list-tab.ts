import { findIndicator } from '../catalogue/lookup';
import type { Catalogue } from '../catalogue/types';
import { InputError } from '../kernel/errors';
import { isBlank } from '../kernel/text';
import { box } from './a1';
import { type ColumnSpec, isEmptyCell, readKeyedTable } from './keyed-table';
import type { OpdRecord } from './ownership';
import { PALETTE } from './palette';
import type { Cell, TabContent, TabRender } from './port';
import { RESERVED_TAB_NAMES } from './tab-names';
import { workbookText } from './workbook-text';

type Col = 'code' | 'name' | 'short' | 'tab' | 'pics' | 'indicators';
const OPD_COLUMNS: readonly ColumnSpec<Col>[] = [
  { key: 'code', header: 'Kode OPD', aliases: ['Kode'], width: 120 },
  { key: 'name', header: 'Nama OPD', width: 320 },
  { key: 'short', header: 'Singkatan', width: 130 },
  { key: 'tab', header: 'Nama tab', width: 130 },
  { key: 'pics', header: 'Email PIC', aliases: ['PIC'], width: 260 },
  { key: 'indicators', header: 'Indikator', width: 360 },
];
const HEADER_ROW = 4;
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

function opdCodeOf(cell: Cell): string {
  return String(cell).trim().toUpperCase().replace(/\s+/g, '_');
}

/**
 * Reads the OPD list. Every problem names its row: an unknown indicator, a tab name used twice
 * or taken by the add-on's own tabs, a malformed email.
 */
export function readOpdList(
  content: TabContent | undefined,
  catalogue: Catalogue,
): OpdRecord[] | undefined {
  const read = readOpdRows(content, catalogue);
  if (read && read.problems.length > 0)
    throw new InputError(workbookText.fixAndRerun('Daftar OPD', read.problems));
  return read?.opds;
}

/**
 * The OPD list and every problem in it, each placed by `place` (the tab's rows by default; a
 * CSV's own lines for the command line).
 */
export function readOpdRows(
  content: TabContent | undefined,
  catalogue: Catalogue,
  place: (row: number, code: string) => string = workbookText.opdRow,
): { opds: OpdRecord[]; problems: string[] } | undefined {
  const table = readKeyedTable(content, OPD_COLUMNS, 'code', opdCodeOf);
  if (!table) return undefined;
  const problems: string[] = [];
  // An OPD listed twice would lose one row's PICs and indicators: both rows are named.
  for (const d of table.duplicateRows)
    problems.push(
      workbookText.opdCodeTwice(
        place(table.rowNumbers.get(d.key) ?? 0, d.key),
        place(d.row, d.key),
        d.key,
      ),
    );
  const tabs = new Map<string, string>();
  const opds: OpdRecord[] = [];
  for (const [code, r] of table.rows) {
    const where = place(table.rowNumbers.get(code) ?? 0, code);
    const short = text(r.short) || code;
    const tab = text(r.tab) || short;
    if (RESERVED_TAB_NAMES.some((n) => n.toLowerCase() === tab.toLowerCase())) {
      problems.push(`${where}: nama tab '${tab}' dipakai oleh add-on; pilih nama lain`);
    }
    const earlier = tabs.get(tab.toLowerCase());
    if (earlier) problems.push(workbookText.opdTabNameUsed(where, tab, earlier));
    tabs.set(tab.toLowerCase(), code);
    if (tab.length > 90) problems.push(workbookText.opdTabNameTooLong(where));
    const pics = text(r.pics)
      .split(/[,;\s]+/)
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean);
    for (const e of pics.filter((p) => !EMAIL.test(p)))
      problems.push(`${where}: '${e}' bukan alamat email`);
    const indicators: string[] = [];
    // A list typed before the column was plain text may have become a decimal (13,14 → 13.14).
    for (const part of text(r.indicators)
      .split(typeof r.indicators === 'number' ? /[,;.\s]+/ : /[,;\s]+/)
      .filter(Boolean)) {
      const found = findIndicator(catalogue, part);
      if (!found) problems.push(`${where}: '${part}' bukan indikator ${catalogue.id}`);
      else if (found.external)
        problems.push(workbookText.externalAssigned(where, found.code, found.external));
      else if (!indicators.includes(found.code)) indicators.push(found.code);
    }
    indicators.sort(
      (a, b) => (findIndicator(catalogue, a)?.no ?? 0) - (findIndicator(catalogue, b)?.no ?? 0),
    );
    opds.push({ code, name: text(r.name) || short, short, tab, pics, indicators });
  }
  return { opds, problems };
}

function text(cell: Cell | undefined): string {
  return isBlank(cell) || cell === undefined ? '' : String(cell).trim();
}

/** The OPD list as it will be written: user's extra columns and rows kept. */
export function renderOpdList(
  opds: readonly OpdRecord[],
  catalogue: Catalogue,
  previous: TabContent | undefined,
): TabRender {
  const existing = readKeyedTable(previous, OPD_COLUMNS, 'code', opdCodeOf);
  const extraHeaders = existing?.extraHeaders ?? [];
  const numberOf = (code: string) => catalogue.indicators.find((i) => i.code === code)?.no ?? code;
  const width = OPD_COLUMNS.length + extraHeaders.length;
  const pad = (row: Cell[]) => [...row, ...Array<Cell>(Math.max(0, width - row.length)).fill('')];
  const cells: Cell[][] = [
    pad([workbookText.opdListTitle()]),
    pad([workbookText.opdListIntro(catalogue)]),
    pad(['']),
    [...OPD_COLUMNS.map((c) => c.header), ...extraHeaders],
    ...opds.map((o) =>
      pad([
        o.code,
        o.name,
        o.short,
        o.tab,
        o.pics.join(', '),
        o.indicators.map(numberOf).join(', '),
        ...(existing?.extraValues.get(o.code) ?? []),
      ]),
    ),
    ...(existing?.keylessRows ?? [])
      .filter((r) => r.some((c) => !isEmptyCell(c)))
      .map((r) => pad([...r])),
  ];
  return {
    cells,
    frozenRows: HEADER_ROW,
    columnWidths: OPD_COLUMNS.map((c) => c.width ?? 120),
    styles: [
      { range: box(1, 1), bold: true, fontSize: 14, fontColor: PALETTE.title },
      { range: box(2, 1), italic: true },
      { range: box(HEADER_ROW, 1, 1, width), bold: true, background: PALETTE.header },
      // Typed as text: "13,14" stays two indicators, not the decimal 13,14.
      {
        range: box(HEADER_ROW + 1, 1, Math.max(opds.length + 50, 100), OPD_COLUMNS.length),
        numberFormat: '@',
      },
    ],
  };
}
