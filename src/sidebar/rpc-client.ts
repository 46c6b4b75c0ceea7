import { ACTIONS } from '../core/actions/menu/actions';
import {
  type Endpoint,
  type EndpointRequest as Request,
  type EndpointResponse as Response,
  TRANSIENT,
} from '../shared/rpc';
import { sidebarText } from './sidebar-text';

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: unknown) => void): ScriptRun;
  [endpoint: string]: unknown;
}

/** A failed call in words a civil servant can act on, and whether trying again can help. */
export class PanelError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

/** Calls a top-level server function through google.script.run; its answer, or why not. */
function send(name: string, request: object): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const run = (window as unknown as { google?: { script?: { run?: ScriptRun } } }).google?.script
      ?.run;
    if (!run) {
      reject(new PanelError(sidebarText.outsideSheets, false));
      return;
    }
    const runner = run.withSuccessHandler(resolve).withFailureHandler((e) => reject(friendly(e)));
    (runner[name] as (r: object) => void)(request);
  });
}

/** A promise over google.script.run, typed by the endpoint table the server implements. */
export function call<K extends Endpoint>(name: K, request: Request<K>): Promise<Response<K>> {
  return send(name, request as object) as Promise<Response<K>>;
}

/** The Diskominfo menu items the coordinator's view also offers. */
export type PanelMenuAction = 'check' | 'remind' | 'report';

/**
 * Runs a menu action from the panel, as its menu item would (the same top-level function):
 * its questions and its answer appear as Sheets dialogs, over the panel.
 */
export async function runMenuAction(id: PanelMenuAction): Promise<void> {
  await send(ACTIONS.find((a) => a.id === id)?.handler ?? '', {});
}

/** A failure as a sentence a civil servant can act on. */
function friendly(error: unknown): PanelError {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  // Messages from our server are already plain Indonesian, marked when they pass by
  // themselves; only the transport's own failures (named technically) are translated.
  if (message.startsWith(TRANSIENT)) return new PanelError(message.slice(TRANSIENT.length), true);
  if (/^(ScriptError|Authorization|PERMISSION_DENIED|Error 40[13])/i.test(message))
    return new PanelError(sidebarText.accessDenied, false);
  if (/^(NetworkError|Failed to fetch|TypeError: Failed to fetch|Error: Network)/i.test(message))
    return new PanelError(sidebarText.offline, true);
  return new PanelError(message || sidebarText.unknown, false);
}
