import { readValue } from '../../catalogue/levels';
import { findIndicator, scaleOf } from '../../catalogue/lookup';
import type { Catalogue, Indicator } from '../../catalogue/types';
import type { LevelMap } from '../../evaluation/scoring';
import { InputError } from '../../kernel/errors';
import { isBlank } from '../../kernel/text';
import { type Cell, type Cells, cellsOf, isOmitted } from './cells';
import { msg } from './formula-text';

export interface LevelsArgument {
  readonly levels: LevelMap;
  /** For each cell of the levels range, the indicator it holds (null for a skipped empty row). */
  readonly indicatorAt: readonly (Indicator | null)[];
  readonly shape: Cells;
}

/**
 * Reads `levels` with optional parallel `codes`. Without codes there must be exactly one
 * value per indicator, in catalogue order; with codes any order or subset works, and an
 * indicator that is not listed is "belum dinilai".
 */
export function readLevelsArgument(
  catalogue: Catalogue,
  levelsArg: unknown,
  codesArg: unknown,
): LevelsArgument {
  const shape = cellsOf(levelsArg);
  return isOmitted(codesArg)
    ? readInCatalogueOrder(catalogue, shape)
    : readWithCodes(catalogue, shape, cellsOf(codesArg));
}

function readInCatalogueOrder(catalogue: Catalogue, shape: Cells): LevelsArgument {
  const expected = catalogue.indicators.length;
  if (shape.cells.length !== expected) {
    throw new InputError(msg.levelCountWrong(shape.cells.length, catalogue));
  }
  const levels = new Map<string, number | null>();
  shape.cells.forEach((cell, i) => {
    const indicator = catalogue.indicators[i] as Indicator;
    levels.set(indicator.code, levelIn(catalogue, shape, cell, indicator));
  });
  return { levels, indicatorAt: catalogue.indicators, shape };
}

function readWithCodes(catalogue: Catalogue, shape: Cells, codes: Cells): LevelsArgument {
  if (codes.cells.length !== shape.cells.length) {
    throw new InputError(msg.codesCountWrong(codes.cells.length, shape.cells.length));
  }
  const levels = new Map<string, number | null>();
  const seenAt = new Map<string, Cell>();
  const indicatorAt: (Indicator | null)[] = [];
  shape.cells.forEach((cell, i) => {
    const codeCell = codes.cells[i] as Cell;
    if (isBlank(codeCell.value)) {
      if (!isBlank(cell.value))
        throw new InputError(msg.levelWithoutCode(msg.cellPlace(codes, codeCell, 'kode')));
      indicatorAt.push(null);
      return;
    }
    const indicator = findIndicator(catalogue, codeCell.value);
    if (!indicator) {
      throw new InputError(
        msg.unknownIndicator(msg.cellPlace(codes, codeCell, 'kode'), codeCell.value, catalogue),
      );
    }
    const earlier = seenAt.get(indicator.code);
    if (earlier) {
      throw new InputError(
        msg.duplicateIndicator(
          msg.cellPlace(codes, codeCell, 'kode'),
          indicator.code,
          msg.cellPlace(codes, earlier, 'kode'),
        ),
      );
    }
    seenAt.set(indicator.code, codeCell);
    levels.set(indicator.code, levelIn(catalogue, shape, cell, indicator));
    indicatorAt.push(indicator);
  });
  return { levels, indicatorAt, shape };
}

function levelIn(
  catalogue: Catalogue,
  shape: Cells,
  cell: Cell,
  indicator: Indicator,
): number | null {
  const reading = readValue(cell.value, scaleOf(catalogue, indicator), !!catalogue.fractional);
  if (reading.ok) return reading.value;
  throw new InputError(
    msg.badLevel(msg.cellPlace(shape, cell, 'tingkat'), indicator.code, reading.problem),
  );
}
