import type { DriveAnswer, DrivePort, DriveRequest } from '../core/evidence/drive-facts';
import { MAX_BATCH } from '../core/evidence/drive-facts';

const API = 'https://www.googleapis.com/drive/v3/files';
const FIELDS =
  'id,name,mimeType,modifiedTime,trashed,owners(emailAddress),shortcutDetails(targetId),permissions(type,role)';

/**
 * Drive over its REST API: one UrlFetchApp.fetchAll per batch (≤ 100 requests, one round
 * trip), each answer matched to its request by position. When the whole round fails (quota,
 * timeout), DriveApp answers the same requests one by one instead, in the API's shape.
 */
export class DriveClient implements DrivePort {
  constructor(private readonly token: () => string = () => ScriptApp.getOAuthToken()) {}

  fetchBatch(requests: readonly DriveRequest[]): readonly DriveAnswer[] {
    if (requests.length > MAX_BATCH) throw new Error(`at most ${MAX_BATCH} requests per batch`);
    if (requests.length === 0) return [];
    const auth = `Bearer ${this.token()}`;
    const calls = requests.map(
      (r): GoogleAppsScript.URL_Fetch.URLFetchRequest => ({
        url: urlOf(r),
        method: 'get',
        muteHttpExceptions: true,
        headers: {
          Authorization: auth,
          ...(r.resourceKey ? { 'X-Goog-Drive-Resource-Keys': `${r.id}/${r.resourceKey}` } : {}),
        },
      }),
    );
    try {
      const responses = UrlFetchApp.fetchAll(calls);
      return responses.map((res, i) => ({
        request: requests[i] as DriveRequest,
        status: res.getResponseCode(),
        body: res.getContentText(),
      }));
    } catch {
      return requests.map((r) => viaDriveApp(r));
    }
  }
}

function urlOf(r: DriveRequest): string {
  if (r.probe === 'children') {
    const q = encodeURIComponent(`'${r.id}' in parents and trashed=false`);
    return `${API}?q=${q}&pageSize=1&fields=files(id)&supportsAllDrives=true&includeItemsFromAllDrives=true`;
  }
  return `${API}/${encodeURIComponent(r.id)}?fields=${encodeURIComponent(FIELDS)}&supportsAllDrives=true`;
}

function sharingPermissions(access: GoogleAppsScript.Drive.Access): { type: string }[] {
  const a = String(access);
  if (a === 'ANYONE' || a === 'ANYONE_WITH_LINK') return [{ type: 'anyone' }];
  if (a === 'DOMAIN' || a === 'DOMAIN_WITH_LINK') return [{ type: 'domain' }];
  return [{ type: 'user' }];
}

function viaDriveApp(r: DriveRequest): DriveAnswer {
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
