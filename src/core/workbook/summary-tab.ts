import { cycleOf, predicateReadingSentence } from '../catalogue/predicate';
import { frameworkOf, resolveCatalogue } from '../catalogue/registry';
import type { Catalogue } from '../catalogue/types';
import { STATUS_LABEL } from '../entry/words';
import { box, columnLetter, sheetRef, wholeColumn } from './a1';
import { PENILAIAN_FIRST_ROW, penilaianColumn, STAGES } from './assessment-tab';
import { ACTIVE, columnIndex as opdColumn } from './opd-tab';
import type { OpdRecord } from './ownership';
import { LEGEND, PALETTE } from './palette';
import { type Cell, formula, type TabRender } from './port';
import { adminOnly } from './protection';
import { figureFormula, predicateFormula, unroundedFormula, validFormula } from './rekap-formulas';
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

/** The Rekap's header row (Bagian, Nama, the stages), found by its first cell wherever it is. */
export function rekapHeaderRow(cells: readonly (readonly unknown[])[]): number {
  return cells.findIndex((row) => row[0] === workbookText.rekapPart());
}

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
  const spec = (stage: string, filter?: { range: string; id: string }, fallbackCents?: number) => ({
    stage,
    weights: W,
    fractional: !!catalogue.fractional,
    noData: noData(fallbackCents),
    ...(filter ? { filter } : {}),
  });
  const figure = (stage: string, filter?: { range: string; id: string }, fallbackCents?: number) =>
    figureFormula(spec(stage, filter, fallbackCents));
  const valid = (stage: string) => validFormula(stage, !!catalogue.fractional);
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
  // The unrounded index sits under the index: the predikat of a year whose report reads it
  // from the unrounded index (2024) is read there, and a coordinator sees how near an edge
  // the index is.
  const cellsOf = (i: number) => ({
    rounded: `${columnLetter(3 + i)}${indexRow}`,
    unrounded: `${columnLetter(3 + i)}${indexRow + 1}`,
  });
  const cycle = cycleOf(catalogue, settings.year);
  const predicates = (name: 'label' | 'alias') =>
    stages.map((_, i) => predicateFormula(catalogue, cellsOf(i), cycle.predicateFrom, name));
  const aliased = catalogue.predicates.some((b) => b.alias);
  const head: Cell[][] = [
    [
      frameworkOf(catalogue).indexName,
      catalogue.title,
      ...stages.map((s, i) => figure(s, undefined, fallbackOf(i))),
    ],
    [
      workbookText.unroundedLabel(),
      predicateReadingSentence(settings.year, cycle),
      ...stages.map((s, i) => unroundedFormula(spec(s, undefined, fallbackOf(i)))),
    ],
    [workbookText.predicateLabel(), '', ...predicates('label')],
    ...(aliased ? [[workbookText.predicateAliasLabel(), '', ...predicates('alias')]] : []),
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
      // Indicator rows only: an evidence item's code holds a dot (P01.2.a), and its status
      // words (diterima…) are not the indicator's.
      const indicators = `${wholeColumn(o.tab, opdColumn('code'))};"<>*.*"`;
      const withStatus = (word: string) => `COUNTIFS(${status};"${word}";${indicators})`;
      return [
        o.code,
        o.tab,
        formula(
          `=COUNTIFS(${wholeColumn(o.tab, opdColumn('assignment'))};"${ACTIVE}";${indicators})`,
        ),
        // Done as the OPD tab's Status says it: the same rule as Kelengkapan's count.
        formula(`=${withStatus(STATUS_LABEL.done)}+${withStatus(STATUS_LABEL.accepted)}`),
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
      // Figures to the cent; the unrounded index (the row under it) to four decimals.
      { range: box(indexRow, 3, 1, 5), numberFormat: '0.00' },
      { range: box(indexRow + 1, 3, 1, 5), numberFormat: '0.0000' },
      { range: box(indexRow + 2, 3, scoreRows - 2, 5), numberFormat: '0.00' },
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
