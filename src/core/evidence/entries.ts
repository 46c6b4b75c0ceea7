import { readLevel, trimSpaces } from '../catalogue/levels';
import { scaleOf } from '../catalogue/lookup';
import type { Catalogue, EvidenceItem, Indicator, Level } from '../catalogue/types';
import {
  ENTRY_FIELDS,
  type EntryField,
  type FieldKey,
  ITEM_FIELDS,
  OPD_FIELDS,
} from '../entry/fields';
import { type ItemStatus, itemStatus } from '../entry/items';
import { shownValue } from '../workbook/cells';
import { ACTIVE, type OpdCol, readOpdTable } from '../workbook/opd-columns';
import type { OpdRecord } from '../workbook/ownership';
import { type Cell, isFormula, type TabContent } from '../workbook/port';
import { hyperlinkLabel, linksInCell, type ParsedLink, parseLink } from './links';

/** One OPD's answer for one indicator, as read from its tab, with where each part sits. */
export interface Entry {
  readonly opd: OpdRecord;
  readonly indicator: Indicator;
  readonly row: number;
  readonly columns: ReadonlyMap<OpdCol, number>;
  readonly active: boolean;
  readonly levelCell: Cell;
  readonly level: Level | null;
  readonly levelProblem?: string;
  readonly explanation: string;
  /** The explanation's length as LEN(TRIM(…)) counts it, which the Status formula compares. */
  readonly explanationLength: number;
  readonly links: readonly ParsedLink[];
  /** What the evidence cell shows when its links sit behind a label (see labelOf). */
  readonly label?: string;
  readonly evidenceKind: string;
  readonly verification: string;
  readonly verifierNote: string;
  readonly editedAt: Cell;
  /** Stable text of what the OPD typed, to notice "nothing changed since". */
  readonly fingerprint: string;
  /** Whether anything at all is typed in the evidence cell (spaces too), as "<>" counts it. */
  readonly evidenceTyped: boolean;
  /** What the last check must have judged for it to stand for the row now (see checkedDigest). */
  readonly digest: string;
  /** What the last check judged on this row (its Dicek column), '' when none. */
  readonly checked: string;
  /** The indicator's evidence items on the tab (Pemdi), in catalogue order. */
  readonly items: readonly ItemEntry[];
  /** Every field of the entry descriptor, as typed (trimmed text): what the panel shows. */
  readonly values: Readonly<Record<FieldKey, string>>;
}

/** One evidence item's row under its indicator. */
interface ItemEntry {
  readonly item: EvidenceItem;
  readonly row: number;
  readonly active: boolean;
  readonly explanation: string;
  readonly links: readonly ParsedLink[];
  readonly label?: string;
  /** The verification cell as typed, lower case; `status` reads it. */
  readonly verification: string;
  readonly verifierNote: string;
  readonly status: ItemStatus;
  readonly fingerprint: string;
  /** Whatever was typed in the Tingkat column of the item's row (nothing counts it). */
  readonly levelTyped: string;
  readonly evidenceTyped: boolean;
  readonly digest: string;
  readonly checked: string;
  readonly values: Readonly<Record<FieldKey, string>>;
}

/** Each field of the descriptor as typed on a row, trimmed. */
function valuesOf(r: Partial<Record<OpdCol, Cell>>): Record<FieldKey, string> {
  return Object.fromEntries(
    ENTRY_FIELDS.map((f) => [f.key, String(r[f.key] ?? '').trim()]),
  ) as Record<FieldKey, string>;
}

/** Stable text of what people fill on a row (these fields), to notice "changed since". */
function fingerprintOf(r: Partial<Record<OpdCol, Cell>>, fields: readonly EntryField[]): string {
  return JSON.stringify(
    fields.map((f) =>
      f.type === 'text'
        ? String(r[f.key as FieldKey] ?? '').trim()
        : String(r[f.key as FieldKey] ?? ''),
    ),
  );
}

