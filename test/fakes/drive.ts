/**
 * Drive as the check reaches it (rule R10): UrlFetchApp.fetchAll against the Drive REST API
 * (files.get and a children listing) with the script's OAuth token, anonymous requests to a
 * file's view address (what an external assessor meets), and DriveApp for the fallback.
 * Drive answers as its reference says: 404 for a file the caller cannot read (not 403);
 * `permissions` only to someone who may share the file, never for shared-drive items; 403
 * accessNotConfigured when the Cloud project has the API off; shared-drive items only with
 * supportsAllDrives. Requests can be made to fail (403, 429, 500, a timeout of the round).
 * Every call is counted, and each request spends the user's URL Fetch quota (R8).
 */
import type { DemoFile } from '../../src/demo/kendari-demo';
import type { Runtime } from './runtime';
import { SCOPE } from './scopes';

/**
 * 403: no permission for this file (insufficientFilePermissions); '403-rate': Drive's
 * per-user rate limit, also a 403; 429, 500: come back later; 'timeout': the round fails.
 */
export type Failure = 403 | '403-rate' | 429 | 500 | 'timeout';

/** A file as Drive holds it: the demo's facts plus who it is shared with. */
export type DriveFile = DemoFile & {
  /** People the file is shared with by name (reader or writer). */
  readonly readers?: readonly string[];
  readonly writers?: readonly string[];
  /** Lives in a shared drive (no per-file permissions in files.get; needs supportsAllDrives). */
  readonly sharedDrive?: boolean;
};

interface Host {
  readonly rt: Runtime;
  count(method: string): void;
}

const LOGIN = 'https://accounts.google.com/ServiceLogin?service=wise&passive=1209600';

export class FakeDrive {
  readonly files = new Map<string, DriveFile>();
  readonly failures = new Map<string, Failure>();
  /** Failures that clear after answering so a number of times (a rate limit passing). */
  readonly passing = new Map<string, { failure: 429 | 500 | '403-rate'; times: number }>();
  /** Drive API calls answered, whether alone or inside a batch. */
  apiCallsServed = 0;
  fetchAllCalls = 0;
  requestsServed = 0;
  /** Called once per fetchAll round (to move a fake clock, say). */
  onRound: (() => void) | undefined;

  constructor(
    private readonly host: Host,
    files: readonly DriveFile[] = [],
  ) {
    for (const f of files) this.files.set(f.id, f);
  }

  private domainOf(email: string): string {
    return email.split('@')[1]?.toLowerCase() ?? '';
  }

  canRead(file: DriveFile, user: string): boolean {
    const u = user.toLowerCase();
    if (file.owner.toLowerCase() === u) return true;
    if ([...(file.readers ?? []), ...(file.writers ?? [])].some((e) => e.toLowerCase() === u))
      return true;
    if (file.sharing === 'anyone') return true;
    return (
      file.sharing === 'domain' &&
      this.host.rt.isWorkspaceUser(u) &&
      this.domainOf(u) === this.domainOf(file.owner)
    );
  }

  private canShare(file: DriveFile, user: string): boolean {
    const u = user.toLowerCase();
    return (
      !file.sharedDrive &&
      (file.owner.toLowerCase() === u || (file.writers ?? []).some((e) => e.toLowerCase() === u))
    );
  }

  private error(code: number, reason: string, message: string) {
    return {
      code,
      body: JSON.stringify({ error: { code, message, errors: [{ reason, message }] } }),
    };
  }

