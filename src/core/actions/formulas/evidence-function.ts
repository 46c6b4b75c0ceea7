import { FACTS_HEADER, readFacts, readLabels } from '../../evidence/facts-tab';
import { linkStatus } from '../../evidence/link-status';
import { linksInCell, parseLink } from '../../evidence/links';
import { InputError } from '../../kernel/errors';
import type { Cell } from '../../workbook/port';
import { cellsOf, inShapeOf } from './cells';
import { msg } from './formula-text';

/**
 * SPBE_BUKTI: what the last completeness check learnt from Drive about each link of a cell,
 * read from the _Bukti range passed as the second argument. Sheets recalculates a custom
 * function only when an argument changes, so the facts must be an argument: each check that
 * rewrites _Bukti then refreshes every SPBE_BUKTI cell. No service is called.
 */
export function evidenceFormula(links: unknown, facts: unknown): string | string[][] {
  if (!Array.isArray(facts)) throw new InputError(msg.evidenceRangeMissing());
  const grid = facts as Cell[][];
  if (!grid.some((row) => Array.isArray(row) && row.some((c) => c === FACTS_HEADER)))
    throw new InputError(msg.evidenceRangeMissing());
  const table = readFacts({ cells: grid });
  const labels = readLabels({ cells: grid });
  const shape = cellsOf(links);
  const answers = shape.cells.map((cell) => {
    // A labelled link reaches a custom function as its label alone (R15): the last check
    // recorded which files sit behind each label.
    const behind = typeof cell.value === 'string' ? labels.get(cell.value.trim()) : undefined;
    const texts = behind ?? linksInCell(cell.value);
    return texts
      .map((text) => {
        const status = linkStatus(text, table);
        return parseLink(text).kind === 'not-a-link' ? msg.evidenceNotALink() : status.message;
      })
      .join('\n');
  });
  return inShapeOf(shape, answers);
}
