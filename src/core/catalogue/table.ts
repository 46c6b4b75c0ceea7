import { InputError } from '../kernel/errors';
import { kernelText } from '../kernel/kernel-text';
import { isBlank, normalizeWords } from '../kernel/text';
import { catalogueText } from './catalogue-text';
import type {
  Aspect,
  Catalogue,
  Cycle,
  Domain,
  EvidenceItem,
  Indicator,
  Level,
  PredicateBand,
  PredicateReading,
} from './types';
import { catalogueProblems } from './validation';

/**
 * A catalogue as one table a person can edit in a sheet (the workbook's Kerangka tab) and
 * pass to a custom function as a range: one row per element, its kind in the first column.
 *
 *   Jenis     | Kode      | Nama                    | Induk | Nilai | Skala
 *   kerangka  | spbe-2020 | Indeks SPBE …           |       | resmi | proses
 *   tingkat   | 3         | Terdefinisi             |       |       | proses
 *   domain    | D1        | Kebijakan Internal SPBE |       | 1300  | proses
 *   aspek     | A1        | Kebijakan Internal …    | D1    | 1300  |
 *   indikator | I01       | Tingkat Kematangan …    | A1    | 130   |
 *   butir     | P01.2.a   | Dokumen perencanaan     | P01   | 2     |
 *   predikat  |           | Baik                    |       | 2.6   |
 *   siklus    | 2024      | Laporan nasional 2024 … |       | tanpa pembulatan |
 *
 * Two more columns are optional (a table written before them still reads): *Alias* — other
 * names of an indicator (;-separated), a predicate band's maturity name — and *Sumber
 * eksternal* — the agency that scores an external indicator. Rows `dasar hukum` (the
 * regulation) and `nilai` (`pecahan` when values may be fractional) complete the catalogue;
 * a `siklus` row says from which evaluation year the predikat is read from the index
 * `dibulatkan` (rounded) or `tanpa pembulatan` (unrounded), with the report that shows it.
 * Columns are found by their header, so a user may add or move columns.
 */
const REQUIRED = ['Jenis', 'Kode', 'Nama', 'Induk', 'Nilai', 'Skala'] as const;
const OPTIONAL = ['Alias', 'Sumber eksternal'] as const;
export const TABLE_HEADER = [...REQUIRED, ...OPTIONAL] as const;
type Column = Lowercase<(typeof TABLE_HEADER)[number]>;
const KIND = {
  catalogue: 'kerangka',
  note: 'catatan',
  legalBasis: 'dasar hukum',
  values: 'nilai',
  level: 'tingkat',
  domain: 'domain',
  aspect: 'aspek',
  indicator: 'indikator',
  item: 'butir',
  band: 'predikat',
  cycle: 'siklus',
} as const;
const READING_WORD: Record<PredicateReading, string> = {
  rounded: 'dibulatkan',
  unrounded: 'tanpa pembulatan',
};
const STATUS = { provisional: 'sementara', final: 'resmi' } as const;
const FRACTIONAL = 'pecahan';

export function catalogueToTable(catalogue: Catalogue): (string | number)[][] {
  const rows: (string | number)[][] = [[...TABLE_HEADER]];
  const row = (...cells: (string | number)[]) => {
    rows.push([...cells, ...Array<string>(TABLE_HEADER.length - cells.length).fill('')]);
  };
  const status = catalogue.provisional ? STATUS.provisional : STATUS.final;
  row(KIND.catalogue, catalogue.id, catalogue.title, '', status, catalogue.defaultScale);
  if (catalogue.note) row(KIND.note, '', catalogue.note);
  if (catalogue.legalBasis) row(KIND.legalBasis, '', catalogue.legalBasis);
  if (catalogue.fractional) row(KIND.values, '', FRACTIONAL);
  for (const [scale, names] of Object.entries(catalogue.levelScales)) {
    names.forEach((name, i) => {
      row(KIND.level, i + 1, name, '', '', scale);
    });
  }
  for (const d of catalogue.domains) row(KIND.domain, d.id, d.name, '', d.weightBp, d.scale);
  for (const a of catalogue.aspects) row(KIND.aspect, a.id, a.name, a.domain ?? '', a.weightBp);
  for (const i of catalogue.indicators)
    row(
      KIND.indicator,
      i.code,
      i.name,
      i.aspect,
      i.weightBp,
      '',
      (i.aliases ?? []).join('; '),
      i.external ?? '',
    );
  for (const item of catalogue.items ?? [])
    row(KIND.item, item.code, item.name, item.indicator, item.level);
  for (const b of catalogue.predicates) row(KIND.band, '', b.label, '', b.min, '', b.alias ?? '');
  for (const c of catalogue.cycles ?? [])
    row(KIND.cycle, c.year, c.note ?? '', '', READING_WORD[c.predicateFrom]);
  return rows;
}

