import type { OpdRef, PanelState } from '../../../shared/rpc';
import { indexNameOf } from '../../catalogue/registry';
import { entriesOf } from '../../evidence/entries';
import { loadContext, opdsOf } from '../../workbook/context';
import type { OpdRecord } from '../../workbook/ownership';
import type { WorkbookPort } from '../../workbook/port';
import { opdTabKey } from '../../workbook/tab-names';
import { panelText } from './panel-text';

export function refOf(opd: OpdRecord): OpdRef {
  return { key: opdTabKey(opd.code), code: opd.code, name: opd.name, tab: opd.tab };
}

/**
 * Who is at the keyboard, the tabs they fill, and the indicator row selected in the sheet
 * (which the panel follows). Someone who fills no tab is told whom to ask.
 */
export function panelState(
  wb: WorkbookPort,
  selection: { tab: string; row: number } | null,
  year: number,
): PanelState {
  const ctx = loadContext(wb, year);
  const { settings, catalogue, user, role } = ctx;
  const mine = opdsOf(ctx);
  let selected: PanelState['selection'] = null;
  const opd = selection ? mine.find((o) => o.tab === selection.tab) : undefined;
  if (opd && selection) {
    const entry = entriesOf(opd, catalogue, wb.read(opd.tab), settings.allowedHosts).find(
      (e) => e.row === selection.row && e.active,
    );
    if (entry) selected = { opdKey: opdTabKey(opd.code), code: entry.indicator.code };
  }
  return {
    user,
    role,
    indexName: indexNameOf(catalogue.id),
    opds: mine.map(refOf),
    selection: selected,
    notice: mine.length === 0 ? panelText.unregistered(user, settings.admins) : null,
  };
}
