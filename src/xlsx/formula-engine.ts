/**
 * A small evaluator for the spreadsheet formulas the add-on writes: tests read with it the
 * numbers a Sheets user would see, and the .xlsx writer stores them as cached results. It knows only the functions the add-on uses and fails
 * loudly (#NAME?) on any other, follows Sheets' rules for blanks, text and errors, accepts
 * `;` or `,` between arguments (Sheets accepts `;` in every locale), and refuses decimal
 * literals, which break in locales whose decimal mark is a comma.
 */
import { isFormula } from '../core/workbook/port';

type Grid = readonly (readonly unknown[])[];
export interface FormulaWorkbook {
  /** The cells of a tab (formulas as Formula), or undefined when there is no such tab. */
  cells(sheet: string): Grid | undefined;
  /**
   * The formula a cell holds, for a host that keeps formulas as text (the Sheets stand-in);
   * by default a cell holds one when it is a Formula.
   */
  formulaAt?(sheet: string, row: number, col: number): string | undefined;
}

export class FormulaError {
  constructor(readonly code: string) {}
  toString(): string {
    return this.code;
  }
}
const BLANK = Symbol('blank');
type Scalar = number | string | boolean | FormulaError | typeof BLANK;
interface RangeRef {
  kind: 'range';
  sheet: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}
type Value = Scalar | RangeRef | Scalar[][];

