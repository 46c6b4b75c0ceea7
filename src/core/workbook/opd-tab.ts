import { aspectOf, scaleOf } from '../catalogue/lookup';
import type { Catalogue } from '../catalogue/types';
import { ENTRY_FIELDS, type EntryField, type FieldKey } from '../entry/fields';
import { itemRowLabel } from '../entry/words';
import { box, columnLetter } from './a1';
import { isEmptyCell } from './keyed-table';
import { countedLevelFormula } from './level-formula';
import {
  ACTIVE,
  columnIndex,
  FIRST_DATA_ROW,
  FROZEN_COLUMNS,
  HEADER_ROW,
  OPD_TAB_COLUMNS,
  type OpdCol,
  readOpdTable,
} from './opd-columns';
import {
  gapRules,
  itemBlocks,
  itemStatusFormula,
  PLAIN_TEXT_KEYS,
  protection,
  statusFormula,
  validations,
} from './opd-tab-rules';
import type { OpdRecord } from './ownership';
import { PALETTE } from './palette';
import {
  type Cell,
  formula,
  LinkedText,
  type TabContent,
  type TabRender,
  type WriteCell,
} from './port';
import type { Settings } from './settings-tab';
import { workbookText } from './workbook-text';

interface OpdTabResult {
  readonly render: TabRender;
  readonly archived: readonly string[];
  readonly restored: readonly string[];
  /** Active indicator rows: code → sheet row, for links and formulas. */
  readonly rowOf: ReadonlyMap<string, number>;
}

/** What a row keeps of what people typed, and of the columns they added. */
function keptCells(
  existing: ReturnType<typeof readOpdTable>,
  evidenceLinks: ReadonlyMap<number, readonly string[]>,
) {
  const extraHeaders = existing?.extraHeaders ?? [];
  /** What people typed on a row, kept (links on their words too); a new row starts as each field does. */
  const typedOf = (code: string) => {
    const before = existing?.rows.get(code) ?? {};
    const isNew = !existing?.rows.has(code);
    const typed = ENTRY_FIELDS.map((f) => {
      const was: Cell = before[f.key] ?? (isNew ? ((f as EntryField).initial ?? '') : '');
      const links = evidenceLinks.get(existing?.rowNumbers.get(code) ?? 0);
      return [f.key, f.type === 'links' ? withLinks(was, links) : was] as const;
    });
    return {
      ...(Object.fromEntries(typed) as Record<FieldKey, WriteCell>),
      editedBy: before.editedBy ?? '',
      editedAt: before.editedAt ?? '',
    };
  };
  const withExtras = (code: string, values: Record<OpdCol, WriteCell>): WriteCell[] => [
    ...OPD_TAB_COLUMNS.map((c) => values[c.key]),
    ...(existing?.extraValues.get(code) ?? extraHeaders.map(() => '')),
  ];
  const hasTyped = (code: string) => {
    const before = existing?.rows.get(code) ?? {};
    // A field still at its starting value ("belum diperiksa") holds nothing typed.
    return ENTRY_FIELDS.some(
      (f) => !isEmptyCell(before[f.key]) && !('initial' in f && before[f.key] === f.initial),
    );
  };

  return { typedOf, withExtras, hasTyped };
}

/**
 * How each row is made: an indicator's (its Tingkat dihitung formula, its archive mark) and an
 * evidence item's, each keeping what people typed; which codes are items; whether a row holds
 * anything typed. Archived and restored indicators are noted in `seen`.
 */
