/** The tabs the add-on manages, and the marks it puts on them to find them after a rename. */
export const TAB = {
  guide: 'Panduan',
  settings: 'Pengaturan',
  catalogue: 'Kerangka',
  opds: 'OPD',
  assessment: 'Penilaian',
  summary: 'Rekap',
  log: 'Log',
  evidenceRules: 'Aturan bukti',
  report: 'Kelengkapan',
  facts: '_Bukti',
  revisions: '_Revisi',
} as const;

/** Every mark the add-on gives a tab starts so. */
export const TAB_MARK_PREFIX = 'spbe:';

export const TAB_KEY = {
  guide: 'spbe:panduan',
  settings: 'spbe:pengaturan',
  catalogue: 'spbe:kerangka',
  opds: 'spbe:opd',
  assessment: 'spbe:penilaian',
  summary: 'spbe:rekap',
  log: 'spbe:log',
  evidenceRules: 'spbe:aturan-bukti',
  report: 'spbe:kelengkapan',
  facts: 'spbe:bukti',
  revisions: 'spbe:revisi',
} as const;

export function opdTabKey(opdCode: string): string {
  return `spbe:opd:${opdCode}`;
}

/** What a mark names when its tab is gone: the tab's usual name, or the OPD's code. */
export function nameOfMark(key: string): string {
  const fixed = (Object.keys(TAB_KEY) as (keyof typeof TAB_KEY)[]).find((k) => TAB_KEY[k] === key);
  if (fixed) return TAB[fixed];
  return key.startsWith(`${TAB_KEY.opds}:`) ? key.slice(TAB_KEY.opds.length + 1) : key;
}

export const RESERVED_TAB_NAMES: readonly string[] = Object.values(TAB);

/** Stored in the document: which layout the tabs follow, so that a newer add-on can migrate. */
export const LAYOUT_VERSION_KEY = 'spbe.layoutVersion';
export const LAYOUT_VERSION = 2;
