/**
 * The add-on writes formulas with `;` between arguments (Sheets accepts it in every locale);
 * an .xlsx file stores them with `,`, without the leading `=`. Separators inside string
 * literals stay as they are.
 */
function swapOutsideStrings(formula: string, from: string, to: string): string {
  let out = '';
  let inString = false;
  for (const ch of formula) {
    if (ch === '"') inString = !inString;
    out += !inString && ch === from ? to : ch;
  }
  return out;
}

export function toFileFormula(formula: string): string {
  return swapOutsideStrings(formula.replace(/^=/, ''), ';', ',');
}

export function fromFileFormula(formula: string): string {
  return `=${swapOutsideStrings(formula, ',', ';')}`;
}
