import { scaleOf } from '../catalogue/lookup';
import type { Catalogue, Indicator, Level } from '../catalogue/types';
import { readLevel } from '../levels';
import { readKeyedTable } from '../workbook/keyed-table';
import { ACTIVE, codeKeyOf, OPD_TAB_COLUMNS, type OpdCol } from '../workbook/opd-tab';
import type { OpdRecord } from '../workbook/ownership';
import type { Cell, TabContent } from '../workbook/port';
import { linksInCell, type ParsedLink, parseLink } from './links';

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
  readonly links: readonly ParsedLink[];
  readonly declaredKind: string;
  readonly verification: string;
  readonly verifierNote: string;
  readonly editedAt: Cell;
  /** Stable text of what the OPD typed, to notice "nothing changed since". */
  readonly fingerprint: string;
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
  const table = readKeyedTable(content, OPD_TAB_COLUMNS, 'code', codeKeyOf(catalogue), {
    byPosition: true,
  });
  if (!table) return [];
  const evidenceCol = table.columns.get('evidence');
  const richLinks = evidenceCol ? richLinksOf(evidenceCol) : new Map<number, readonly string[]>();
  const out: Entry[] = [];
  for (const [code, r] of table.rows) {
    const indicator = catalogue.indicators.find((i) => i.code === code);
    if (!indicator) continue;
    const row = table.rowNumbers.get(code) as number;
    const reading = readLevel(r.level ?? '', scaleOf(catalogue, indicator));
    const evidence = r.evidence ?? '';
    const formula = typeof evidence === 'string' && evidence.startsWith('=') ? evidence : '';
    const links = linksInCell(formula ? '' : evidence, formula, richLinks.get(row) ?? []).map((l) =>
      parseLink(l, allowedHosts),
    );
    const explanation = String(r.explanation ?? '').trim();
    out.push({
      opd,
      indicator,
      row,
      columns: table.columns,
      active: String(r.assignment ?? ACTIVE).trim() === ACTIVE || r.assignment === '',
      levelCell: r.level ?? '',
      level: reading.ok ? reading.level : null,
      ...(reading.ok ? {} : { levelProblem: reading.problem }),
      explanation,
      links,
      declaredKind: String(r.evidenceKind ?? '').trim(),
      verification: String(r.verification ?? '')
        .trim()
        .toLowerCase(),
      verifierNote: String(r.verifierNote ?? '').trim(),
      editedAt: r.editedAt ?? '',
      fingerprint: JSON.stringify([
        String(r.level ?? ''),
        explanation,
        String(evidence),
        String(r.evidenceKind ?? ''),
      ]),
    });
  }
  return out;
}