function rowMakers(
  catalogue: Catalogue,
  existing: ReturnType<typeof readOpdTable>,
  today: string,
  evidenceLinks: ReadonlyMap<number, readonly string[]>,
  seen: { archived: string[]; restored: string[] },
) {
  const { archived, restored } = seen;
  const { typedOf, withExtras, hasTyped } = keptCells(existing, evidenceLinks);
  const col = (key: OpdCol) => columnLetter(columnIndex(key));
  const items = catalogue.items ?? [];
  // An item's code names its indicator and level (P01.2.a), also once Kerangka dropped it.
  const isItemCode = (code: string) =>
    items.some((i) => i.code === code) ||
    catalogue.indicators.some(
      (i) => code.startsWith(i.code) && /^\.[1-5]\.\S+$/.test(code.slice(i.code.length)),
    );
  // Item rows found on the tab, by the indicator their code names (P01.2.a → P01).
  const itemRowsOf = (indicator: string) =>
    [...(existing?.rows.keys() ?? [])].filter(
      (code) => isItemCode(code) && code.startsWith(`${indicator}.`),
    );

  const wasActiveRow = (before: Partial<Record<OpdCol, Cell>>) =>
    before.assignment === undefined ||
    String(before.assignment).trim() === ACTIVE ||
    before.assignment === '';
  const assignmentOf = (code: string, active: boolean): Cell => {
    const before = existing?.rows.get(code) ?? {};
    if (active) return ACTIVE;
    return wasActiveRow(before)
      ? workbookText.archivedOn(today)
      : (before.assignment ?? workbookText.archivedOn(today));
  };

  const indicatorRow = (code: string, r: number, active: boolean): WriteCell[] => {
    const indicator = catalogue.indicators.find((i) => i.code === code);
    const before = existing?.rows.get(code) ?? {};
    const wasActive = wasActiveRow(before);
    if (!active && wasActive && existing?.rows.has(code)) archived.push(code);
    if (active && !wasActive) restored.push(code);
    return withExtras(code, {
      code,
      indicator: indicator?.name ?? String(before.indicator ?? ''),
      aspect: indicator
        ? `${indicator.aspect} ${aspectOf(catalogue, indicator)?.name ?? ''}`.trim()
        : String(before.aspect ?? ''),
      ...typedOf(code),
      // Filled once every row is placed: the formula reads the item rows below (statusFormula).
      status: '',
      assignment: assignmentOf(code, active),
      counted: indicator
        ? formula(`=${countedLevelFormula(`$${col('level')}${r}`, scaleOf(catalogue, indicator))}`)
        : '',
      checked: before.checked ?? '',
    });
  };
  const itemRow = (code: string, r: number, active: boolean): WriteCell[] => {
    const item = items.find((i) => i.code === code);
    const before = existing?.rows.get(code) ?? {};
    return withExtras(code, {
      code,
      indicator: item ? itemRowLabel(item.level, item.name) : String(before.indicator ?? ''),
      aspect: '',
      ...typedOf(code),
      status: itemStatusFormula(r, col),
      assignment: assignmentOf(code, active),
      counted: '',
      checked: before.checked ?? '',
    });
  };
  return { indicatorRow, itemRow, hasTyped, isItemCode, itemRowsOf };
}

/** The tab's rows: each assigned indicator then its items, then what was archived, keeping what was typed. */
function placeRows(
  opd: OpdRecord,
  catalogue: Catalogue,
  existing: ReturnType<typeof readOpdTable>,
  today: string,
  evidenceLinks: ReadonlyMap<number, readonly string[]>,
) {
  const assigned = new Set(opd.indicators);
  const archived: string[] = [];
  const restored: string[] = [];
  const items = catalogue.items ?? [];
  const { indicatorRow, itemRow, hasTyped, isItemCode, itemRowsOf } = rowMakers(
    catalogue,
    existing,
    today,
    evidenceLinks,
    { archived, restored },
  );
  const activeCodes = catalogue.indicators.filter((i) => assigned.has(i.code)).map((i) => i.code);
  const archivedCodes = [...(existing?.rows.keys() ?? [])].filter(
    (code) => !assigned.has(code) && !isItemCode(code),
  );
  const rows: WriteCell[][] = [];
  const layout: { code: string; item: boolean }[] = [];
  const rowOf = new Map<string, number>();
  const next = () => FIRST_DATA_ROW + rows.length;
  /** An indicator's rows: itself, then its items — the catalogue's, then removed ones still holding what someone typed. */
  const place = (code: string, active: boolean) => {
    if (active) rowOf.set(code, next());
    layout.push({ code, item: false });
    rows.push(indicatorRow(code, next(), active));
    const listed = items.filter((i) => i.indicator === code).map((i) => i.code);
    const removed = itemRowsOf(code).filter((c) => !listed.includes(c) && hasTyped(c));
    const kept = active ? listed : listed.filter(hasTyped);
    for (const item of [...kept, ...removed]) {
      layout.push({ code: item, item: true });
      rows.push(itemRow(item, next(), active && listed.includes(item)));
    }
  };
  for (const code of activeCodes) place(code, true);
  for (const code of archivedCodes) place(code, false);
  // An item whose indicator is not on the tab any more keeps what was typed on it, archived.
  const placed = new Set(layout.map((l) => l.code));
  for (const code of [...(existing?.rows.keys() ?? [])].filter(
    (c) => isItemCode(c) && !placed.has(c) && hasTyped(c),
  )) {
    layout.push({ code, item: true });
    rows.push(itemRow(code, next(), false));
  }
  return { rows, layout, rowOf, archived, restored, activeCodes };
}

