import type { HistoryView } from '../../shared/rpc';
import { historyOf } from '../audit/audit-log';
import { pendingLogRows } from '../audit/pending-log';
import { ARCHIVE_TAB } from '../audit/record-edit';
import { InputError } from '../errors';
import { readCheckInputs } from '../evidence/check';
import type { WorkbookPort } from '../workbook/port';
import { opdTabKey, TAB } from '../workbook/tab-names';
import { roleOf } from './opd-panel';
import { panelText } from './panel-text';

/** An indicator's history on one OPD's tab, for its PICs and the admins. */
export function historyView(
  wb: WorkbookPort,
  opdKey: string,
  code: string,
  year: number,
): HistoryView {
  const { settings, opds } = readCheckInputs(wb, year);
  const opd = opds.find((o) => opdTabKey(o.code) === opdKey);
  if (!opd) throw new InputError(panelText.tabGone());
  const user = wb.userEmail().toLowerCase();
  if (roleOf(user, settings, opds) !== 'admin' && !opd.pics.includes(user))
    throw new InputError(panelText.notYourTab(opd.tab));
  const logs = [
    wb.read(TAB.log)?.cells ?? [],
    wb.read(ARCHIVE_TAB)?.cells ?? [],
    [[], ...pendingLogRows(wb)],
  ];
  return { entries: historyOf(logs, opd.code, code).slice(0, 50) };
}
