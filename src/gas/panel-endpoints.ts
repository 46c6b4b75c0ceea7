import { actionText } from '../core/actions/menu/action-text';
import { coordinatorView, planView, writePlan } from '../core/actions/panel/coordinator-panel';
import { historyView } from '../core/actions/panel/history-panel';
import { opdView } from '../core/actions/panel/opd-view';
import { panelState } from '../core/actions/panel/panel-state';
import { panelText } from '../core/actions/panel/panel-text';
import { probeLinks } from '../core/actions/panel/probe-links';
import { saveEntry } from '../core/actions/panel/save-entry';
import { InputError, messageOf } from '../core/kernel/errors';
import type {
  Endpoint,
  EndpointRequest,
  EndpointResponse,
  ServerApi,
  SheetSelection,
} from '../shared/rpc';
import { TRANSIENT } from '../shared/rpc';
import { ensureScopes, hasScopes } from './consent';
import { type ActionContext, actionContext } from './context';
import { DriveClient } from './drive-client';
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

/**
 * A problem the user can fix keeps its message; anything else is said in plain words too,
 * marked when trying again can help. The panel says itself what became of the typing.
 */
function guard<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof InputError) throw new Error(error.message);
    const detail = messageOf(error);
    const said = permissionProblem(error, '') || actionText.unexpected(detail, '');
    throw new Error(`${actionText.transient(detail) ? TRANSIENT : ''}${said}`);
  }
}

const server: ServerApi = {
  panelState: () => guard(() => withContext((c) => panelState(c.wb, selection(), c.year))),
  panelOpd: (request) =>
    guard(() => withContext((c) => opdView(c.wb, request.opdKey, request.code, c.year))),
  panelSave: (request) =>
    guard(() => withContext((c) => saveEntry(c.wb, request, c.year, c.timestamp))),
  panelCoordinator: () => guard(() => withContext((c) => coordinatorView(c.wb, c.year))),
  panelPlan: (request) => guard(() => withContext((c) => planView(c.wb, request, c.year))),
  panelHistory: (request) =>
    guard(() => withContext((c) => historyView(c.wb, request.opdKey, request.code, c.year))),
  panelWritePlan: (request) =>
    guard(() => withContext((c) => writePlan(c.wb, request, c.year, c.timestamp))),
  panelProbe: (request) =>
    guard(() =>
      withContext((c) => {
        if (!hasScopes(['drive', 'fetch'])) throw new InputError(panelText.probeNeedsConsent());
        const started = Date.now();
        return probeLinks(c.wb, new DriveClient(), request, c.year, {
          now: c.now,
          elapsedMs: () => Date.now() - started,
          budgetMs: PROBE_BUDGET_MS,
        });
      }),
    ),
  panelGoTo: (request) => guard(() => goTo(request.tab, request.row)),
  panelSelection: () => guard(() => selectedRow()),
};

/**
 * The selected row and its first cell: what the panel polls every few seconds, so it reads
 * no tab and no setting (a handful of calls, not a workbook's worth).
 */
function selectedRow(): SheetSelection | null {
  const sheet = SpreadsheetApp.getActiveSheet();
  const cell = sheet?.getCurrentCell();
  if (!sheet || !cell) return null;
  const row = cell.getRow();
  return { tab: sheet.getName(), row, code: String(sheet.getRange(row, 1).getValue()).trim() };
}

/** "Cek akses" answers within this; what is left is said, not waited for. */
const PROBE_BUDGET_MS = 20_000;

/** Selects a tab and row in the sheet: what "Buka di lembar" does (no cell changes). */
function goTo(tab: string, row: number): null {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab);
  if (!sheet) throw new InputError(panelText.tabGone());
  sheet.activate();
  if (row > 0) sheet.setActiveSelection(`A${Math.floor(row)}`);
  return null;
}

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
