import { readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { InputError } from '../core/kernel/errors';
import { a1, boxOf } from '../core/workbook/a1';
import { sameCell, sameCells, trimmed } from '../core/workbook/cells';
import { OWNED_RULE_COLOURS } from '../core/workbook/palette';
import {
  type Box,
  type Cell,
  type Value as CellShown,
  type ConditionalRuleSpec,
  Formula,
  isFormula,
  LinkedText,
  type ProtectionSpec,
  type StyleSpec,
  type TabContent,
  type TabInfo,
  type TabRender,
  type ValidationSpec,
  type WorkbookPort,
  type WriteCell,
} from '../core/workbook/port';
import { FormulaEngine } from './formula-engine';
import { fromFileFormula, toFileFormula } from './formula-syntax';
import { FormulaError } from './formula-values';
import { InProcessLock } from './in-process-lock';
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

type Value = ExcelJS.CellValue;

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function hexOf(argbValue: string | undefined): string {
  return argbValue ? `#${argbValue.slice(-6).toLowerCase()}` : '';
}

/** What a formula showed when the file was saved, where it was a plain value. */
function resultOf(result: unknown): CellShown | undefined {
  return typeof result === 'string' ||
    typeof result === 'number' ||
    typeof result === 'boolean' ||
    result instanceof Date
    ? result
    : undefined;
}

/** A cell as the port sees it: a formula as a Formula, rich text and links as their text. */
function cellOf(value: Value): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('formula' in value && typeof value.formula === 'string')
      return new Formula(fromFileFormula(value.formula), resultOf(value.result));
    if ('sharedFormula' in value)
      return typeof value.result === 'number' || typeof value.result === 'string'
        ? value.result
        : '';
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && 'hyperlink' in value)
      return typeof value.text === 'string' ? value.text : '';
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

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
        printTitlesRow: `1:${render.print.repeatRows}`,
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

function forEachCell(box: Box, f: (row: number, col: number) => void): void {
  for (let r = box.row; r < box.row + box.rows; r++)
    for (let c = box.col; c < box.col + box.cols; c++) f(r, c);
}

/** Only a Formula becomes a formula: a string is stored as text, whatever it starts with (R14). */
function setCell(cell: ExcelJS.Cell, value: WriteCell): void {
  if (value instanceof LinkedText) {
    cell.value = { text: value.text, hyperlink: value.link };
    return;
  }
  if (isFormula(value)) {
    const link = /^=HYPERLINK\("([^"]*)";"([^"]*)"\)$/.exec(value.text);
    cell.value = link
      ? { text: link[2] ?? '', hyperlink: link[1] ?? '' }
      : { formula: toFileFormula(value.text) };
    return;
  }
  cell.value = value === '' ? null : value;
}

function validation(rule: ValidationSpec): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    showInputMessage: true,
    prompt: rule.help,
    error: rule.help,
  };
  if (rule.kind === 'list')
    return { ...common, type: 'list', formulae: [`"${rule.values.join(',')}"`] };
  if (rule.kind === 'text')
    return {
      ...common,
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formulae: [rule.maxLength],
    };
  return {
    ...common,
    type: rule.kind === 'number' ? 'decimal' : 'whole',
    operator: 'between',
    formulae: [rule.min, rule.max],
  };
}

/** The new content, cell by cell, over what the tab held (cells beyond it are cleared). */
function writeCells(
  sheet: ExcelJS.Worksheet,
  current: readonly (readonly Cell[])[],
  cells: readonly (readonly WriteCell[])[],
): void {
  const rows = Math.max(cells.length, current.length);
  for (let r = 1; r <= rows; r++) {
    const values = cells[r - 1] ?? [];
    const width = Math.max(values.length, current[r - 1]?.length ?? 0);
    for (let c = 1; c <= width; c++) {
      const value = values[c - 1] ?? '';
      // An unchanged cell is left alone: rewriting its text would drop its link.
      if (sameCell(current[r - 1]?.[c - 1] ?? '', value)) continue;
      setCell(sheet.getCell(r, c), value);
    }
  }
}

function applyStyle(sheet: ExcelJS.Worksheet, style: StyleSpec): void {
  const font =
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.fontColor !== undefined ||
    style.fontSize !== undefined;
  forEachCell(style.range, (r, c) => {
    const cell = sheet.getCell(r, c);
    if (font)
      cell.font = {
        ...cell.font,
        ...(style.bold !== undefined ? { bold: style.bold } : {}),
        ...(style.italic !== undefined ? { italic: style.italic } : {}),
        ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
        ...(style.fontColor !== undefined ? { color: { argb: argb(style.fontColor) } } : {}),
      };
    if (style.background)
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.background) } };
    if (style.wrap !== undefined)
      cell.alignment = { ...cell.alignment, wrapText: style.wrap, vertical: 'top' };
    if (style.numberFormat) cell.numFmt = style.numberFormat;
  });
}

