/**
 * The separator of a CSV, from its first line: Excel in an Indonesian locale writes `;` (the
 * comma is the decimal mark there), elsewhere `,`. Quoted text is not counted.
 */
function separatorOf(body: string): string {
  const first = (body.split(/\r?\n/)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (ch: string) => first.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * A small RFC 4180 reader: quoted fields, doubled quotes, separators and newlines inside
 * quotes, a byte-order mark and CRLF line ends (Excel's), `,` or `;` between fields.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  const separator = separatorOf(body);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * A CSV field as a spreadsheet would type it on import: "3", "2,5" or "2.5" are numbers, and
 * "7/6" the fraction; anything else stays text (and is read as such).
 */
export function typedField(text: string): string | number {
  const t = text.trim();
  const fraction = /^([0-9]+)\s*\/\s*([0-9]+)$/.exec(t);
  if (fraction) return Number(fraction[2]) > 0 ? Number(fraction[1]) / Number(fraction[2]) : t;
  return /^[0-9]+(?:[.,][0-9]+)?$/.test(t) ? Number(t.replace(',', '.')) : text;
}
