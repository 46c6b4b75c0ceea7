import fc from 'fast-check';
import { clockFor } from '../../src/cli/commands';
import { runCheck } from '../../src/core/actions/check/check';
import { setupWorkbook } from '../../src/core/actions/setup/setup';
import { PEMDI_2026 } from '../../src/core/catalogue/frameworks/pemdi-2026';
import { SPBE_2020 } from '../../src/core/catalogue/frameworks/spbe-2020';
import { scaleOf } from '../../src/core/catalogue/lookup';
import type { Catalogue, Indicator } from '../../src/core/catalogue/types';
import { ITEM_RULES, type ItemRule } from '../../src/core/entry/items';
import { VERIFICATION_VALUES } from '../../src/core/entry/words';
import { type Cell, formula } from '../../src/core/workbook/port';
import { TAB, TAB_KEY } from '../../src/core/workbook/tab-names';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';

/**
 * Workbooks as a coordinator and clerks of any Pemda might leave them, generated with
 * fast-check from a seed: a random OPD list and ownership, answers typed in every shape a
 * Tingkat cell can hold, explanations around the 40-character line, links of every kind,
 * verifiers' judgements on indicators and butir, stage values of every shape (2,5; 2,333;
 * =7/6; text; 0; 6), external values with and without their source, each Mandiri rule, both
 * instruments — checked or not, and edited after the check or not.
 */
export const ADMIN = 'kominfo.admin@example.org';

export interface GeneratedSpec {
  readonly framework: 'spbe-2020' | 'pemdi-2026';
  readonly year: number;
  readonly itemRule: ItemRule;
  readonly opds: readonly GeneratedOpd[];
  /** Per indicator, in catalogue order: Penilaian's typed stage values and OPD utama. */
  readonly assessment: readonly GeneratedAssessment[];
  readonly lastYearIndex: number | null;
  /**
   * Stages typed wholly blank, or wholly of values no reading takes (6, 0, '3' as text): a
   * column of them has no data, whatever a formula's COUNT says.
   */
  readonly stageMode: Readonly<Record<StageKey, 'mixed' | 'blank' | 'invalid'>>;
  /** Whether a Cek kelengkapan ran (writing Dicek and Kelengkapan) before the last edits. */
  readonly checked: boolean;
}

interface GeneratedOpd {
  readonly indicators: readonly number[];
  readonly answers: readonly GeneratedAnswer[];
}

interface GeneratedAnswer {
  readonly level: LevelShape;
  readonly explanation: number;
  readonly evidence: number;
  readonly verification: number;
  readonly items: readonly { evidence: number; explanation: number; verification: number }[];
  /** Changed after the check (its evidence replaced): the check no longer stands for it. */
  readonly editedAfterCheck: boolean;
}

interface LevelShape {
  readonly shape: number;
  readonly level: number;
}

type StageKey = 'verified' | 'final' | 'target' | 'lastYear';

interface GeneratedAssessment {
  readonly lead: number;
  readonly verified: number;
  readonly final: number;
  readonly target: number;
  readonly lastYear: number;
  readonly external: number;
}

export const CATALOGUES: Record<GeneratedSpec['framework'], Catalogue> = {
  'spbe-2020': SPBE_2020,
  'pemdi-2026': PEMDI_2026,
};

// ---- the shapes of what people type ------------------------------------------------------

/** What a Tingkat cell holds, for the indicator's scale: every shape the issue lists. */
function levelCell({ shape, level }: LevelShape, catalogue: Catalogue, ind: Indicator): Cell {
  const names = scaleOf(catalogue, ind);
  const other =
    Object.values(catalogue.levelScales).find((s) => s !== names) ?? names.slice(1).concat(names);
  const name = names[level - 1] ?? '';
  const shapes: Cell[] = [
    '',
    level,
    String(level),
    `${level} – ${name}`,
    ` ${level} - ${name.toLowerCase()}  `,
    `${level} — ${name}`,
    `${level} – ${other[level - 1] ?? 'Lain'}`,
    level + 0.5,
    `${level}.5`,
    `${level},0`,
    'tiga',
    0,
    6,
    '   ',
    level,
    `${level} – ${name}`,
  ];
  return shapes[shape % shapes.length] ?? '';
}
const LEVEL_SHAPES = 16;

