import {
  BLANK,
  criterion,
  FormulaError,
  looseEqual,
  type Scalar,
  text,
  toNumber,
  truthy,
  type Value,
} from './formula-values';

/** What a function is given: its arguments, evaluated on demand, and the engine's tools. */
interface Call {
  readonly name: string;
  /** How many arguments were written. */
  readonly count: number;
  ev(i: number): Value;
  sc(i: number): Scalar;
  all(): Value[];
  flat(vals: Value[]): Scalar[];
  grid(v: Value): Scalar[][];
  isArray(v: Value): boolean;
  toScalar(v: Value): Scalar;
  map1(v: Value, f: (x: Scalar) => Scalar): Value;
  map2(a: Value, b: Value, f: (x: Scalar, y: Scalar) => Scalar): Value;
}

/** AND and OR: every or some argument true, blanks aside, the first error wins. */
const logical = (call: Call): Value => {
  const vals = call.flat(call.all()).filter((v) => v !== BLANK);
  const err = vals.find((v) => v instanceof FormulaError);
  if (err) return err;
  return call.name === 'AND' ? vals.every(truthy) : vals.some(truthy);
};

/** TRIM, CLEAN, LOWER and LEN, element by element (inside SUMPRODUCT). */
const textFunction = (call: Call): Value => {
  return call.map1(call.ev(0), (v) => {
    if (v instanceof FormulaError) return v;
    const t = text(v);
    if (call.name === 'LEN') return t.length;
    if (call.name === 'LOWER') return t.toLowerCase();
    if (call.name === 'CLEAN') return [...t].filter((ch) => ch.charCodeAt(0) > 31).join('');
    return t.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ');
  });
};

/**
 * The functions the add-on's formulas use, as Sheets evaluates them (blanks, text and errors
 * included); any other is #NAME?, so a formula that needs more fails loudly.
 */
