import { InputError } from '../errors';
import { msg } from '../messages';
import { isBlank, normalizeWords } from '../text';
import type { Aspect, Catalogue, Domain, Indicator, PredicateBand } from './types';
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
 *   predikat  |           | Baik                    |       | 2.6   |
 *
 * Columns are found by their header, so a user may add or move columns.
 */
export const TABLE_HEADER = ['Jenis', 'Kode', 'Nama', 'Induk', 'Nilai', 'Skala'] as const;
type Column = 'jenis' | 'kode' | 'nama' | 'induk' | 'nilai' | 'skala';
const KIND = {
  catalogue: 'kerangka',
  note: 'catatan',
  level: 'tingkat',
  domain: 'domain',
  aspect: 'aspek',
  indicator: 'indikator',
  band: 'predikat',
} as const;
const STATUS = { provisional: 'sementara', final: 'resmi' } as const;

export function catalogueToTable(catalogue: Catalogue): (string | number)[][] {
  const rows: (string | number)[][] = [[...TABLE_HEADER]];
  const status = catalogue.provisional ? STATUS.provisional : STATUS.final;
  rows.push([KIND.catalogue, catalogue.id, catalogue.title, '', status, catalogue.defaultScale]);
  if (catalogue.note) rows.push([KIND.note, '', catalogue.note, '', '', '']);
  for (const [scale, names] of Object.entries(catalogue.levelScales)) {
    names.forEach((name, i) => {
      rows.push([KIND.level, i + 1, name, '', '', scale]);
    });
  }
  for (const d of catalogue.domains)
    rows.push([KIND.domain, d.id, d.name, '', d.weightBp, d.scale]);
  for (const a of catalogue.aspects)
    rows.push([KIND.aspect, a.id, a.name, a.domain ?? '', a.weightBp, '']);
  for (const i of catalogue.indicators)
    rows.push([KIND.indicator, i.code, i.name, i.aspect, i.weightBp, '']);
  for (const b of catalogue.predicates) rows.push([KIND.band, '', b.label, '', b.min, '']);
  return rows;
}

/**
 * Reads a catalogue table (header row first; row numbers in messages count from the first
 * row of `table`, plus `firstRow - 1`). Throws one error listing every row to fix.
 */
export function catalogueFromTable(
  table: readonly (readonly unknown[])[],
  firstRow = 1,
): Catalogue {
  const problems: string[] = [];
  const headerAt = table.findIndex((row) =>
    row.some((cell) => text(cell).toLowerCase() === 'jenis'),
  );
  const header = table[headerAt];
  if (!header) throw new InputError(msg.tableHeaderMissing(TABLE_HEADER));
  const columns = new Map<Column, number>();
  header.forEach((cell, i) => {
    const name = text(cell).toLowerCase() as Column;
    if ((TABLE_HEADER as readonly string[]).some((h) => h.toLowerCase() === name))
      columns.set(name, i);
  });
  const missing = TABLE_HEADER.filter((h) => !columns.has(h.toLowerCase() as Column));
  if (missing.length > 0) throw new InputError(msg.tableColumnsMissing(missing));

  let id = '';
  let title = '';
  let provisional = false;
  let defaultScale = '';
  const notes: string[] = [];
  const levelScales: Record<string, string[]> = {};
  const domains: Domain[] = [];
  const aspects: Aspect[] = [];
  const indicators: Indicator[] = [];
  const predicates: PredicateBand[] = [];

  table.forEach((cells, i) => {
    if (i <= headerAt) return;
    const row = firstRow + i;
    const get = (column: Column) => cells[columns.get(column) as number];
    const kind = normalizeWords(text(get('jenis')));
    if (kind === '' && cells.every(isBlank)) return;
    const where = msg.tableRow(row);
    const weight = () => {
      const n = numberIn(get('nilai'));
      if (n === undefined || !Number.isInteger(n))
        problems.push(msg.atPlace(where, msg.weightInvalid(get('nilai'))));
      return n ?? 0;
    };
    switch (kind) {
      case KIND.catalogue:
        id = text(get('kode'));
        title = text(get('nama'));
        provisional = normalizeWords(text(get('nilai'))) === STATUS.provisional;
        defaultScale = text(get('skala'));
        break;
      case KIND.note:
        notes.push(text(get('nama')));
        break;
      case KIND.level: {
        const scale = text(get('skala'));
        const level = numberIn(get('kode'));
        if (
          scale === '' ||
          level === undefined ||
          !Number.isInteger(level) ||
          level < 1 ||
          level > 5
        ) {
          problems.push(msg.atPlace(where, msg.levelRowInvalid()));
          break;
        }
        const names = levelScales[scale] ?? ['', '', '', '', ''];
        names[level - 1] = text(get('nama'));
        levelScales[scale] = names;
        break;
      }
      case KIND.domain:
        domains.push({
          id: text(get('kode')),
          name: text(get('nama')),
          weightBp: weight(),
          scale: text(get('skala')),
          row,
        });
        break;
      case KIND.aspect: {
        const domain = text(get('induk'));
        aspects.push({
          id: text(get('kode')),
          name: text(get('nama')),
          weightBp: weight(),
          row,
          ...(domain ? { domain } : {}),
        });
        break;
      }
      case KIND.indicator: {
        const code = text(get('kode'));
        const digits = /([0-9]+)\s*$/.exec(code);
        const no = digits ? Number(digits[1]) : indicators.length + 1;
        indicators.push({
          no,
          code,
          name: text(get('nama')),
          aspect: text(get('induk')),
          weightBp: weight(),
          row,
        });
        break;
      }
      case KIND.band: {
        const min = numberIn(get('nilai'));
        if (min === undefined) problems.push(msg.atPlace(where, msg.bandOutOfRange(get('nilai'))));
        predicates.push({ label: text(get('nama')), min: min ?? Number.NaN, row });
        break;
      }
      default:
        problems.push(
          msg.atPlace(where, msg.unknownRowKind(text(get('jenis')), Object.values(KIND))),
        );
    }
  });

  const catalogue: Catalogue = {
    id,
    title,
    provisional,
    ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
    levelScales,
    defaultScale,
    predicates,
    domains,
    aspects,
    indicators,
  };
  problems.push(...catalogueProblems(catalogue));
  if (problems.length > 0) throw new InputError(msg.catalogueInvalid(id || 'dari tabel', problems));
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
