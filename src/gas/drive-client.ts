import type {
  DriveAnswer,
  DrivePort,
  DriveRequest,
  RoundLimits,
} from '../core/evidence/drive-facts';
import { batchAnswers, batchRequest, MAX_PER_BATCH } from './drive-batch';
import { responseHeader } from './http-headers';

const FIELDS =
  'id,name,mimeType,modifiedTime,trashed,owners(emailAddress),shortcutDetails(targetId),permissions(type,role)';

/**
 * Drive over its REST API: a round is one UrlFetchApp.fetchAll (one round trip) of Drive's
 * batch endpoint — up to 100 API calls in one HTTP request, one URL fetch of the daily quota —
 * and the public probes, which go without the token and without following redirects, as an
 * assessor's browser arrives. Each answer is matched to its request. When the round fails
 * (quota, timeout) or the Cloud project has the Drive API off, DriveApp answers the API
 * requests one by one instead, in the API's shape.
 */
export class DriveClient implements DrivePort {
  /**
   * 100 HTTP requests a round, and 300 API calls: Drive allows a user about 12,000 queries a
   * minute, and a round takes about 1.5 s, so more would only come back as 429.
   */
  readonly limits: RoundLimits = { requests: 100, apiPerRequest: MAX_PER_BATCH, apiCalls: 300 };
  private apiOff = false;
  private rounds = 0;

  constructor(private readonly token: () => string = () => ScriptApp.getOAuthToken()) {}

  fetchBatch(requests: readonly DriveRequest[]): readonly DriveAnswer[] {
    if (requests.length === 0) return [];
    const probes = requests.filter((r) => r.probe === 'public');
    const api = this.apiOff ? [] : requests.filter((r) => r.probe !== 'public');
    const groups: DriveRequest[][] = [];
    for (let i = 0; i < api.length; i += MAX_PER_BATCH)
      groups.push(api.slice(i, i + MAX_PER_BATCH));
    if (groups.length + probes.length > this.limits.requests)
      throw new Error(`at most ${this.limits.requests} requests per round`);
    const answers = new Map<DriveRequest, DriveAnswer>();
    if (groups.length + probes.length > 0) {
      const auth = groups.length > 0 ? `Bearer ${this.token()}` : '';
      this.rounds += 1;
      const fetches = [
        ...groups.map((g, i) => batchRequest(g.map(partOf), auth, `spbe_${this.rounds}_${i}`)),
        ...probes.map(probeOf),
      ];
      try {
        const responses = UrlFetchApp.fetchAll(fetches);
        groups.forEach((g, i) => {
          for (const a of answersOfBatch(g, responses[i])) answers.set(a.request, a);
        });
        probes.forEach((r, i) => {
          const res = responses[groups.length + i];
          if (!res) return;
          const location = responseHeader(res, 'Location');
          answers.set(r, {
            request: r,
            status: res.getResponseCode(),
            body: res.getContentText(),
            ...(location ? { location } : {}),
          });
        });
      } catch {
        for (const r of api) answers.set(r, viaDriveApp(r));
      }
    }
    // A project without the Drive API enabled answers 403 accessNotConfigured to every call.
    if ([...answers.values()].some((a) => a.status === 403 && /accessNotConfigured/.test(a.body)))
      this.apiOff = true;
    return requests.map((r) => {
      const answer = answers.get(r);
      if (r.probe === 'public') return answer ?? { request: r, status: 0, body: '' };
      if (!this.apiOff && answer) return answer;
      return { ...viaDriveApp(r), apiDisabled: this.apiOff };
    });
  }
}

/** Each call's answer from a batch response; a batch refused whole answers each call so. */
function answersOfBatch(
  group: readonly DriveRequest[],
  res: GoogleAppsScript.URL_Fetch.HTTPResponse | undefined,
): DriveAnswer[] {
  if (!res) return group.map((request) => ({ request, status: 0, body: '' }));
  const status = res.getResponseCode();
  const text = res.getContentText();
  if (status !== 200) return group.map((request) => ({ request, status, body: text }));
  const parts = batchAnswers(responseHeader(res, 'Content-Type') ?? '', text, group.length);
  return group.map((request, i) => ({ request, ...(parts[i] ?? { status: 0, body: '' }) }));
}

function probeOf(r: DriveRequest): GoogleAppsScript.URL_Fetch.URLFetchRequest {
  return {
    url: r.address ?? '',
    method: 'get',
    muteHttpExceptions: true,
    followRedirects: false,
  };
}

function partOf(r: DriveRequest): { path: string; headers?: Record<string, string> } {
  const path =
    r.probe === 'children'
      ? `/drive/v3/files?q=${encodeURIComponent(`'${r.id}' in parents and trashed=false`)}&pageSize=1&fields=files(id)&supportsAllDrives=true&includeItemsFromAllDrives=true`
      : `/drive/v3/files/${encodeURIComponent(r.id)}?fields=${encodeURIComponent(FIELDS)}&supportsAllDrives=true`;
  return r.resourceKey
    ? { path, headers: { 'X-Goog-Drive-Resource-Keys': `${r.id}/${r.resourceKey}` } }
    : { path };
}

function sharingPermissions(access: GoogleAppsScript.Drive.Access): { type: string }[] {
  const a = String(access);
  if (a === 'ANYONE' || a === 'ANYONE_WITH_LINK') return [{ type: 'anyone' }];
  if (a === 'DOMAIN' || a === 'DOMAIN_WITH_LINK') return [{ type: 'domain' }];
  return [{ type: 'user' }];
}

function viaDriveApp(r: DriveRequest): DriveAnswer {
  if (r.probe === 'public') return { request: r, status: 0, body: '' };
  try {
    if (r.probe === 'children') {
      const folder = DriveApp.getFolderById(r.id);
      const has = folder.getFiles().hasNext() || folder.getFolders().hasNext();
      return { request: r, status: 200, body: JSON.stringify({ files: has ? [{}] : [] }) };
    }
    let item: GoogleAppsScript.Drive.File | GoogleAppsScript.Drive.Folder;
    let mimeType: string;
    try {
      const file = DriveApp.getFileById(r.id);
      item = file;
      mimeType = file.getMimeType();
    } catch {
      item = DriveApp.getFolderById(r.id);
      mimeType = 'application/vnd.google-apps.folder';
    }
    const body = {
      id: r.id,
      name: item.getName(),
      mimeType,
      modifiedTime: item.getLastUpdated().toISOString(),
      trashed: item.isTrashed(),
      owners: [{ emailAddress: item.getOwner()?.getEmail() ?? '' }],
      permissions: sharingPermissions(item.getSharingAccess()),
    };
    return { request: r, status: 200, body: JSON.stringify(body) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      request: r,
      status: /not be found|permission|tidak ditemukan/i.test(message) ? 404 : 0,
      body: message,
    };
  }
}
