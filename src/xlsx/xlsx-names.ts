/** How the add-on finds its tabs in an .xlsx file: defined names that mark each tab, and what a read-only load may skip. */

/** What a read-only load leaves unparsed: a third of the time, nothing a score needs. */
export const READ_ONLY_SKIPS = [
  'dataValidations',
  'conditionalFormatting',
  'sheetProtection',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'pageMargins',
  'cols',
  'sheetViews',
  'sheetFormatPr',
  'extLst',
];

export const MARK_PREFIX = 'SPBE.';

/** A tab mark as a workbook-level name: letters, digits, "." and "_" only. */
export function markName(key: string): string {
  return `${MARK_PREFIX}${key.replace(/^spbe:/, '').replace(/[^A-Za-z0-9_.]/g, (ch) => (ch === ':' ? '.' : '_'))}`;
}

/** The sheet a name's range is on ("'Bappeda'!$A$1" → Bappeda); undefined when broken. */
export function sheetOfRange(range: string): string | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!/.exec(range);
  if (!m) return undefined;
  return (m[1] ?? m[2] ?? '').replace(/''/g, "'");
}
