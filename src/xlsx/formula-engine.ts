/**
 * A small evaluator for the spreadsheet formulas the add-on writes: tests read with it the
 * numbers a Sheets user would see, and the .xlsx writer stores them as cached results. It knows only the functions the add-on uses and fails
 * loudly (#NAME?) on any other, follows Sheets' rules for blanks, text and errors, accepts
 * `;` or `,` between arguments (Sheets accepts `;` in every locale), and refuses decimal
 * literals, which break in locales whose decimal mark is a comma.
 */
import { isFormula } from '../core/workbook/port';
import { FUNCTIONS } from './formula-functions';
import {
  BLANK,
  binaryOp,
  FormulaError,
  type RangeRef,
  type Scalar,
  toNumber,
  type Value,
} from './formula-values';

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
    const fn = FUNCTIONS[name];
    if (!fn) return new FormulaError(`#NAME? ${name}`);
    const ev = (i: number) => this.evaluate(args[i] as Node, here);
    return fn({
      name,
      count: args.length,
      ev,
      sc: (i) => this.toScalar(ev(i)),
      all: () => args.map((_, i) => ev(i)),
      flat: (vals) => vals.flatMap((v) => this.grid(v).flat()),
      grid: (v) => this.grid(v),
      isArray: (v) => this.isArray(v),
      toScalar: (v) => this.toScalar(v),
      map1: (v, f) => this.map1(v, f),
      map2: (a, b, f) => this.map2(a, b, f),
    });
  }
}
