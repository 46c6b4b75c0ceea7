import { readFacts } from '../evidence/facts-tab';
import { linkStatus } from '../evidence/link-status';
import { linksInCell } from '../evidence/links';
import type { Cell } from '../workbook/port';
import { cellsOf, inShapeOf } from './cells';

/**
 * SPBE_BUKTI: what the last completeness check learnt from Drive about each link of a cell,
 * read from the _Bukti tab (passed in by the entry point): no Drive call, so it works as a
 * custom function. Several links in a cell give one line each.
 */
export function evidenceFormula(
  links: unknown,
  factsTable: readonly (readonly Cell[])[] | undefined,
): string | string[][] {
  const facts = readFacts(factsTable ? { cells: factsTable } : undefined);
  const shape = cellsOf(links);
  const answers = shape.cells.map((cell) =>
    linksInCell(cell.value)
      .map((text) => linkStatus(text, facts).message)
      .join('\n'),
  );
  return inShapeOf(shape, answers);
}