const EXPLANATIONS = [
  '',
  '   ',
  'Sudah ada SK, lihat tautan.',
  'Kebijakan ditetapkan dengan Peraturan Wali Kota dan dilaksanakan seluruh OPD.',
  // 39 characters and spaces around: LEN(TRIM) counts 39.
  '   Dokumen tersedia dan sudah disahkan....   ',
  // Exactly 40.
  'Dokumen tersedia dan sudah disahkan oleh',
  'Penjelasan   dengan    spasi    berlebih   yang tetap panjang.',
];

const DRIVE = 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456/view';
const DOCS = 'https://docs.google.com/document/d/1ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543/edit';
const EVIDENCE = [
  '',
  DRIVE,
  `${DRIVE}\n${DOCS}`,
  'https://example.com/dokumen/sk-spbe.pdf',
  'lihat lampiran di map biru',
  '  ',
  DOCS,
];

const VERIFICATIONS = ['', ...VERIFICATION_VALUES, ' Diterima ', 'PERLU REVISI'];

/** A stage value typed in Penilaian, of every shape: most blank or whole. */
function stageCell(shape: number): Cell {
  const shapes: Cell[] = [
    '',
    '',
    '',
    1,
    2,
    3,
    4,
    5,
    2.5,
    1.25,
    2.333,
    formula('=7/6'),
    formula('=11/3'),
    '3',
    0,
    6,
    3.5,
  ];
  return shapes[shape % shapes.length] ?? '';
}
const STAGE_SHAPES = 17;

// ---- the generator ---------------------------------------------------------------------

/**
 * An answer typed anyhow, or (as often) one typed with care — a level from the dropdown, a
 * long explanation, Drive links on the row and its items — so that every Status, Lengkap and
 * Diterima included, turns up in a sample.
 */
function answerArb(items: number): fc.Arbitrary<GeneratedAnswer> {
  const any = (n: number) => fc.nat(n - 1);
  const answer = (careful: boolean) =>
    fc.record({
      level: fc.record({
        shape: careful ? fc.constantFrom(1, 2, 3) : any(LEVEL_SHAPES),
        level: fc.integer({ min: 1, max: 5 }),
      }),
      explanation: careful ? fc.constantFrom(3, 5, 6) : any(EXPLANATIONS.length),
      evidence: careful ? fc.constantFrom(1, 2, 6) : any(EVIDENCE.length),
      verification: any(VERIFICATIONS.length),
      items: fc.array(
        fc.record({
          evidence: careful ? fc.constantFrom(1, 2, 6) : any(EVIDENCE.length),
          explanation: any(EXPLANATIONS.length),
          verification: careful ? fc.constantFrom(0, 3, 3, 3) : any(VERIFICATIONS.length),
        }),
        { minLength: items, maxLength: items },
      ),
      editedAfterCheck: careful ? fc.constant(false) : fc.boolean(),
    });
  return fc.oneof(answer(false), answer(true));
}

/** The indicators an OPD list may assign: Pemdi's external ones are not the Pemda's to fill. */
function assignable(catalogue: Catalogue): readonly Indicator[] {
  return catalogue.indicators.filter((i) => !i.external);
}

function itemsOf(catalogue: Catalogue, code: string): number {
  return (catalogue.items ?? []).filter((i) => i.indicator === code).length;
}

function opdArb(catalogue: Catalogue): fc.Arbitrary<GeneratedOpd> {
  const pool = assignable(catalogue);
  return fc.uniqueArray(fc.nat(pool.length - 1), { minLength: 1, maxLength: 8 }).chain((picked) => {
    const indicators = picked.map((k) => pool[k] as Indicator);
    return fc
      .tuple(...indicators.map((ind) => answerArb(itemsOf(catalogue, ind.code))))
      .map((answers) => ({ indicators: indicators.map((i) => i.no), answers }));
  });
}

