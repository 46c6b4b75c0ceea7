import { type Cell, isFormula, LinkedText, type Value, type WriteCell } from './port';

/** Comparing and trimming tabs' cells, as every Workbook implementation needs. */

/**
 * A cell as words to copy elsewhere (the Log, a snapshot, a message): a formula as its text,
 * which every workbook then writes as text, never as a live formula (R14).
 */
export function asText(cell: WriteCell): Value {
  return isFormula(cell) || cell instanceof LinkedText ? cell.text : cell;
}

/** What a read gives back of a render once written: linked words as their words. */
export function asRead(cells: readonly (readonly WriteCell[])[]): Cell[][] {
  return cells.map((row) => row.map((c) => (c instanceof LinkedText ? c.text : c)));
}

/**
 * What a cell shows, as a spreadsheet computes with it: a formula's value where the reader
 * knows it; where it does not (a workbook held in memory), a fraction typed as =a/b.
 */
export function shownValue(cell: Cell | undefined): Value | undefined {
  if (!isFormula(cell)) return cell;
  if (cell.value !== undefined) return cell.value;
  const m = /^=\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(cell.text);
  return m && Number(m[2]) > 0 ? Number(m[1]) / Number(m[2]) : undefined;
}

function isEmpty(cell: WriteCell | undefined): boolean {
  return cell === undefined || cell === '';
}

/** The cells up to the last row and column holding anything, each row padded to that width. */
export function trimmed<C extends WriteCell>(cells: readonly (readonly C[])[]): (C | '')[][] {
  let rows = cells.length;
  while (rows > 0 && (cells[rows - 1] ?? []).every(isEmpty)) rows -= 1;
  let cols = 0;
  for (let r = 0; r < rows; r++) {
    const row = cells[r] ?? [];
    for (let c = row.length; c > cols; c--) if (!isEmpty(row[c - 1])) cols = c;
  }
  return cells.slice(0, rows).map((row) => Array.from({ length: cols }, (_, c) => row[c] ?? ''));
}

export function sameCells(
  a: readonly (readonly Cell[])[],
  b: readonly (readonly WriteCell[])[],
): boolean {
  const x = trimmed(a);
  const y = trimmed(b);
  if (x.length !== y.length) return false;
  return x.every((row, r) => {
    const other = y[r] ?? [];
    return row.length === other.length && row.every((cell, c) => sameCell(cell, other[c] ?? ''));
  });
}

export function sameCell(a: Cell, b: WriteCell): boolean {
  // Linked words read back as their words: the link itself is not in a cell's value.
  if (b instanceof LinkedText) return a === b.text;
  if (isFormula(a) || isFormula(b))
    return isFormula(a) && isFormula(b) && sameFormula(a.text, b.text);
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b;
}

/**
 * Whether two formulas are the same once written. Sheets hands a formula back in its own
 * spelling (R18: not documented) — function names upper-case, quotes around a sheet name
 * dropped where not needed, its own spacing, maybe the locale's separator — so a formula
 * read back is compared with the one planned in one canonical form, not as typed: otherwise
 * every re-run of setup would rewrite whole tabs.
 */
export function sameFormula(a: string, b: string): boolean {
  return a === b || canonicalFormula(a) === canonicalFormula(b);
}

/** Outside string literals: no spaces, names upper-case, sheet names unquoted, `;` between arguments. */
function canonicalFormula(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const ch = text[i] as string;
    if (ch === '"') {
      const end = closing(text, i, '"');
      out += text.slice(i, end);
      i = end;
    } else if (ch === "'") {
      // A quoted sheet name: kept without its quotes ('' inside stands for one ').
      const end = closing(text, i, "'");
      out += text
        .slice(i + 1, end - 1)
        .replace(/''/g, "'")
        .toUpperCase();
      i = end;
    } else if (/\s/.test(ch)) i += 1;
    else {
      out += ch === ',' ? ';' : ch.toUpperCase();
      i += 1;
    }
  }
  return out;
}

