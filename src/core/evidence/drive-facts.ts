/**
 * What Drive says about a piece of evidence, gathered by a menu action (never by a custom
 * function, which has no Drive access) and kept in the hidden _Bukti tab, keyed by file ID,
 * where formulas and later checks read it.
 */
export type FactStatus = 'ok' | 'not-found' | 'no-access' | 'error';
export type Sharing = 'anyone' | 'domain' | 'restricted' | 'unknown';

export interface EvidenceFact {
  readonly id: string;
  readonly status: FactStatus;
  readonly name: string;
  readonly mimeType: string;
  readonly modified: string;
  readonly trashed: boolean;
  readonly owner: string;
  readonly sharing: Sharing;
  /** For a shortcut: the file it points to (whose facts are what counts). */
  readonly shortcutTarget: string;
  /** For a folder: whether it holds no file (unknown until probed). */
  readonly folderEmpty: boolean | null;
  readonly checkedAt: string;
  readonly detail: string;
}

export const FOLDER_MIME = 'application/vnd.google-apps.folder';

/**
 * One request of a batch: a file's metadata (as the checker), whether a folder has children,
 * or the file's web address fetched without signing in — what an external assessor meets.
 */
export interface DriveRequest {
  readonly id: string;
  readonly resourceKey?: string;
  readonly probe: 'metadata' | 'children' | 'public';
  /** For the public probe: the address to fetch, see `publicAddress`. */
  readonly address?: string;
  /** How many times Drive already answered "too many requests, later" (429, 5xx). */
  readonly attempt?: number;
}

/** Drive's answer to one request: the HTTP status and body, or a transport failure (0). */
export interface DriveAnswer {
  readonly request: DriveRequest;
  readonly status: number;
  readonly body: string;
  /** Where a redirect points (the public probe of a restricted file: the sign-in page). */
  readonly location?: string;
  /** Answered by DriveApp because the Drive API is not enabled in the Cloud project. */
  readonly apiDisabled?: boolean;
}

/**
 * Drive, as the check needs it: one call sends a round of requests in one round trip and
 * answers each; a failure of one request must not fail the others. `limits` says how large a
 * round may be: at most `requests` HTTP requests, where Drive API calls travel `apiPerRequest`
 * to a request (Drive's batch endpoint) and at most `apiCalls` of them go in one round.
 */
export interface DrivePort {
  readonly limits?: RoundLimits;
  fetchBatch(requests: readonly DriveRequest[]): readonly DriveAnswer[];
}

export interface RoundLimits {
  readonly requests: number;
  readonly apiPerRequest: number;
  readonly apiCalls: number;
}

/** One HTTP request per Drive call, 100 to a round: UrlFetchApp.fetchAll without batching. */
export const PLAIN_LIMITS: RoundLimits = { requests: 100, apiPerRequest: 1, apiCalls: 100 };

/**
 * The next round from the front of the queue, as large as the limits allow: public probes
 * are one request each (they go to drive.google.com without a token), API calls share them.
 */
export function takeRound(queue: DriveRequest[], limits: RoundLimits): DriveRequest[] {
  let api = 0;
  let probes = 0;
  let taken = 0;
  for (const r of queue) {
    const nextApi = api + (r.probe === 'public' ? 0 : 1);
    const nextProbes = probes + (r.probe === 'public' ? 1 : 0);
    const requests = nextProbes + Math.ceil(nextApi / limits.apiPerRequest);
    if (requests > limits.requests || nextApi > limits.apiCalls) break;
    api = nextApi;
    probes = nextProbes;
    taken += 1;
  }
  return queue.splice(0, Math.max(taken, 1));
}

/** Drive asks to come back later: too many requests, or a passing server error. */
export function isRetryable(answer: DriveAnswer): boolean {
  if (answer.status === 429 || answer.status >= 500) return true;
  return answer.status === 403 && /rateLimitExceeded|userRateLimitExceeded/.test(answer.body);
}

/** How often one request is sent again within a run before its error is recorded. */
export const MAX_ATTEMPTS = 3;

interface DriveFile {
  id?: string;
  name?: string;
  mimeType?: string;
  modifiedTime?: string;
  trashed?: boolean;
  owners?: { emailAddress?: string }[];
  shortcutDetails?: { targetId?: string };
  permissions?: { type?: string; role?: string }[];
}

