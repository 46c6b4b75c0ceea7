import type {
  Endpoint,
  EndpointRequest as Request,
  EndpointResponse as Response,
} from '../shared/rpc';
import { sidebarText } from './sidebar-text';

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: unknown) => void): ScriptRun;
  [endpoint: string]: unknown;
}

/** A promise over google.script.run, typed by the endpoint table the server implements. */
export function call<K extends Endpoint>(name: K, request: Request<K>): Promise<Response<K>> {
  return new Promise((resolve, reject) => {
    const run = (window as unknown as { google?: { script?: { run?: ScriptRun } } }).google?.script
      ?.run;
    if (!run) {
      reject(new Error(sidebarText.outsideSheets));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as Response<K>))
      .withFailureHandler((error) => reject(new Error(friendly(error))));
    (runner[name] as (r: Request<K>) => void)(request);
  });
}

/** A failure as a sentence a civil servant can act on. */
function friendly(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  // Messages from our server are already plain Indonesian; only the transport's own failures
  // (which start with their technical name) are translated.
  if (/^(ScriptError|Authorization|PERMISSION_DENIED|Error 40[13])/i.test(message))
    return sidebarText.accessDenied;
  if (/^(NetworkError|Failed to fetch|TypeError: Failed to fetch|Error: Network)/i.test(message))
    return sidebarText.offline;
  return message || sidebarText.unknown;
}