/** The add-on's own rules (recognised by colour) are replaced; a user's stay. */
function replaceOwnRules(sheet: ExcelJS.Worksheet, rules: readonly ConditionalRuleSpec[]): void {
  const own = new Set(OWNED_RULE_COLOURS);
  sheet.removeConditionalFormatting(
    (cf: ExcelJS.ConditionalFormattingOptions) =>
      !cf.rules.some((rule) =>
        own.has(
          hexOf(
            ((rule as { style?: ExcelJS.Style }).style?.fill as ExcelJS.FillPattern | undefined)
              ?.bgColor?.argb,
          ),
        ),
      ),
  );
  for (const rule of rules)
    for (const range of rule.ranges)
      sheet.addConditionalFormatting({
        ref: a1(range),
        rules: [
          {
            type: 'expression',
            priority: 1,
            formulae: [toFileFormula(rule.formula)],
            style: {
              fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.background) } },
            },
          },
        ],
      });
}

/** .xlsx has no editors per range: the tab is protected and its open ranges unlocked. */
function protect(sheet: ExcelJS.Worksheet, protection: ProtectionSpec): void {
  for (const open of protection.openRanges)
    forEachCell(open.range, (r, c) => {
      sheet.getCell(r, c).protection = { locked: false };
    });
  void sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    sort: false,
    autoFilter: true,
  });
}

/**
 * Row heights that fit wrapped text, from what the cells hold when the file is saved: Sheets
 * grows a row by itself, an .xlsx viewer does not, and wrapped text then overlaps the next row.
 * Estimated from each wrapped cell's length against its column's width, leaving room for
 * viewers that break long links at slashes rather than at the edge.
 */
function fitRowHeights(sheet: ExcelJS.Worksheet): void {
  const LINE_POINTS = 13;
  sheet.eachRow((row) => {
    let lines = 1;
    row.eachCell((cell, col) => {
      if (!cell.alignment?.wrapText) return;
      const text =
        typeof cell.value === 'string'
          ? cell.value
          : cell.value && typeof cell.value === 'object' && 'result' in cell.value
            ? String(cell.value.result ?? '')
            : '';
      if (text === '') return;
      const perLine = Math.max(6, Math.floor((sheet.getColumn(col).width ?? 10) * 0.85));
      const n = text
        .split('\n')
        .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, n);
    });
    if (lines > 1) row.height = Math.min(409, LINE_POINTS * lines + 4);
  });
}

type FileKind = 'xlsx' | 'encrypted' | 'xls' | 'ole' | 'ods' | 'zip' | 'text' | 'other';

/**
 * What a file is, from its bytes, so that the message says what to do with it: an encrypted
 * .xlsx and an old .xls are both OLE compound files (told apart by their streams' names, in
 * UTF-16); an .ods is a zip whose first entry names its type; a CSV is plain text.
 */
function fileKind(bytes: Buffer): FileKind {
  const magic = bytes.length >= 4 ? bytes.readUInt32BE(0) : 0;
  if (magic === 0xd0cf11e0) {
    const has = (name: string) => bytes.includes(Buffer.from(name, 'utf16le'));
    if (has('EncryptedPackage')) return 'encrypted';
    if (has('Workbook') || has('Book')) return 'xls';
    return 'ole';
  }
  if (magic === 0x504b0304) {
    const start = bytes.subarray(0, 200).toString('latin1');
    if (start.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    return bytes.includes(Buffer.from('xl/workbook.xml')) ? 'xlsx' : 'zip';
  }
  // Text: no control bytes but tabs and line ends, and something besides white space.
  const sample = bytes.subarray(0, 4096);
  const control = (b: number) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d;
  if (sample.some((b) => b > 0x20) && !sample.some(control)) return 'text';
  return 'other';
}

/** What a read-only load leaves unparsed: a third of the time, nothing a score needs. */
const READ_ONLY_SKIPS = [
  'dataValidations',
  'conditionalFormatting',
  'sheetProtection',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'pageMargins',
  'cols',
  'sheetViews',
  'sheetFormatPr',
  'extLst',
];

const MARK_PREFIX = 'SPBE.';

/** A tab mark as a workbook-level name: letters, digits, "." and "_" only. */
function markName(key: string): string {
  return `${MARK_PREFIX}${key.replace(/^spbe:/, '').replace(/[^A-Za-z0-9_.]/g, (ch) => (ch === ':' ? '.' : '_'))}`;
}

/** The sheet a name's range is on ("'Bappeda'!$A$1" → Bappeda); undefined when broken. */
function sheetOfRange(range: string): string | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!/.exec(range);
  if (!m) return undefined;
  return (m[1] ?? m[2] ?? '').replace(/''/g, "'");
}
