/**
 * Evidence links as people paste them: several per cell (one per line, or separated by spaces,
 * commas or semicolons), inside =HYPERLINK(...) formulas, or as rich-text links; and the Drive
 * file IDs hidden in the many URL shapes Google uses. No URL class: Apps Script has none.
 */

type LinkKind =
  | 'drive-file'
  | 'drive-folder'
  | 'published-form'
  | 'drive-no-id'
  | 'other-site'
  | 'not-a-link';

export interface ParsedLink {
  readonly text: string;
  readonly kind: LinkKind;
  /** The Drive file or folder ID, for drive-file and drive-folder. */
  readonly id?: string;
  readonly resourceKey?: string;
  readonly host?: string;
}

const ID = '[-\\w]{25,}';
const FILE_PATTERNS: readonly RegExp[] = [
  new RegExp(`/file/(?:u/\\d+/)?d/(${ID})`),
  new RegExp(`/(?:document|spreadsheets|presentation|drawings|forms)/(?:u/\\d+/)?d/(?!e/)(${ID})`),
  new RegExp(`[?&]id=(${ID})`),
];
const FOLDER_PATTERN = new RegExp(`/(?:drive/(?:u/\\d+/)?)?folders/(${ID})`);
const PUBLISHED_FORM = /\/forms\/(?:u\/\d+\/)?d\/e\//;
const BARE_ID = new RegExp(`^${ID}$`);
const URL_IN_TEXT = /(?:https?:\/\/|www\.)[^\s<>"',;]+|(?:drive|docs)\.google\.com\/[^\s<>"',;]+/gi;

const DEFAULT_ALLOWED_HOSTS: readonly string[] = ['drive.google.com', 'docs.google.com'];

/** Every link text found in a cell: its text, a HYPERLINK formula and its rich-text links. */
export function linksInCell(
  value: unknown,
  formula = '',
  richLinks: readonly string[] = [],
): string[] {
  const found: string[] = [];
  const add = (link: string) => {
    const clean = link.trim().replace(/[).,;]+$/, '');
    if (clean && !found.includes(clean)) found.push(clean);
  };
  const hyperlink = /HYPERLINK\(\s*"([^"]+)"/gi;
  for (let m = hyperlink.exec(formula); m; m = hyperlink.exec(formula)) add(m[1] ?? '');
  for (const link of richLinks) add(link);
  // Text that is no URL is kept (to be reported as "not a link") unless the cell's links came
  // from a formula or rich text, where the text is only their label.
  const labelsOnly = found.length > 0;
  const text = typeof value === 'string' ? value : '';
  for (const part of text.split(/[\n\r]+/)) {
    const urls = part.match(URL_IN_TEXT);
    if (urls) for (const u of urls) add(u);
    else if (part.trim() !== '' && !labelsOnly) add(part.trim());
  }
  return found;
}

/** The label a HYPERLINK formula shows ('' when it has none written as text). */
export function hyperlinkLabel(formula: string): string {
  const m = /HYPERLINK\(\s*"(?:[^"]|"")*"\s*[;,]\s*"((?:[^"]|"")*)"\s*\)/i.exec(formula);
  return (m?.[1] ?? '').replace(/""/g, '"');
}

function hostOf(url: string): string | undefined {
  const m = /^(?:https?:\/\/)?([^/?#\s]+)/i.exec(url.trim());
  return m?.[1]?.toLowerCase().replace(/^www\./, '');
}

function queryValue(url: string, key: string): string | undefined {
  const m = new RegExp(`[?&#]${key}=([^&#]+)`).exec(url);
  return m?.[1] ? decodeURIComponent(m[1]) : undefined;
}

/** What a link is, and the Drive ID it names. */
export function parseLink(
  text: string,
  allowedHosts: readonly string[] = DEFAULT_ALLOWED_HOSTS,
): ParsedLink {
  const t = text.trim();
  if (BARE_ID.test(t)) return { text: t, kind: 'drive-file', id: t };
  const looksLikeUrl =
    /^(?:https?:\/\/|www\.)/i.test(t) || /^(?:drive|docs)\.google\.com\//i.test(t);
  const host = looksLikeUrl ? hostOf(t) : undefined;
  if (!host || !/\./.test(host)) return { text: t, kind: 'not-a-link' };
  if (!allowedHosts.some((h) => host === h || host.endsWith(`.${h}`)))
    return { text: t, kind: 'other-site', host };
  const resourceKey = queryValue(t, 'resourcekey');
  const withKey = (p: ParsedLink): ParsedLink => (resourceKey ? { ...p, resourceKey } : p);
  if (PUBLISHED_FORM.test(t)) return { text: t, kind: 'published-form', host };
  const folder = FOLDER_PATTERN.exec(t);
  if (folder?.[1]) return withKey({ text: t, kind: 'drive-folder', id: folder[1], host });
  for (const pattern of FILE_PATTERNS) {
    const m = pattern.exec(t);
    if (m?.[1]) return withKey({ text: t, kind: 'drive-file', id: m[1], host });
  }
  return { text: t, kind: 'drive-no-id', host };
}