/** The index after the quote that closes the one at `start` (a doubled quote stays inside). */
function closing(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote && text[i + 1] === quote) i += 2;
    else if (text[i] === quote) return i + 1;
    else i += 1;
  }
  return text.length;
}

/**
 * Where to write to turn a tab holding `current` into `next`: rectangles (1-based) that cover
 * every changed cell and no unchanged text. Writing over a cell replaces its rich text, so a
 * link a PIC pasted on their words would be lost by a rewrite of the same words; blanks,
 * numbers and formulas may be written over unchanged, which lets a fresh tab go in one block
 * and a column of changed formulas in another.
 */
export function writeBlocks(
  current: readonly (readonly Cell[])[],
  next: readonly (readonly WriteCell[])[],
): { row: number; col: number; rows: number; cols: number }[] {
  const rows = next.length;
  const at = <C>(grid: readonly (readonly C[])[], r: number, c: number): C | '' =>
    grid[r]?.[c] ?? '';
  const changed = (r: number, c: number) => !sameCell(at(current, r, c), at(next, r, c));
  // Safe to write over although unchanged: nothing a person could have decorated with a link.
  const coverable = (r: number, c: number) => {
    const was = at(current, r, c);
    return changed(r, c) || typeof was !== 'string' || was === '';
  };
  const blocks: { row: number; col: number; rows: number; cols: number }[] = [];
  let open: { top: number; bottom: number; left: number; right: number } | undefined;
  const close = () => {
    if (open)
      blocks.push({
        row: open.top + 1,
        col: open.left + 1,
        rows: open.bottom - open.top + 1,
        cols: open.right - open.left + 1,
      });
    open = undefined;
  };
  const allCoverable = (top: number, bottom: number, left: number, right: number) => {
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) if (!coverable(r, c)) return false;
    return true;
  };
  for (let r = 0; r < rows; r++) {
    const width = Math.max(next[r]?.length ?? 0, current[r]?.length ?? 0);
    const cols: number[] = [];
    for (let c = 0; c < width; c++) if (changed(r, c)) cols.push(c);
    if (cols.length === 0) {
      // A row with nothing to write may still be crossed by a block, if nothing in it is text.
      if (open && !allCoverable(r, r, open.left, open.right)) close();
      else if (open) open.bottom = r;
      continue;
    }
    // This row's changes as runs joined over coverable gaps.
    const runs: [number, number][] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && allCoverable(r, r, last[1] + 1, c)) last[1] = c;
      else runs.push([c, c]);
    }
    const [first] = runs;
    if (runs.length === 1 && first) {
      const left = Math.min(open?.left ?? first[0], first[0]);
      const right = Math.max(open?.right ?? first[1], first[1]);
      // Widened, the block covers more of the rows it holds already: only that is checked.
      const widens =
        open &&
        allCoverable(r, r, left, right) &&
        allCoverable(open.top, open.bottom, left, open.left - 1) &&
        allCoverable(open.top, open.bottom, open.right + 1, right);
      if (open && widens) {
        Object.assign(open, { bottom: r, left, right });
        continue;
      }
      close();
      open = { top: r, bottom: r, left: first[0], right: first[1] };
      continue;
    }
    close();
    for (const [left, right] of runs)
      blocks.push({ row: r + 1, col: left + 1, rows: 1, cols: right - left + 1 });
  }
  close();
  return blocks.map((b) => withoutEmptyTail(b, changed));
}

/** A block's trailing rows with nothing to write are dropped. */
function withoutEmptyTail(
  b: { row: number; col: number; rows: number; cols: number },
  changed: (r: number, c: number) => boolean,
) {
  let bottom = b.row + b.rows - 1;
  while (bottom > b.row) {
    let any = false;
    for (let c = b.col; c < b.col + b.cols; c++) if (changed(bottom - 1, c - 1)) any = true;
    if (any) break;
    bottom -= 1;
  }
  return { ...b, rows: bottom - b.row + 1 };
}
