import type { Catalogue } from '../catalogue/types';
import { ITEM_RULES } from '../entry/items';
import { VERIFICATION_VALUES } from '../entry/words';
import { box, columnLetter, wholeColumn } from './a1';
import { type ColumnSpec, readKeyedTable } from './keyed-table';
import { ACTIVE, codeKeyOf, columnIndex as opdColumn } from './opd-columns';
import type { OpdRecord } from './ownership';
import { PALETTE } from './palette';
import {
  type Box,
  type Cell,
  type ConditionalRuleSpec,
  formula,
  type TabContent,
  type TabRender,
  type ValidationSpec,
} from './port';
import { adminOnly } from './protection';
import { ITEM_RULE_LABEL, type Settings } from './settings-tab';
import { TAB } from './tab-names';
import { workbookText } from './workbook-text';

/**
 * Penilaian: one row per indicator with a value per stage. The self-assessment (mandiri) is
 * read live from the OPD tabs by native formulas — the lead OPD's claim — and weights,
 * aspects and domains from Kerangka, so every viewer sees right scores, with or without the
 * add-on, and they follow every edit. Diskominfo types the later stages.
 */
export type AssessmentCol =
  | 'code'
  | 'indicator'
  | 'aspect'
  | 'domain'
  | 'weight'
  | 'owners'
  | 'lead'
  | 'claims'
  | 'disagreement'
  | 'selfAssessed'
  | 'verified'
  | 'final'
  | 'target'
  | 'lastYear'
  | 'note'
  | 'externalValue'
  | 'externalSource';

export const ASSESSMENT_COLUMNS: readonly ColumnSpec<AssessmentCol>[] = [
  { key: 'code', header: 'Kode', width: 60 },
  { key: 'indicator', header: 'Indikator', width: 300 },
  // Neighbours share a width where it reads as well: a run of equal widths is one call.
  { key: 'aspect', header: 'Aspek', width: 65 },
  { key: 'domain', header: 'Domain', width: 65 },
  { key: 'weight', header: 'Bobot', aliases: ['Bobot (bp)'], width: 80 },
  { key: 'owners', header: 'OPD pemilik', width: 170 },
  { key: 'lead', header: 'OPD utama', width: 130 },
  { key: 'claims', header: 'Klaim OPD', width: 200 },
  { key: 'disagreement', header: 'Beda klaim', width: 85 },
  { key: 'selfAssessed', header: 'Mandiri', width: 85 },
  { key: 'verified', header: 'Verifikasi', width: 85 },
  { key: 'final', header: 'Final', width: 85 },
  { key: 'target', header: 'Target', width: 85 },
  { key: 'lastYear', header: 'Tahun lalu', width: 85 },
  { key: 'note', header: 'Catatan', width: 260 },
  // Last, and only in a catalogue with external indicators (Pemdi): the other columns keep
  // their places.
  { key: 'externalValue', header: 'Nilai eksternal', width: 90 },
  { key: 'externalSource', header: 'Sumber nilai eksternal', width: 220 },
];

/** The columns a catalogue's Penilaian has: the external ones only where it has externals. */
export function columnsFor(catalogue: Catalogue): readonly ColumnSpec<AssessmentCol>[] {
  const external = catalogue.indicators.some((i) => i.external);
  return ASSESSMENT_COLUMNS.filter(
    (c) => external || (c.key !== 'externalValue' && c.key !== 'externalSource'),
  );
}

/** The stages a score is computed for, each a column of Penilaian. */
export const STAGES: readonly { key: AssessmentCol; label: string }[] = [
  { key: 'selfAssessed', label: 'Mandiri' },
  { key: 'verified', label: 'Verifikasi' },
  { key: 'final', label: 'Final' },
  { key: 'target', label: 'Target' },
  { key: 'lastYear', label: 'Tahun lalu' },
];

const INPUTS: readonly AssessmentCol[] = [
  'lead',
  'verified',
  'final',
  'target',
  'lastYear',
  'note',
  'externalValue',
  'externalSource',
];
const ASSESSMENT_HEADER_ROW = 4;
export const PENILAIAN_FIRST_ROW = 5;