type Token = { t: 'num' | 'str' | 'id' | 'ref' | 'op' | 'sep' | 'lp' | 'rp'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const refRe = /^(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!/;
  const cellRe = /^\$?[A-Z]{1,3}\$?[0-9]+(?::\$?[A-Z]{1,3}\$?[0-9]+)?|^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}/;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const sheet = refRe.exec(rest);
    if (sheet) {
      const after = rest.slice(sheet[0].length);
      const cell = cellRe.exec(after);
      if (!cell) throw new Error(`bad reference in ${src}`);
      const name = sheet[1] !== undefined ? sheet[1].replace(/''/g, "'") : (sheet[2] as string);
      out.push({ t: 'ref', v: `${name}\u0000${cell[0]}` });
      i += sheet[0].length + cell[0].length;
      continue;
    }
    const cell = cellRe.exec(rest);
    if (cell && !/^[A-Z]+\(/.test(rest)) {
      out.push({ t: 'ref', v: `\u0000${cell[0]}` });
      i += cell[0].length;
      continue;
    }
    if (/[0-9]/.test(ch)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(rest) as RegExpExecArray;
      if (m[1])
        throw new Error(`decimal literal ${m[0]} in ${src}: it breaks in comma-decimal locales`);
      out.push({ t: 'num', v: m[0] });
      i += m[0].length;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = '';
      while (j < src.length) {
        if (src[j] === '"' && src[j + 1] === '"') {
          s += '"';
          j += 2;
        } else if (src[j] === '"') break;
        else s += src[j++];
      }
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    const op = /^(<>|<=|>=|[=<>&+\-*/])/.exec(rest);
    if (op) {
      out.push({ t: 'op', v: op[0] });
      i += op[0].length;
      continue;
    }
    if (ch === ';' || ch === ',') {
      out.push({ t: 'sep', v: ch });
      i++;
      continue;
    }
    if (ch === '(' || ch === ')') {
      out.push({ t: ch === '(' ? 'lp' : 'rp', v: ch });
      i++;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (id) {
      out.push({ t: 'id', v: id[0].toUpperCase() });
      i += id[0].length;
      continue;
    }
    throw new Error(`cannot read '${ch}' in ${src}`);
  }
  return out;
}

type Node =
  | { k: 'lit'; v: Scalar }
  | { k: 'ref'; sheet: string | undefined; a1: string }
  | { k: 'bin'; op: string; l: Node; r: Node }
  | { k: 'neg'; e: Node }
  | { k: 'call'; name: string; args: Node[] };

function parse(tokens: Token[]): Node {
  let p = 0;
  const peek = () => tokens[p];
  const take = () => tokens[p++] as Token;
  const levels = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-'], ['*', '/']];
  const binary = (level: number): Node => {
    if (level === levels.length) return unary();
    let left = binary(level + 1);
    while (peek()?.t === 'op' && levels[level]?.includes(peek()?.v as string)) {
      const op = take().v;
      left = { k: 'bin', op, l: left, r: binary(level + 1) };
    }
    return left;
  };
  const unary = (): Node => {
    if (peek()?.t === 'op' && (peek()?.v === '-' || peek()?.v === '+')) {
      const op = take().v;
      const e = unary();
      return op === '-' ? { k: 'neg', e } : e;
    }
    return primary();
  };
  const primary = (): Node => {
    const tok = take();
    if (!tok) throw new Error('formula ends too early');
    if (tok.t === 'num') return { k: 'lit', v: Number(tok.v) };
    if (tok.t === 'str') return { k: 'lit', v: tok.v };
    if (tok.t === 'ref') {
      const [sheet, a1] = tok.v.split('\u0000') as [string, string];
      return { k: 'ref', sheet: sheet || undefined, a1 };
    }
    if (tok.t === 'lp') {
      const e = binary(0);
      if (take()?.t !== 'rp') throw new Error('missing )');
      return e;
    }
    if (tok.t === 'id') {
      if (tok.v === 'TRUE' || tok.v === 'FALSE') return { k: 'lit', v: tok.v === 'TRUE' };
      if (take()?.t !== 'lp') throw new Error(`${tok.v} without (`);
      const args: Node[] = [];
      if (peek()?.t === 'rp') take();
      else {
        for (;;) {
          args.push(binary(0));
          const next = take();
          if (next?.t === 'rp') break;
          if (next?.t !== 'sep') throw new Error(`expected ; in ${tok.v}`);
        }
      }
      return { k: 'call', name: tok.v, args };
    }
    throw new Error(`unexpected ${tok.v}`);
  };
  const node = binary(0);
  if (p !== tokens.length) throw new Error('extra text after formula');
  return node;
}

function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export class FormulaEngine {
  private readonly cache = new Map<string, Scalar>();
  private readonly active = new Set<string>();
  constructor(private readonly book: FormulaWorkbook) {}

  /** The value Sheets would show in a cell (1-based row and column). */
  cell(sheet: string, row: number, col: number): number | string | boolean | FormulaError | '' {
    const v = this.scalarAt(sheet, row, col);
    return v === BLANK ? '' : v;
  }

  private scalarAt(sheet: string, row: number, col: number): Scalar {
    const key = `${sheet}!${row}:${col}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const grid = this.book.cells(sheet);
    if (!grid) return new FormulaError('#REF!');
    const raw = grid[row - 1]?.[col - 1];
    const formula = this.book.formulaAt
      ? this.book.formulaAt(sheet, row, col)
      : isFormula(raw)
        ? raw.text
        : undefined;
    let value: Scalar;
    if (raw === undefined || raw === null || raw === '') value = BLANK;
    else if (formula !== undefined) {
      if (this.active.has(key)) return new FormulaError('#REF!');
      this.active.add(key);
      value = this.toScalar(this.evaluate(parse(tokenize(formula.slice(1))), sheet));
      this.active.delete(key);
    } else if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean')
      value = raw;
    else value = String(raw);
    this.cache.set(key, value);
    return value;
  }

  private range(node: { sheet: string | undefined; a1: string }, here: string): RangeRef {
    const sheet = node.sheet ?? here;
    const clean = node.a1.replace(/\$/g, '');
    const [a, b] = clean.split(':') as [string, string | undefined];
    const m1 = /^([A-Z]+)([0-9]*)$/.exec(a) as RegExpExecArray;
    const m2 = /^([A-Z]+)([0-9]*)$/.exec(b ?? a) as RegExpExecArray;
    const rows = this.book.cells(sheet)?.length ?? 0;
    return {
      kind: 'range',
      sheet,
      r1: m1[2] ? Number(m1[2]) : 1,
      c1: colNum(m1[1] as string),
      r2: m2[2] ? Number(m2[2]) : Math.max(rows, 1),
      c2: colNum(m2[1] as string),
    };
  }

  private grid(v: Value): Scalar[][] {
    if (Array.isArray(v)) return v;
    if (typeof v === 'object' && v !== null && 'kind' in v) {
      const out: Scalar[][] = [];
      for (let r = v.r1; r <= v.r2; r++) {
        const row: Scalar[] = [];
        for (let c = v.c1; c <= v.c2; c++) row.push(this.scalarAt(v.sheet, r, c));
        out.push(row);
      }
      return out;
    }
    return [[v as Scalar]];
  }

  private toScalar(v: Value): Scalar {
    if (Array.isArray(v) || (typeof v === 'object' && v !== null && 'kind' in v)) {
      const g = this.grid(v);
      return g.length === 1 && g[0]?.length === 1
        ? (g[0][0] as Scalar)
        : new FormulaError('#VALUE!');
    }
    return v as Scalar;
  }

  private evaluate(node: Node, here: string): Value {
    switch (node.k) {
      case 'lit':
        return node.v;
      case 'ref':
        return this.range(node, here);
      case 'neg':
        return this.map1(this.evaluate(node.e, here), (x) => {
          const n = toNumber(x);
          return n instanceof FormulaError ? n : -n;
        });
      case 'bin':
        return this.map2(this.evaluate(node.l, here), this.evaluate(node.r, here), (a, b) =>
          binaryOp(node.op, a, b),
        );
      case 'call':
        return this.call(node.name, node.args, here);
    }
  }

  /** A range of more than one cell, or an array an expression made. */
  private isArray(v: Value): boolean {
    if (!Array.isArray(v) && !(typeof v === 'object' && v !== null && 'kind' in v)) return false;
    const g = this.grid(v);
    return !(g.length === 1 && g[0]?.length === 1);
  }

  private map1(v: Value, f: (x: Scalar) => Scalar): Value {
    if (Array.isArray(v) || (typeof v === 'object' && v !== null && 'kind' in v)) {
      const g = this.grid(v);
      if (g.length === 1 && g[0]?.length === 1) return f(g[0][0] as Scalar);
      return g.map((row) => row.map(f));
    }
    return f(v as Scalar);
  }

  private map2(a: Value, b: Value, f: (x: Scalar, y: Scalar) => Scalar): Value {
    const ga = this.grid(a);
    const gb = this.grid(b);
    const single = (g: Scalar[][]) => g.length === 1 && g[0]?.length === 1;
    if (single(ga) && single(gb)) return f(ga[0]?.[0] as Scalar, gb[0]?.[0] as Scalar);
    const rows = Math.max(ga.length, gb.length);
    const cols = Math.max(ga[0]?.length ?? 0, gb[0]?.length ?? 0);
    const at = (g: Scalar[][], r: number, c: number) =>
      single(g) ? (g[0]?.[0] as Scalar) : (g[r]?.[c] ?? new FormulaError('#VALUE!'));
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => f(at(ga, r, c), at(gb, r, c))),
    );
  }

  private call(name: string, args: Node[], here: string): Value {
    const ev = (i: number) => this.evaluate(args[i] as Node, here);
    const sc = (i: number) => this.toScalar(ev(i));
    const flat = (vals: Value[]) => vals.flatMap((v) => this.grid(v).flat());
    switch (name) {
      case 'IF': {
        const c = sc(0);
        if (c instanceof FormulaError) return c;
        return truthy(c) ? ev(1) : args.length > 2 ? ev(2) : false;
      }
      case 'IFERROR': {
        // Element by element over an array (inside SUMPRODUCT, as spreadsheets evaluate it).
        const value = ev(0);
        if (this.isArray(value))
          return this.map2(value, ev(1), (v, fallback) =>
            v instanceof FormulaError ? fallback : v,
          );
        const v = this.toScalar(value);
        return v instanceof FormulaError ? ev(1) : v;
      }
      case 'AND':
      case 'OR': {
        const vals = flat(args.map((_, i) => ev(i))).filter((v) => v !== BLANK);
        const err = vals.find((v) => v instanceof FormulaError);
        if (err) return err;
        return name === 'AND' ? vals.every(truthy) : vals.some(truthy);
      }
      case 'ISNUMBER':
        // Element by element over an array, as inside SUMPRODUCT.
        return this.map1(ev(0), (v) => typeof v === 'number');
      case 'VALUE':
        // Element by element over an array, as inside SUMPRODUCT.
        return this.map1(ev(0), (v) => {
          if (typeof v === 'number') return v;
          if (typeof v === 'string' && /^\s*-?[0-9]+(\.[0-9]+)?\s*$/.test(v)) return Number(v);
          return v instanceof FormulaError ? v : new FormulaError('#VALUE!');
        });
      case 'EXACT':
        // Case-sensitive, element by element (inside SUMPRODUCT).
        return this.map2(ev(0), ev(1), (a, b) =>
          a instanceof FormulaError ? a : b instanceof FormulaError ? b : text(a) === text(b),
        );
      case 'N':
        return this.map1(ev(0), (v) => (typeof v === 'number' ? v : 0));
      case 'NOT': {
        const v = sc(0);
        return v instanceof FormulaError ? v : !truthy(v);
      }
      case 'TRIM':
      case 'CLEAN':
      case 'LOWER':
      case 'LEN':
        return this.map1(ev(0), (v) => {
          if (v instanceof FormulaError) return v;
          const t = text(v);
          if (name === 'LEN') return t.length;
          if (name === 'LOWER') return t.toLowerCase();
          if (name === 'CLEAN') return [...t].filter((ch) => ch.charCodeAt(0) > 31).join('');
          return t.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ');
        });
      case 'CHOOSE': {
        const i = toNumber(sc(0));
        if (i instanceof FormulaError) return i;
        const at = Math.trunc(i);
        if (at < 1 || at >= args.length) return new FormulaError('#VALUE!');
        return ev(at);
      }
      case 'LEFT': {
        const n = args.length > 1 ? toNumber(sc(1)) : 1;
        if (n instanceof FormulaError) return n;
        return this.map1(ev(0), (v) => (v instanceof FormulaError ? v : text(v).slice(0, n)));
      }
      case 'MID': {
        const start = toNumber(sc(1));
        const count = toNumber(sc(2));
        if (start instanceof FormulaError) return start;
        if (count instanceof FormulaError) return count;
        return this.map1(ev(0), (v) =>
          v instanceof FormulaError ? v : text(v).slice(start - 1, start - 1 + count),
        );
      }
      case 'INT':
        return this.map1(ev(0), (v) => {
          const n = toNumber(v);
          return n instanceof FormulaError ? n : Math.floor(n);
        });
      case 'ABS':
        return this.map1(ev(0), (v) => {
          const n = toNumber(v);
          return n instanceof FormulaError ? n : Math.abs(n);
        });
      case 'ROUND':
        return this.map2(ev(0), ev(1), (x, digits) => {
          const n = toNumber(x);
          const d = toNumber(digits);
          if (n instanceof FormulaError) return n;
          if (d instanceof FormulaError) return d;
          return Math.round(n * 10 ** d) / 10 ** d;
        });
      case 'SUM': {
        let total = 0;
        for (const v of flat(args.map((_, i) => ev(i)))) {
          if (v instanceof FormulaError) return v;
          if (typeof v === 'number') total += v;
        }
        return total;
      }
      case 'COUNT':
        // Numbers only, as spreadsheets count a range: text, blanks and errors are skipped.
        return flat(args.map((_, i) => ev(i))).filter((v) => typeof v === 'number').length;
      case 'SUMPRODUCT': {
        const grids = args.map((_, i) => this.grid(ev(i)));
        const rows = grids[0]?.length ?? 0;
        const cols = grids[0]?.[0]?.length ?? 0;
        if (grids.some((g) => g.length !== rows || (g[0]?.length ?? 0) !== cols))
          return new FormulaError('#VALUE!');
        let total = 0;
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < cols; c++) {
            let product = 1;
            for (const g of grids) {
              const v = g[r]?.[c] as Scalar;
              if (v instanceof FormulaError) return v;
              product *= typeof v === 'number' ? v : 0;
            }
            total += product;
          }
        }
        return total;
      }
      case 'COUNTIF': {
        const wanted = criterion(sc(1));
        return flat([ev(0)]).filter((v) => v !== BLANK && !(v instanceof FormulaError) && wanted(v))
          .length;
      }
      case 'COUNTIFS': {
        // Range, criterion pairs of the same size; a row counts when every criterion matches.
        const pairs: { cells: Scalar[]; wanted: (v: Scalar) => boolean }[] = [];
        for (let i = 0; i + 1 < args.length; i += 2)
          pairs.push({ cells: flat([ev(i)]), wanted: criterion(sc(i + 1)) });
        const size = pairs[0]?.cells.length ?? 0;
        if (pairs.some((p) => p.cells.length !== size)) return new FormulaError('#VALUE!');
        let count = 0;
        for (let k = 0; k < size; k++)
          if (
            pairs.every(({ cells, wanted }) => {
              const v = cells[k] as Scalar;
              return v !== BLANK && !(v instanceof FormulaError) && wanted(v);
            })
          )
            count += 1;
        return count;
      }
      case 'INDEX': {
        const g = this.grid(ev(0));
        const r = toNumber(sc(1));
        const c = args.length > 2 ? toNumber(sc(2)) : 1;
        if (r instanceof FormulaError) return r;
        if (c instanceof FormulaError) return c;
        return g[r - 1]?.[c - 1] ?? new FormulaError('#REF!');
      }
      case 'MATCH': {
        const key = sc(0);
        if (key instanceof FormulaError) return key;
        if (args.length < 3 || toNumber(sc(2)) !== 0)
          return new FormulaError('#N/A (only exact MATCH is used)');
        const list = flat([ev(1)]);
        const at = list.findIndex(
          (v) => v !== BLANK && !(v instanceof FormulaError) && looseEqual(v, key),
        );
        return at >= 0 ? at + 1 : new FormulaError('#N/A');
      }
      case 'HYPERLINK': {
        // The cell shows the label (the address when there is none).
        const url = sc(0);
        if (url instanceof FormulaError) return url;
        const label = args.length > 1 ? sc(1) : BLANK;
        return label === BLANK ? text(url) : label;
      }
      default:
        return new FormulaError(`#NAME? ${name}`);
    }
  }
}

function text(v: Scalar): string {
  if (v === BLANK) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function toNumber(v: Scalar): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === BLANK) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (/^\s*-?[0-9]+(\.[0-9]+)?\s*$/.test(v)) return Number(v);
  return new FormulaError('#VALUE!');
}