function sharingOf(file: DriveFile): Sharing {
  if (!file.permissions) return 'unknown';
  const types = file.permissions.map((p) => p.type);
  if (types.includes('anyone')) return 'anyone';
  if (types.includes('domain')) return 'domain';
  return 'restricted';
}

function blank(id: string, status: FactStatus, checkedAt: string, detail: string): EvidenceFact {
  return {
    id,
    status,
    name: '',
    mimeType: '',
    modified: '',
    trashed: false,
    owner: '',
    sharing: 'unknown',
    shortcutTarget: '',
    folderEmpty: null,
    checkedAt,
    detail,
  };
}

/**
 * The address a person opens for a file, by kind: an assessor's browser, not signed in,
 * either sees the file (anyone with the link may view) or is sent to Google's sign-in page.
 */
export function publicAddress(id: string, mimeType: string, resourceKey?: string): string {
  const native =
    /^application\/vnd\.google-apps\.(document|spreadsheet|presentation|drawing)$/.exec(
      mimeType,
    )?.[1];
  const path =
    mimeType === FOLDER_MIME
      ? `https://drive.google.com/drive/folders/${id}`
      : native
        ? `https://docs.google.com/${native === 'spreadsheet' ? 'spreadsheets' : native}/d/${id}/edit`
        : `https://drive.google.com/file/d/${id}/view`;
  return resourceKey ? `${path}?resourcekey=${resourceKey}` : path;
}

/** Whether an assessor can open the file, from the answer to its public probe. */
export function sharingFromProbe(answer: DriveAnswer): Sharing | 'unanswered' {
  if (answer.status === 200) return 'anyone';
  if (
    (answer.status >= 300 &&
      answer.status < 400 &&
      /accounts\.google\.com/.test(answer.location ?? '')) ||
    answer.status === 401 ||
    answer.status === 403 ||
    answer.status === 404
  )
    return 'restricted';
  return 'unanswered';
}

/** Reads Drive's answer to a metadata request. */
export function factFromAnswer(answer: DriveAnswer, checkedAt: string): EvidenceFact {
  const id = answer.request.id;
  // Drive answers 404 both for a file that is gone and for one not shared with the checker.
  if (answer.status === 404)
    return blank(id, 'not-found', checkedAt, 'tidak ditemukan atau tidak dibagikan ke pemeriksa');
  // A 403 is also how Drive says "too many requests": that one is asked again next check.
  if ((answer.status === 403 || answer.status === 401) && !isRetryable(answer))
    return blank(id, 'no-access', checkedAt, 'tidak dapat dibuka dengan akun pemeriksa');
  if (answer.status < 200 || answer.status >= 300)
    return blank(id, 'error', checkedAt, `Drive menjawab ${answer.status || 'tanpa jawaban'}`);
  let file: DriveFile;
  try {
    file = JSON.parse(answer.body) as DriveFile;
  } catch {
    return blank(id, 'error', checkedAt, 'jawaban Drive tidak terbaca');
  }
  return {
    id,
    status: 'ok',
    name: file.name ?? '',
    mimeType: file.mimeType ?? '',
    modified: file.modifiedTime ?? '',
    trashed: file.trashed === true,
    owner: file.owners?.[0]?.emailAddress ?? '',
    sharing: sharingOf(file),
    shortcutTarget: file.shortcutDetails?.targetId ?? '',
    folderEmpty: null,
    checkedAt,
    detail: '',
  };
}

/** Reads Drive's answer to a children probe of a folder: true when it lists no file. */
export function folderEmptyFromAnswer(answer: DriveAnswer): boolean | null {
  if (answer.status !== 200) return null;
  try {
    const body = JSON.parse(answer.body) as { files?: unknown[] };
    return (body.files ?? []).length === 0;
  } catch {
    return null;
  }
}

/** A fact is stale when it is older than `maxAgeHours`, or an error worth retrying. */
export function isStale(fact: EvidenceFact | undefined, now: Date, maxAgeHours: number): boolean {
  if (!fact) return true;
  if (fact.status === 'error') return true;
  const checked = Date.parse(fact.checkedAt);
  return !Number.isFinite(checked) || now.getTime() - checked > maxAgeHours * 3600_000;
}
