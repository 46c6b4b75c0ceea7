import { aspectOf, findIndicator, scaleOf } from '../catalogue/lookup';
import type { Catalogue, Indicator } from '../catalogue/types';
import {
  ENTRY_FIELDS,
  type FieldKey,
  OPD_FIELDS,
  type OpdFieldKey,
  wordsOf,
} from '../entry/fields';
import { MIN_EXPLANATION_CHARS } from '../entry/thresholds';
import {
  ITEM_STATUS_WORDS,
  itemRowLabel,
  SEVERITY_LABEL,
  STATUS_LABEL,
  VERIFICATION_VALUES,
} from '../entry/words';
import { box, columnLetter, wholeColumn } from './a1';
import { type ColumnSpec, isEmptyCell, readKeyedTable } from './keyed-table';
import { countedLevelFormula } from './level-formula';
import type { OpdRecord } from './ownership';
import { PALETTE } from './palette';
import {
  type Box,
  type Cell,
  type ConditionalRuleSpec,
  type Formula,
  formula,
  LinkedText,
  type TabContent,
  type TabRender,
  type ValidationSpec,
  type WriteCell,
} from './port';
import type { Settings } from './settings-tab';
import { TAB } from './tab-names';
import { workbookText } from './workbook-text';

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

/** The entry fields this layout places by name; any other follows the inputs. */
const LAID_OUT: readonly string[] = [
  'verifierNote',
  'level',
  'explanation',
  'evidence',
  'evidenceKind',
  'verification',
];

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

