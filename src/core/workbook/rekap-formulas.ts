import type { Catalogue, PredicateReading } from '../catalogue/types';
import { decimalToCents } from '../kernel/decimal';
import { type Formula, formula } from './port';

/**
 * The Rekap's figures as native formulas, computed as the official rule says: exact integer
 * sums of weight × level (a blank, or a value the engine would not take, counting as 1),
 * rounded half-up once at the end — INT((200·S + W) / (2·W)) / 100 is exact because S and W
 * are whole numbers. Periksa lingkungan computes one on scratch cells to learn whether Sheets
 * evaluates it as LibreOffice does (R20: SUMPRODUCT over IFERROR/ISNUMBER/INT, undocumented).
 */

/** lcm(100, 1, 2, …, 12): every Pemdi value times this is a whole number (values.ts). */
const VALUE_SCALE = 138600;

/**
 * 1 where a stage holds a value the engine takes (levels.ts readStageValue), else 0 — an array
 * inside SUMPRODUCT: a number 1–5, whole for SPBE; for Pemdi exact to two decimals or a
 * fraction of denominator up to 12 (values.ts exactOf), so 2,333 counts 1 as in the engine.
 */
export function validFormula(stage: string, fractional: boolean): string {
  const onScale = `ISNUMBER(${stage})*(${stage}>=1)*(${stage}<=5)`;
  if (!fractional) return `IFERROR(${onScale}*(INT(${stage})=${stage});0)`;
  // |x·d − round(x·d)| under a millionth, for d = 100 or 3…12 (no decimal literal: a comma
  // locale would not parse one).
  const exactFor = (d: number) => `(ABS(${stage}*${d}-ROUND(${stage}*${d};0))<1/1000000)`;
  const exact = [100, ...Array.from({ length: 10 }, (_, i) => i + 3)].map(exactFor).join('+');
  return `IFERROR(${onScale}*((${exact})>0);0)`;
}

interface FigureSpec {
  /** The stage's values, one per indicator (a range). */
  readonly stage: string;
  /** The indicators' weights in basis points, parallel to `stage`. */
  readonly weights: string;
  readonly fractional: boolean;
  /** What the cell shows when the stage holds no value at all (a formula expression). */
  readonly noData: string;
  /** Only the indicators whose `range` cell equals `id` (a domain or an aspect). */
  readonly filter?: { readonly range: string; readonly id: string };
}

/**
 * S and W of a figure as expressions: the weighted sum of the counted values, and the weight
 * times the scale that makes the sum whole — the figure is S / W exactly.
 */
function sums(spec: FigureSpec): { sum: string; weight: string } {
  const { stage, weights: W, filter } = spec;
  const where = filter ? `;--(${filter.range}="${filter.id}")` : '';
  const weight = filter ? `SUMPRODUCT(${W}${where})` : `SUM(${W})`;
  const ok = validFormula(stage, spec.fractional);
  const others = `SUMPRODUCT(${W};1-${ok}${where})`;
  // Pemdi values may be fractional (2,5; =7/6): each is scaled by K, a multiple of every
  // denominator a value may have (100 and 1…12), and rounded to the whole number it exactly
  // is, so the sums stay whole and the rounding exact, as in the engine (values.ts).
  const [sum, scale] = spec.fractional
    ? [
        `(SUMPRODUCT(${W};IFERROR(${ok}*ROUND(${stage}*${VALUE_SCALE};0);0)${where})+${others}*${VALUE_SCALE})`,
        `*${VALUE_SCALE}`,
      ]
    : [`(SUMPRODUCT(${W};IFERROR(${ok}*${stage};0)${where})+${others})`, ''];
  return { sum, weight: `${weight}${scale}` };
}

/**
 * A stage with no value the engine takes (blank, or only 6, 0, text) has no data, as the
 * engine says (evaluation.ts): COUNT would take a 6 for data.
 */
function noValue(spec: FigureSpec): string {
  return `SUMPRODUCT(${validFormula(spec.stage, spec.fractional)})=0`;
}

/** An index, domain or aspect figure of one stage, rounded half-up to the cent once. */
export function figureFormula(spec: FigureSpec): Formula {
  const { sum, weight } = sums(spec);
  return formula(
    `=IF(${noValue(spec)};${spec.noData};IFERROR(INT((200*${sum}+${weight})/(2*${weight}))/100;""))`,
  );
}

/**
 * The same figure unrounded: one division of two whole numbers, so the cell holds the nearest
 * double to the exact value, and comparing it with an edge written as cents/100 (the nearest
 * double to the edge) orders them as the exact values are ordered.
 */
export function unroundedFormula(spec: FigureSpec): Formula {
  const { sum, weight } = sums(spec);
  return formula(`=IF(${noValue(spec)};${spec.noData};IFERROR(${sum}/(${weight});""))`);
}

/**
 * The predicate, with the bands baked in (re-run setup after editing them), read as the
 * evaluation year's report reads it (predicate.ts): from the rounded index's cell, or from the
 * unrounded index's. Bands are written in hundredths: a decimal literal would not parse in a
 * locale whose decimal mark is a comma, as Indonesia's is.
 */
export function predicateFormula(
  catalogue: Catalogue,
  cells: { readonly rounded: string; readonly unrounded: string },
  reading: PredicateReading,
  name: 'label' | 'alias',
): Formula {
  const bands = catalogue.predicates;
  const nameOf = (b: (typeof bands)[number] | undefined) =>
    (name === 'alias' ? b?.alias : b?.label) ?? '';
  const cell = reading === 'rounded' ? cells.rounded : cells.unrounded;
  const reaches = (cents: number) =>
    reading === 'rounded' ? `ROUND(${cell}*100;0)>=${cents}` : `${cell}>=${cents}/100`;
  const nested = bands
    .slice(0, -1)
    .reduceRight(
      (otherwise, band) =>
        `IF(${reaches(decimalToCents(band.min))};"${nameOf(band)}";${otherwise})`,
      `"${nameOf(bands[bands.length - 1])}"`,
    );
  return formula(`=IF(ISNUMBER(${cell});${nested};"")`);
}
