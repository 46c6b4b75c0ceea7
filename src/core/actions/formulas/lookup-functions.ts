import { levelName, readLevel } from '../../catalogue/levels';
import { findIndicator, scaleOf } from '../../catalogue/lookup';
import { exactOfIndex, predicateOf } from '../../catalogue/predicate';
import { resolveCatalogue } from '../../catalogue/registry';
import type { Catalogue, Indicator } from '../../catalogue/types';
import { TOTAL_WEIGHT_BP } from '../../catalogue/types';
import { InputError } from '../../kernel/errors';
import { isBlank } from '../../kernel/text';
import { type Cell, type Cells, cellsOf, inShapeOf, isOmitted, readYearArgument } from './cells';
import { msg } from './formula-text';
import { readScore } from './score-values';

/**
 * SPBE_PREDIKAT: the predicate of an index, or of each index in a range (one per cell), read as
 * the evaluation year's report reads it (rounded or unrounded index: predicate.ts).
 */
export function predicateFormula(
  index: unknown,
  framework?: unknown,
  name?: unknown,
  year?: unknown,
): string | string[][] {
  const catalogue = resolveCatalogue(framework);
  const alias = readPredicateName(name);
  const evaluationYear = readYearArgument(year);
  const shape = cellsOf(index);
  const answers = shape.cells.map((cell) => {
    if (isBlank(cell.value)) return '';
    const value = readScore(cell.value, msg.cellPlace(shape, cell, 'indeks'));
    const predicate = predicateOf(catalogue, exactOfIndex(value), evaluationYear);
    return alias ? predicate.alias : predicate.label;
  });
  return inShapeOf(shape, answers);
}

/** The optional `nama` argument: "predikat" (default) or "kematangan" (the maturity alias). */
function readPredicateName(name: unknown): boolean {
  if (isOmitted(name) || isBlank(name)) return false;
  const text = String(name).trim().toLowerCase();
  if (text === 'predikat') return false;
  if (text === 'kematangan') return true;
  throw new InputError(msg.predicateNameUnknown(String(name)));
}

/**
 * SPBE_TINGKAT: the name of a level on the scale of an indicator (process or service), or on
 * the catalogue's default scale when no indicator is given. A blank level is "Belum dinilai".
 */
export function levelNameFormula(
  level: unknown,
  indicator?: unknown,
  framework?: unknown,
): string | string[][] {
  const catalogue = resolveCatalogue(framework);
  const levels = cellsOf(level);
  const indicators = isOmitted(indicator) ? undefined : cellsOf(indicator);
  // One indicator applies to every level; a range of them pairs up cell by cell.
  const pairwise = indicators !== undefined && indicators.cells.length > 1;
  if (pairwise && indicators.cells.length !== levels.cells.length) {
    throw new InputError(msg.codesCountWrong(indicators.cells.length, levels.cells.length));
  }
  const answers = levels.cells.map((cell, i) => {
    const codeCell = pairwise ? indicators.cells[i] : indicators?.cells[0];
    const found = codeCell ? indicatorIn(catalogue, indicators as Cells, codeCell) : undefined;
    const reading = readLevel(cell.value, scaleOf(catalogue, found));
    if (!reading.ok)
      throw new InputError(
        msg.badLevel(msg.cellPlace(levels, cell, 'tingkat'), found?.code, reading.problem),
      );
    return reading.level === null
      ? msg.notAssessedName()
      : levelName(scaleOf(catalogue, found), reading.level);
  });
  return inShapeOf(levels, answers);
}

/** SPBE_BOBOT: an indicator's weight as a fraction of the index (0.013 for indicator 1). */
export function weightFormula(
  indicator: unknown,
  framework?: unknown,
): number | (number | string)[][] {
  const catalogue = resolveCatalogue(framework);
  const shape = cellsOf(indicator);
  if (!shape.isRange && isBlank(indicator)) throw new InputError(msg.indicatorMissing(catalogue));
  const answers = shape.cells.map((cell) => {
    const found = indicatorIn(catalogue, shape, cell);
    return found ? found.weightBp / TOTAL_WEIGHT_BP : '';
  });
  return inShapeOf(shape, answers) as number | (number | string)[][];
}

function indicatorIn(catalogue: Catalogue, shape: Cells, cell: Cell): Indicator | undefined {
  if (isBlank(cell.value)) return undefined;
  const found = findIndicator(catalogue, cell.value);
  if (!found)
    throw new InputError(
      msg.unknownIndicator(msg.cellPlace(shape, cell, 'kode'), cell.value, catalogue),
    );
  return found;
}
