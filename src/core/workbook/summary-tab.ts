import { cycleOf, predicateReadingSentence } from '../catalogue/predicate';
import { frameworkOf, resolveCatalogue } from '../catalogue/registry';
import type { Catalogue } from '../catalogue/types';
import { STATUS_LABEL } from '../entry/words';
import { box, columnLetter, sheetRef, wholeColumn } from './a1';
import { PENILAIAN_FIRST_ROW, penilaianColumn, STAGES } from './assessment-tab';
import { ACTIVE, columnIndex as opdColumn } from './opd-columns';
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

/** What every Rekap formula is built from: Penilaian's columns and the stages' figures. */
function rekapParts(catalogue: Catalogue, settings: Settings) {
  const last = PENILAIAN_FIRST_ROW + catalogue.indicators.length - 1;
  const column = (key: Parameters<typeof penilaianColumn>[0]) => {
    const letter = columnLetter(penilaianColumn(key));
    return `${sheetRef(TAB.assessment)}$${letter}$${PENILAIAN_FIRST_ROW}:$${letter}$${last}`;
  };
  // A stage with no level at all says so, rather than 1,00 (blanks counting as level 1).
  // A decimal literal would not parse in a comma locale: last year's index goes in as cents/100.
  const noData = (fallbackCents?: number) =>
    fallbackCents === undefined ? `"${workbookText.noData()}"` : `${fallbackCents}/100`;
  const spec = (stage: string, filter?: { range: string; id: string }, fallbackCents?: number) => ({
    stage,
    weights: column('weight'),
    fractional: !!catalogue.fractional,
    noData: noData(fallbackCents),
    ...(filter ? { filter } : {}),
  });
  // Last year's published index, when entered in Pengaturan, stands for a Tahun lalu column
  // without levels.
  const fallbackOf = (i: number) =>
    STAGES[i]?.key === 'lastYear' ? (settings.lastYearIndexCents ?? undefined) : undefined;
  return {
    column,
    spec,
    fallbackOf,
    stages: STAGES.map((s) => column(s.key)),
    figure: (stage: string, filter?: { range: string; id: string }, fallbackCents?: number) =>
      figureFormula(spec(stage, filter, fallbackCents)),
    valid: (stage: string) => validFormula(stage, !!catalogue.fractional),
  };
}
type RekapParts = ReturnType<typeof rekapParts>;

const INDEX_ROW = SUMMARY_HEADER_ROW + 1;

/**
 * The index, its unrounded value under it (the predikat of a year whose report reads it from
 * the unrounded index is read there, and a coordinator sees how near an edge it is), and the
 * predikat (and its maturity name, where the bands have one).
 */
function indexRows(catalogue: Catalogue, settings: Settings, p: RekapParts): Cell[][] {
  const cellsOf = (i: number) => ({
    rounded: `${columnLetter(3 + i)}${INDEX_ROW}`,
    unrounded: `${columnLetter(3 + i)}${INDEX_ROW + 1}`,
  });
  const cycle = cycleOf(catalogue, settings.year);
  const predicates = (name: 'label' | 'alias') =>
    p.stages.map((_, i) => predicateFormula(catalogue, cellsOf(i), cycle.predicateFrom, name));
  const aliased = catalogue.predicates.some((b) => b.alias);
  return [
    [
      frameworkOf(catalogue).indexName,
      catalogue.title,
      ...p.stages.map((s, i) => p.figure(s, undefined, p.fallbackOf(i))),
    ],
    [
      workbookText.unroundedLabel(),
      predicateReadingSentence(settings.year, cycle),
      ...p.stages.map((s, i) => unroundedFormula(p.spec(s, undefined, p.fallbackOf(i)))),
    ],
    [workbookText.predicateLabel(), '', ...predicates('label')],
    ...(aliased ? [[workbookText.predicateAliasLabel(), '', ...predicates('alias')]] : []),
  ];
}

