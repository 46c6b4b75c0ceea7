import type { Catalogue } from '../catalogue/types';
import { ENTRY_FIELDS, wordsOf } from '../entry/fields';
import { LINK_MARK } from '../entry/items';
import { MIN_EXPLANATION_CHARS } from '../entry/thresholds';
import {
  ITEM_STATUS_WORDS,
  SEVERITY_LABEL,
  STATUS_LABEL,
  VERIFICATION_VALUES,
} from '../entry/words';
import { box, wholeColumn } from './a1';
import { ACTIVE, columnIndex, FIRST_DATA_ROW, levelOptions, type OpdCol } from './opd-columns';
import type { OpdRecord } from './ownership';
import { PALETTE } from './palette';
import {
  type Box,
  type ConditionalRuleSpec,
  type Formula,
  formula,
  type ValidationSpec,
} from './port';
import type { Settings } from './settings-tab';
import { TAB } from './tab-names';
import { workbookText } from './workbook-text';

/**
 * The OPD tab's own rules: each row's Status as a formula (the engine's entryStatus, in the
 * sheet), an item's status, the validations and gap colours, and who may type where.
 */
/**
 * Status, from the row's own cells and its items' rows, as core's entryStatus decides it
 * (evidence/completeness.ts): blank, a Tingkat that is no level, what is missing (an
 * explanation shorter than 40 characters, no evidence, an item the claim needs without
 * evidence), the verifier's revision; then whether the last check judged the row as it is now
 * (Dicek holds what it judged, entries.ts digests) and found errors (Kelengkapan).
 */
export function statusFormula(
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
 * An item's status, in the indicator's words, from its own row (see entry/items.ts): the
 * verifier's judgement first, then whether a link, or only words, is there.
 */
export function itemStatusFormula(r: number, col: (key: OpdCol) => string): Formula {
  const c = (key: OpdCol) => `$${col(key)}${r}`;
  const [none, draft, pending, accepted, revision] = ITEM_STATUS_WORDS;
  return formula(
    `=IF(${c('assignment')}<>"${ACTIVE}";"${workbookText.archived()}";` +
      `IF(${c('verification')}="${VERIFICATION_VALUES[2]}";"${accepted}";` +
      `IF(${c('verification')}="${VERIFICATION_VALUES[1]}";"${revision}";` +
      `IF(ISNUMBER(SEARCH("${LINK_MARK}";${c('evidence')}));"${pending}";` +
      `IF(OR(LEN(TRIM(${c('evidence')}))>0;LEN(TRIM(${c('explanation')}))>0);"${draft}";"${none}")))))`,
  );
}

/** Runs of item rows, each under its indicator: where each begins and how many rows. */
export function itemBlocks(layout: readonly { item: boolean }[]): { row: number; rows: number }[] {
  const blocks: { row: number; rows: number }[] = [];
  layout.forEach(({ item }, i) => {
    if (!item) return;
    const last = blocks[blocks.length - 1];
    if (last && last.row + last.rows === FIRST_DATA_ROW + i) last.rows += 1;
    else blocks.push({ row: FIRST_DATA_ROW + i, rows: 1 });
  });
  return blocks;
}

export function validations(
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

export function gapRules(
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
export const PLAIN_TEXT_KEYS: readonly OpdCol[] = [
  ...ENTRY_FIELDS.filter((f) => f.plainText).map((f) => f.key),
  'editedBy',
  'editedAt',
];

export function protection(opd: OpdRecord, settings: Settings, rows: number) {
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
