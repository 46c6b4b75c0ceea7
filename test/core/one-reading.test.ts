import { SPBE_2020 } from '../../src/core/catalogue/frameworks/spbe-2020';
import { readLevel, readStageValue } from '../../src/core/catalogue/levels';
import { findIndicator, scaleOf } from '../../src/core/catalogue/lookup';
import { countedLevelFormula } from '../../src/core/workbook/level-formula';
import { type Cell, formula } from '../../src/core/workbook/port';
import { figureFormula } from '../../src/core/workbook/rekap-formulas';
import { FormulaEngine } from '../support/formula-engine';

/**
 * One reading of every input (issue #21): for each shape a cell can hold, the engine
 * (levels.ts) and the workbook's own formula (level-formula.ts, rekap-formulas.ts) count the
 * same. Here through the project's formula evaluator; test/xlsx/generated-workbooks.test.ts
 * holds the same on generated workbooks recalculated by LibreOffice.
 */
const proses = scaleOf(SPBE_2020, findIndicator(SPBE_2020, 'I05'));
const layanan = scaleOf(SPBE_2020, findIndicator(SPBE_2020, 'I32'));

/** What the workbook's formula makes of a Tingkat cell: the level, or null (counted 1). */
function byFormula(value: Cell, names: readonly string[]): number | null {
  const cells: Cell[][] = [[value, formula(`=${countedLevelFormula('$A1', names)}`)]];
  const v = new FormulaEngine({ cells: () => cells }).cell('T', 1, 2);
  return typeof v === 'number' ? v : null;
}

function byEngine(value: Cell, names: readonly string[]): number | null {
  const reading = readLevel(value, names);
  return reading.ok ? reading.level : null;
}

/** Every shape of a Tingkat cell the issue lists, with what it counts as. */
const LEVEL_SHAPES: readonly [string, Cell, readonly string[], number | null][] = [
  ['a whole level typed as a number', 3, proses, 3],
  ['a whole level typed as text (a plain-text cell)', '3', proses, 3],
  ['the dropdown’s "3 – Terdefinisi"', '3 – Terdefinisi', proses, 3],
  ['"3 - terdefinisi" typed with a hyphen, in lower case', '  3 - terdefinisi ', proses, 3],
  ['"4 – Transaksi" on a service indicator', '4 – Kolaborasi', layanan, 4],
  ['3,0 typed as a number', 3.0, proses, 3],
  ['"3,0" typed as text', '3,0', proses, null],
  ['3.5 typed as text', '3.5', proses, null],
  ['3,5 typed as a number', 3.5, proses, null],
  ['2,5 on a whole-level instrument', '2,5', proses, null],
  ['"2 – Terkelola" on a service indicator (another scale’s name)', '2 – Terkelola', layanan, null],
  ['"4 – Transaksi" with the wrong name', '4 – Transaksi', layanan, null],
  ['"3. Terdefinisi" (another separator)', '3. Terdefinisi', proses, null],
  ['"tiga"', 'tiga', proses, null],
  ['0', 0, proses, null],
  ['6', 6, proses, null],
  ['"0"', '0', proses, null],
  ['"7"', '7', proses, null],
  ['TRUE', true, proses, null],
  ['a blank', '', proses, null],
  ['spaces only', '   ', proses, null],
];

describe('a Tingkat cell counts the same in the engine and in the workbook’s formula', () => {
  it.each(LEVEL_SHAPES)('%s', (_, value, names, counts) => {
    expect(byEngine(value, names)).toBe(counts);
    expect(byFormula(value, names)).toBe(counts);
  });
});

/**
 * A Rekap-shaped figure over the value and a 5 of equal weight: (v + 5) / 2, with v counted
 * 1 where the figure does not take it (the 5 keeps the stage from having no value at all).
 */
function figureOver(value: Cell, fractional: boolean): unknown {
  const cells: Cell[][] = [
    [value, 5000],
    [5, 5000],
    [figureFormula({ stage: '$A$1:$A$2', weights: '$B$1:$B$2', fractional, noData: '"-"' }), ''],
  ];
  return new FormulaEngine({ cells: () => cells }).cell('T', 3, 1);
}

/** Each shape, and what it counts as (then (v + 5) / 2 rounded half-up is the figure). */
const STAGE_SHAPES: readonly [string, Cell, boolean, number, number][] = [
  ['a whole level (SPBE)', 3, false, 3, 4],
  ['2,5 on SPBE counts 1', 2.5, false, 1, 3],
  ['2,5 on Pemdi', 2.5, true, 2.5, 3.75],
  ['a Verifikasi value 2,333 (three decimals) counts 1', 2.333, true, 1, 3],
  ['a fraction =7/6', 7 / 6, true, 7 / 6, 3.08],
  ['a fraction =4/3', 4 / 3, true, 4 / 3, 3.17],
  ['a text number "3" counts 1', '3', false, 1, 3],
  ['a text "2,5" counts 1 on Pemdi', '2,5', true, 1, 3],
  ['0 counts 1', 0, true, 1, 3],
  ['6 counts 1', 6, false, 1, 3],
  ['5,01 counts 1', 5.01, true, 1, 3],
];

describe('a stage value counts the same in the engine and in the Rekap’s formula', () => {
  it.each(STAGE_SHAPES)('%s', (_, value, fractional, counts, figure) => {
    const reading = readStageValue(value, fractional);
    expect(reading.ok && reading.value !== null ? reading.value : 1).toBeCloseTo(counts, 12);
    expect(figureOver(value, fractional)).toBe(figure);
  });
});
