import { InputError } from '../core/errors';
import { a1 } from '../core/workbook/a1';
import { sameCells, trimmed } from '../core/workbook/cells';
import { OWNED_RULE_COLOURS } from '../core/workbook/palette';
import type {
  Box,
  Cell,
  ChartSpec,
  ConditionalRuleSpec,
  ProtectionSpec,
  StyleSpec,
  TabContent,
  TabInfo,
  TabRender,
  ValidationSpec,
  WorkbookPort,
} from '../core/workbook/port';
import { OWN_PROTECTION_PREFIX } from '../core/workbook/protection';
import { setupText } from '../core/workbook/setup-text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Document property holding { tab key: sheet id }, so a tab is found after users rename it. */
const TAB_KEYS_PROPERTY = 'spbe.tabKeys';
/**
 * Document property holding { sheet id: signature of what the add-on applied besides cells }:
 * formats, validation, rules and protection are reapplied only when they or the cells changed,
 * which keeps a re-run to a few calls per tab.
 */
const SIGNATURES_PROPERTY = 'spbe.formatSignatures';
const LOCK_WAIT_MS = 30_000;

/**
 * The Workbook port over SpreadsheetApp: one read of a tab's values and formulas, one write
 * of its cells, then batch calls for what the add-on owns. It decides nothing about SPBE.
 */
export class SpreadsheetWorkbook implements WorkbookPort {
  constructor(
    private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
    private readonly properties: GoogleAppsScript.Properties.Properties = PropertiesService.getDocumentProperties(),
  ) {}

  private keyCache: Record<string, number> | undefined;
  private sheetIndex:
    | { byId: Map<number, Sheet>; byName: Map<string, Sheet>; order: Sheet[] }
    | undefined;

  private keys(): Record<string, number> {
    if (!this.keyCache) {
      const raw = this.property(TAB_KEYS_PROPERTY);
      this.keyCache = raw ? (JSON.parse(raw) as Record<string, number>) : {};
    }
    return this.keyCache;
  }

  /** The add-on's mark of a sheet, from its id alone (an edit trigger must stay cheap). */
  keyOfSheetId(id: number): string {
    return Object.entries(this.keys()).find(([, sheetId]) => sheetId === id)?.[0] ?? '';
  }

  /** The sheets, read once per execution: only this adapter adds or renames them meanwhile. */
  private index() {
    if (!this.sheetIndex) {
      const order = this.ss.getSheets();
      this.sheetIndex = {
        order,
        byId: new Map(order.map((s) => [s.getSheetId(), s])),
        byName: new Map(order.map((s) => [s.getName(), s])),
      };
    }
    return this.sheetIndex;
  }

  /** Sheets asked for by name before the index exists, so each name costs one call. */
  private readonly namedCache = new Map<string, Sheet | undefined>();

  /** A tab by name; before the index exists (an edit trigger touching one or two tabs), just that one. */
  private findSheet(name: string): Sheet | undefined {
    if (this.sheetIndex) return this.sheetIndex.byName.get(name);
    if (!this.namedCache.has(name))
      this.namedCache.set(name, this.ss.getSheetByName(name) ?? undefined);
    return this.namedCache.get(name);
  }