/** YYYY-MM-DD of a stamp (a Date or text starting with the date), or ''. */
export function dayOfStamp(stamp: Cell): string {
  if (Object.prototype.toString.call(stamp) === '[object Date]') {
    const d = stamp as Date;
    return Number.isNaN(d.getTime())
      ? ''
      : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  return /^[0-9]{4}-[0-9]{2}-[0-9]{2}/.exec(String(stamp))?.[0] ?? '';
}

/** Rich-text links (a label whose link is not in the value) of one column, by sheet row. */
type RichLinksOf = (col: number) => ReadonlyMap<number, readonly string[]>;

/**
 * Reads the entries of one OPD tab. The evidence column is found by its header, and only then
 * are its rich-text links asked for: a user may have moved the column.
 */
export function entriesOf(
  opd: OpdRecord,
  catalogue: Catalogue,
  content: TabContent | undefined,
  allowedHosts: readonly string[],
  richLinksOf: RichLinksOf = () => new Map(),
): Entry[] {
  const table = readOpdTable(content, catalogue);
  if (!table) return [];
  const evidenceCol = table.columns.get('evidence');
  const richLinks = evidenceCol ? richLinksOf(evidenceCol) : new Map<number, readonly string[]>();
  const out: Entry[] = [];
  const linksOf = (evidence: Cell, row: number) => {
    const formula = isFormula(evidence) ? evidence.text : '';
    return linksInCell(formula ? '' : evidence, formula, richLinks.get(row) ?? []).map((l) =>
      parseLink(l, allowedHosts),
    );
  };
  /**
   * The text a cell shows when its links sit behind it — a HYPERLINK formula's label, or the
   * text of a rich-text link — which is all a custom function is given of it (R15).
   */
  const labelOf = (evidence: Cell, row: number): string | undefined => {
    const shown = isFormula(evidence)
      ? typeof evidence.value === 'string'
        ? evidence.value
        : hyperlinkLabel(evidence.text)
      : richLinks.has(row) && typeof evidence === 'string'
        ? evidence
        : undefined;
    return shown?.trim() || undefined;
  };
  const isActive = (r: { assignment?: Cell }) =>
    String(r.assignment ?? ACTIVE).trim() === ACTIVE || r.assignment === '';
  // As the Status formula reads it: LOWER(TRIM(…)).
  // The verifier's word as the workbook's formulas match it (COUNTIFS, =): case aside, the
  // spaces count — the dropdown never types any.
  const verificationOf = (r: { verification?: Cell }) => typedText(r.verification).toLowerCase();
  const items = itemEntriesOf(catalogue, table, { linksOf, labelOf, isActive, verificationOf });
  for (const [code, r] of table.rows) {
    const indicator = catalogue.indicators.find((i) => i.code === code);
    if (!indicator) continue;
    const row = table.rowNumbers.get(code) as number;
    const reading = readLevel(r.level ?? '', scaleOf(catalogue, indicator));
    const evidence = r.evidence ?? '';
    const links = linksOf(evidence, row);
    const explanation = String(r.explanation ?? '').trim();
    const label = labelOf(evidence, row);
    out.push({
      opd,
      indicator,
      row,
      columns: table.columns,
      active: isActive(r),
      levelCell: r.level ?? '',
      level: reading.ok ? reading.level : null,
      ...(reading.ok ? {} : { levelProblem: reading.problem }),
      explanation,
      explanationLength: trimSpaces(typedText(r.explanation)).length,
      links,
      ...(label ? { label } : {}),
      evidenceKind: String(r.evidenceKind ?? '').trim(),
      verification: verificationOf(r),
      verifierNote: String(r.verifierNote ?? '').trim(),
      editedAt: r.editedAt ?? '',
      evidenceTyped: typedText(evidence) !== '',
      digest: indicatorDigest(reading.ok ? reading.level : null, r.evidenceKind, evidence),
      checked: typedText(r.checked),
      fingerprint: fingerprintOf(r, OPD_FIELDS),
      items: items.get(code) ?? [],
      values: valuesOf(r),
    });
  }
  return out;
}

/** How a row's cells are read, shared by indicator and item rows. */
interface RowReading {
  linksOf(evidence: Cell, row: number): ParsedLink[];
  labelOf(evidence: Cell, row: number): string | undefined;
  isActive(r: { assignment?: Cell }): boolean;
  verificationOf(r: { verification?: Cell }): string;
}

/** Each indicator's evidence items as found on the tab, by indicator code. */
function itemEntriesOf(
  catalogue: Catalogue,
  table: NonNullable<ReturnType<typeof readOpdTable>>,
  { linksOf, labelOf, isActive, verificationOf }: RowReading,
): Map<string, ItemEntry[]> {
  const items = new Map<string, ItemEntry[]>();
  for (const item of catalogue.items ?? []) {
    const r = table.rows.get(item.code);
    const row = table.rowNumbers.get(item.code);
    if (!r || row === undefined) continue;
    const links = linksOf(r.evidence ?? '', row);
    const explanation = String(r.explanation ?? '').trim();
    const verification = verificationOf(r);
    const list = items.get(item.indicator) ?? [];
    const label = labelOf(r.evidence ?? '', row);
    list.push({
      item,
      row,
      active: isActive(r),
      explanation,
      links,
      ...(label ? { label } : {}),
      evidenceTyped: typedText(r.evidence) !== '',
      digest: itemDigest(r.evidence),
      checked: typedText(r.checked),
      verification,
      verifierNote: String(r.verifierNote ?? '').trim(),
      status: itemStatus({ verification, evidence: typedText(r.evidence), explanation }),
      levelTyped: String(r.level ?? '').trim(),
      fingerprint: fingerprintOf(r, ITEM_FIELDS),
      values: valuesOf(r),
    });
    items.set(item.indicator, list);
  }
  return items;
}

/** A cell as a formula's `&` makes it text: what it shows, untrimmed. */
function typedText(cell: Cell | undefined): string {
  const v = shownValue(cell);
  return v === undefined ? '' : String(v);
}

/**
 * What an indicator row's Dicek must hold for the last check to stand for the row as it is
 * now: the level it counts, the kind of evidence and the evidence, as the OPD tab's Status
 * formula writes it (workbook/opd-tab.ts): `3|Dokumen|https://…`.
 */
function indicatorDigest(level: number | null, kind: Cell | undefined, evidence: Cell) {
  return `${level === null ? '' : level}|${typedText(kind)}|${typedText(evidence)}`;
}

/** An item row's digest: its evidence as the cell shows it. */
function itemDigest(evidence: Cell | undefined): string {
  return typedText(evidence);
}
