import { aspectOf, findIndicator, scaleOf } from '../catalogue/lookup';
import type { Catalogue, Indicator } from '../catalogue/types';
import { checkText } from '../evidence/check-text';
import { box, columnLetter, wholeColumn } from './a1';
import { type ColumnSpec, isEmptyCell, readKeyedTable } from './keyed-table';
import type { OpdRecord } from './ownership';
import { PALETTE } from './palette';
import type { Box, Cell, ConditionalRuleSpec, TabContent, TabRender, ValidationSpec } from './port';
import type { Settings } from './settings-tab';
import { TAB } from './tab-names';
import { workbookText } from './workbook-text';

/**
 * One OPD's tab: a row per assigned indicator, found by its code. OPD staff fill tingkat,
 * penjelasan, data dukung and jenis bukti; Diskominfo fills the verification columns; the
 * add-on keeps the rest. An indicator taken from the OPD stays on the tab, archived.
 */
export type OpdCol =
  | 'code'
  | 'indicator'
  | 'aspect'
  | 'level'
  | 'explanation'
  | 'evidence'
  | 'evidenceKind'
  | 'status'
  | 'verification'
  | 'verifierNote'
  | 'editedBy'
  | 'editedAt'
  | 'assignment';

export const OPD_TAB_COLUMNS: readonly (ColumnSpec<OpdCol> & {
  role: 'fixed' | 'input' | 'verifier' | 'auto';
})[] = [
  // Kode and Indikator stay in view (frozen); the verifier's note sits beside the level it judges.
  { key: 'code', header: 'Kode', width: 55, role: 'fixed' },
  { key: 'indicator', header: 'Indikator', width: 240, role: 'fixed' },
  { key: 'status', header: 'Status', width: 110, role: 'auto' },
  { key: 'verifierNote', header: 'Catatan verifikator', width: 200, role: 'verifier' },
  { key: 'level', header: 'Tingkat', width: 150, role: 'input' },
  { key: 'explanation', header: 'Penjelasan', width: 300, role: 'input' },
  {
    key: 'evidence',
    header: 'Data dukung (tautan, satu per baris)',
    aliases: ['Data dukung'],
    width: 280,
    role: 'input',
  },
  { key: 'evidenceKind', header: 'Jenis bukti', width: 140, role: 'input' },
  { key: 'verification', header: 'Status verifikasi', width: 120, role: 'verifier' },
  { key: 'aspect', header: 'Aspek', width: 160, role: 'fixed' },
  { key: 'editedBy', header: 'Diubah oleh', width: 170, role: 'auto' },
  { key: 'editedAt', header: 'Diubah pada', width: 120, role: 'auto' },
  { key: 'assignment', header: 'Penugasan', width: 130, role: 'auto' },
];

/** Columns frozen at the left: what a row is about stays in view while scrolling right. */
const FROZEN_COLUMNS = 2;

/** What OPD staff fill: the four input columns. */
export const OPD_ENTRY_KEYS = [
  'level',
  'explanation',
  'evidence',
  'evidenceKind',
] as const satisfies readonly OpdCol[];
/** Everything people type on an OPD tab (staff and verifier): what snapshots keep. */
export const OPD_TYPED_KEYS: readonly OpdCol[] = [
  ...OPD_ENTRY_KEYS,
  'verification',
  'verifierNote',
];

export const HEADER_ROW = 4;
const FIRST_DATA_ROW = HEADER_ROW + 1;
export const ACTIVE = 'aktif';
const VERIFICATION_VALUES = ['belum diperiksa', 'perlu revisi', 'diterima'] as const;
export const EVIDENCE_KINDS = [
  'Perwali/Perbup/Perda',
  'SK',
  'SOP',
  'Dokumen',
  'Tangkapan layar',
  'URL/demo aplikasi',
  'Laporan',
  'Lainnya',
] as const;

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
    return (
      findIndicator(catalogue, typeof cell === 'number' ? cell : String(cell))?.code ??
      String(cell).trim()
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
): OpdTabResult {
  const existing = readKeyedTable(previous, OPD_TAB_COLUMNS, 'code', codeKeyOf(catalogue), {
    byPosition: true,
  });
  const extraHeaders = existing?.extraHeaders ?? [];
  const width = OPD_TAB_COLUMNS.length + extraHeaders.length;
  const assigned = new Set(opd.indicators);
  const archived: string[] = [];
  const restored: string[] = [];
  const col = (key: OpdCol) => columnLetter(columnIndex(key));

  const rowFor = (code: string, r: number, active: boolean): Cell[] => {
    const indicator = catalogue.indicators.find((i) => i.code === code);
    const before = existing?.rows.get(code) ?? {};
    const wasActive =
      before.assignment === undefined ||
      String(before.assignment).trim() === ACTIVE ||
      before.assignment === '';
    let assignment: Cell = ACTIVE;
    if (!active) {
      assignment = wasActive
        ? workbookText.archivedOn(today)
        : (before.assignment ?? workbookText.archivedOn(today));
      if (wasActive && existing?.rows.has(code)) archived.push(code);
    } else if (!wasActive) restored.push(code);
    const values: Record<OpdCol, Cell> = {
      code,
      indicator: indicator?.name ?? String(before.indicator ?? ''),
      aspect: indicator
        ? `${indicator.aspect} ${aspectOf(catalogue, indicator)?.name ?? ''}`.trim()
        : String(before.aspect ?? ''),
      level: before.level ?? '',
      explanation: before.explanation ?? '',
      evidence: before.evidence ?? '',
      evidenceKind: before.evidenceKind ?? '',
      status: statusFormula(r, col, opd),
      verification: before.verification ?? (existing?.rows.has(code) ? '' : VERIFICATION_VALUES[0]),
      verifierNote: before.verifierNote ?? '',
      editedBy: before.editedBy ?? '',
      editedAt: before.editedAt ?? '',
      assignment,
    };
    return [
      ...OPD_TAB_COLUMNS.map((c) => values[c.key]),
      ...(existing?.extraValues.get(code) ?? extraHeaders.map(() => '')),
    ];
  };

  const activeCodes = catalogue.indicators.filter((i) => assigned.has(i.code)).map((i) => i.code);
  const archivedCodes = [...(existing?.rows.keys() ?? [])].filter((code) => !assigned.has(code));
  const rows: Cell[][] = [];
  const rowOf = new Map<string, number>();
  for (const code of activeCodes) {
    const r = FIRST_DATA_ROW + rows.length;
    rowOf.set(code, r);
    rows.push(rowFor(code, r, true));
  }
  for (const code of archivedCodes) rows.push(rowFor(code, FIRST_DATA_ROW + rows.length, false));
  const keyless = (existing?.keylessRows ?? []).map((r) => [
    ...r,
    ...Array<Cell>(Math.max(0, width - r.length)).fill(''),
  ]);

  const pad = (first: Cell) => [first, ...Array<Cell>(width - 1).fill('')];
  const cells: Cell[][] = [
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
        // What people type stays as typed: "=…", "1/2" or "13,14" is text here, not a formula,
        // a date or a number.
        ...PLAIN_TEXT_KEYS.map((key) => ({
          range: box(FIRST_DATA_ROW, columnIndex(key), dataRows),
          numberFormat: '@',
        })),
      ],
      validations: validations(catalogue, [...activeCodes, ...archivedCodes], rows.length),
      conditionalRules: gapRules(col, dataRows, settings.targetLevel),
      protection: protection(opd, settings, dataRows),
    },
    archived,
    restored,
    rowOf,
  };
}

