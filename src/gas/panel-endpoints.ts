import { actionText } from '../core/action-text';
import { InputError, messageOf } from '../core/errors';
import { coordinatorView, planView, writePlan } from '../core/panel/coordinator-panel';
import { historyView } from '../core/panel/history-panel';
import { opdView, panelState, saveEntry } from '../core/panel/opd-panel';
import type { Endpoint, EndpointRequest, EndpointResponse, ServerApi } from '../shared/rpc';
import { ensureScopes } from './consent';
import { type ActionContext, actionContext } from './context';
import { permissionProblem } from './permission-problem';
import { runAction } from './run-action';

/**
 * The sidebar's endpoints, typed by the table the client uses. Each call runs as the user at
 * the keyboard, so sheet protection applies to it too; core re-validates every write.
 */
function selection(): { tab: string; row: number } | null {
  const sheet = SpreadsheetApp.getActiveSheet();
  const cell = sheet?.getCurrentCell();
  return sheet && cell ? { tab: sheet.getName(), row: cell.getRow() } : null;
}

/** A problem the user can fix keeps its message; anything else is said in plain words too. */
function guard<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof InputError) throw new Error(error.message);
    throw new Error(permissionProblem(error) || actionText.unexpected(messageOf(error)));
  }
}

const server: ServerApi = {
  panelState: () => guard(() => withContext((c) => panelState(c.wb, selection(), c.year))),
  panelOpd: (request) =>
    guard(() => withContext((c) => opdView(c.wb, request.opdKey, request.code, c.year))),
  panelSave: (request) =>
    guard(() => withContext((c) => saveEntry(c.wb, request, c.year, c.timestamp))),
  panelCoordinator: () => guard(() => withContext((c) => coordinatorView(c.wb, c.year, c.today))),
  panelPlan: (request) => guard(() => withContext((c) => planView(c.wb, request.target, c.year))),
  panelHistory: (request) =>
    guard(() => withContext((c) => historyView(c.wb, request.opdKey, request.code, c.year))),
  panelWritePlan: (request) =>
    guard(() => withContext((c) => writePlan(c.wb, request.target, c.year, c.timestamp))),
};

/** The top-level function for one endpoint of the typed table (main.ts assigns each). */
export function endpoint<K extends Endpoint>(
  name: K,
): (request: EndpointRequest<K>) => EndpointResponse<K> {
  return (request) => (server[name] as (r: EndpointRequest<K>) => EndpointResponse<K>)(request);
}

function withContext<T>(work: (c: ActionContext) => T): T {
  return work(actionContext());
}

export function openPanel(): void {
  runAction(() => {
    ensureScopes('panel');
    const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('SPBE');
    SpreadsheetApp.getUi().showSidebar(html);
  });
}