  private sheet(name: string): Sheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`no sheet named ${name}: ensureTab first`);
    return sheet;
  }

  /** Whether each sheet is hidden, asked once per sheet per execution (this adapter hides them). */
  private readonly hiddenCache = new Map<Sheet, boolean>();

  private isHidden(sheet: Sheet): boolean {
    let hidden = this.hiddenCache.get(sheet);
    if (hidden === undefined) {
      hidden = sheet.isSheetHidden();
      this.hiddenCache.set(sheet, hidden);
    }
    return hidden;
  }

  tabName(key: string, name: string): string | undefined {
    if (!this.sheetIndex) {
      // The common case costs two calls: the tab is there, under its name, with its mark.
      const named = this.findSheet(name);
      if (named && this.keys()[key] === named.getSheetId()) return name;
    }
    const tabs = this.tabs();
    return (tabs.find((t) => t.key === key) ?? tabs.find((t) => t.name === name))?.name;
  }

  /** Names, marks and visibility from what the index already holds: no call per sheet again. */
  tabs(): readonly TabInfo[] {
    const { byId, byName, order } = this.index();
    const keyOf = new Map(Object.entries(this.keys()).map(([key, id]) => [byId.get(id), key]));
    const nameOf = new Map([...byName].map(([name, sheet]) => [sheet, name]));
    return order.map((sheet) => {
      const key = keyOf.get(sheet);
      const isHidden = () => this.isHidden(sheet);
      return {
        name: nameOf.get(sheet) ?? sheet.getName(),
        // Asked only by whoever reads it: most callers need names and marks alone.
        get hidden() {
          return isHidden();
        },
        ...(key ? { key } : {}),
      };
    });
  }

  /**
   * What each tab held when last read in this execution, until this adapter writes to it: an
   * action reads a settings tab or the catalogue several times (before and after a save), and
   * each read is three round trips. Formulas are kept as text, so a write elsewhere that
   * changes their results leaves the cached content right.
   */
  private readonly readCache = new Map<string, TabContent | undefined>();

  read(name: string): TabContent | undefined {
    if (this.readCache.has(name)) return this.readCache.get(name);
    const sheet = this.findSheet(name);
    if (!sheet) return undefined;
    const range = sheet.getDataRange();
    const values = range.getValues() as Cell[][];
    const formulas = range.getFormulas();
    const content = {
      cells: trimmed(values.map((row, r) => row.map((v, c) => formulas[r]?.[c] || v))),
    };
    this.readCache.set(name, content);
    return content;
  }

  ensureTab(name: string, key: string): void {
    const keys = this.keys();
    if (!this.sheetIndex) {
      // The common case costs two calls: the tab is there, under its name, with its mark.
      const named = this.ss.getSheetByName(name);
      if (named && keys[key] === named.getSheetId()) return;
    }
    const index = this.index();
    let sheet = index.byId.get(keys[key] ?? -1) ?? index.byName.get(name);
    // A tab is added or renamed below: what was read or found under a name is asked again.
    const forget = () => {
      this.readCache.clear();
      this.namedCache.clear();
    };
    if (!sheet) {
      forget();
      sheet = this.ss.insertSheet(name, index.order.length);
      index.order.push(sheet);
      index.byId.set(sheet.getSheetId(), sheet);
      index.byName.set(name, sheet);
    }
    const current = [...index.byName].find(([, s]) => s === sheet)?.[0];
    if (current !== name) {
      if (index.byName.has(name)) {
        throw new InputError(setupText.tabNameTaken(name));
      }
      forget();
      sheet.setName(name);
      if (current !== undefined) index.byName.delete(current);
      index.byName.set(name, sheet);
    }
    const id = [...index.byId].find(([, s]) => s === sheet)?.[0] as number;
    if (keys[key] !== id) {
      keys[key] = id;
      this.properties.setProperty(TAB_KEYS_PROPERTY, JSON.stringify(keys));
    }
  }

  private signatureCache: Record<string, string> | undefined;

  private signatures(): Record<string, string> {
    if (!this.signatureCache) {
      const raw = this.properties.getProperty(SIGNATURES_PROPERTY);
      this.signatureCache = raw ? (JSON.parse(raw) as Record<string, string>) : {};
    }
    return this.signatureCache;
  }

  write(name: string, render: TabRender, previous?: TabContent): boolean {
    const sheet = this.sheet(name);
    const current = (previous ?? this.read(name))?.cells ?? [];
    const changed = !sameCells(current, render.cells);
    const signatures = this.signatures();
    const id = String([...this.index().byId].find(([, s]) => s === sheet)?.[0]);
    const signature = fingerprint(JSON.stringify({ ...render, cells: render.cells.length }));
    const restyle = signatures[id] !== signature;
    // Plain-text formats go on before the values, or the values would be read as typed.
    if (restyle) {
      ensureSize(sheet, Math.max(render.cells.length, 1), widthOf(render.cells));
      for (const style of render.styles ?? [])
        if (style.numberFormat !== undefined)
          rangeOf(sheet, style.range).setNumberFormat(style.numberFormat);
    }
    if (changed) {
      this.readCache.delete(name);
      this.replaceCells(sheet, current, render.cells);
    }
    if (!changed && !restyle) return false;
    if (render.frozenRows !== undefined && sheet.getFrozenRows() !== render.frozenRows)
      sheet.setFrozenRows(render.frozenRows);
    if (render.frozenColumns !== undefined && sheet.getFrozenColumns() !== render.frozenColumns)
      sheet.setFrozenColumns(render.frozenColumns);
    render.columnWidths?.forEach((width, i) => {
      sheet.setColumnWidth(i + 1, width);
    });
    for (const style of render.styles ?? []) applyStyle(sheet, style);
    if (render.validations) applyValidations(sheet, render.validations);
    if (render.conditionalRules) applyRules(sheet, render.conditionalRules);
    if (render.protection) this.applyProtection(sheet, render.protection);
    if (render.charts) applyCharts(sheet, render.charts);
    if (render.hidden !== undefined && render.hidden !== this.isHidden(sheet)) {
      if (render.hidden) sheet.hideSheet();
      else sheet.showSheet();
      this.hiddenCache.set(sheet, render.hidden);
    }
    signatures[id] = signature;
    this.properties.setProperty(SIGNATURES_PROPERTY, JSON.stringify(signatures));
    return changed;
  }

  private replaceCells(
    sheet: Sheet,
    current: readonly (readonly Cell[])[],
    cells: readonly (readonly Cell[])[],
  ): void {
    const rows = cells.length;
    const cols = cells.reduce((m, r) => Math.max(m, r.length), 0);
    ensureSize(sheet, Math.max(rows, 1), Math.max(cols, 1));
    if (rows > 0 && cols > 0) {
      const block = cells.map((r) => Array.from({ length: cols }, (_, c) => asWritten(r[c] ?? '')));
      sheet.getRange(1, 1, rows, cols).setValues(block);
    }
    // What the tab held beyond the new content is cleared, in at most two calls.
    const oldRows = current.length;
    const oldCols = current[0]?.length ?? 0;
    if (oldRows > rows && oldCols > 0)
      sheet.getRange(rows + 1, 1, oldRows - rows, oldCols).clearContent();
    if (oldCols > cols && rows > 0)
      sheet.getRange(1, cols + 1, rows, oldCols - cols).clearContent();
  }

  private applyProtection(sheet: Sheet, spec: ProtectionSpec): void {
    const me = Session.getEffectiveUser().getEmail();
    // Ours carry the description prefix; one without description over exactly one of our
    // ranges is ours too, left by a run that died between protect() and setDescription().
    const ourBoxes = spec.openRanges.map((o) => o.range);
    const isOurs = (p: GoogleAppsScript.Spreadsheet.Protection) => {
      const description = p.getDescription();
      if (description.startsWith(OWN_PROTECTION_PREFIX)) return true;
      if (description !== '') return false;
      const r = p.getRange();
      return ourBoxes.some(
        (b) =>
          r.getRow() === b.row &&
          r.getColumn() === b.col &&
          r.getNumRows() === b.rows &&
          r.getNumColumns() === b.cols,
      );
    };
    for (const p of [
      ...sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET),
      ...sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE),
    ]) {
      if (isOurs(p)) p.remove();
    }
    const protection = sheet.protect().setDescription(spec.description);
    restrictTo(protection, [...spec.editors, me]);
    protection.setUnprotectedRanges(spec.openRanges.map((o) => rangeOf(sheet, o.range)));
    for (const open of spec.openRanges) {
      const p = rangeOf(sheet, open.range).protect().setDescription(open.description);
      restrictTo(p, [...open.editors, me]);
    }
  }

  richLinks(name: string, col: number): ReadonlyMap<number, readonly string[]> {
    const sheet = this.findSheet(name);
    const out = new Map<number, string[]>();
    if (!sheet) return out;
    const last = sheet.getLastRow();
    if (last < 1) return out;
    sheet
      .getRange(1, col, last, 1)
      .getRichTextValues()
      .forEach(([value], i) => {
        const urls = (value?.getRuns() ?? [])
          .map((run) => run.getLinkUrl())
          .filter((u): u is string => Boolean(u));
        if (urls.length > 0) out.set(i + 1, [...new Set(urls)]);
      });
    return out;
  }

  writeCells(name: string, row: number, col: number, cells: readonly (readonly Cell[])[]): void {
    if (cells.length === 0) return;
    this.readCache.delete(name);
    putCells(this.sheet(name), row, col, cells);
  }

  /** writeCells on a sheet the caller already holds (the edit event's): no look-up by name. */
  writeCellsIn(sheet: Sheet, row: number, col: number, cells: readonly (readonly Cell[])[]): void {
    // Which name it has is not asked (a round trip): nothing read stays cached.
    this.readCache.clear();
    putCells(sheet, row, col, cells);
  }

  linkTo(name: string, a1: string): string {
    const sheet = this.sheet(name);
    const id = [...this.index().byId].find(([, s]) => s === sheet)?.[0];
    return `#gid=${id}&range=${a1}`;
  }

  lastRow(name: string): number {
    return this.findSheet(name)?.getLastRow() ?? 0;
  }

  append(name: string, rows: readonly (readonly Cell[])[]): void {
    if (rows.length === 0) return;
    this.readCache.delete(name);
    const sheet = this.sheet(name);
    const cols = rows.reduce((m, r) => Math.max(m, r.length), 0);
    const first = sheet.getLastRow() + 1;
    ensureSize(sheet, first + rows.length - 1, cols);
    sheet
      .getRange(first, 1, rows.length, cols)
      .setValues(rows.map((r) => Array.from({ length: cols }, (_, c) => asWritten(r[c] ?? ''))));
  }

  /**
   * All document properties, read in one call by an execution that needs several (the audit
   * trigger); kept current with this execution's own writes. Others read each time, as a
   * concurrent execution may have changed one meanwhile.
   */
  private propertySnapshot: Record<string, string> | undefined;

  preloadProperties(): Readonly<Record<string, string>> {
    this.propertySnapshot ??= { ...this.properties.getProperties() };
    return this.propertySnapshot;
  }

  property(key: string): string | null {
    if (this.propertySnapshot) return this.propertySnapshot[key] ?? null;
    return this.properties.getProperty(key);
  }

  propertiesWithPrefix(prefix: string): Record<string, string> {
    return Object.fromEntries(
      Object.entries(this.propertySnapshot ?? this.properties.getProperties()).filter(([k]) =>
        k.startsWith(prefix),
      ),
    );
  }

  deleteProperty(key: string): void {
    this.properties.deleteProperty(key);
    if (this.propertySnapshot) delete this.propertySnapshot[key];
  }

  setProperty(key: string, value: string): void {
    this.properties.setProperty(key, value);
    if (this.propertySnapshot) this.propertySnapshot[key] = value;
  }

  mayEditProtection(tab: string): boolean {
    const sheet = this.findSheet(tab);
    if (!sheet) return true;
    return sheet
      .getProtections(SpreadsheetApp.ProtectionType.SHEET)
      .filter((p) => p.getDescription().startsWith(OWN_PROTECTION_PREFIX))
      .every((p) => p.canEdit());
  }

  fileEditors(): readonly string[] {
    return this.ss.getEditors().map((u) => u.getEmail().toLowerCase());
  }

  userEmail(): string {
    return (
      Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail()
    ).toLowerCase();
  }

  withLock<T>(fn: () => T): T {
    const lock = LockService.getDocumentLock();
    if (!lock?.tryLock(LOCK_WAIT_MS)) throw new InputError(setupText.lockBusy());
    try {
      return fn();
    } finally {
      lock.releaseLock();
    }
  }

  notify(message: string): void {
    this.ss.toast(message, 'SPBE', 5);
  }
}

