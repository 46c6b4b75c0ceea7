/**
 * Drive's batch endpoint: up to 100 API calls in one HTTP request (multipart/mixed), each
 * part an HTTP request of its own, answered by a multipart/mixed response whose parts carry
 * the Content-ID of the request they answer. The outer request's Authorization applies to
 * every part. One batch spends one URL fetch of the daily quota instead of 100.
 */
const BATCH_URL = 'https://www.googleapis.com/batch/drive/v3';
export const MAX_PER_BATCH = 100;

interface BatchPart {
  /** Path and query on www.googleapis.com, e.g. /drive/v3/files/ID?fields=… */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
}

interface PartAnswer {
  readonly status: number;
  readonly body: string;
}

export function batchRequest(
  parts: readonly BatchPart[],
  auth: string,
  boundary: string,
): GoogleAppsScript.URL_Fetch.URLFetchRequest {
  if (parts.length > MAX_PER_BATCH) throw new Error(`at most ${MAX_PER_BATCH} calls per batch`);
  const body = parts
    .map((p, i) =>
      [
        `--${boundary}`,
        'Content-Type: application/http',
        `Content-ID: <item${i}>`,
        '',
        `GET ${p.path} HTTP/1.1`,
        ...Object.entries(p.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
        '',
        '',
      ].join('\r\n'),
    )
    .join('');
  return {
    url: BATCH_URL,
    method: 'post',
    contentType: `multipart/mixed; boundary=${boundary}`,
    payload: `${body}--${boundary}--\r\n`,
    muteHttpExceptions: true,
    headers: { Authorization: auth },
  };
}

/**
 * The answers of a batch response, in the order of its parts' requests. A part that is
 * missing or unreadable is answered 0 (no answer), so the caller treats it as unanswered.
 */
export function batchAnswers(
  contentType: string,
  text: string,
  count: number,
): readonly PartAnswer[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  const answers: PartAnswer[] = Array.from({ length: count }, () => ({ status: 0, body: '' }));
  if (!boundary) return answers;
  for (const part of text.split(`--${boundary}`)) {
    const id = /Content-ID:\s*<response-item(\d+)>/i.exec(part)?.[1];
    const status = /HTTP\/1\.1 (\d{3})/.exec(part)?.[1];
    if (id === undefined || status === undefined) continue;
    const at = Number(id);
    if (at < 0 || at >= count) continue;
    // The inner response: status line, headers, a blank line, then the body.
    const afterStatus = part.slice(part.search(/HTTP\/1\.1 \d{3}/));
    const blank = afterStatus.search(/\r?\n\r?\n/);
    const body =
      blank < 0
        ? ''
        : afterStatus
            .slice(blank)
            .replace(/^\r?\n\r?\n/, '')
            .trim();
    answers[at] = { status: Number(status), body };
  }
  return answers;
}
