/**
 * Stand-ins for Drive as the check reaches it: UrlFetchApp.fetchAll against the Drive REST
 * API (files.get and a children listing), DriveApp for the fallback, and ScriptApp for the
 * OAuth token and the continuation trigger. Files can be in every state, and requests can be
 * made to fail (403, 429, a timeout that fails the whole round). Every call is counted.
 */
import type { DemoFile } from '../../src/core/demo/kendari-demo';
import type { CallLog } from './ui';

export type Failure = 403 | 429 | 500 | 'timeout';

export class FakeDrive {
  readonly files = new Map<string, DemoFile>();
  readonly failures = new Map<string, Failure>();
  readonly triggers: { handler: string; afterMs: number }[] = [];
  fetchAllCalls = 0;
  requestsServed = 0;
  /** Called once per fetchAll round (to move a fake clock, say). */
  onRound: (() => void) | undefined;

  constructor(
    private readonly log: CallLog,
    files: readonly DemoFile[] = [],
  ) {
    for (const f of files) this.files.set(f.id, f);
  }

  private answer(url: string): { code: number; body: string } {
    const children = /\/files\?q=([^&]+)/.exec(url);
    const id = children
      ? (/'([^']+)' in parents/.exec(decodeURIComponent(children[1] ?? ''))?.[1] ?? '')
      : decodeURIComponent(/\/files\/([^?]+)/.exec(url)?.[1] ?? '');
    const failure = this.failures.get(id);
    if (failure === 403)
      return {
        code: 403,
        body: '{"error":{"code":403,"message":"The user does not have sufficient permissions for this file."}}',
      };
    if (failure === 429 || failure === 500)
      return { code: failure, body: '{"error":{"code":429,"message":"Rate limit exceeded"}}' };
    const file = this.files.get(id);
    if (!file || file.status === 404)
      return { code: 404, body: `{"error":{"code":404,"message":"File not found: ${id}."}}` };
    if (children)
      return {
        code: 200,
        body: JSON.stringify({
          files: Array.from({ length: Math.min(file.children ?? 0, 1) }, (_, i) => ({
            id: `${id}-child${i}`,
          })),
        }),
      };
    if (!url.includes('fields='))
      throw new Error('the add-on must ask only for the fields it needs');
    return {
      code: 200,
      body: JSON.stringify({
        id,
        name: file.name,
        mimeType: file.mimeType,
        modifiedTime: file.modifiedTime,
        trashed: file.trashed === true,
        owners: [{ emailAddress: file.owner }],
        ...(file.shortcutTarget ? { shortcutDetails: { targetId: file.shortcutTarget } } : {}),
        permissions: [
          { type: 'user', role: 'owner' },
          ...(file.sharing === 'anyone'
            ? [{ type: 'anyone', role: 'reader' }]
            : file.sharing === 'domain'
              ? [{ type: 'domain', role: 'reader' }]
              : []),
        ],
      }),
    };
  }

  services(): Record<string, unknown> {
    const log = this.log;
    const UrlFetchApp = {
      fetchAll: (requests: GoogleAppsScript.URL_Fetch.URLFetchRequest[]) => {
        log.record('UrlFetchApp.fetchAll');
        this.fetchAllCalls += 1;
        this.onRound?.();
        if (requests.length > 100)
          throw new Error('the add-on promised at most 100 requests per round');
        for (const r of requests) {
          const auth = (r.headers as Record<string, string> | undefined)?.Authorization;
          if (auth !== 'Bearer fake-token')
            throw new Error('Drive API request without the OAuth token');
          if (r.muteHttpExceptions !== true)
            throw new Error('without muteHttpExceptions one 404 would fail the whole round');
        }
        const ids = requests.map((r) =>
          decodeURIComponent(/\/files\/([^?]+)/.exec(r.url)?.[1] ?? ''),
        );
        if (ids.some((id) => this.failures.get(id) === 'timeout'))
          throw new Error('Exception: Timeout: https://www.googleapis.com');
        return requests.map((r) => {
          const { code, body } = this.answer(r.url);
          this.requestsServed += 1;
          return {
            getResponseCode: () => code,
            getContentText: () => body,
          } as GoogleAppsScript.URL_Fetch.HTTPResponse;
        });
      },
    } satisfies Partial<Record<keyof GoogleAppsScript.URL_Fetch.UrlFetchApp, unknown>>;

    const item = (id: string, folder: boolean) => {
      log.record(folder ? 'DriveApp.getFolderById' : 'DriveApp.getFileById');
      const file = this.files.get(id);
      const isFolder = file?.mimeType === 'application/vnd.google-apps.folder';
      if (!file || file.status === 404 || this.failures.get(id) === 403 || isFolder !== folder) {
        throw new Error(
          'Exception: No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
        );
      }
      const access =
        file.sharing === 'anyone'
          ? 'ANYONE_WITH_LINK'
          : file.sharing === 'domain'
            ? 'DOMAIN_WITH_LINK'
            : 'PRIVATE';
      const none = { hasNext: () => false };
      return {
        getName: () => file.name,
        getMimeType: () => file.mimeType,
        getLastUpdated: () => new Date(file.modifiedTime),
        isTrashed: () => file.trashed === true,
        getOwner: () => ({ getEmail: () => file.owner }),
        getSharingAccess: () => access,
        getFiles: () => ({ hasNext: () => (file.children ?? 0) > 0 }),
        getFolders: () => none,
      };
    };
    const DriveApp = {
      getFileById: (id: string) => item(id, false) as unknown as GoogleAppsScript.Drive.File,
      getFolderById: (id: string) => item(id, true) as unknown as GoogleAppsScript.Drive.Folder,
    } satisfies Partial<Record<keyof GoogleAppsScript.Drive.DriveApp, unknown>>;

    const triggerOf = (t: { handler: string }) => ({ getHandlerFunction: () => t.handler, ...t });
    const ScriptApp = {
      AuthMode: {
        NONE: 'NONE',
        CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
        LIMITED: 'LIMITED',
        FULL: 'FULL',
      },
      getOAuthToken: () => {
        log.record('ScriptApp.getOAuthToken');
        return 'fake-token';
      },
      getProjectTriggers: () => {
        log.record('ScriptApp.getProjectTriggers');
        return this.triggers.map(triggerOf);
      },
      deleteTrigger: (t: { handler: string; afterMs: number }) => {
        log.record('ScriptApp.deleteTrigger');
        const at = this.triggers.findIndex(
          (x) => x.handler === t.handler && x.afterMs === t.afterMs,
        );
        if (at >= 0) this.triggers.splice(at, 1);
      },
      newTrigger: (handler: string) => ({
        forSpreadsheet: (_ss: unknown) => ({
          onEdit: () => ({
            create: () => {
              log.record('ScriptApp.newTrigger');
              this.triggers.push({ handler, afterMs: 0 });
              return triggerOf({ handler });
            },
          }),
        }),
        timeBased: () => ({
          after: (afterMs: number) => ({
            create: () => {
              log.record('ScriptApp.newTrigger');
              this.triggers.push({ handler, afterMs });
              return triggerOf({ handler });
            },
          }),
        }),
      }),
    };
    return { UrlFetchApp, DriveApp, ScriptApp };
  }
}