export const specArb: fc.Arbitrary<GeneratedSpec> = fc
  .constantFrom<GeneratedSpec['framework']>('spbe-2020', 'pemdi-2026')
  .chain((framework) => {
    const catalogue = CATALOGUES[framework];
    const stage = fc.nat(STAGE_SHAPES - 1);
    const mode = fc.constantFrom<'mixed' | 'blank' | 'invalid'>(
      'mixed',
      'mixed',
      'blank',
      'invalid',
    );
    return fc.record({
      framework: fc.constant(framework),
      year: framework === 'pemdi-2026' ? fc.constant(2026) : fc.integer({ min: 2023, max: 2025 }),
      itemRule: fc.constantFrom(...ITEM_RULES),
      opds: fc.array(opdArb(catalogue), { minLength: 1, maxLength: 5 }),
      assessment: fc.array(
        fc.record({
          lead: fc.nat(6),
          verified: stage,
          final: stage,
          target: stage,
          lastYear: stage,
          external: fc.nat(3),
        }),
        { minLength: catalogue.indicators.length, maxLength: catalogue.indicators.length },
      ),
      lastYearIndex: fc.option(fc.constantFrom(2.01, 1.8, 3.49), { nil: null }),
      stageMode: fc.record({
        verified: mode,
        final: mode,
        target: mode,
        lastYear: mode,
      }),
      checked: fc.boolean(),
    });
  });

/** `n` specs from `seed`: the same seed gives the same workbooks on every machine. */
export function generatedSpecs(n: number, seed: number): GeneratedSpec[] {
  return fc.sample(specArb, { seed, numRuns: n });
}

// ---- building one ------------------------------------------------------------------------

const opdCode = (i: number) => `G${String(i + 1).padStart(2, '0')}`;

export function clockOf(year: number) {
  return clockFor(new Date(year, 10, 28, 10, 0));
}

/** Rows and columns by header and code, to type where a person would. */
function typer(wb: XlsxWorkbook, tab: string, keyHeader: string) {
  const cells = wb.read(tab)?.cells ?? [];
  const headerAt = cells.findIndex((r) => r.some((c) => c === keyHeader));
  const header = cells[headerAt] ?? [];
  const keyCol = header.indexOf(keyHeader);
  const rows = new Map<string, number>();
  cells.forEach((r, i) => {
    if (i > headerAt && typeof r[keyCol] === 'string') rows.set(r[keyCol] as string, i + 1);
  });
  const colOf = (name: string) => {
    const at = header.findIndex((c) => typeof c === 'string' && c.startsWith(name));
    if (at < 0) throw new Error(`${tab} has no column ${name}`);
    return at + 1;
  };
  return {
    has: (key: string) => rows.has(key),
    type(key: string, column: string, value: Cell) {
      const row = rows.get(key);
      if (row === undefined) throw new Error(`${tab} has no row ${key}`);
      wb.writeCells(tab, row, colOf(column), [[value]]);
    },
  };
}

function opdListRows(spec: GeneratedSpec): Cell[][] {
  return [
    ['Daftar OPD'],
    [''],
    [''],
    ['Kode OPD', 'Nama OPD', 'Singkatan', 'Nama tab', 'Email PIC', 'Indikator'],
    ...spec.opds.map((o, i) => [
      opdCode(i),
      `Perangkat Daerah Uji ${i + 1}`,
      `PD ${i + 1}`,
      `PD ${i + 1}`,
      `pic${i + 1}@example.org`,
      o.indicators.join(', '),
    ]),
  ];
}

