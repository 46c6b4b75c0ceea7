import { guideText } from '../catalogue/level-guide';
import { levelGuideFor } from '../catalogue/registry';
import { catalogueFromTable, catalogueToTable, TABLE_HEADER } from '../catalogue/table';
import type { Catalogue } from '../catalogue/types';
import { normalizeWords } from '../kernel/text';
import { box } from './a1';
import { PALETTE } from './palette';
import type { Cell, TabContent, TabRender } from './port';
import { workbookText } from './workbook-text';

/**
 * The Kerangka tab: the catalogue as an editable table (see catalogue/table.ts) with, on each
 * indicator row, what every level means and the evidence it needs. Admins may edit names,
 * weights, bands and guidance; scores follow the weights.
 */
const GUIDE_HEADERS = [1, 2, 3, 4, 5].map((n) => `Tingkat ${n}: kriteria dan data dukung`);
const TITLE_ROWS = 3;

export function renderCatalogueTab(catalogue: Catalogue): TabRender {
  const table = catalogueToTable(catalogue);
  const width = TABLE_HEADER.length + GUIDE_HEADERS.length;
  const rows: Cell[][] = table.map((row, i) => {
    if (i === 0) return [...row, ...GUIDE_HEADERS];
    const indicator =
      row[0] === 'indikator' ? catalogue.indicators.find((ind) => ind.code === row[1]) : undefined;
    const guide = indicator ? levelGuideFor(catalogue, indicator) : undefined;
    return [...row, ...GUIDE_HEADERS.map((_, l) => (guide ? guideText(guide, l + 1) : ''))];
  });
  const title: Cell[][] = [
    [workbookText.catalogueTitle(catalogue), ...Array<Cell>(width - 1).fill('')],
    [workbookText.catalogueIntro(), ...Array<Cell>(width - 1).fill('')],
    [catalogue.provisional ? (catalogue.note ?? '') : '', ...Array<Cell>(width - 1).fill('')],
  ];
  return {
    cells: [...title, ...rows],
    frozenRows: TITLE_ROWS + 1,
    columnWidths: [90, 80, 380, 80, 80, 80, 200, 160, ...GUIDE_HEADERS.map(() => 260)],
    styles: [
      { range: box(1, 1), bold: true, fontSize: 14, fontColor: PALETTE.title },
      { range: box(2, 1, 2, 1), italic: true },
      { range: box(TITLE_ROWS + 1, 1, 1, width), bold: true, background: PALETTE.header },
      {
        range: box(TITLE_ROWS + 2, TABLE_HEADER.length + 1, rows.length - 1, GUIDE_HEADERS.length),
        wrap: true,
      },
    ],
  };
}

/** The catalogue id a Kerangka tab holds, without validating the rest. */
export function catalogueIdOf(content: TabContent | undefined): string | undefined {
  const row = content?.cells.find((r) => normalizeWords(String(r[0] ?? '')) === 'kerangka');
  return row ? String(row[1] ?? '').trim() : undefined;
}

/** The edited catalogue held by a Kerangka tab; throws, naming rows, when it is not sound. */
export function readCatalogueTab(content: TabContent): Catalogue {
  return catalogueFromTable(content.cells);
}

/**
 * The level guidance as admins edited it on Kerangka: indicator code → five texts, each
 * "criterion Data dukung: evidence" as written by renderCatalogueTab.
 */
export function editedLevelGuides(
  content: TabContent | undefined,
): Map<string, { criterion: string; evidence: string }[]> {
  const out = new Map<string, { criterion: string; evidence: string }[]>();
  const header =
    content?.cells.find((r) => r.some((c) => normalizeWords(String(c)) === 'jenis')) ?? [];
  const at = (name: string) =>
    header.findIndex((c) => normalizeWords(String(c)) === normalizeWords(name));
  const columns = GUIDE_HEADERS.map(at);
  const kind = at('jenis');
  const code = at('kode');
  if (columns.some((c) => c < 0) || kind < 0 || code < 0) return out;
  for (const row of content?.cells ?? []) {
    if (normalizeWords(String(row[kind] ?? '')) !== 'indikator') continue;
    out.set(
      String(row[code] ?? '').trim(),
      columns.map((c) => {
        const [criterion = '', evidence = ''] = String(row[c] ?? '').split(/\s*Data dukung:\s*/);
        return { criterion: criterion.trim(), evidence: evidence.trim() };
      }),
    );
  }
  return out;
}

/** Where the Kode and Nilai (weight) columns are, for formulas that look weights up. */
export function catalogueColumns(content: TabContent): {
  code: number;
  parent: number;
  value: number;
} {
  const header =
    content.cells.find((r) => r.some((c) => normalizeWords(String(c)) === 'jenis')) ?? [];
  const at = (name: string) => header.findIndex((c) => normalizeWords(String(c)) === name) + 1;
  return { code: at('kode'), parent: at('induk'), value: at('nilai') };
}
