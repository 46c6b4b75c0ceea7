import { readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { InputError } from '../core/kernel/errors';
import { boxOf } from '../core/workbook/a1';
import { sameCells, trimmed } from '../core/workbook/cells';
import type {
  Box,
  Cell,
  TabContent,
  TabInfo,
  TabRender,
  WorkbookPort,
} from '../core/workbook/port';
import { defaultSettings, type Paper, readSettings } from '../core/workbook/settings-tab';
import { TAB, TAB_KEY } from '../core/workbook/tab-names';
import { FormulaEngine } from './formula-engine';
import { FormulaError } from './formula-values';
import { InProcessLock } from './in-process-lock';
import { cellOf } from './xlsx-cells';
import { MARK_PREFIX, markName, READ_ONLY_SKIPS, sheetOfRange } from './xlsx-names';
import { layOutPages } from './xlsx-pages';
import {
  applyStyle,
  fileKind,
  fitRowHeights,
  forEachCell,
  protect,
  replaceOwnRules,
  setCell,
  validation,
  writeCells,
} from './xlsx-sheet';
import { xlsxText } from './xlsx-text';

/**
 * The Workbook port over an .xlsx file, with exceljs: the same setup, check and scoring as in
 * Google Sheets run on a file Sheets can import and export. What .xlsx cannot hold is said in
 * the README: per-user protection (a sheet is protected, its input cells unlocked, no list of
 * editors) and charts.
 *
 * Document properties and tab marks live in a hidden `_Properti` sheet, since .xlsx has no
 * place for them that survives a trip through Google Sheets.
 */
const PROPERTIES_SHEET = '_Properti';
const TAB_KEYS = 'spbe.tabKeys';
const MAX_BYTES = 20 * 1024 * 1024;

export class XlsxWorkbook implements WorkbookPort {
  readonly book: ExcelJS.Workbook;
  private readonly lock = new InProcessLock();
  /** Each tab's cells as last read, until something is written to it. */
  private readonly grids = new Map<string, Cell[][]>();
  /** _Properti as last read, until a property is set or deleted: tab marks are asked often. */
  private propertyCache: Map<string, string> | undefined;

  constructor(
    book?: ExcelJS.Workbook,
    private readonly user = '',
    private readonly onProgress: (message: string) => void = () => {},
  ) {
    this.book = book ?? new ExcelJS.Workbook();
  }

  /** Reads a file, refusing in plain words what is not a readable .xlsx. */
  static async load(
    path: string,
    user = '',
    onProgress?: (message: string) => void,
    /** Only to read and score (never saved): validation and formats are not parsed. */
    readOnly = false,
  ): Promise<XlsxWorkbook> {
    let size: number;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) throw new InputError(xlsxText.notXlsx(path));
      size = stat.size;
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(xlsxText.missing(path));
    }
    if (size > MAX_BYTES) throw new InputError(xlsxText.tooBig(path, size));
    const kind = fileKind(readFileSync(path));
    if (kind !== 'xlsx') throw new InputError(xlsxText.notReadable(path, kind));
    const book = new ExcelJS.Workbook();
    try {
      // exceljs's types do not list its read options; ignoreNodes skips parsing those parts.
      await (
        book.xlsx.readFile as (
          p: string,
          o?: { ignoreNodes?: readonly string[] },
        ) => Promise<unknown>
      )(path, readOnly ? { ignoreNodes: READ_ONLY_SKIPS } : undefined);
    } catch {
      throw new InputError(xlsxText.notXlsx(path));
    }
    const wb = new XlsxWorkbook(book, user, onProgress);
    wb.followRenames();
    return wb;
  }

  /**
   * Each tab the add-on owns carries a workbook-level name pointing at its A1 ("SPBE.opd.X"):
   * Excel and LibreOffice move such a name with the sheet when it is renamed, and break it
   * (#REF!) when the sheet is deleted. Read back, the names say where each tab went.
   */
  private followRenames(): void {
    const keys = JSON.parse(this.property(TAB_KEYS) ?? '{}') as Record<string, string>;
    const named = new Map(
      this.book.definedNames.model.map((d) => [d.name, d.ranges[0] ?? ''] as const),
    );
    let moved = false;
    for (const key of Object.keys(keys)) {
      const sheet = sheetOfRange(named.get(markName(key)) ?? '');
      if (sheet && sheet !== keys[key] && this.book.getWorksheet(sheet)) {
        keys[key] = sheet;
        moved = true;
      }
    }
    if (moved) this.setProperty(TAB_KEYS, JSON.stringify(keys));
  }

  /** Writes the tab marks as workbook-level names (see followRenames). */
  private writeMarks(): void {
    const keys = JSON.parse(this.property(TAB_KEYS) ?? '{}') as Record<string, string>;
    for (const d of this.book.definedNames.model)
      if (d.name.startsWith(MARK_PREFIX)) this.book.definedNames.remove(d.ranges[0] ?? '', d.name);
    for (const [key, name] of Object.entries(keys))
      if (this.book.getWorksheet(name))
        this.book.definedNames.add(`'${name.replace(/'/g, "''")}'!$A$1`, markName(key));
  }

  /** Writes to a temporary file first, then renames: never a half-written output. */
  async save(path: string): Promise<void> {
    this.writeMarks();
    this.cacheFormulaResults();
    for (const sheet of this.book.worksheets) fitRowHeights(sheet);
    layOutPages(this.book, this.paper());
    const temp = `${path}.tmp-${process.pid}`;
    try {
      await this.book.xlsx.writeFile(temp);
      renameSync(temp, path);
    } catch (error) {
      try {
        unlinkSync(temp);
      } catch {
        // nothing was written
      }
      throw error;
    }
  }

  /** The paper Pengaturan names; A4 while it names none (or cannot be read yet). */
  private paper(): Paper {
    try {
      const tab = this.tabName(TAB_KEY.settings, TAB.settings);
      return readSettings(tab ? this.read(tab) : undefined, defaultSettings(0, '')).paper;
    } catch {
      return 'A4';
    }
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = this.book.getWorksheet(name);
    if (!sheet) throw new Error(`no tab ${name}`);
    return sheet;
  }

  private grid(sheet: ExcelJS.Worksheet): Cell[][] {
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        cells[c - 1] = cellOf(cell.value);
      });
      rows[r - 1] = Array.from({ length: cells.length }, (_, i) => cells[i] ?? '');
    });
    return trimmed(Array.from({ length: rows.length }, (_, i) => rows[i] ?? []));
  }

  /** Stores what each formula shows, so a file opened without recalculation shows numbers. */
  private cacheFormulaResults(): void {
    const grids = new Map(this.book.worksheets.map((s) => [s.name, this.grid(s)]));
    const engine = new FormulaEngine({ cells: (name) => grids.get(name) });
    for (const sheet of this.book.worksheets) {
      sheet.eachRow((row, r) => {
        row.eachCell((cell, c) => {
          const v = cell.value;
          if (v && typeof v === 'object' && 'formula' in v) {
            let result: Cell | FormulaError | '' = '';
            try {
              result = engine.cell(sheet.name, r, c);
            } catch {
              result = '';
            }
            const cached =
              result instanceof FormulaError
                ? { error: result.code.split(' ')[0] as ExcelJS.CellErrorValue['error'] }
                : result;
            cell.value = { formula: v.formula, result: cached } as ExcelJS.CellFormulaValue;
          }
        });
      });
    }
  }

  private properties(): Map<string, string> {
    if (this.propertyCache) return this.propertyCache;
    const sheet = this.book.getWorksheet(PROPERTIES_SHEET);
    const out = new Map<string, string>();
    sheet?.eachRow((row) => {
      const key = row.getCell(1).value;
      if (typeof key === 'string' && key) out.set(key, String(row.getCell(2).value ?? ''));
    });
    this.propertyCache = out;
    return out;
  }

  tabName(key: string, name: string): string | undefined {
    const tabs = this.tabs();
    return (tabs.find((t) => t.key === key) ?? tabs.find((t) => t.name === name))?.name;
  }

  tabs(): readonly TabInfo[] {
    const keys = JSON.parse(this.property(TAB_KEYS) ?? '{}') as Record<string, string>;
    const keyOf = new Map(Object.entries(keys).map(([key, name]) => [name, key]));
    return this.book.worksheets
      .filter((s) => s.name !== PROPERTIES_SHEET)
      .map((s) => {
        const key = keyOf.get(s.name);
        return { name: s.name, hidden: s.state !== 'visible', ...(key ? { key } : {}) };
      });
  }

  read(name: string): TabContent | undefined {
    const sheet = this.book.getWorksheet(name);
    if (!sheet) return undefined;
    let cells = this.grids.get(name);
    if (!cells) {
      cells = this.grid(sheet);
      this.grids.set(name, cells);
    }
    const merged = sheet.model.merges.map((m) => boxOf(m)).filter((b): b is Box => b !== undefined);
    return { cells: cells.map((r) => [...r]), ...(merged.length > 0 ? { merged } : {}) };
  }

  ensureTab(name: string, key: string): void {
    const keys = JSON.parse(this.property(TAB_KEYS) ?? '{}') as Record<string, string>;
    const known = keys[key];
    let sheet = (known && this.book.getWorksheet(known)) || this.book.getWorksheet(name);
    if (!sheet) sheet = this.book.addWorksheet(name);
    if (sheet.name !== name) {
      if (this.book.getWorksheet(name)) throw new InputError(xlsxText.nameTaken(name));
      this.grids.delete(sheet.name);
      sheet.name = name;
    }
    if (keys[key] !== name) {
      keys[key] = name;
      this.setProperty(TAB_KEYS, JSON.stringify(keys));
    }
  }

  write(name: string, render: TabRender, previous?: TabContent): boolean {
    if (name === PROPERTIES_SHEET) this.propertyCache = undefined;
    const sheet = this.sheet(name);
    this.grids.delete(name);
    const current = (previous ?? this.read(name))?.cells ?? [];
    const changed = !sameCells(current, render.cells);
    this.grids.delete(name);
    if (changed) writeCells(sheet, current, render.cells);
    if (render.hidden !== undefined) sheet.state = render.hidden ? 'hidden' : 'visible';
    if (render.frozenRows !== undefined || render.frozenColumns !== undefined) {
      const ySplit = render.frozenRows ?? 0;
      const xSplit = render.frozenColumns ?? 0;
      sheet.views = ySplit > 0 || xSplit > 0 ? [{ state: 'frozen', ySplit, xSplit }] : [];
    }
    if (render.print)
      sheet.pageSetup = {
        ...sheet.pageSetup,
        orientation: render.print.landscape ? 'landscape' : 'portrait',
        fitToPage: render.print.fitToWidth,
        fitToWidth: 1,
        fitToHeight: 0,
        ...(render.print.repeatRows > 0 ? { printTitlesRow: `1:${render.print.repeatRows}` } : {}),
      };
    render.columnWidths?.forEach((px, i) => {
      sheet.getColumn(i + 1).width = Math.round(px / 7);
    });
    for (const style of render.styles ?? []) applyStyle(sheet, style);
    for (const v of render.validations ?? [])
      forEachCell(v.range, (r, c) => {
        sheet.getCell(r, c).dataValidation = validation(v.rule);
      });
    if (render.conditionalRules) replaceOwnRules(sheet, render.conditionalRules);
    if (render.protection) protect(sheet, render.protection);
    return changed;
  }

  richLinks(name: string, col: number): ReadonlyMap<number, readonly string[]> {
    const out = new Map<number, string[]>();
    this.book
      .getWorksheet(name)
      ?.getColumn(col)
      .eachCell((cell, r) => {
        const link =
          cell.hyperlink ||
          (typeof cell.value === 'object' && cell.value && 'hyperlink' in cell.value
            ? String(cell.value.hyperlink)
            : '');
        if (link && !link.startsWith('#')) out.set(r, [link]);
      });
    return out;
  }

  linkTo(name: string, cell: string): string {
    return `#'${name.replace(/'/g, "''")}'!${cell}`;
  }

  writeCells(name: string, row: number, col: number, cells: readonly (readonly Cell[])[]): void {
    if (name === PROPERTIES_SHEET) this.propertyCache = undefined;
    const sheet = this.sheet(name);
    this.grids.delete(name);
    cells.forEach((values, r) => {
      values.forEach((value, c) => {
        setCell(sheet.getCell(row + r, col + c), value);
      });
    });
  }

  lastRow(name: string): number {
    return this.read(name)?.cells.length ?? 0;
  }

  append(name: string, rows: readonly (readonly Cell[])[]): void {
    const sheet = this.sheet(name);
    const first = this.grid(sheet).length + 1;
    this.writeCells(name, first, 1, rows);
  }

  property(key: string): string | null {
    return this.properties().get(key) ?? null;
  }

  propertiesWithPrefix(prefix: string): Record<string, string> {
    return Object.fromEntries([...this.properties()].filter(([k]) => k.startsWith(prefix)));
  }

  deleteProperty(key: string): void {
    this.propertyCache = undefined;
    const sheet = this.book.getWorksheet(PROPERTIES_SHEET);
    let at = 0;
    sheet?.eachRow((row, r) => {
      if (row.getCell(1).value === key) at = r;
    });
    if (sheet && at > 0) sheet.spliceRows(at, 1);
  }

  setProperty(key: string, value: string): void {
    this.propertyCache = undefined;
    let sheet = this.book.getWorksheet(PROPERTIES_SHEET);
    if (!sheet) {
      sheet = this.book.addWorksheet(PROPERTIES_SHEET);
      sheet.state = 'veryHidden';
    }
    let at = 0;
    sheet.eachRow((row, r) => {
      if (row.getCell(1).value === key) at = r;
    });
    const row = at > 0 ? sheet.getRow(at) : sheet.getRow(sheet.rowCount + 1);
    row.getCell(1).value = key;
    row.getCell(2).value = value;
  }

  /** An .xlsx file has sheet protection without per-user editors: nothing to be locked out of. */
  mayEditProtection(_tab: string): boolean {
    return true;
  }

  fileEditors(): readonly string[] | undefined {
    return undefined;
  }

  userEmail(): string {
    return this.user;
  }

  withLock<T>(fn: () => T): T {
    return this.lock.run(fn);
  }

  notify(message: string): void {
    this.onProgress(message);
  }
}
