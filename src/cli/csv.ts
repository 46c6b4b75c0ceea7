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