/**
 * Status follows the row's own cells, so it stays right when rows are sorted, and the errors
 * the last Cek kelengkapan listed for it on Kelengkapan: the same rule as core's statusOf.
 */
function statusFormula(r: number, col: (key: OpdCol) => string, opd: OpdRecord): string {
  const c = (key: OpdCol) => `$${col(key)}${r}`;
  const label = checkText.statusLabel;
  const report = (column: number) => wholeColumn(TAB.report, column);
  const errors = `COUNTIFS(${report(1)};"${checkText.severityLabel.error}";${report(2)};"${opd.code}";${report(3)};${c('code')})`;
  return (
    `=IF(${c('assignment')}<>"${ACTIVE}";"${workbookText.archived()}";` +
    `IF(${c('level')}="";"${label.empty}";` +
    `IF(OR(${c('explanation')}="";${c('evidence')}="");"${label.incomplete}";` +
    `IF(${c('verification')}="perlu revisi";"${label.revision}";` +
    `IF(IFERROR(${errors};0)>0;"${label.toFix}";` +
    `IF(${c('verification')}="diterima";"${label.accepted}";"${label.done}"))))))`
  );
}

function validations(catalogue: Catalogue, codes: readonly string[], rows: number) {
  const out: { range: Box; rule: ValidationSpec }[] = [];
  codes.forEach((code, i) => {
    const indicator = catalogue.indicators.find((ind) => ind.code === code);
    if (!indicator) return;
    out.push({
      range: box(FIRST_DATA_ROW + i, columnIndex('level')),
      rule: {
        kind: 'list',
        values: levelOptions(catalogue, indicator),
        help: workbookText.levelHelp(),
      },
    });
  });
  if (rows > 0) {
    out.push(
      {
        range: box(FIRST_DATA_ROW, columnIndex('explanation'), rows),
        rule: { kind: 'text', maxLength: 5000, help: workbookText.explanationHelp() },
      },
      {
        range: box(FIRST_DATA_ROW, columnIndex('evidence'), rows),
        rule: { kind: 'text', maxLength: 5000, help: workbookText.evidenceHelp() },
      },
      {
        range: box(FIRST_DATA_ROW, columnIndex('evidenceKind'), rows),
        rule: { kind: 'list', values: [...EVIDENCE_KINDS], help: workbookText.evidenceKindHelp() },
      },
      {
        range: box(FIRST_DATA_ROW, columnIndex('verification'), rows),
        rule: {
          kind: 'list',
          values: [...VERIFICATION_VALUES],
          help: workbookText.verificationHelp(),
        },
      },
      {
        range: box(FIRST_DATA_ROW, columnIndex('verifierNote'), rows),
        rule: { kind: 'text', maxLength: 2000, help: workbookText.verifierNoteHelp() },
      },
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
  const range = (key: OpdCol) => [box(r, columnIndex(key), rows)];
  return [
    {
      ranges: range('level'),
      formula: `=AND(${active};$${col('level')}${r}="")`,
      background: PALETTE.missing,
    },
    {
      ranges: range('level'),
      formula: `=AND(${active};$${col('level')}${r}<>"";VALUE(LEFT($${col('level')}${r};1))<${targetLevel})`,
      background: PALETTE.belowTarget,
    },
    {
      ranges: range('explanation'),
      formula: `=AND(${active};$${col('explanation')}${r}="")`,
      background: PALETTE.missing,
    },
    {
      ranges: range('evidence'),
      formula: `=AND(${active};$${col('evidence')}${r}="")`,
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
  'explanation',
  'evidence',
  'verifierNote',
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
