/**
 * The add-on writes formulas with `;` between arguments (Sheets accepts it in every locale);
 * an .xlsx file stores them with `,`, without the leading `=`. Separators inside string
 * literals and quoted sheet names stay as they are.
 */
function swapOutsideStrings(formula: string, from: ',' | ';', to: string): string {
  if (!formula.includes(from)) return formula;
  // One pass: a string literal ("…", where "" inside splits into two adjacent literals) and a
  // quoted sheet name ('Bag, Umum'!A1) are kept as they are; a separator outside them is swapped.
  const pattern = from === ',' ? /"[^"]*"|'[^']*'|,/g : /"[^"]*"|'[^']*'|;/g;
  return formula.replace(pattern, (m) => (m === from ? to : m));
}

export function toFileFormula(formula: string): string {
  return swapOutsideStrings(formula.replace(/^=/, ''), ';', ',');
}

export function fromFileFormula(formula: string): string {
  return `=${swapOutsideStrings(formula, ',', ';')}`;
}