/** Types an OPD's answers (and its items') into its tab; `after` types only the later edits. */
function typeAnswers(wb: XlsxWorkbook, spec: GeneratedSpec, after: boolean): void {
  const catalogue = CATALOGUES[spec.framework];
  spec.opds.forEach((o, i) => {
    const tab = typer(wb, `PD ${i + 1}`, 'Kode');
    o.answers.forEach((a, k) => {
      const ind = catalogue.indicators.find((x) => x.no === o.indicators[k]) as Indicator;
      if (after) {
        if (a.editedAfterCheck) tab.type(ind.code, 'Data dukung', `${DOCS}\n${DRIVE}`);
        return;
      }
      tab.type(ind.code, 'Tingkat', levelCell(a.level, catalogue, ind));
      tab.type(ind.code, 'Penjelasan', EXPLANATIONS[a.explanation] ?? '');
      tab.type(ind.code, 'Data dukung', EVIDENCE[a.evidence] ?? '');
      tab.type(ind.code, 'Status verifikasi', VERIFICATIONS[a.verification] ?? '');
      const items = (catalogue.items ?? []).filter((it) => it.indicator === ind.code);
      items.forEach((item, n) => {
        const typed = a.items[n];
        if (!typed || !tab.has(item.code)) return;
        tab.type(item.code, 'Data dukung', EVIDENCE[typed.evidence] ?? '');
        tab.type(item.code, 'Penjelasan', EXPLANATIONS[typed.explanation] ?? '');
        tab.type(item.code, 'Status verifikasi', VERIFICATIONS[typed.verification] ?? '');
      });
    });
  });
}

function typeAssessment(wb: XlsxWorkbook, spec: GeneratedSpec): void {
  const catalogue = CATALOGUES[spec.framework];
  const penilaian = typer(wb, TAB.assessment, 'Kode');
  catalogue.indicators.forEach((ind, i) => {
    const a = spec.assessment[i];
    if (!a) return;
    const owners = spec.opds.flatMap((o, k) => (o.indicators.includes(ind.no) ? [opdCode(k)] : []));
    // OPD utama: left to the add-on (the first owner) mostly, else one of the owners.
    if (owners.length > 1 && a.lead < owners.length)
      penilaian.type(ind.code, 'OPD utama', owners[a.lead] ?? '');
    const typed = (key: StageKey): Cell => {
      const mode = spec.stageMode[key];
      if (mode === 'blank') return '';
      if (mode === 'invalid') return ([6, 0, '3', 7] as const)[a[key] % 4] ?? 6;
      return stageCell(a[key]);
    };
    penilaian.type(ind.code, 'Verifikasi', typed('verified'));
    penilaian.type(ind.code, 'Final', typed('final'));
    penilaian.type(ind.code, 'Target', typed('target'));
    penilaian.type(ind.code, 'Tahun lalu', typed('lastYear'));
    if (ind.external) {
      const [value, source] = [
        ['', ''],
        [2.5, `${ind.external}, nilai ${spec.year}`],
        [3, ''],
        [formula('=10/3'), `${ind.external}`],
      ][a.external] as [Cell, string];
      penilaian.type(ind.code, 'Nilai eksternal', value);
      penilaian.type(ind.code, 'Sumber nilai eksternal', source);
    }
  });
}

/** The workbook a spec describes, set up, typed in, checked (or not) and edited after. */
export function buildGenerated(spec: GeneratedSpec): XlsxWorkbook {
  const clock = clockOf(spec.year);
  const wb = new XlsxWorkbook(undefined, ADMIN);
  wb.ensureTab(TAB.opds, TAB_KEY.opds);
  wb.writeCells(TAB.opds, 1, 1, opdListRows(spec));
  setupWorkbook(wb, clock);
  const settings = typer(wb, TAB.settings, 'Pengaturan');
  settings.type('Nilai mandiri dari butir', 'Nilai', spec.itemRule);
  settings.type('Indeks tahun lalu', 'Nilai', spec.lastYearIndex ?? '');
  // The rule and last year's index are written into Penilaian's and Rekap's formulas.
  setupWorkbook(wb, clock);
  typeAnswers(wb, spec, false);
  typeAssessment(wb, spec);
  if (spec.checked) {
    runCheck(wb, undefined, clock);
    typeAnswers(wb, spec, true);
  }
  return wb;
}