export const FUNCTIONS: Record<string, (c: Call) => Value> = {
  IF: (call) => {
    const c = call.sc(0);
    if (c instanceof FormulaError) return c;
    return truthy(c) ? call.ev(1) : call.count > 2 ? call.ev(2) : false;
  },
  IFERROR: (call) => {
    // Element by element over an array (inside SUMPRODUCT, as spreadsheets evaluate it).
    const value = call.ev(0);
    if (call.isArray(value))
      return call.map2(value, call.ev(1), (v, fallback) =>
        v instanceof FormulaError ? fallback : v,
      );
    const v = call.toScalar(value);
    return v instanceof FormulaError ? call.ev(1) : v;
  },
  AND: logical,
  OR: logical,
  ISNUMBER: (call) => {
    // Element by element over an array, as inside SUMPRODUCT.
    return call.map1(call.ev(0), (v) => typeof v === 'number');
  },
  VALUE: (call) => {
    // Element by element over an array, as inside SUMPRODUCT.
    return call.map1(call.ev(0), (v) => {
      if (typeof v === 'number') return v;
      if (typeof v === 'string' && /^\s*-?[0-9]+(\.[0-9]+)?\s*$/.test(v)) return Number(v);
      return v instanceof FormulaError ? v : new FormulaError('#VALUE!');
    });
  },
  EXACT: (call) => {
    // Case-sensitive, element by element (inside SUMPRODUCT).
    return call.map2(call.ev(0), call.ev(1), (a, b) =>
      a instanceof FormulaError ? a : b instanceof FormulaError ? b : text(a) === text(b),
    );
  },
  N: (call) => {
    return call.map1(call.ev(0), (v) => (typeof v === 'number' ? v : 0));
  },
  NOT: (call) => {
    const v = call.sc(0);
    return v instanceof FormulaError ? v : !truthy(v);
  },
  SEARCH: (call) => {
    // Where `find` first occurs in `within`, ignoring case (1-based); #VALUE! when it does not.
    return call.map2(call.ev(0), call.ev(1), (find, within) => {
      if (find instanceof FormulaError) return find;
      if (within instanceof FormulaError) return within;
      const at = text(within).toLowerCase().indexOf(text(find).toLowerCase());
      return at < 0 ? new FormulaError('#VALUE!') : at + 1;
    });
  },
  TRIM: textFunction,
  CLEAN: textFunction,
  LOWER: textFunction,
  LEN: textFunction,
  CHOOSE: (call) => {
    const i = toNumber(call.sc(0));
    if (i instanceof FormulaError) return i;
    const at = Math.trunc(i);
    if (at < 1 || at >= call.count) return new FormulaError('#VALUE!');
    return call.ev(at);
  },
  LEFT: (call) => {
    const n = call.count > 1 ? toNumber(call.sc(1)) : 1;
    if (n instanceof FormulaError) return n;
    return call.map1(call.ev(0), (v) => (v instanceof FormulaError ? v : text(v).slice(0, n)));
  },
  MID: (call) => {
    const start = toNumber(call.sc(1));
    const count = toNumber(call.sc(2));
    if (start instanceof FormulaError) return start;
    if (count instanceof FormulaError) return count;
    return call.map1(call.ev(0), (v) =>
      v instanceof FormulaError ? v : text(v).slice(start - 1, start - 1 + count),
    );
  },
  INT: (call) => {
    return call.map1(call.ev(0), (v) => {
      const n = toNumber(v);
      return n instanceof FormulaError ? n : Math.floor(n);
    });
  },
  ABS: (call) => {
    return call.map1(call.ev(0), (v) => {
      const n = toNumber(v);
      return n instanceof FormulaError ? n : Math.abs(n);
    });
  },
  ROUND: (call) => {
    return call.map2(call.ev(0), call.ev(1), (x, digits) => {
      const n = toNumber(x);
      const d = toNumber(digits);
      if (n instanceof FormulaError) return n;
      if (d instanceof FormulaError) return d;
      return Math.round(n * 10 ** d) / 10 ** d;
    });
  },
  SUM: (call) => {
    let total = 0;
    for (const v of call.flat(call.all())) {
      if (v instanceof FormulaError) return v;
      if (typeof v === 'number') total += v;
    }
    return total;
  },
  COUNT: (call) => {
    // Numbers only, as spreadsheets count a range: text, blanks and errors are skipped.
    return call.flat(call.all()).filter((v) => typeof v === 'number').length;
  },
  SUMPRODUCT: (call) => {
    const grids = call.all().map((v) => call.grid(v));
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
  },
  COUNTIF: (call) => {
    const wanted = criterion(call.sc(1));
    return call
      .flat([call.ev(0)])
      .filter((v) => v !== BLANK && !(v instanceof FormulaError) && wanted(v)).length;
  },
  COUNTIFS: (call) => {
    // Range, criterion pairs of the same size; a row counts when every criterion matches.
    const pairs: { cells: Scalar[]; wanted: (v: Scalar) => boolean }[] = [];
    for (let i = 0; i + 1 < call.count; i += 2)
      pairs.push({ cells: call.flat([call.ev(i)]), wanted: criterion(call.sc(i + 1)) });
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
  },
  INDEX: (call) => {
    const g = call.grid(call.ev(0));
    const r = toNumber(call.sc(1));
    const c = call.count > 2 ? toNumber(call.sc(2)) : 1;
    if (r instanceof FormulaError) return r;
    if (c instanceof FormulaError) return c;
    return g[r - 1]?.[c - 1] ?? new FormulaError('#REF!');
  },
  MATCH: (call) => {
    const key = call.sc(0);
    if (key instanceof FormulaError) return key;
    if (call.count < 3 || toNumber(call.sc(2)) !== 0)
      return new FormulaError('#N/A (only exact MATCH is used)');
    const list = call.flat([call.ev(1)]);
    const at = list.findIndex(
      (v) => v !== BLANK && !(v instanceof FormulaError) && looseEqual(v, key),
    );
    return at >= 0 ? at + 1 : new FormulaError('#N/A');
  },
  HYPERLINK: (call) => {
    // The cell shows the label (the address when there is none).
    const url = call.sc(0);
    if (url instanceof FormulaError) return url;
    const label = call.count > 1 ? call.sc(1) : BLANK;
    return label === BLANK ? text(url) : label;
  },
};