function truthy(v: Scalar): boolean {
  if (v === BLANK) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  return String(v).toUpperCase() === 'TRUE';
}

/**
 * A COUNTIF criterion as Sheets (and LibreOffice in an .xlsx) reads it: text with * or ? is a
 * wildcard pattern (~ escapes), "<>…" a negation, anything else an equality.
 */
function criterion(wanted: Scalar): (v: Scalar) => boolean {
  // "<>" is "not blank"; "<>x" anything but x. The callers never count a blank cell, which
  // matches Sheets for "<>" and for equality, the only criteria the add-on's formulas use.
  if (typeof wanted === 'string' && wanted.startsWith('<>')) {
    const other = wanted.slice(2);
    return other === '' ? (v) => v !== '' : (v) => !criterion(other)(v);
  }
  if (typeof wanted !== 'string' || !/[*?]/.test(wanted)) return (v) => looseEqual(v, wanted);
  let source = '';
  for (let i = 0; i < wanted.length; i++) {
    const ch = wanted[i] as string;
    if (ch === '~' && i + 1 < wanted.length) source += escapeRegExp(wanted[++i] as string);
    else if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else source += escapeRegExp(ch);
  }
  const pattern = new RegExp(`^${source}$`, 'is');
  return (v) => typeof v === 'string' && pattern.test(v);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function looseEqual(a: Scalar, b: Scalar): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b;
  return false;
}

/** Comparison as Sheets does it: blank equals "" and 0; numbers sort before text. */
function compare(a: Scalar, b: Scalar): number {
  const norm = (x: Scalar, other: Scalar): Scalar =>
    x === BLANK ? (typeof other === 'number' ? 0 : typeof other === 'boolean' ? false : '') : x;
  const x = norm(a, b);
  const y = norm(b, a);
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string')
    return x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0;
  return (x as number) < (y as number) ? -1 : (x as number) > (y as number) ? 1 : 0;
}

function binaryOp(op: string, a: Scalar, b: Scalar): Scalar {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  switch (op) {
    case '&':
      return text(a) + text(b);
    case '=':
      return compare(a, b) === 0;
    case '<>':
      return compare(a, b) !== 0;
    case '<':
      return compare(a, b) < 0;
    case '>':
      return compare(a, b) > 0;
    case '<=':
      return compare(a, b) <= 0;
    case '>=':
      return compare(a, b) >= 0;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (x instanceof FormulaError) return x;
  if (y instanceof FormulaError) return y;
  if (op === '+') return x + y;
  if (op === '-') return x - y;
  if (op === '*') return x * y;
  if (y === 0) return new FormulaError('#DIV/0!');
  return x / y;
}
