import type { HistoryView } from '../../audit/audit-log';
import { historyOf } from '../../audit/audit-log';
import { ARCHIVE_TAB } from '../../audit/log-upkeep';
import { pendingLogRows } from '../../audit/pending-log';
import { InputError } from '../../kernel/errors';
import { loadContext } from '../../workbook/context';
import type { WorkbookPort } from '../../workbook/port';
import { requireReader } from '../../workbook/roles';
import { opdTabKey, TAB } from '../../workbook/tab-names';
import { panelText } from './panel-text';

/** An indicator's history on one OPD's tab, for its PICs and the admins. */
export function historyView(
  wb: WorkbookPort,
  opdKey: string,
  code: string,
  year: number,
): HistoryView {
  const ctx = loadContext(wb, year);
  const opd = ctx.opds.find((o) => opdTabKey(o.code) === opdKey);
  if (!opd) throw new InputError(panelText.tabGone());
  requireReader(ctx, opd);
  const logs = [
    wb.read(TAB.log)?.cells ?? [],
    wb.read(ARCHIVE_TAB)?.cells ?? [],
    [[], ...pendingLogRows(wb)],
  ];
  return { entries: historyOf(logs, opd.code, code).slice(0, 50) };
}
