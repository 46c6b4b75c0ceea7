import type { DriveAnswer, DrivePort, DriveRequest } from '../core/evidence/drive-facts';
import { MAX_BATCH } from '../core/evidence/drive-facts';

const API = 'https://www.googleapis.com/drive/v3/files';
const FIELDS =
  'id,name,mimeType,modifiedTime,trashed,owners(emailAddress),shortcutDetails(targetId),permissions(type,role)';

/**
 * Drive over its REST API: one UrlFetchApp.fetchAll per batch (≤ 100 requests, one round
 * trip), each answer matched to its request by position. Public probes go in the same round,
 * without the token and without following redirects, as an assessor's browser arrives. When
 * the round fails (quota, timeout) or the Cloud project has the Drive API off, DriveApp
 * answers the API requests one by one instead, in the API's shape.
 */
export class DriveClient implements DrivePort {
  private apiOff = false;

  constructor(private readonly token: () => string = () => ScriptApp.getOAuthToken()) {}

  fetchBatch(requests: readonly DriveRequest[]): readonly DriveAnswer[] {
    if (requests.length > MAX_BATCH) throw new Error(`at most ${MAX_BATCH} requests per batch`);
    if (requests.length === 0) return [];
    const viaApi = requests.filter((r) => r.probe === 'public' || !this.apiOff);
    const answers = new Map<DriveRequest, DriveAnswer>();
    if (viaApi.length > 0) {
      const auth = `Bearer ${this.token()}`;
      try {
        const responses = UrlFetchApp.fetchAll(viaApi.map((r) => fetchOf(r, auth)));
        responses.forEach((res, i) => {
          const request = viaApi[i] as DriveRequest;
          const headers = res.getHeaders() as Record<string, string>;
          answers.set(request, {
            request,
            status: res.getResponseCode(),
            body: res.getContentText(),
            ...(headers.Location ? { location: headers.Location } : {}),
          });
        });
      } catch {
        for (const r of viaApi) answers.set(r, viaDriveApp(r));
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

function fetchOf(r: DriveRequest, auth: string): GoogleAppsScript.URL_Fetch.URLFetchRequest {
  if (r.probe === 'public')
    return {
      url: r.address ?? '',
      method: 'get',
      muteHttpExceptions: true,
      followRedirects: false,
    };
  const url =
    r.probe === 'children'
      ? `${API}?q=${encodeURIComponent(`'${r.id}' in parents and trashed=false`)}&pageSize=1&fields=files(id)&supportsAllDrives=true&includeItemsFromAllDrives=true`
      : `${API}/${encodeURIComponent(r.id)}?fields=${encodeURIComponent(FIELDS)}&supportsAllDrives=true`;
  return {
    url,
    method: 'get',
    muteHttpExceptions: true,
    headers: {
      Authorization: auth,
      ...(r.resourceKey ? { 'X-Goog-Drive-Resource-Keys': `${r.id}/${r.resourceKey}` } : {}),
    },
  };
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