/** One row of the table, its cells by column, and where it is for messages. */
interface TableRow {
  readonly row: number;
  readonly where: string;
  get(column: Column): unknown;
}

/** The catalogue being read, row by row. */
interface Draft {
  id: string;
  title: string;
  provisional: boolean;
  legalBasis: string;
  fractional: boolean;
  defaultScale: string;
  readonly notes: string[];
  readonly levelScales: Record<string, string[]>;
  readonly domains: Domain[];
  readonly aspects: Aspect[];
  readonly indicators: Indicator[];
  readonly items: EvidenceItem[];
  readonly predicates: PredicateBand[];
  readonly cycles: Cycle[];
  readonly problems: string[];
}

function weightOf(r: TableRow, d: Draft): number {
  const n = numberIn(r.get('nilai'));
  if (n === undefined || !Number.isInteger(n))
    d.problems.push(kernelText.atPlace(r.where, catalogueText.weightInvalid(r.get('nilai'))));
  return n ?? 0;
}

/** How each kind of row adds to the catalogue. */
const READ_ROW: Record<(typeof KIND)[keyof typeof KIND], (r: TableRow, d: Draft) => void> = {
  [KIND.catalogue]: (r, d) => {
    d.id = text(r.get('kode'));
    d.title = text(r.get('nama'));
    d.provisional = normalizeWords(text(r.get('nilai'))) === STATUS.provisional;
    d.defaultScale = text(r.get('skala'));
  },
  [KIND.note]: (r, d) => {
    d.notes.push(text(r.get('nama')));
  },
  [KIND.legalBasis]: (r, d) => {
    d.legalBasis = text(r.get('nama'));
  },
  [KIND.values]: (r, d) => {
    d.fractional = normalizeWords(text(r.get('nama'))) === FRACTIONAL;
  },
  [KIND.level]: (r, d) => {
    const scale = text(r.get('skala'));
    const level = numberIn(r.get('kode'));
    if (scale === '' || level === undefined || !Number.isInteger(level) || level < 1 || level > 5) {
      d.problems.push(kernelText.atPlace(r.where, catalogueText.levelRowInvalid()));
      return;
    }
    const names = d.levelScales[scale] ?? ['', '', '', '', ''];
    names[level - 1] = text(r.get('nama'));
    d.levelScales[scale] = names;
  },
  [KIND.domain]: (r, d) => {
    d.domains.push({
      id: text(r.get('kode')),
      name: text(r.get('nama')),
      weightBp: weightOf(r, d),
      scale: text(r.get('skala')),
      row: r.row,
    });
  },
  [KIND.aspect]: (r, d) => {
    const domain = text(r.get('induk'));
    d.aspects.push({
      id: text(r.get('kode')),
      name: text(r.get('nama')),
      weightBp: weightOf(r, d),
      row: r.row,
      ...(domain ? { domain } : {}),
    });
  },
  [KIND.indicator]: (r, d) => {
    const code = text(r.get('kode'));
    const digits = /([0-9]+)\s*$/.exec(code);
    const aliases = text(r.get('alias'))
      .split(';')
      .map((a) => a.trim())
      .filter(Boolean);
    const external = text(r.get('sumber eksternal'));
    d.indicators.push({
      no: digits ? Number(digits[1]) : d.indicators.length + 1,
      code,
      name: text(r.get('nama')),
      aspect: text(r.get('induk')),
      weightBp: weightOf(r, d),
      row: r.row,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(external ? { external } : {}),
    });
  },
  [KIND.item]: (r, d) => {
    // The level is the Nilai column's, else the one the code names (P01.2.a → 2).
    const code = text(r.get('kode'));
    const level = numberIn(r.get('nilai')) ?? Number(/\.([0-9])\.[^.]+$/.exec(code)?.[1]);
    if (!Number.isInteger(level) || level < 1 || level > 5) {
      d.problems.push(kernelText.atPlace(r.where, catalogueText.itemLevelInvalid(r.get('nilai'))));
      return;
    }
    d.items.push({
      code,
      name: text(r.get('nama')),
      indicator: text(r.get('induk')),
      level: level as Level,
      row: r.row,
    });
  },
  [KIND.band]: (r, d) => {
    const min = numberIn(r.get('nilai'));
    if (min === undefined)
      d.problems.push(kernelText.atPlace(r.where, catalogueText.bandOutOfRange(r.get('nilai'))));
    const alias = text(r.get('alias'));
    d.predicates.push({
      label: text(r.get('nama')),
      min: min ?? Number.NaN,
      row: r.row,
      ...(alias ? { alias } : {}),
    });
  },
  [KIND.cycle]: (r, d) => {
    const year = numberIn(r.get('kode'));
    const word = normalizeWords(text(r.get('nilai')));
    const reading = (Object.keys(READING_WORD) as PredicateReading[]).find(
      (k) => READING_WORD[k] === word,
    );
    if (year === undefined || !Number.isInteger(year) || !reading) {
      d.problems.push(
        kernelText.atPlace(r.where, catalogueText.cycleRowInvalid(Object.values(READING_WORD))),
      );
      return;
    }
    const note = text(r.get('nama'));
    d.cycles.push({ year, predicateFrom: reading, row: r.row, ...(note ? { note } : {}) });
  },
};