/** Each domain and aspect, then what is not assessed and what waits for another agency. */
function partRows(catalogue: Catalogue, p: RekapParts): Cell[][] {
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
  return [
    ...catalogue.domains.map((d) => [
      d.id,
      d.name,
      ...p.stages.map((s) => p.figure(s, { range: p.column('domain'), id: d.id })),
    ]),
    ...catalogue.aspects.map((a) => [
      a.id,
      a.name,
      ...p.stages.map((s) => p.figure(s, { range: p.column('aspect'), id: a.id })),
    ]),
    [
      workbookText.notAssessedLabel(),
      workbookText.notAssessedNote(),
      ...p.stages.map((s) => formula(`=SUMPRODUCT(1-${p.valid(s)})`)),
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
}

/** Kemajuan pengisian per OPD: indicators assigned and done, as each tab's Status says. */
function progressRows(opds: readonly OpdRecord[], headerRow: number): Cell[][] {
  return [
    [workbookText.progressTitle(), '', '', '', '', '', ''],
    [workbookText.progressHeader()[0] ?? '', ...workbookText.progressHeader().slice(1), '', ''],
    ...opds.map((o, i) => {
      const r = headerRow + 2 + i;
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
}

export function renderSummary(
  catalogue: Catalogue,
  opds: readonly OpdRecord[],
  settings: Settings,
): TabRender {
  const p = rekapParts(catalogue, settings);
  const head = indexRows(catalogue, settings, p);
  const parts = partRows(catalogue, p);
  const rows = [...head, ...parts];
  const countRows = catalogue.indicators.some((i) => i.external) ? 2 : 1;
  const progressHeaderRow = SUMMARY_HEADER_ROW + rows.length + 2;
  const progress = progressRows(opds, progressHeaderRow);
  const legend: Cell[][] = [
    [workbookText.legendTitle(), '', '', '', '', '', ''],
    ...LEGEND.map((l) => ['', l.meaning, '', '', '', '', '']),
  ];
  const blank = ['', '', '', '', '', '', ''];
  const lastYearNote =
    settings.lastYearFramework !== catalogue.id
      ? `${workbookText.notAssessedNote()} ${workbookText.otherInstrument(resolveCatalogue(settings.lastYearFramework).title)}`
      : workbookText.notAssessedNote();
  const cells: Cell[][] = [
    [workbookText.rekapTitle(settings), '', '', '', '', '', ''],
    [workbookText.rekapIntro(), '', '', '', '', '', ''],
    [lastYearNote, '', '', '', '', '', ''],
    [workbookText.rekapPart(), workbookText.rekapName(), ...STAGES.map((s) => s.label)],
    ...rows,
    blank,
    ...progress,
    blank,
    ...legend,
  ];
  // Domains against target (aspects for a catalogue without domains): they follow the index
  // and predicate rows, in that order.
  const chartParts =
    catalogue.domains.length > 0 ? catalogue.domains.length : catalogue.aspects.length;
  return {
    cells,
    frozenRows: SUMMARY_HEADER_ROW,
    print: { landscape: true, fitToWidth: true, repeatRows: SUMMARY_HEADER_ROW },
    columnWidths: [110, 380, 105, 105, 105, 105, 105],
    ...summaryLook({
      scoreRows: rows.length - countRows,
      headRows: head.length,
      progressHeaderRow,
      legendRow: progressHeaderRow + progress.length + 1,
      opds: opds.length,
    }),
    protection: adminOnly(settings.admins, TAB.summary),
    charts: [
      {
        title: workbookText.chartTitle(catalogue),
        ranges: [2, 3, 6].map((col) => box(INDEX_ROW + head.length, col, chartParts, 1)),
        anchor: { row: 2, col: 9 },
      },
    ],
  };
}

/** The Rekap's styles; colour only says something: below target, or reached it. */
function summaryLook(at: {
  scoreRows: number;
  headRows: number;
  progressHeaderRow: number;
  legendRow: number;
  opds: number;
}): Pick<TabRender, 'styles' | 'conditionalRules'> {
  const targetLetter = columnLetter(3 + STAGES.findIndex((st) => st.key === 'target'));
  const against = (op: '<' | '>=') =>
    `=AND(ISNUMBER(C${INDEX_ROW});ISNUMBER($${targetLetter}${INDEX_ROW});C${INDEX_ROW}${op}$${targetLetter}${INDEX_ROW})`;
  return {
    styles: [
      { range: box(1, 1), bold: true, fontSize: 14, fontColor: PALETTE.title },
      { range: box(2, 1, 2, 1), italic: true },
      { range: box(SUMMARY_HEADER_ROW, 1, 1, 7), bold: true, background: PALETTE.header },
      { range: box(INDEX_ROW, 1, at.headRows, 7), bold: true },
      { range: box(at.progressHeaderRow, 1), bold: true },
      { range: box(at.progressHeaderRow + 1, 1, 1, 5), bold: true, background: PALETTE.header },
      { range: box(at.legendRow, 1), bold: true },
      { range: box(at.progressHeaderRow + 2, 5, Math.max(at.opds, 1), 1), numberFormat: '0%' },
      // Figures to the cent; the unrounded index (the row under it) to four decimals.
      { range: box(INDEX_ROW, 3, 1, 5), numberFormat: '0.00' },
      { range: box(INDEX_ROW + 1, 3, 1, 5), numberFormat: '0.0000' },
      { range: box(INDEX_ROW + 2, 3, at.scoreRows - 2, 5), numberFormat: '0.00' },
      ...LEGEND.map((l, i) => ({ range: box(at.legendRow + 1 + i, 1), background: l.colour })),
    ],
    conditionalRules: [
      {
        ranges: [box(INDEX_ROW, 3, at.scoreRows, 3)],
        formula: against('<'),
        background: PALETTE.belowTarget,
      },
      {
        ranges: [box(INDEX_ROW, 3, at.scoreRows, 3)],
        formula: against('>='),
        background: PALETTE.reached,
      },
    ],
  };
}
