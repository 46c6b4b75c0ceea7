import { resolveCatalogue } from '../catalogue/registry';
import type { Catalogue } from '../catalogue/types';
import { decimalToCents } from '../decimal';
import { checkText } from '../evidence/check-text';
import { box, columnLetter, sheetRef, wholeColumn } from './a1';
import { PENILAIAN_FIRST_ROW, penilaianColumn, STAGES } from './assessment-tab';
import { ACTIVE, columnIndex as opdColumn } from './opd-tab';
import type { OpdRecord } from './ownership';
import { LEGEND, PALETTE } from './palette';
import { type Cell, type Formula, formula, type TabRender } from './port';
import { adminOnly } from './protection';
import type { Settings } from './settings-tab';
import { TAB } from './tab-names';
import { workbookText } from './workbook-text';

/**
 * Rekap: index, predicate, every domain and aspect for each stage, progress per OPD and a
 * chart against the target. Every figure is a native formula over Penilaian, computed as the
 * official rule says: exact integer sums of weight × level (a blank counting as 1), rounded
 * half-up once, at the end of each figure — INT((200·S + W) / (2·W)) / 100 is exact because S
 * and W are whole numbers.
 */
const SUMMARY_HEADER_ROW = 4;
/** lcm(100, 1, 2, …, 12): every Pemdi value times this is a whole number (values.ts). */
const VALUE_SCALE = 138600;