/** The header row and where each column is (found by header: users may add or move columns). */
function columnsOf(table: readonly (readonly unknown[])[]): {
  headerAt: number;
  columns: Map<Column, number>;
} {
  const headerAt = table.findIndex((row) =>
    row.some((cell) => text(cell).toLowerCase() === 'jenis'),
  );
  const header = table[headerAt];
  if (!header) throw new InputError(catalogueText.tableHeaderMissing(REQUIRED));
  const columns = new Map<Column, number>();
  header.forEach((cell, i) => {
    const name = text(cell).toLowerCase() as Column;
    if ((TABLE_HEADER as readonly string[]).some((h) => h.toLowerCase() === name))
      columns.set(name, i);
  });
  const missing = REQUIRED.filter((h) => !columns.has(h.toLowerCase() as Column));
  if (missing.length > 0) throw new InputError(catalogueText.tableColumnsMissing(missing));
  return { headerAt, columns };
}

/**
 * Reads a catalogue table (header row first; row numbers in messages count from the first
 * row of `table`, plus `firstRow - 1`). Throws one error listing every row to fix.
 */
export function catalogueFromTable(
  table: readonly (readonly unknown[])[],
  firstRow = 1,
): Catalogue {
  const { headerAt, columns } = columnsOf(table);
  const d: Draft = {
    id: '',
    title: '',
    provisional: false,
    legalBasis: '',
    fractional: false,
    defaultScale: '',
    notes: [],
    levelScales: {},
    domains: [],
    aspects: [],
    indicators: [],
    items: [],
    predicates: [],
    cycles: [],
    problems: [],
  };
  table.forEach((cells, i) => {
    if (i <= headerAt) return;
    const get = (column: Column) => {
      const at = columns.get(column);
      return at === undefined ? '' : cells[at];
    };
    const kind = normalizeWords(text(get('jenis')));
    if (kind === '' && cells.every(isBlank)) return;
    const r: TableRow = { row: firstRow + i, where: catalogueText.tableRow(firstRow + i), get };
    const read = READ_ROW[kind as keyof typeof READ_ROW];
    if (read) read(r, d);
    else
      d.problems.push(
        kernelText.atPlace(
          r.where,
          catalogueText.unknownRowKind(text(get('jenis')), Object.values(KIND)),
        ),
      );
  });
  const catalogue: Catalogue = {
    id: d.id,
    title: d.title,
    provisional: d.provisional,
    ...(d.notes.length > 0 ? { note: d.notes.join(' ') } : {}),
    ...(d.legalBasis ? { legalBasis: d.legalBasis } : {}),
    ...(d.fractional ? { fractional: true } : {}),
    levelScales: d.levelScales,
    defaultScale: d.defaultScale,
    predicates: d.predicates,
    ...(d.cycles.length > 0 ? { cycles: d.cycles } : {}),
    domains: d.domains,
    aspects: d.aspects,
    indicators: d.indicators,
    ...(d.items.length > 0 ? { items: d.items } : {}),
  };
  const problems = [...d.problems, ...catalogueProblems(catalogue)];
  if (problems.length > 0)
    throw new InputError(catalogueText.catalogueInvalid(d.id || 'dari tabel', problems));
  return catalogue;
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** A number as a cell holds it, or as text with a decimal point or comma. */
function numberIn(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const t = text(value).replace(',', '.');
  return /^-?[0-9]+(\.[0-9]+)?$/.test(t) ? Number(t) : undefined;
}