export const OPD_TAB_COLUMNS: readonly OpdColumn[] = [
  // Kode and Indikator stay in view (frozen); the verifier's note sits beside the level it judges.
  { key: 'code', header: 'Kode', width: 55, role: 'fixed' },
  { key: 'indicator', header: 'Indikator', width: 240, role: 'fixed' },
  { key: 'status', header: 'Status', width: 110, role: 'auto' },
  fieldColumn('verifierNote'),
  fieldColumn('level'),
  fieldColumn('explanation'),
  fieldColumn('evidence'),
  fieldColumn('evidenceKind'),
  // A field the descriptor gained since: after the inputs, found by its header only, so that a
  // workbook laid out before reads it as empty until setup adds the column.
  ...ENTRY_FIELDS.filter((f) => !LAID_OUT.includes(f.key)).map((f) => ({
    ...fieldColumn(f.key),
    positional: false as const,
  })),
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
const FROZEN_COLUMNS = 2;

/** What OPD staff fill: the input columns. */
export const OPD_ENTRY_KEYS = OPD_FIELDS.map((f) => f.key as OpdFieldKey);
/** Everything people type on an OPD tab (staff and verifier): what snapshots keep. */
export const OPD_TYPED_KEYS: readonly OpdCol[] = ENTRY_FIELDS.map((f) => f.key);

export const HEADER_ROW = 4;
const FIRST_DATA_ROW = HEADER_ROW + 1;
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

interface OpdTabResult {
  readonly render: TabRender;
  readonly archived: readonly string[];
  readonly restored: readonly string[];
  /** Active indicator rows: code → sheet row, for links and formulas. */
  readonly rowOf: ReadonlyMap<string, number>;
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
  const assigned = new Set(opd.indicators);
  const archived: string[] = [];
  const restored: string[] = [];
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
  /** What people typed on a row, kept; a new row starts "belum diperiksa". */
  const typedOf = (code: string) => {
    const before = existing?.rows.get(code) ?? {};
    return {
      level: before.level ?? '',
      explanation: before.explanation ?? '',
      evidence: withLinks(
        before.evidence ?? '',
        evidenceLinks.get(existing?.rowNumbers.get(code) ?? 0),
      ),
      evidenceKind: before.evidenceKind ?? '',
      verification: before.verification ?? (existing?.rows.has(code) ? '' : VERIFICATION_VALUES[0]),
      verifierNote: before.verifierNote ?? '',
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
    return OPD_TYPED_KEYS.some(
      (k) =>
        !isEmptyCell(before[k]) && !(k === 'verification' && before[k] === VERIFICATION_VALUES[0]),
    );
  };

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
  // Each indicator row's Status, now that the data rows' extent is known.
  const dataRange = { first: FIRST_DATA_ROW, last: FIRST_DATA_ROW + Math.max(rows.length, 1) - 1 };
  const statusAt = columnIndex('status') - 1;
  layout.forEach(({ code, item }, i) => {
    const row = rows[i];
    if (item || !row) return;
    const hasItems = items.some((it) => it.indicator === code);
    row[statusAt] = statusFormula(FIRST_DATA_ROW + i, col, opd, hasItems, dataRange);
  });
  const keyless = (existing?.keylessRows ?? []).map((r) => [
    ...r,
    ...Array<Cell>(Math.max(0, width - r.length)).fill(''),
  ]);

  const pad = (first: Cell) => [first, ...Array<Cell>(width - 1).fill('')];
  const cells: WriteCell[][] = [
    pad(workbookText.opdTabTitle(opd, settings)),
    pad(workbookText.opdTabIntro()),
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
      styles: [
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
      ],
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

/**
 * Status, from the row's own cells and its items' rows, as core's entryStatus decides it
 * (evidence/completeness.ts): blank, a Tingkat that is no level, what is missing (an
 * explanation shorter than 40 characters, no evidence, an item the claim needs without
 * evidence), the verifier's revision; then whether the last check judged the row as it is now
 * (Dicek holds what it judged, entries.ts digests) and found errors (Kelengkapan).
 */
function statusFormula(
  r: number,
  col: (key: OpdCol) => string,
  opd: OpdRecord,
  hasItems: boolean,
  data: { readonly first: number; readonly last: number },
): Formula {
  const c = (key: OpdCol) => `$${col(key)}${r}`;
  const span = (key: OpdCol) => `$${col(key)}$${data.first}:$${col(key)}$${data.last}`;
  const label = STATUS_LABEL;
  const report = (column: number) => wholeColumn(TAB.report, column);
  const errors = `COUNTIFS(${report(1)};"${SEVERITY_LABEL.error}";${report(2)};"${opd.code}";${report(3)};${c('code')})`;
  // The active item rows of this indicator, as 1s and 0s over the data rows.
  const itemsOf = `(LEFT(${span('code')};LEN(${c('code')})+1)=${c('code')}&".")*(${span('assignment')}="${ACTIVE}")`;
  const noEvidence = hasItems
    ? `AND(${c('evidence')}="";${itemsWithEvidence(c('code'), col)}=0)`
    : `${c('evidence')}=""`;
  // An item the claimed level needs (P01.2.a once P01 counts 2) with nothing in its evidence.
  const itemMissing = `SUMPRODUCT(${itemsOf}*(${span('evidence')}="")*(IFERROR(VALUE(MID(${span('code')};LEN(${c('code')})+2;1));9)<=N(${c('counted')})))>0`;
  const missing = [
    `LEN(TRIM(${c('explanation')}))<${MIN_EXPLANATION_CHARS}`,
    noEvidence,
    ...(hasItems ? [itemMissing] : []),
  ].join(';');
  const digest = `${c('counted')}&"|"&${c('evidenceKind')}&"|"&${c('evidence')}`;
  const judged = hasItems
    ? `AND(EXACT(${digest};${c('checked')});SUMPRODUCT(${itemsOf}*(1-EXACT(${span('evidence')};${span('checked')})))=0)`
    : `EXACT(${digest};${c('checked')})`;
  // As COUNTIFS matches a word (Penilaian's Mandiri counts accepted items so): case aside,
  // spaces not.
  const said = (key: OpdCol, word: string) => `${c(key)}="${word}"`;
  return formula(
    `=IF(${c('assignment')}<>"${ACTIVE}";"${workbookText.archived()}";` +
      `IF(LEN(TRIM(CLEAN(${c('level')})))=0;"${label.empty}";` +
      // A Tingkat that is no level (Tingkat dihitung blank) needs fixing, whatever else.
      `IF(${c('counted')}="";"${label.toFix}";` +
      `IF(OR(${missing});"${label.incomplete}";` +
      `IF(${said('verification', VERIFICATION_VALUES[1])};"${label.revision}";` +
      `IF(NOT(${judged});"${label.unchecked}";` +
      `IF(IFERROR(${errors};0)>0;"${label.toFix}";` +
      `IF(${said('verification', VERIFICATION_VALUES[2])};"${label.accepted}";"${label.done}"))))))))`,
  );
}

/** How many active item rows of the indicator in `codeCell` hold evidence. */
function itemsWithEvidence(codeCell: string, col: (key: OpdCol) => string): string {
  const whole = (key: OpdCol) => `$${col(key)}:$${col(key)}`;
  return `COUNTIFS(${whole('code')};${codeCell}&".*";${whole('evidence')};"<>";${whole('assignment')};"${ACTIVE}")`;
}

/**
 * An item's status, in the words Pemda use, from its own row (see evidence/items.ts): the
 * verifier's judgement first, then whether evidence or only a note is there.
 */
function itemStatusFormula(r: number, col: (key: OpdCol) => string): Formula {
  const c = (key: OpdCol) => `$${col(key)}${r}`;
  const [none, draft, pending, accepted, revision] = ITEM_STATUS_WORDS;
  return formula(
    `=IF(${c('assignment')}<>"${ACTIVE}";"${workbookText.archived()}";` +
      `IF(${c('verification')}="${VERIFICATION_VALUES[2]}";"${accepted}";` +
      `IF(${c('verification')}="${VERIFICATION_VALUES[1]}";"${revision}";` +
      `IF(${c('evidence')}<>"";"${pending}";` +
      `IF(LEN(TRIM(${c('explanation')}))>0;"${draft}";"${none}")))))`,
  );
}

/** Runs of item rows, each under its indicator: where each begins and how many rows. */
function itemBlocks(layout: readonly { item: boolean }[]): { row: number; rows: number }[] {
  const blocks: { row: number; rows: number }[] = [];
  layout.forEach(({ item }, i) => {
    if (!item) return;
    const last = blocks[blocks.length - 1];
    if (last && last.row + last.rows === FIRST_DATA_ROW + i) last.rows += 1;
    else blocks.push({ row: FIRST_DATA_ROW + i, rows: 1 });
  });
  return blocks;
}

function validations(
  catalogue: Catalogue,
  layout: readonly { code: string; item: boolean }[],
  rows: number,
) {
  const out: { range: Box; rule: ValidationSpec }[] = [];
  layout.forEach(({ code, item }, i) => {
    const indicator = item ? undefined : catalogue.indicators.find((ind) => ind.code === code);
    if (!indicator) return;
    out.push({
      range: box(FIRST_DATA_ROW + i, columnIndex('level')),
      rule: {
        kind: 'list',
        values: levelOptions(catalogue, indicator),
        help: wordsOf('level').help,
      },
    });
  });
  if (rows > 0) {
    out.push(
      ...ENTRY_FIELDS.filter((f) => f.type !== 'level').map(
        (f): { range: Box; rule: ValidationSpec } => ({
          range: box(FIRST_DATA_ROW, columnIndex(f.key), rows),
          rule:
            'choices' in f
              ? { kind: 'list', values: [...f.choices], help: wordsOf(f.key).help }
              : { kind: 'text', maxLength: f.maxLength, help: wordsOf(f.key).help },
        }),
      ),
    );
  }
  return out;
}

function gapRules(
  col: (key: OpdCol) => string,
  rows: number,
  targetLevel: number,
): ConditionalRuleSpec[] {
  const r = FIRST_DATA_ROW;
  const active = `$${col('assignment')}${r}="${ACTIVE}"`;
  const code = `$${col('code')}${r}`;
  // An item's code holds a dot (P01.2.a); an indicator's does not.
  const indicatorRow = `ISERROR(FIND(".";${code}))`;
  // An item is needed once its indicator claims its level (P01.2.a: when P01 claims 2 or more).
  const claim = `INDEX($${col('counted')}:$${col('counted')};MATCH(LEFT(${code};FIND(".";${code})-1);$${col('code')}:$${col('code')};0))`;
  const itemNeeded = `IFERROR(AND(ISNUMBER(${claim});VALUE(MID(${code};FIND(".";${code})+1;1))<=${claim});FALSE)`;
  const range = (key: OpdCol) => [box(r, columnIndex(key), rows)];
  return [
    {
      ranges: range('level'),
      formula: `=AND(${active};${indicatorRow};$${col('level')}${r}="")`,
      background: PALETTE.missing,
    },
    {
      ranges: range('level'),
      formula: `=AND(${active};ISNUMBER($${col('counted')}${r});$${col('counted')}${r}<${targetLevel})`,
      background: PALETTE.belowTarget,
    },
    {
      ranges: range('explanation'),
      formula: `=AND(${active};${indicatorRow};$${col('explanation')}${r}="")`,
      background: PALETTE.missing,
    },
    {
      ranges: range('evidence'),
      formula: `=AND(${active};$${col('evidence')}${r}="";IF(${indicatorRow};${itemsWithEvidence(code, col)}=0;${itemNeeded}))`,
      background: PALETTE.missing,
    },
    {
      ranges: [box(r, columnIndex('verification'), rows, 2)],
      formula: `=$${col('verification')}${r}="perlu revisi"`,
      background: PALETTE.revision,
    },
    {
      ranges: range('verification'),
      formula: `=$${col('verification')}${r}="diterima"`,
      background: PALETTE.accepted,
    },
  ];
}

/** Text columns: formatted as plain text so that nothing typed or saved is reinterpreted. */
const PLAIN_TEXT_KEYS: readonly OpdCol[] = [
  ...ENTRY_FIELDS.filter((f) => f.plainText).map((f) => f.key),
  'editedBy',
  'editedAt',
];

function protection(opd: OpdRecord, settings: Settings, rows: number) {
  // Locked after the deadline: the input columns too become admin-only.
  const editors = settings.locked
    ? [...settings.admins]
    : [...new Set([...settings.admins, ...opd.pics])];
  const first = columnIndex('level');
  const last = columnIndex('evidenceKind');
  return {
    description: workbookText.opdTabProtection(opd),
    editors: settings.admins,
    openRanges: [
      {
        range: box(FIRST_DATA_ROW, first, Math.max(rows, 1), last - first + 1),
        editors,
        description: workbookText.opdInputProtection(opd),
      },
      // A save from the panel runs as the PIC and stamps who saved and when.
      {
        range: box(FIRST_DATA_ROW, columnIndex('editedBy'), Math.max(rows, 1), 2),
        editors,
        description: workbookText.opdStampProtection(opd),
      },
    ],
  };
}