export function renderOpdTab(
  opd: OpdRecord,
  catalogue: Catalogue,
  settings: Settings,
  previous: TabContent | undefined,
  today: string,
  /**
   * The links PICs set on the words of the tab's evidence cells, by sheet row (rich text):
   * given when rows may move, so that a moved cell keeps its link.
   */
  evidenceLinks: ReadonlyMap<number, readonly string[]> = new Map(),
): OpdTabResult {
  const existing = readOpdTable(previous, catalogue);
  const extraHeaders = existing?.extraHeaders ?? [];
  const width = OPD_TAB_COLUMNS.length + extraHeaders.length;
  const col = (key: OpdCol) => columnLetter(columnIndex(key));
  const items = catalogue.items ?? [];
  const { rows, layout, rowOf, archived, restored, activeCodes } = placeRows(
    opd,
    catalogue,
    existing,
    today,
    evidenceLinks,
  );
  // Each indicator row's Status, now that the data rows' extent is known.
  const dataRange = { first: FIRST_DATA_ROW, last: FIRST_DATA_ROW + Math.max(rows.length, 1) - 1 };
  layout.forEach(({ code, item }, i) => {
    const row = rows[i];
    if (item || !row) return;
    const hasItems = items.some((it) => it.indicator === code);
    row[columnIndex('status') - 1] = statusFormula(
      FIRST_DATA_ROW + i,
      col,
      opd,
      hasItems,
      dataRange,
    );
  });
  const keyless = (existing?.keylessRows ?? []).map((r) => [
    ...r,
    ...Array<Cell>(Math.max(0, width - r.length)).fill(''),
  ]);

  const pad = (first: Cell) => [first, ...Array<Cell>(width - 1).fill('')];
  const cells: WriteCell[][] = [
    pad(workbookText.opdTabTitle(opd, settings)),
    pad(workbookText.opdTabIntro(layout.some((l) => l.item))),
    pad(workbookText.opdTabFacts(opd, catalogue, activeCodes.length)),
    [...OPD_TAB_COLUMNS.map((c) => c.header), ...extraHeaders],
    ...rows,
    ...keyless,
  ];
  const dataRows = Math.max(rows.length, 1);
  return {
    render: {
      cells,
      frozenRows: HEADER_ROW,
      frozenColumns: FROZEN_COLUMNS,
      print: { landscape: true, fitToWidth: true, repeatRows: HEADER_ROW },
      columnWidths: OPD_TAB_COLUMNS.map((c) => c.width ?? 120),
      styles: opdTabStyles(layout, width, dataRows),
      validations: validations(catalogue, layout, rows.length),
      conditionalRules: gapRules(col, dataRows, settings.targetLevel),
      protection: protection(opd, settings, dataRows),
    },
    archived,
    restored,
    rowOf,
  };
}

/**
 * Evidence words that carried links keep them where the row goes: the first link on the
 * words, any other written out on a line of its own (a cell's rich text holds one link each
 * run, and runs are not kept), so no link is lost.
 */
function withLinks(evidence: Cell, links: readonly string[] | undefined): WriteCell {
  if (!links?.length || typeof evidence !== 'string' || evidence.trim() === '') return evidence;
  const [first, ...others] = links;
  const missing = others.filter((l) => !evidence.includes(l));
  const text = missing.length > 0 ? [evidence, ...missing].join('\n') : evidence;
  return first ? new LinkedText(text, first) : evidence;
}

/** Title, intro, header; items as their indicator's sub-rows; typed text kept as typed. */
function opdTabStyles(
  layout: readonly { item: boolean }[],
  width: number,
  dataRows: number,
): NonNullable<TabRender['styles']> {
  return [
    { range: box(1, 1), bold: true, fontSize: 14, fontColor: PALETTE.title },
    { range: box(2, 1, 2, 1), italic: true },
    { range: box(HEADER_ROW, 1, 1, width), bold: true, background: PALETTE.header, wrap: true },
    { range: box(FIRST_DATA_ROW, 1, dataRows, width), wrap: true },
    // An indicator's items read as its sub-rows.
    ...itemBlocks(layout).map((b) => ({
      range: box(b.row, columnIndex('code'), b.rows, 2),
      italic: true,
      fontColor: PALETTE.itemText,
    })),
    // What people type stays as typed: "=…", "1/2" or "13,14" is text here, not a formula,
    // a date or a number.
    ...PLAIN_TEXT_KEYS.map((key) => ({
      range: box(FIRST_DATA_ROW, columnIndex(key), dataRows),
      numberFormat: '@',
    })),
  ];
}
