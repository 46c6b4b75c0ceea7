import { asText } from '../workbook/cells';
import { isFormula, type WorkbookPort } from '../workbook/port';
import { TAB } from '../workbook/tab-names';
import { ARCHIVE_TAB } from './log-upkeep';
import { SNAPSHOT_TAB } from './snapshots';

/**
 * The tabs that hold copies of what people typed — the Log, its archive, the snapshots —
 * hold words only. Releases before layout 2 let a formula a PIC typed reach them as a live
 * formula (R14); this turns each such cell into its text, one write per tab that has one.
 * Returns the tabs it changed.
 */
export function copiesAsWords(wb: WorkbookPort): string[] {
  const changed: string[] = [];
  for (const tab of [TAB.log, ARCHIVE_TAB, SNAPSHOT_TAB]) {
    const content = wb.read(tab);
    if (!content?.cells.some((row) => row.some(isFormula))) continue;
    wb.write(tab, { cells: content.cells.map((row) => row.map(asText)) }, content);
    changed.push(tab);
  }
  return changed;
}