/**
 * setValues reads a string as if it were typed (a date, a number in the file's locale, TRUE):
 * a leading apostrophe keeps text as text, and is not part of the value. Only text that could
 * be read as something else gets one; a formula ("=…") stays a formula.
 */
function asWritten(cell: Cell): Cell {
  if (typeof cell !== 'string' || cell === '' || cell.startsWith('=')) return cell;
  return /^\s*['+\-.,\d]|^\s*(true|false)\s*$/i.test(cell) ? `'${cell}` : cell;
}

function putCells(sheet: Sheet, row: number, col: number, cells: readonly (readonly Cell[])[]) {
  const width = cells.reduce((m, r) => Math.max(m, r.length), 0);
  if (cells.length === 0 || width === 0) return;
  sheet
    .getRange(row, col, cells.length, width)
    .setValues(cells.map((r) => Array.from({ length: width }, (_, c) => asWritten(r[c] ?? ''))));
}

/** FNV-1a, 32 bits: enough to notice that a tab's formats changed. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function rangeOf(sheet: Sheet, box: Box): Range {
  return sheet.getRange(box.row, box.col, box.rows, box.cols);
}

function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

function restrictTo(
  protection: GoogleAppsScript.Spreadsheet.Protection,
  editors: readonly string[],
): void {
  const wanted = [...new Set(editors.filter(Boolean).map((e) => e.toLowerCase()))];
  protection.addEditors(wanted);
  const others = protection
    .getEditors()
    .map((u) => u.getEmail().toLowerCase())
    .filter((e) => !wanted.includes(e));
  if (others.length > 0) protection.removeEditors(others);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/** Everything of a style but its number format (applied before the values, see write). */
function applyStyle(sheet: Sheet, style: StyleSpec): void {
  const { numberFormat: _, ...rest } = style;
  if (Object.keys(rest).length === 1) return;
  const range = rangeOf(sheet, style.range);
  if (style.bold !== undefined) range.setFontWeight(style.bold ? 'bold' : 'normal');
  if (style.italic !== undefined) range.setFontStyle(style.italic ? 'italic' : 'normal');
  if (style.background !== undefined) range.setBackground(style.background);
  if (style.fontColor !== undefined) range.setFontColor(style.fontColor);
  if (style.wrap !== undefined) range.setWrap(style.wrap);
  if (style.fontSize !== undefined) range.setFontSize(style.fontSize);
}

function widthOf(cells: readonly (readonly Cell[])[]): number {
  return Math.max(
    1,
    cells.reduce((m, r) => Math.max(m, r.length), 0),
  );
}

/** A rule for a range whose top-left cell is `at` (custom formulas are relative to it). */
function validationRule(
  spec: ValidationSpec,
  at: Box,
): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(false).setHelpText(spec.help);
  const cell = a1({ ...at, rows: 1, cols: 1 });
  if (spec.kind === 'list') return builder.requireValueInList([...spec.values], true).build();
  if (spec.kind === 'text')
    return builder.requireFormulaSatisfied(`=LEN(${cell})<=${spec.maxLength}`).build();
  if (spec.kind === 'number') return builder.requireNumberBetween(spec.min, spec.max).build();
  // requireNumberBetween alone would let 2,5 through: whole numbers are asked for by formula.
  return builder
    .requireFormulaSatisfied(
      `=AND(ISNUMBER(${cell});INT(${cell})=${cell};${cell}>=${spec.min};${cell}<=${spec.max})`,
    )
    .build();
}

/**
 * Validation in one call per column: single-cell rules of a column (a dropdown per row, as
 * level names differ by indicator) are gathered into one 2-D setDataValidations.
 */
function applyValidations(
  sheet: Sheet,
  specs: readonly { range: Box; rule: ValidationSpec }[],
): void {
  const perColumn = new Map<number, { row: number; rule: ValidationSpec }[]>();
  for (const spec of specs) {
    if (spec.range.rows === 1 && spec.range.cols === 1) {
      const list = perColumn.get(spec.range.col) ?? [];
      list.push({ row: spec.range.row, rule: spec.rule });
      perColumn.set(spec.range.col, list);
    } else {
      rangeOf(sheet, spec.range).setDataValidation(validationRule(spec.rule, spec.range));
    }
  }
  for (const [col, cells] of perColumn) {
    const first = Math.min(...cells.map((c) => c.row));
    const last = Math.max(...cells.map((c) => c.row));
    const grid: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = Array.from(
      { length: last - first + 1 },
      () => [null],
    );
    const built = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
    for (const c of cells) {
      const key = c.rule.kind === 'text' ? `${c.row}` : JSON.stringify(c.rule);
      const rule = built.get(key) ?? validationRule(c.rule, { row: c.row, col, rows: 1, cols: 1 });
      built.set(key, rule);
      grid[c.row - first] = [rule];
    }
    sheet.getRange(first, col, grid.length, 1).setDataValidations(grid);
  }
}

/** setConditionalFormatRules replaces every rule: keep the user's, replace the add-on's own. */
function applyRules(sheet: Sheet, specs: readonly ConditionalRuleSpec[]): void {
  const kept = sheet.getConditionalFormatRules().filter((rule) => {
    const background = rule.getBooleanCondition()?.getBackground()?.toLowerCase() ?? '';
    return !OWNED_RULE_COLOURS.includes(background);
  });
  const ours = specs.map((spec) => {
    const builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setBackground(spec.background)
      .setRanges(spec.ranges.map((b) => rangeOf(sheet, b)));
    return (spec.fontColor ? builder.setFontColor(spec.fontColor) : builder).build();
  });
  sheet.setConditionalFormatRules([...kept, ...ours]);
}

function applyCharts(sheet: Sheet, specs: readonly ChartSpec[]): void {
  const titles = new Set(specs.map((s) => s.title));
  for (const chart of sheet.getCharts()) {
    if (titles.has(String(chart.getOptions().get('title')))) sheet.removeChart(chart);
  }
  for (const spec of specs) {
    let builder = sheet.newChart().asColumnChart().setOption('title', spec.title);
    for (const b of spec.ranges) builder = builder.addRange(rangeOf(sheet, b));
    sheet.insertChart(builder.setPosition(spec.anchor.row, spec.anchor.col, 0, 0).build());
  }
}
