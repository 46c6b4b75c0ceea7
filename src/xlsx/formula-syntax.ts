/**
 * The add-on writes formulas with `;` between arguments (Sheets accepts it in every locale);
 * an .xlsx file stores them with `,`, without the leading `=`. Separators inside string
 * literals stay as they are.
 */
function swapOutsideStrings(formula: string, from: string, to: string): string {
  if (!formula.includes(from)) return formula;
  // Split at quotes: even pieces are outside string literals ("" inside a string splits into
  // an empty odd piece and keeps the parity right).
  return formula
    .split('"')
    .map((piece, i) => (i % 2 === 0 ? piece.split(from).join(to) : piece))
    .join('"');
}

export function toFileFormula(formula: string): string {
  return swapOutsideStrings(formula.replace(/^=/, ''), ';', ',');
}

export function fromFileFormula(formula: string): string {
  return `=${swapOutsideStrings(formula, ',', ';')}`;
}
