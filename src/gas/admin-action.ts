import { type ActionFor, actionSpec } from '../core/actions/menu/actions';
import { menuText } from '../core/actions/menu/menu-text';
import { tidyLog } from '../core/audit/log-upkeep';
import { contextIfSetUp, loadContext, type WorkbookContext } from '../core/workbook/context';
import { requireAdmin } from '../core/workbook/roles';
import { ensureScopes } from './consent';
import { type ActionContext, actionContext, TIME_ZONE_PROPERTY } from './context';
import { runAction } from './run-action';

interface AdminRun extends ActionContext {
  readonly workbook: WorkbookContext;
}

/**
 * A Diskominfo menu action, in the one order every admin action follows: ask for the
 * permissions it needs, read the workbook once, refuse anyone but an admin before anything
 * changes, move the panel's waiting Log rows into the Log, then do the work.
 */
export function adminAction(action: ActionFor<'admins'>, work: (run: AdminRun) => void): void {
  runAction(() => {
    ensureScopes(action);
    const base = actionContext();
    const workbook = loadContext(base.wb, base.year);
    requireAdmin(workbook, menuText.doing[action]);
    // Once per click: an action that tidies under its own lock is not made to do it twice.
    if (!actionSpec(action).tidiesLog) base.wb.withLock(() => tidyLog(base.wb));
    rememberTimeZone(base);
    work({ ...base, workbook });
  });
}

/**
 * An action that also prepares a workbook for the first time (setup, the self-test): before
 * setup there are no admins yet and whoever runs it may; afterwards only admins.
 */
export function firstRunOrAdminAction(
  action: ActionFor<'firstRunThenAdmins'>,
  work: (run: ActionContext & { readonly workbook?: WorkbookContext }) => void,
): void {
  runAction(() => {
    ensureScopes(action);
    const base = actionContext();
    const workbook = contextIfSetUp(base.wb, base.year);
    if (workbook) requireAdmin(workbook, menuText.doing[action]);
    rememberTimeZone(base);
    work({ ...base, ...(workbook ? { workbook } : {}) });
  });
}

function rememberTimeZone({ wb, timeZone }: ActionContext): void {
  if (wb.property(TIME_ZONE_PROPERTY) !== timeZone) wb.setProperty(TIME_ZONE_PROPERTY, timeZone);
}