export function renderSummary(
  catalogue: Catalogue,
  opds: readonly OpdRecord[],
  settings: Settings,
): TabRender {
  const n = catalogue.indicators.length;
  const last = PENILAIAN_FIRST_ROW + n - 1;
  const column = (key: Parameters<typeof penilaianColumn>[0]) => {
    const letter = columnLetter(penilaianColumn(key));
    return `${sheetRef(TAB.assessment)}$${letter}$${PENILAIAN_FIRST_ROW}:$${letter}$${last}`;
  };
  const W = column('weight');
  // A stage with no level at all says so, rather than 1,00 (blanks counting as level 1).
  // A decimal literal would not parse in a comma locale: last year's index goes in as cents/100.
  const noData = (fallbackCents?: number) =>
    fallbackCents === undefined ? `"${workbookText.noData()}"` : `${fallbackCents}/100`;
  const figure = (
    stage: string,
    filter?: { range: string; id: string },
    fallbackCents?: number,
  ) => {
    const where = filter ? `;--(${filter.range}="${filter.id}")` : '';
    const weight = filter ? `SUMPRODUCT(${W}${where})` : `SUM(${W})`;
    // A value the engine would not take (text such as "3", a 0 or 6, 2,5 on a whole-level
    // scale) counts as not assessed, 1, as a blank does: the workbook and spbe score agree,
    // and no figure falls under 1,00.
    const ok = valid(stage);
    const others = `SUMPRODUCT(${W};1-${ok}${where})`;
    // Pemdi values may be fractional (2,5; =7/6): each is scaled by K, a multiple of every
    // denominator a value may have (100 and 1…12), and rounded to the whole number it exactly
    // is, so the sums stay whole and the rounding exact, as in the engine (values.ts).
    const [sum, scale] = catalogue.fractional
      ? [
          `(SUMPRODUCT(${W};IFERROR(${ok}*ROUND(${stage}*${VALUE_SCALE};0);0)${where})+${others}*${VALUE_SCALE})`,
          `*${VALUE_SCALE}`,
        ]
      : [`(SUMPRODUCT(${W};IFERROR(${ok}*${stage};0)${where})+${others})`, ''];
    return formula(
      `=IF(COUNT(${stage})=0;${noData(fallbackCents)};IFERROR(INT((200*${sum}+${weight}${scale})/(2*${weight}${scale}))/100;""))`,
    );
  };
  /** 1 where a stage holds a value on the scale, else 0 (an array inside SUMPRODUCT). */
  const valid = (stage: string) =>
    `IFERROR(ISNUMBER(${stage})*(${stage}>=1)*(${stage}<=5)${catalogue.fractional ? '' : `*(INT(${stage})=${stage})`};0)`;
  const stages = STAGES.map((s) => column(s.key));
  // Last year's published index, when entered in Pengaturan, stands for a Tahun lalu column
  // without levels.
  const lastYear = settings.lastYearIndexCents ?? undefined;
  const fallbackOf = (i: number) => (STAGES[i]?.key === 'lastYear' ? lastYear : undefined);
  const header: Cell[] = [
    workbookText.rekapPart(),
    workbookText.rekapName(),
    ...STAGES.map((s) => s.label),
  ];
  const indexRow = SUMMARY_HEADER_ROW + 1;
  const targetLetter = columnLetter(3 + STAGES.findIndex((st) => st.key === 'target'));
  const indexOf = (i: number) => `${columnLetter(3 + i)}${indexRow}`;
  const aliased = catalogue.predicates.some((b) => b.alias);
  const head: Cell[][] = [
    [
      workbookText.indexLabel(catalogue),
      catalogue.title,
      ...stages.map((s, i) => figure(s, undefined, fallbackOf(i))),
    ],
    [
      workbookText.predicateLabel(),
      '',
      ...stages.map((_, i) => predicateFormula(catalogue, indexOf(i), 'label')),
    ],
    ...(aliased
      ? [
          [
            workbookText.predicateAliasLabel(),
            '',
            ...stages.map((_, i) => predicateFormula(catalogue, indexOf(i), 'alias')),
          ],
        ]
      : []),
  ];
  // Rows of Penilaian whose value another agency gives: counted per stage while still blank.
  const externalRows = catalogue.indicators.flatMap((ind, i) =>
    ind.external ? [PENILAIAN_FIRST_ROW + i] : [],
  );
  const waiting = (key: (typeof STAGES)[number]['key']) => {
    const letter = columnLetter(penilaianColumn(key));
    return formula(
      `=${externalRows.map((r) => `--(${sheetRef(TAB.assessment)}$${letter}$${r}="")`).join('+')}`,
    );
  };
  const rows: Cell[][] = [
    ...head,
    ...catalogue.domains.map((d) => [
      d.id,
      d.name,
      ...stages.map((s) => figure(s, { range: column('domain'), id: d.id })),
    ]),
    ...catalogue.aspects.map((a) => [
      a.id,
      a.name,
      ...stages.map((s) => figure(s, { range: column('aspect'), id: a.id })),
    ]),
    [
      workbookText.notAssessedLabel(),
      workbookText.notAssessedNote(),
      ...stages.map((s) => formula(`=SUMPRODUCT(1-${valid(s)})`)),
    ],
    ...(externalRows.length > 0
      ? [
          [
            workbookText.externalWaitingLabel(),
            workbookText.externalWaitingNote(
              catalogue.indicators.filter((i) => i.external).map((i) => i.code),
            ),
            ...STAGES.map((st) => waiting(st.key)),
          ],
        ]
      : []),
  ];
  const countRows = externalRows.length > 0 ? 2 : 1;
  const scoreRows = rows.length - countRows;
  const partsEnd = SUMMARY_HEADER_ROW + rows.length;
  const progressHeaderRow = partsEnd + 2;
  const progress: Cell[][] = [
    [workbookText.progressTitle(), '', '', '', '', '', ''],
    [workbookText.progressHeader()[0] ?? '', ...workbookText.progressHeader().slice(1), '', ''],
    ...opds.map((o, i) => {
      const r = progressHeaderRow + 2 + i;
      const status = wholeColumn(o.tab, opdColumn('status'));
      return [
        o.code,
        o.tab,
        formula(`=COUNTIF(${wholeColumn(o.tab, opdColumn('assignment'))};"${ACTIVE}")`),
        // Done as the OPD tab's Status says it: the same rule as Kelengkapan's count.
        formula(
          `=COUNTIF(${status};"${checkText.statusLabel.done}")+COUNTIF(${status};"${checkText.statusLabel.accepted}")`,
        ),
        formula(`=IF(C${r}=0;"";D${r}/C${r})`),
        '',
        '',
      ];
    }),
  ];
  const legendRow = progressHeaderRow + progress.length + 1;
  const legend: Cell[][] = [
    [workbookText.legendTitle(), '', '', '', '', '', ''],
    ...LEGEND.map((l) => ['', l.meaning, '', '', '', '', '']),
  ];
  const cells: Cell[][] = [
    [workbookText.rekapTitle(settings), '', '', '', '', '', ''],
    [workbookText.rekapIntro(), '', '', '', '', '', ''],
    [
      settings.lastYearFramework !== catalogue.id
        ? `${workbookText.notAssessedNote()} ${workbookText.otherInstrument(resolveCatalogue(settings.lastYearFramework).title)}`
        : workbookText.notAssessedNote(),
      '',
      '',
      '',
      '',
      '',
      '',
    ],
    header,
    ...rows,
    ['', '', '', '', '', '', ''],
    ...progress,
    ['', '', '', '', '', '', ''],
    ...legend,
  ];
  // Domains against target (aspects for a catalogue without domains): they follow the index
  // and predicate rows, in that order.
  const chartParts =
    catalogue.domains.length > 0 ? catalogue.domains.length : catalogue.aspects.length;
  const chartFirst = indexRow + head.length;
  return {
    cells,
    frozenRows: SUMMARY_HEADER_ROW,
    print: { landscape: true, fitToWidth: true, repeatRows: SUMMARY_HEADER_ROW },
    columnWidths: [110, 380, 105, 105, 105, 105, 105],
    styles: [
      { range: box(1, 1), bold: true, fontSize: 14, fontColor: PALETTE.title },
      { range: box(2, 1, 2, 1), italic: true },
      { range: box(SUMMARY_HEADER_ROW, 1, 1, 7), bold: true, background: PALETTE.header },
      { range: box(indexRow, 1, head.length, 7), bold: true },
      { range: box(progressHeaderRow, 1), bold: true },
      { range: box(progressHeaderRow + 1, 1, 1, 5), bold: true, background: PALETTE.header },
      { range: box(legendRow, 1), bold: true },
      { range: box(progressHeaderRow + 2, 5, Math.max(opds.length, 1), 1), numberFormat: '0%' },
      { range: box(indexRow, 3, scoreRows, 5), numberFormat: '0.00' },
      ...LEGEND.map((l, i) => ({ range: box(legendRow + 1 + i, 1), background: l.colour })),
    ],
    // Colour only says something: below target, or reached it; no data stays white.
    conditionalRules: [
      {
        ranges: [box(indexRow, 3, scoreRows, 3)],
        formula: `=AND(ISNUMBER(C${indexRow});ISNUMBER($${targetLetter}${indexRow});C${indexRow}<$${targetLetter}${indexRow})`,
        background: PALETTE.belowTarget,
      },
      {
        ranges: [box(indexRow, 3, scoreRows, 3)],
        formula: `=AND(ISNUMBER(C${indexRow});ISNUMBER($${targetLetter}${indexRow});C${indexRow}>=$${targetLetter}${indexRow})`,
        background: PALETTE.reached,
      },
    ],
    protection: adminOnly(settings.admins, TAB.summary),
    charts: [
      {
        title: workbookText.chartTitle(catalogue),
        ranges: [
          box(chartFirst, 2, chartParts, 1),
          box(chartFirst, 3, chartParts, 1),
          box(chartFirst, 6, chartParts, 1),
        ],
        anchor: { row: 2, col: 9 },
      },
    ],
  };
}

/**
 * The predicate from the rounded index, with the bands baked in (re-run setup after editing
 * them). Bands are compared in hundredths: a decimal literal would not parse in a locale whose
 * decimal mark is a comma, as Indonesia's is.
 */
function predicateFormula(
  catalogue: Catalogue,
  indexCell: string,
  name: 'label' | 'alias',
): Formula {
  const bands = catalogue.predicates;
  const nameOf = (b: (typeof bands)[number] | undefined) =>
    (name === 'alias' ? b?.alias : b?.label) ?? '';
  const nested = bands
    .slice(0, -1)
    .reduceRight(
      (otherwise, band) =>
        `IF(ROUND(${indexCell}*100;0)>=${decimalToCents(band.min)};"${nameOf(band)}";${otherwise})`,
      `"${nameOf(bands[bands.length - 1])}"`,
    );
  return formula(`=IF(ISNUMBER(${indexCell});${nested};"")`);
}