export function penilaianColumn(key: AssessmentCol): number {
  return ASSESSMENT_COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** Where Kerangka keeps codes, parents and weights (found by header there). */
interface CatalogueColumns {
  readonly code: number;
  readonly parent: number;
  readonly value: number;
}

/** One indicator's row of Penilaian: what it is, who claims what, and the stages' values kept. */
function assessmentValues(
  c: {
    catalogue: Catalogue;
    opds: readonly OpdRecord[];
    settings: Settings;
    kerangka: CatalogueColumns;
  },
  before: Partial<Record<AssessmentCol, Cell>>,
  indicator: Catalogue['indicators'][number],
  r: number,
): Record<AssessmentCol, Cell> {
  const { catalogue, opds, settings, kerangka } = c;
  const col = (key: AssessmentCol) => columnLetter(penilaianColumn(key));
  const lookup = (keyCell: string, column: number) =>
    `INDEX(${wholeColumn(TAB.catalogue, column)};MATCH(${keyCell};${wholeColumn(TAB.catalogue, kerangka.code)};0))`;
  const owners = opds.filter((o) => o.indicators.includes(indicator.code));
  const lead = owners.some((o) => o.code === String(before.lead ?? '').trim())
    ? String(before.lead).trim()
    : (owners[0]?.code ?? '');
  const claims = owners.map((o) => ({ opd: o, expr: claimOf(o, `$A${r}`) }));
  const self = `$${col('selfAssessed')}${r}`;
  const externalCell = `$${col('externalValue')}${r}`;
  const values: Record<AssessmentCol, Cell> = {
    code: indicator.code,
    indicator: indicator.name,
    aspect: formula(`=IFERROR(${lookup(`$A${r}`, kerangka.parent)};"")`),
    // An instrument without domains (Pemdi) leaves the column blank (an aspect has no parent).
    domain:
      catalogue.domains.length > 0
        ? formula(`=IFERROR(${lookup(`$${col('aspect')}${r}`, kerangka.parent)};"")`)
        : '',
    weight: formula(`=IFERROR(${lookup(`$A${r}`, kerangka.value)};0)`),
    owners: indicator.external
      ? workbookText.externalOwner(indicator.external)
      : owners.map((o) => o.code).join(', '),
    lead,
    claims: indicator.external
      ? formula(
          `=IF(${externalCell}="";"${workbookText.externalWaiting()}";"${workbookText.externalEntered()}")`,
        )
      : claims.length === 0
        ? workbookText.noOwner()
        : formula(
            `=${claims.map((c, n) => `"${n === 0 ? '' : '; '}${c.opd.code}: "&IF(${c.expr}="";"–";${c.expr})`).join('&')}`,
          ),
    disagreement:
      claims.length < 2
        ? ''
        : formula(
            `=IF(OR(${claims.map((c) => `AND(${c.expr}<>"";${c.expr}<>${self})`).join(';')});"Berbeda";"")`,
          ),
    // An external indicator's Mandiri is the other agency's value; blank (counted 1) until it comes.
    selfAssessed: indicator.external
      ? formula(`=IF(${externalCell}="";"";${externalCell})`)
      : claims.length === 0
        ? ''
        : itemsOf(catalogue, indicator.code)
          ? formula(
              `=${mandiriFromItems(owners, `$A${r}`, `$${col('lead')}${r}`, leadChoice(claims, `$${col('lead')}${r}`))}`,
            )
          : formula(`=${leadChoice(claims, `$${col('lead')}${r}`)}`),
    verified: before.verified ?? '',
    final: before.final ?? '',
    target:
      before.target === undefined || before.target === '' ? settings.targetLevel : before.target,
    lastYear: before.lastYear ?? '',
    note: before.note ?? '',
    externalValue: indicator.external ? (before.externalValue ?? '') : '',
    externalSource: indicator.external ? (before.externalSource ?? '') : '',
  };
  return values;
}

/** Title, header, weights as percentages, and Pemdi's values to two decimals. */
function assessmentStyles(
  catalogue: Catalogue,
  width: number,
  n: number,
): NonNullable<TabRender['styles']> {
  return [
    { range: box(1, 1), bold: true, fontSize: 14, fontColor: PALETTE.title },
    { range: box(2, 1), italic: true },
    {
      range: box(ASSESSMENT_HEADER_ROW, 1, 1, width),
      bold: true,
      background: PALETTE.header,
      wrap: true,
    },
    // Weights stay whole basis points (the Rekap's exact sums need integers) and read as a
    // percentage: 130 shows as 1,30%.
    { range: box(PENILAIAN_FIRST_ROW, penilaianColumn('weight'), n), numberFormat: '0","00"%"' },
    // A Pemdi value shows two decimals (=7/6 as 1,17); the cell keeps the exact value.
    ...(catalogue.fractional
      ? STAGES.map((s) => ({
          range: box(PENILAIAN_FIRST_ROW, penilaianColumn(s.key), n),
          numberFormat: '0.00',
        }))
      : []),
  ];
}

export function renderAssessment(
  catalogue: Catalogue,
  opds: readonly OpdRecord[],
  settings: Settings,
  kerangka: CatalogueColumns,
  previous: TabContent | undefined,
): TabRender {
  const existing = readKeyedTable(previous, columnsFor(catalogue), 'code', codeKeyOf(catalogue), {
    byPosition: true,
  });
  const extraHeaders = existing?.extraHeaders ?? [];
  const columns = columnsFor(catalogue);
  const width = columns.length + extraHeaders.length;
  const col = (key: AssessmentCol) => columnLetter(penilaianColumn(key));

  const rows = catalogue.indicators.map((indicator, i): Cell[] => {
    const values = assessmentValues(
      { catalogue, opds, settings, kerangka },
      existing?.rows.get(indicator.code) ?? {},
      indicator,
      PENILAIAN_FIRST_ROW + i,
    );
    return [
      ...columns.map((c) => values[c.key]),
      ...(existing?.extraValues.get(indicator.code) ?? extraHeaders.map(() => '')),
    ];
  });
  const pad = (first: Cell) => [first, ...Array<Cell>(width - 1).fill('')];
  const n = rows.length;
  return {
    cells: [
      pad(workbookText.penilaianTitle(settings)),
      pad(workbookText.penilaianIntro()),
      pad(''),
      [...columns.map((c) => c.header), ...extraHeaders],
      ...rows,
      ...(existing?.keylessRows ?? []).map((r) => [...r]),
    ],
    frozenRows: ASSESSMENT_HEADER_ROW,
    print: { landscape: true, fitToWidth: true, repeatRows: ASSESSMENT_HEADER_ROW },
    columnWidths: columns.map((c) => c.width ?? 100),
    styles: assessmentStyles(catalogue, width, n),
    validations: validations(catalogue, opds, n),
    conditionalRules: rules(catalogue, col, n),
    protection: adminOnly(settings.admins, TAB.assessment),
  };
}

/**
 * One OPD's claimed level for the indicator in row `codeCell`: what its Tingkat counts as
 * (the tab's Tingkat dihitung, levels.ts readLevel), or "" when blank or no level.
 */
function claimOf(opd: OpdRecord, codeCell: string): string {
  return `IFERROR(INDEX(${wholeColumn(opd.tab, opdColumn('counted'))};MATCH(${codeCell};${wholeColumn(opd.tab, opdColumn('code'))};0));"")`;
}

function itemsOf(catalogue: Catalogue, code: string): boolean {
  return (catalogue.items ?? []).some((i) => i.indicator === code);
}

/**
 * Mandiri of an indicator with evidence items, by the rule in Pengaturan (read live, so a
 * changed rule needs no Siapkan): `langsung` takes the lead OPD's claim; otherwise the lead
 * OPD's items give it, as evidence/items.ts valueFromItems does — levels complete from 1 on,
 * plus for `rata-rata` the accepted share of the next level.
 */
function mandiriFromItems(
  owners: readonly OpdRecord[],
  codeCell: string,
  leadCell: string,
  claim: string,
): string {
  const rule = `IFERROR(INDEX(${wholeColumn(TAB.settings, 2)};MATCH("${ITEM_RULE_LABEL}";${wholeColumn(TAB.settings, 1)};0));"")`;
  const values = owners.map((o) => ({ opd: o, expr: itemValueOf(o, codeCell, rule) }));
  return `IF(${rule}="${ITEM_RULES[2]}";${claim};${leadChoice(values, leadCell)})`;
}

/** One OPD's value from its item rows of the indicator in `codeCell` (see mandiriFromItems). */
function itemValueOf(opd: OpdRecord, codeCell: string, rule: string): string {
  const column = (key: Parameters<typeof opdColumn>[0]) => wholeColumn(opd.tab, opdColumn(key));
  // Items are found by code: P01.2.a is an item of level 2 of P01; archived rows do not count.
  const of = (level: number) =>
    `${column('code')};${codeCell}&".${level}.*";${column('assignment')};"${ACTIVE}"`;
  const items = (level: number) => `COUNTIFS(${of(level)})`;
  const accepted = (level: number) =>
    `COUNTIFS(${of(level)};${column('verification')};"${VERIFICATION_VALUES[2]}")`;
  const complete = (level: number) => `AND(${items(level)}>0;${accepted(level)}=${items(level)})`;
  const share = (level: number) =>
    `IF(${rule}="${ITEM_RULES[1]}";IF(${items(level)}>0;${accepted(level)}/${items(level)};0);0)`;
  let value = '5';
  for (let level = 4; level >= 1; level--)
    value = `IF(${complete(level + 1)};${value};${level}+${share(level + 1)})`;
  return `IF(${complete(1)};${value};"")`;
}

/** The lead OPD's claim: the one named in OPD utama, else the first owner. */
function leadChoice(claims: readonly { opd: OpdRecord; expr: string }[], leadCell: string): string {
  const [first, ...rest] = claims;
  return rest.reduceRight(
    (otherwise, c) => `IF(${leadCell}="${c.opd.code}";${c.expr};${otherwise})`,
    first?.expr ?? '""',
  );
}

function validations(catalogue: Catalogue, opds: readonly OpdRecord[], n: number) {
  const out: { range: Box; rule: ValidationSpec }[] = [];
  catalogue.indicators.forEach((indicator, i) => {
    const owners = opds.filter((o) => o.indicators.includes(indicator.code)).map((o) => o.code);
    if (owners.length > 1) {
      out.push({
        range: box(PENILAIAN_FIRST_ROW + i, penilaianColumn('lead')),
        rule: { kind: 'list', values: owners, help: workbookText.leadHelp() },
      });
    }
  });
  // Pemdi takes the assessors' value with decimals (2,5) or as a fraction (=7/6).
  const rule: ValidationSpec = catalogue.fractional
    ? { kind: 'number', min: 1, max: 5, help: workbookText.stageHelpFractional() }
    : { kind: 'wholeNumber', min: 1, max: 5, help: workbookText.stageHelp() };
  for (const key of ['verified', 'final', 'target', 'lastYear'] as const)
    out.push({ range: box(PENILAIAN_FIRST_ROW, penilaianColumn(key), n), rule });
  catalogue.indicators.forEach((indicator, i) => {
    if (indicator.external)
      out.push({ range: box(PENILAIAN_FIRST_ROW + i, penilaianColumn('externalValue')), rule });
  });
  return out;
}

function rules(
  catalogue: Catalogue,
  col: (key: AssessmentCol) => string,
  n: number,
): ConditionalRuleSpec[] {
  const r = PENILAIAN_FIRST_ROW;
  // An external value without its source is marked where the source belongs.
  const external: ConditionalRuleSpec[] = catalogue.indicators.some((i) => i.external)
    ? [
        {
          ranges: [box(r, penilaianColumn('externalSource'), n)],
          formula: `=AND($${col('externalValue')}${r}<>"";$${col('externalSource')}${r}="")`,
          background: PALETTE.missing,
        },
      ]
    : [];
  const target = `$${col('target')}${r}`;
  const stageRules = (['selfAssessed', 'verified', 'final'] as const).map((key) => ({
    ranges: [box(r, penilaianColumn(key), n)],
    formula: `=AND(ISNUMBER(${col(key)}${r});${col(key)}${r}<${target})`,
    background: PALETTE.belowTarget,
  }));
  return [
    {
      ranges: [box(r, penilaianColumn('selfAssessed'), n)],
      formula: `=$${col('selfAssessed')}${r}=""`,
      background: PALETTE.missing,
    },
    {
      ranges: [box(r, penilaianColumn('selfAssessed'), n)],
      formula: `=AND(ISNUMBER($${col('selfAssessed')}${r});ISNUMBER($${col('verified')}${r});$${col('selfAssessed')}${r}>$${col('verified')}${r})`,
      background: PALETTE.disagreement,
    },
    {
      ranges: [box(r, penilaianColumn('disagreement'), n)],
      formula: `=$${col('disagreement')}${r}<>""`,
      background: PALETTE.disagreement,
    },
    ...stageRules,
    ...external,
  ];
}

export { INPUTS as PENILAIAN_INPUTS };
