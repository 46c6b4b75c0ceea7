/**
 * Rule R18 (Class Range, getFormula — silent on this): Sheets keeps a formula in its own
 * spelling, not as written. The stand-in does what Sheets is seen to do, at least: function
 * names upper-case, and a quoted sheet name that needs no quotes loses them
 * ('Penilaian'!A1 → Penilaian!A1). A writer that compares the text it wrote with what
 * getFormulas() answers would then see a change on every run.
 */
export function asSheetsSpells(formula: string): string {
  let out = '';
  for (let i = 0; i < formula.length; ) {
    const ch = formula[i] as string;
    if (ch === '"') {
      const end = closing(formula, i, '"');
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "'") {
      const end = closing(formula, i, "'");
      const name = formula.slice(i + 1, end - 1);
      const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name);
      out += plain && formula[end] === '!' ? name : formula.slice(i, end);
      i = end;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*(?=\()/.exec(formula.slice(i));
    if (word) {
      out += word[0].toUpperCase();
      i += word[0].length;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

function closing(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote && text[i + 1] === quote) i += 2;
    else if (text[i] === quote) return i + 1;
    else i += 1;
  }
  return text.length;
}