  /** The Drive REST API, as the token's user. */
  private api(
    url: string,
    user: string,
    granted: readonly string[],
  ): { code: number; body: string } {
    const rt = this.host.rt;
    if (!rt.driveApiEnabled)
      return this.error(
        403,
        'accessNotConfigured',
        'Google Drive API has not been used in project 1234 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/drive.googleapis.com/overview?project=1234 then retry.',
      );
    if (!granted.includes(SCOPE.driveRead) && !granted.includes(SCOPE.drive))
      return this.error(
        403,
        'insufficientPermissions',
        'Request had insufficient authentication scopes.',
      );
    if (/\/drive\/v3\/about\?/.test(url))
      return { code: 200, body: JSON.stringify({ user: { emailAddress: user } }) };
    const children = /\/files\?q=([^&]+)/.exec(url);
    const id = children
      ? (/'([^']+)' in parents/.exec(decodeURIComponent(children[1] ?? ''))?.[1] ?? '')
      : decodeURIComponent(/\/files\/([^?]+)/.exec(url)?.[1] ?? '');
    this.apiCallsServed += 1;
    const passing = this.passing.get(id);
    let failure = this.failures.get(id);
    if (!failure && passing && passing.times > 0) {
      passing.times -= 1;
      failure = passing.failure;
    }
    if (failure === 403)
      return this.error(
        403,
        'insufficientFilePermissions',
        'The user does not have sufficient permissions for this file.',
      );
    if (failure === '403-rate')
      return this.error(403, 'userRateLimitExceeded', 'User rate limit exceeded.');
    if (failure === 429) return this.error(429, 'rateLimitExceeded', 'Rate limit exceeded');
    if (failure === 500) return this.error(500, 'backendError', 'Backend Error');
    const file = this.files.get(id);
    const allDrives = /[?&]supportsAllDrives=true/.test(url);
    const notFound = this.error(404, 'notFound', `File not found: ${id}.`);
    if (!file || file.status === 404 || !this.canRead(file, user)) return notFound;
    if (file.sharedDrive && !allDrives) return notFound;
    if (children) {
      if (file.sharedDrive && !/includeItemsFromAllDrives=true/.test(url))
        return { code: 200, body: JSON.stringify({ files: [] }) };
      return {
        code: 200,
        body: JSON.stringify({
          files: Array.from({ length: Math.min(file.children ?? 0, 1) }, (_, i) => ({
            id: `${id}-child${i}`,
          })),
        }),
      };
    }
    if (!url.includes('fields='))
      throw new Error('the add-on must ask only for the fields it needs');
    const permissions = this.canShare(file, user)
      ? {
          permissions: [
            { type: 'user', role: 'owner' },
            ...(file.sharing === 'anyone'
              ? [{ type: 'anyone', role: 'reader' }]
              : file.sharing === 'domain'
                ? [{ type: 'domain', role: 'reader' }]
                : []),
          ],
        }
      : {};
    return {
      code: 200,
      body: JSON.stringify({
        id,
        name: file.name,
        mimeType: file.mimeType,
        modifiedTime: file.modifiedTime,
        trashed: file.trashed === true,
        owners: file.sharedDrive ? undefined : [{ emailAddress: file.owner }],
        ...(file.shortcutTarget ? { shortcutDetails: { targetId: file.shortcutTarget } } : {}),
        ...permissions,
      }),
    };
  }

  /**
   * Drive's batch endpoint: a multipart/mixed POST of up to 100 GET requests, each answered
   * as files.get or the children listing would be, in a multipart/mixed response whose parts
   * name the request they answer (Content-ID "response-" + the request's). More than 100
   * calls, or a part that is not an HTTP GET, refuse the whole batch with 400.
   */
  private batch(
    r: GoogleAppsScript.URL_Fetch.URLFetchRequest,
    user: string,
    granted: readonly string[],
  ): { code: number; body: string; contentType?: string } {
    const boundary = /boundary=([^;]+)/.exec(String(r.contentType ?? ''))?.[1];
    if (String(r.method).toLowerCase() !== 'post' || !boundary)
      return this.error(400, 'badRequest', 'A batch request is a multipart/mixed POST.');
    const payload = String(r.payload ?? '');
    if (!payload.endsWith(`--${boundary}--\r\n`))
      return this.error(400, 'badRequest', 'The batch body does not end with its boundary.');
    const parts = payload
      .split(`--${boundary}`)
      .slice(1, -1)
      .map((part) => ({
        id: /Content-ID:\s*<([^>]+)>/i.exec(part)?.[1],
        line: /\r\n\r\n(GET|POST|PUT|PATCH|DELETE) (\S+) HTTP\/1\.1/.exec(part),
        type: /Content-Type:\s*application\/http/i.test(part),
      }));
    if (parts.length > 100)
      return this.error(400, 'badRequest', 'A batch holds at most 100 calls.');
    if (parts.some((p) => !p.id || !p.type || p.line?.[1] !== 'GET'))
      return this.error(400, 'badRequest', 'Each part must be an application/http GET.');
    const out = 'batch_answer';
    const body = parts
      .map((p) => {
        const inner = this.api(`https://www.googleapis.com${p.line?.[2] ?? ''}`, user, granted);
        return [
          `--${out}`,
          'Content-Type: application/http',
          `Content-ID: <response-${p.id}>`,
          '',
          `HTTP/1.1 ${inner.code} ${inner.code === 200 ? 'OK' : 'Error'}`,
          'Content-Type: application/json; charset=UTF-8',
          '',
          inner.body,
          '',
        ].join('\r\n');
      })
      .join('');
    return {
      code: 200,
      body: `${body}--${out}--\r\n`,
      contentType: `multipart/mixed; boundary=${out}`,
    };
  }

  /** A file's web address fetched without credentials, as an assessor's browser would. */
  private anonymous(
    url: string,
    followRedirects: boolean,
  ): { code: number; body: string; location?: string } {
    const id = /\/d\/([-\w]{20,})/.exec(url)?.[1] ?? /\/folders\/([-\w]{20,})/.exec(url)?.[1] ?? '';
    const file = this.files.get(id);
    if (!file || file.status === 404 || file.trashed)
      return { code: 404, body: '<html>Sorry, the file you have requested does not exist.</html>' };
    if (file.sharing === 'anyone')
      return { code: 200, body: `<html><title>${file.name}</title></html>` };
    // A restricted file sends the visitor to sign in; followed, that is a 200 sign-in page.
    return followRedirects
      ? { code: 200, body: '<html><title>Sign in - Google Accounts</title></html>' }
      : { code: 302, body: '', location: LOGIN };
  }

  private respond(r: GoogleAppsScript.URL_Fetch.URLFetchRequest) {
    const rt = this.host.rt;
    const user = rt.current?.effectiveUser ?? '';
    const auth = (r.headers as Record<string, string> | undefined)?.Authorization;
    const follow = r.followRedirects !== false;
    let answer: { code: number; body: string; location?: string; contentType?: string };
    if (r.url === 'https://www.googleapis.com/batch/drive/v3') {
      if (auth !== `Bearer token:${user.toLowerCase()}`)
        answer = this.error(
          401,
          'authError',
          'Request is missing required authentication credential.',
        );
      else answer = this.batch(r, user, rt.grantedScopes(user));
    } else if (/^https:\/\/www\.googleapis\.com\/drive\/v3\//.test(r.url)) {
      if (auth !== `Bearer token:${user.toLowerCase()}`)
        answer = this.error(
          401,
          'authError',
          'Request is missing required authentication credential.',
        );
      else
        answer = {
          ...this.api(r.url, user, rt.grantedScopes(user)),
          contentType: 'application/json; charset=UTF-8',
        };
    } else if (/^https:\/\/(drive|docs)\.google\.com\//.test(r.url)) {
      if (auth) throw new Error('the anonymous probe must not send the OAuth token');
      answer = this.anonymous(r.url, follow);
    } else throw new Error(`no stand-in answers ${r.url}`);
    this.requestsServed += 1;
    // R16: Google does not say how getHeaders() spells names; over HTTP/2 they arrive
    // lower-case, so the stand-in answers so and a reader must not depend on the case.
    const headers: Record<string, string> = answer.location ? { location: answer.location } : {};
    if (answer.contentType) headers['content-type'] = answer.contentType;
    return {
      getResponseCode: () => answer.code,
      getContentText: () => answer.body,
      getHeaders: () => headers,
      getAllHeaders: () => headers,
    } as unknown as GoogleAppsScript.URL_Fetch.HTTPResponse;
  }

  services(): Record<string, unknown> {
    const host = this.host;
    const UrlFetchApp = {
      fetch: (url: string, params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {}) => {
        host.count('UrlFetchApp.fetch');
        host.rt.spend('urlFetch');
        const response = this.respond({ url, ...params });
        if (params.muteHttpExceptions !== true && response.getResponseCode() >= 400)
          throw new Error(`Request failed for ${url} returned code ${response.getResponseCode()}.`);
        return response;
      },
      fetchAll: (requests: GoogleAppsScript.URL_Fetch.URLFetchRequest[]) => {
        host.count('UrlFetchApp.fetchAll');
        host.rt.spend('urlFetch', requests.length);
        this.fetchAllCalls += 1;
        this.onRound?.();
        if (requests.length > 100)
          throw new Error('the add-on promised at most 100 requests per round');
        for (const r of requests)
          if (r.muteHttpExceptions !== true)
            throw new Error('without muteHttpExceptions one 404 would fail the whole round');
        // The files a round asks about, in plain requests and inside batches.
        const ids = requests.flatMap((r) =>
          [...`${r.url}\n${String(r.payload ?? '')}`.matchAll(/\/files\/([^?\s]+)/g)].map((m) =>
            decodeURIComponent(m[1] ?? ''),
          ),
        );
        if (ids.some((id) => this.failures.get(id) === 'timeout'))
          throw new Error('Exception: Timeout: https://www.googleapis.com');
        return requests.map((r) => this.respond(r));
      },
    } satisfies Partial<Record<keyof GoogleAppsScript.URL_Fetch.UrlFetchApp, unknown>>;

    const item = (id: string, folder: boolean) => {
      host.count(folder ? 'DriveApp.getFolderById' : 'DriveApp.getFileById');
      const file = this.files.get(id);
      const user = host.rt.current?.effectiveUser ?? '';
      const isFolder = file?.mimeType === 'application/vnd.google-apps.folder';
      if (
        !file ||
        file.status === 404 ||
        this.failures.get(id) === 403 ||
        isFolder !== folder ||
        !this.canRead(file, user)
      ) {
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
        getOwner: () => (file.sharedDrive ? null : { getEmail: () => file.owner }),
        getSharingAccess: () => access,
        getFiles: () => ({ hasNext: () => (file.children ?? 0) > 0 }),
        getFolders: () => none,
      };
    };
    const DriveApp = {
      getFileById: (id: string) => item(id, false) as unknown as GoogleAppsScript.Drive.File,
      getFolderById: (id: string) => item(id, true) as unknown as GoogleAppsScript.Drive.Folder,
    } satisfies Partial<Record<keyof GoogleAppsScript.Drive.DriveApp, unknown>>;
    return { UrlFetchApp, DriveApp };
  }
}
