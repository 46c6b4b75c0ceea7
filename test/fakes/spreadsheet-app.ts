/**
 * In-memory stand-ins for SpreadsheetApp and the services an add-on action touches, typed
 * against @types/google-apps-script (a misspelt or missing method does not compile) and at
 * least as strict as the real ones where it matters to the add-on:
 * - every call goes through the runtime (runtime.ts), which applies the documented rules
 *   R1–R13 (rules.ts) for the execution in progress, then counts it for budgets;
 * - ranges must lie inside the sheet, `setValues` must match the range's shape exactly and
 *   holds only strings, numbers, booleans and dates; a string is read as if typed (R9);
 * - `setConditionalFormatRules` replaces every rule on the sheet;
 * - only the owner and people the file is shared with may edit it; protections are enforced
 *   against the acting user, for script writes and typed edits, and only someone who may
 *   edit a protection may read or change its editors (R12); data validation is enforced on
 *   what users type;
 * - formulas are evaluated (getValues answers results, getFormulas the formulas);
 * - sorting rows moves same-row references, formats and values, as Sheets does.
 */
import { FormulaEngine, FormulaError } from '../support/formula-engine';
import { asSheetsSpells } from './formula-spelling';
import { checkPropertyWrite, documentLockAvailable, RuntimeRefusal, visibleEmail } from './rules';
import { type Manifest, Runtime } from './runtime';
import { FakeScriptApp } from './script-app';
import { asTyped } from './typed-values';
import { CallLog, FakeUi } from './ui';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasProtection = GoogleAppsScript.Spreadsheet.Protection;
type GasValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GasRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
export type CellInput = string | number | boolean | Date;

const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export class FakeEnvironment {
  readonly log = new CallLog();
  readonly ui: FakeUi;
  readonly rt: Runtime;
  readonly script: FakeScriptApp;
  /** The person at the keyboard when the test does not say who runs something. */
  user: string;
  readonly spreadsheet: FakeSpreadsheet;
  readonly documentProperties = new FakeProperties(this);
  /** People the file is shared with as editors (the owner always may edit). */
  readonly editors = new Set<string>();
  lockHolder: string | undefined;
  /** The cell the user has selected in the Sheets UI. */
  selection = { sheet: 'Sheet1', row: 1, col: 1 };
  /** Set to make the next service call of this name throw (fault injection). */
  failOn: { call: string; after: number; error: string } | undefined;

  constructor(
    readonly owner: string,
    manifest?: Manifest,
  ) {
    this.user = owner;
    this.rt = new Runtime(manifest);
    this.ui = new FakeUi(this.log, (method) => this.count(method));
    this.script = new FakeScriptApp(this);
    this.spreadsheet = new FakeSpreadsheet(this);
  }

  /** Shares the file with people as editors, as the owner does from the Share dialog. */
  share(...emails: string[]): void {
    for (const e of emails) this.editors.add(e.toLowerCase());
  }

  /** Whose authority a script call runs under now (the test's user outside an execution). */
  actor(): string {
    return this.rt.current?.effectiveUser ?? this.user;
  }

  /** Whether someone may edit the file at all (owner or shared as editor). */
  canEditFile(email: string): boolean {
    return (
      email.toLowerCase() === this.owner.toLowerCase() || this.editors.has(email.toLowerCase())
    );
  }

  /** Checks a service call against the runtime's rules, then counts it (calls by the test itself are not counted). */
  count(name: string, tab?: string): void {
    this.rt.guard(name);
    if (!this.rt.current) return;
    this.log.record(name, tab);
    if (this.failOn && this.failOn.call === name) {
      if (this.failOn.after <= 0) {
        const error = this.failOn.error;
        this.failOn = undefined;
        throw new Error(error);
      }
      this.failOn.after -= 1;
    }
  }

  /** The globals an Apps Script execution sees, for the bundle's sandbox. */
  services(): Record<string, unknown> {
    const ProtectionType = { SHEET: 'SHEET', RANGE: 'RANGE' };
    const SpreadsheetApp = {
      ProtectionType,
      getActiveSpreadsheet: () => {
        this.count('SpreadsheetApp.getActiveSpreadsheet');
        // R11: an add-on's time-driven trigger runs with no document open.
        if (!documentLockAvailable(this.rt, this.rt.current)) return null;
        return this.spreadsheet as unknown as GasSpreadsheet;
      },
      getActive: () => {
        this.count('SpreadsheetApp.getActive');
        if (!documentLockAvailable(this.rt, this.rt.current)) return null;
        return this.spreadsheet as unknown as GasSpreadsheet;
      },
      getUi: () => {
        this.count('SpreadsheetApp.getUi');
        return this.ui as unknown as GoogleAppsScript.Base.Ui;
      },
      newDataValidation: () => {
        this.count('SpreadsheetApp.newDataValidation');
        return new FakeValidationBuilder() as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
      },
      newRichTextValue: () => {
        this.count('SpreadsheetApp.newRichTextValue');
        return new FakeRichTextBuilder() as unknown as GoogleAppsScript.Spreadsheet.RichTextValueBuilder;
      },
      newConditionalFormatRule: () => {
        this.count('SpreadsheetApp.newConditionalFormatRule');
        return new FakeRuleBuilder() as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
      },
      flush: () => this.count('SpreadsheetApp.flush'),
      getActiveSheet: () => {
        this.count('SpreadsheetApp.getActiveSheet');
        return this.spreadsheet.sheetNamed(this.selection.sheet) as unknown as GasSheet;
      },
    } satisfies Partial<Record<keyof GoogleAppsScript.Spreadsheet.SpreadsheetApp, unknown>>;
    const user = (email: string) => ({ getEmail: () => email }) as GoogleAppsScript.Base.User;
    const Session = {
      getScriptTimeZone: () => {
        this.count('Session.getScriptTimeZone');
        return this.rt.manifest.timeZone ?? 'America/New_York';
      },
      getActiveUser: () => {
        this.count('Session.getActiveUser');
        const x = this.rt.current;
        return user(x ? visibleEmail(this.rt, x, x.activeUser) : this.user);
      },
      getEffectiveUser: () => {
        this.count('Session.getEffectiveUser');
        const x = this.rt.current;
        return user(x ? visibleEmail(this.rt, x, x.effectiveUser) : this.user);
      },
    } satisfies Partial<Record<keyof GoogleAppsScript.Base.Session, unknown>>;
    const PropertiesService = {
      getDocumentProperties: () => {
        this.count('PropertiesService.getDocumentProperties');
        return this.documentProperties as unknown as GoogleAppsScript.Properties.Properties;
      },
    } satisfies Partial<Record<keyof GoogleAppsScript.Properties.PropertiesService, unknown>>;
    const LockService = {
      getDocumentLock: () => {
        this.count('LockService.getDocumentLock');
        // R11: null outside a document context (an add-on's time-driven trigger).
        if (!documentLockAvailable(this.rt, this.rt.current)) return null;
        return new FakeLock(this) as unknown as GoogleAppsScript.Lock.Lock;
      },
    } satisfies Partial<Record<keyof GoogleAppsScript.Lock.LockService, unknown>>;
    const Utilities = {
      formatDate: (date: Date, timeZone: string, pattern: string) =>
        formatDate(date, timeZone, pattern),
    } satisfies Partial<Record<keyof GoogleAppsScript.Utilities.Utilities, unknown>>;
    const HtmlService = {
      createHtmlOutputFromFile: (filename: string) => {
        this.count('HtmlService.createHtmlOutputFromFile');
        if (filename !== 'Sidebar') throw new Error(`No HTML file named ${filename} was found.`);
        const output = {
          title: '',
          setTitle(title: string) {
            output.title = title;
            return output;
          },
          getTitle: () => output.title,
        };
        return output as unknown as GoogleAppsScript.HTML.HtmlOutput;
      },
    } satisfies Partial<Record<keyof GoogleAppsScript.HTML.HtmlService, unknown>>;
    return {
      SpreadsheetApp,
      Session,
      PropertiesService,
      LockService,
      Utilities,
      HtmlService,
      ScriptApp: this.script.service(),
    };
  }

  /** How a string written to a cell is stored there (rule R9). */
  typedAt(sheet: FakeSheet, row: number, col: number, value: CellInput): CellInput {
    return asTyped(value, {
      numberFormat: sheet.formats.get(`${row}:${col}`)?.numberFormat as string | undefined,
      locale: this.rt.locale,
      utcOffsetHours: TIME_ZONE_OFFSETS[this.spreadsheet.timeZone] ?? 0,
      year: new Date(this.rt.now()).getUTCFullYear(),
    });
  }

  /** Formula results, for reading what a user sees. */
  engine(): FormulaEngine {
    const sheet = (name: string) => this.spreadsheet.sheetNamed(name);
    return new FormulaEngine({
      cells: (name) => sheet(name)?.contents,
      formulaAt: (name, row, col) => {
        const s = sheet(name);
        return s?.isFormula(row, col) ? String(s.at(row, col)) : undefined;
      },
    });
  }

  /** A person types into a cell in the Sheets UI: protection and validation apply. */
  /** A person adds a tab (Sheets' + button) and types rows into it. */
  addTab(email: string, name: string, rows: readonly (readonly CellInput[])[]): void {
    this.spreadsheet.checkName(name);
    this.spreadsheet.sheets.push(new FakeSheet(this, this.spreadsheet, name));
    rows.forEach((cells, r) => {
      cells.forEach((v, c) => {
        if (v !== '') this.type(email, name, r + 1, c + 1, v);
      });
    });
  }

  type(email: string, sheet: string, row: number, col: number, value: CellInput): void {
    const target = this.spreadsheet.sheetNamed(sheet);
    if (!target) throw new Error(`no sheet ${sheet}`);
    if (!target.mayEdit(email, row, col)) throw new Error(PROTECTED_MESSAGE);
    const typed = this.typedAt(target, row, col, value);
    const rule = target.validations.get(`${row}:${col}`);
    if (rule && !rule.allowInvalid && typed !== '' && !rule.accepts(typed)) {
      throw new Error(`Input must ${rule.describe()}`);
    }
    target.put(row, col, typed, isTextEntry(target, row, col, value));
  }

  /** A person pastes text that carries a link (rich text): the value is the text only. */
  pasteLink(
    email: string,
    sheet: string,
    row: number,
    col: number,
    text: string,
    url: string,
  ): void {
    this.type(email, sheet, row, col, text);
    this.spreadsheet.sheetNamed(sheet)?.richLinks.set(`${row}:${col}`, [url]);
  }

  /** A person sorts rows first..last of a tab by a column (the UI's sort range). */
  sortRows(
    email: string,
    sheet: string,
    first: number,
    last: number,
    byCol: number,
    descending = false,
  ): void {
    const target = this.spreadsheet.sheetNamed(sheet);
    if (!target) throw new Error(`no sheet ${sheet}`);
    for (let r = first; r <= last; r++) {
      for (let c = 1; c <= target.maxCols; c++)
        if (!target.mayEdit(email, r, c)) throw new Error(PROTECTED_MESSAGE);
    }
    target.sortRows(first, last, byCol, descending);
  }
}

const TIME_ZONE_OFFSETS: Record<string, number> = {
  'Asia/Makassar': 8,
  'Asia/Jakarta': 7,
  'Asia/Jayapura': 9,
  UTC: 0,
  'Etc/GMT': 0,
};

function formatDate(date: Date, timeZone: string, pattern: string): string {
  const offset = TIME_ZONE_OFFSETS[timeZone];
  if (offset === undefined) throw new Error(`Invalid argument: timeZone ${timeZone}`);
  const d = new Date(date.getTime() + offset * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const parts: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    MM: pad(d.getUTCMonth() + 1),
    dd: pad(d.getUTCDate()),
    HH: pad(d.getUTCHours()),
    mm: pad(d.getUTCMinutes()),
    ss: pad(d.getUTCSeconds()),
    Z: `${sign}${pad(Math.abs(offset))}00`,
  };
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss|Z/g, (m) => parts[m] as string);
}

export class FakeProperties
  implements
    Pick<
      GoogleAppsScript.Properties.Properties,
      'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties' | 'setProperties'
    >
{
  readonly store = new Map<string, string>();
  constructor(private readonly env: FakeEnvironment) {}
  private use(method: string): void {
    this.env.count(method);
    this.env.rt.spend('properties');
  }
  getProperty(key: string): string | null {
    this.use('Properties.getProperty');
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this.use('Properties.setProperty');
    checkPropertyWrite(key, String(value), this.store);
    this.store.set(key, String(value));
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  /** One call for several keys; each value is held to the same limits as setProperty. */
  setProperties(
    properties: Record<string, string>,
    deleteAllOthers?: boolean,
  ): GoogleAppsScript.Properties.Properties {
    this.use('Properties.setProperties');
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, value] of Object.entries(properties)) {
      checkPropertyWrite(key, String(value), next);
      next.set(key, String(value));
    }
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this.use('Properties.deleteProperty');
    this.store.delete(key);
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  getProperties(): Record<string, string> {
    this.use('Properties.getProperties');
    return Object.fromEntries(this.store);
  }
}

/** The document lock: one holder at a time, across simulated executions. */
export class FakeLock
  implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock' | 'hasLock' | 'waitLock'>
{
  private held = false;
  constructor(private readonly env: FakeEnvironment) {}
  tryLock(_timeoutInMillis: number): boolean {
    this.env.count('Lock.tryLock');
    if (this.env.lockHolder !== undefined && !this.held) return false;
    this.env.lockHolder = this.env.actor();
    this.held = true;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.held;
  }
  releaseLock(): void {
    this.env.count('Lock.releaseLock');
    if (this.held) this.env.lockHolder = undefined;
    this.held = false;
  }
}

let nextSheetId = 1000;

export class FakeSpreadsheet
  implements
    Pick<
      GasSpreadsheet,
      | 'getSheets'
      | 'getSheetByName'
      | 'insertSheet'
      | 'getSpreadsheetTimeZone'
      | 'toast'
      | 'getNumSheets'
      | 'getId'
      | 'getEditors'
      | 'getSpreadsheetLocale'
      | 'deleteSheet'
      | 'getActiveSheet'
    >
{
  readonly sheets: FakeSheet[] = [];
  readonly toasts: string[] = [];
  /** File › Settings › Time zone (dates typed in cells are midnight there). */
  timeZone = 'Asia/Makassar';
  constructor(private readonly env: FakeEnvironment) {
    this.sheets.push(new FakeSheet(env, this, 'Sheet1'));
  }
  sheetNamed(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  getSheets(): GasSheet[] {
    this.env.count('Spreadsheet.getSheets');
    // A new array each time, as Apps Script returns: changing it changes no spreadsheet.
    return [...this.sheets] as unknown as GasSheet[];
  }
  /** The tab the user has in front of them (where a change they made happened). */
  getActiveSheet(): GasSheet {
    this.env.count('Spreadsheet.getActiveSheet');
    return (this.sheetNamed(this.env.selection.sheet) ?? this.sheets[0]) as unknown as GasSheet;
  }
  getNumSheets(): number {
    this.env.count('Spreadsheet.getNumSheets');
    return this.sheets.length;
  }
  getSheetByName(name: string): GasSheet | null {
    this.env.count('Spreadsheet.getSheetByName');
    return (this.sheetNamed(name) ?? null) as unknown as GasSheet | null;
  }
  insertSheet(...args: unknown[]): GasSheet {
    this.env.count('Spreadsheet.insertSheet');
    const [name, index, options] = args as [
      string,
      number | undefined,
      { template?: FakeSheet } | undefined,
    ];
    if (typeof name !== 'string') throw new Error('insertSheet: a name is required here');
    this.checkName(name);
    const sheet = new FakeSheet(this.env, this, name);
    const template = options?.template;
    if (template) {
      if (!this.sheets.includes(template))
        throw new Error('The sheet template must be one of the sheets of this spreadsheet.');
      sheet.copyFrom(template);
    }
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    return sheet as unknown as GasSheet;
  }
  checkName(name: string): void {
    if (name.length === 0 || name.length > 100) throw new Error(`Invalid sheet name: ${name}`);
    if (this.sheetNamed(name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
  getUrl(): string {
    this.env.count('Spreadsheet.getUrl');
    return 'https://docs.google.com/spreadsheets/d/1FakeSpreadsheetIdxxxxxxxxxxxxxxxx/edit';
  }
  getSpreadsheetTimeZone(): string {
    this.env.count('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }
  getId(): string {
    this.env.count('Spreadsheet.getId');
    return this.env.rt.documentId;
  }
  /** File › Settings › Locale: decides decimal commas and how typed dates are read. */
  getSpreadsheetLocale(): string {
    this.env.count('Spreadsheet.getSpreadsheetLocale');
    return this.env.rt.locale;
  }
  deleteSheet(sheet: GasSheet): void {
    this.env.count('Spreadsheet.deleteSheet');
    const at = this.sheets.indexOf(sheet as unknown as FakeSheet);
    if (at < 0) throw new Error('The sheet is not in this spreadsheet.');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(at, 1);
  }
  /** The owner and everyone the file is shared with as an editor. */
  getEditors(): GoogleAppsScript.Base.User[] {
    this.env.count('Spreadsheet.getEditors');
    return [this.env.owner, ...this.env.editors].map(
      (email) => ({ getEmail: () => email }) as GoogleAppsScript.Base.User,
    );
  }
  toast(...args: unknown[]): void {
    this.env.count('Spreadsheet.toast');
    this.toasts.push(String(args[0]));
  }
}

/** Whether a value written to a cell stays text: a plain-text cell, or a leading apostrophe. */
function isTextEntry(sheet: FakeSheet, row: number, col: number, value: CellInput): boolean {
  return (
    sheet.formats.get(`${row}:${col}`)?.numberFormat === '@' ||
    (typeof value === 'string' && value.startsWith("'"))
  );
}

interface CellBox {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

function within(b: CellBox, row: number, col: number): boolean {
  return row >= b.row && row < b.row + b.rows && col >= b.col && col < b.col + b.cols;
}

function isCellInput(v: unknown): v is CellInput {
  return (
    typeof v === 'string' ||
    typeof v === 'number' ||
    typeof v === 'boolean' ||
    Object.prototype.toString.call(v) === '[object Date]'
  );
}

export class FakeSheet
  implements
    Pick<
      GasSheet,
      | 'getName'
      | 'setName'
      | 'getSheetId'
      | 'isSheetHidden'
      | 'hideSheet'
      | 'showSheet'
      | 'getDataRange'
      | 'getRange'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'insertRowsAfter'
      | 'insertColumnsAfter'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getFrozenRows'
      | 'setFrozenRows'
      | 'getFrozenColumns'
      | 'setFrozenColumns'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'getRangeList'
      | 'getConditionalFormatRules'
      | 'setConditionalFormatRules'
      | 'protect'
      | 'getProtections'
      | 'getCharts'
      | 'hasHiddenGridlines'
      | 'setHiddenGridlines'
      | 'removeChart'
      | 'insertChart'
      | 'newChart'
      | 'getCurrentCell'
      | 'activate'
      | 'setActiveSelection'
      | 'appendRow'
      | 'clearContents'
      | 'clearFormats'
    >
{
  readonly id = nextSheetId++;
  contents: CellInput[][] = [];
  maxRows = 1000;
  maxCols = 26;
  hidden = false;
  frozenRows = 0;
  frozenColumns = 0;
  readonly widths = new Map<number, number>();
  readonly validations = new Map<string, FakeValidation>();
  readonly formats = new Map<string, Record<string, unknown>>();
  /** Links set on text (rich text), by "row:col". */
  readonly richLinks = new Map<string, string[]>();
  /** Cells holding text that starts with "=" as text, not as a formula ("row:col"). */
  readonly literal = new Set<string>();
  rules: FakeRule[] = [];
  protections: FakeProtection[] = [];
  charts: FakeChart[] = [];
  hiddenGridlines = false;

  constructor(
    private readonly env: FakeEnvironment,
    private readonly book: FakeSpreadsheet,
    public name: string,
  ) {}

  private count(method: string): void {
    this.env.count(`Sheet.${method}`, this.name);
  }
  /**
   * insertSheet with a template: "all data from the template sheet" — values, formats, widths,
   * frozen rows, validation and conditional rules. Protection is the uncertain part (a copy is
   * reported to keep a sheet protection without its editors, and no range protection): the
   * stand-in keeps the sheet protection, its description and open ranges, editable by the owner
   * alone, so a copy is never editable by the PICs the template was open to.
   */
  copyFrom(template: FakeSheet): void {
    this.contents = template.contents.map((r) => [...r]);
    this.maxRows = template.maxRows;
    this.maxCols = template.maxCols;
    this.frozenRows = template.frozenRows;
    this.frozenColumns = template.frozenColumns;
    for (const [k, v] of template.widths) this.widths.set(k, v);
    for (const [k, v] of template.validations) this.validations.set(k, v);
    for (const [k, v] of template.formats) this.formats.set(k, { ...v });
    for (const [k, v] of template.richLinks) this.richLinks.set(k, [...v]);
    for (const k of template.literal) this.literal.add(k);
    this.rules = template.rules.map(
      (r) =>
        new FakeRule(
          r.formula,
          r.background,
          r.fontColor,
          r.ranges.map((x) => new FakeRange(this.env, this, x.box)),
        ),
    );
    for (const p of template.protections.filter((x) => x.type === 'SHEET')) {
      const copy = new FakeProtection(this.env, this, 'SHEET', p.box);
      copy.description = p.description;
      copy.unprotected = [...p.unprotected];
      copy.editors.clear();
      copy.editors.add(this.env.owner.toLowerCase());
      this.protections.push(copy);
    }
  }
  /** Every value and formula of the sheet goes; formats, validation and rules stay. */
  clearContents(): GasSheet {
    this.count('clearContents');
    for (let r = 1; r <= this.contents.length; r++)
      for (let c = 1; c <= (this.contents[r - 1]?.length ?? 0); c++)
        if (!this.mayEdit(this.env.actor(), r, c)) throw new Error(PROTECTED_MESSAGE);
    this.contents = [];
    this.literal.clear();
    this.richLinks.clear();
    return this as unknown as GasSheet;
  }
  getName(): string {
    this.count('getName');
    return this.name;
  }
  setName(name: string): GasSheet {
    this.count('setName');
    if (name !== this.name) this.book.checkName(name);
    this.name = name;
    return this as unknown as GasSheet;
  }
  getSheetId(): number {
    this.count('getSheetId');
    return this.id;
  }
  isSheetHidden(): boolean {
    this.count('isSheetHidden');
    return this.hidden;
  }
  hideSheet(): GasSheet {
    this.count('hideSheet');
    if (this.book.sheets.filter((s) => !s.hidden).length <= 1)
      throw new Error("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this as unknown as GasSheet;
  }
  showSheet(): GasSheet {
    this.count('showSheet');
    this.hidden = false;
    return this as unknown as GasSheet;
  }
  lastRow(): number {
    for (let r = this.contents.length; r > 0; r--)
      if ((this.contents[r - 1] ?? []).some((v) => v !== '' && v !== undefined)) return r;
    return 0;
  }
  lastCol(): number {
    let last = 0;
    for (const row of this.contents)
      for (let c = row.length; c > last; c--)
        if (row[c - 1] !== '' && row[c - 1] !== undefined) last = c;
    return last;
  }
  getLastRow(): number {
    this.count('getLastRow');
    return this.lastRow();
  }
  /** One call: the row goes below the last row with content, growing the sheet as needed. */
  appendRow(rowContents: unknown[]): GasSheet {
    this.count('appendRow');
    const row = this.lastRow() + 1;
    this.maxRows = Math.max(this.maxRows, row);
    this.maxCols = Math.max(this.maxCols, rowContents.length);
    new FakeRange(this.env, this, { row, col: 1, rows: 1, cols: rowContents.length }).putValues([
      rowContents,
    ]);
    return this as unknown as GasSheet;
  }
  getLastColumn(): number {
    this.count('getLastColumn');
    return this.lastCol();
  }
  getMaxRows(): number {
    this.count('getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.count('getMaxColumns');
    return this.maxCols;
  }
  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    this.count('insertRowsAfter');
    if (afterPosition > this.maxRows || howMany < 1)
      throw new Error('Those rows are out of bounds.');
    this.maxRows += howMany;
    // New rows take the formatting of the row above them, as in Sheets.
    for (let c = 1; c <= this.maxCols; c++) {
      const above = this.formats.get(`${afterPosition}:${c}`);
      if (above)
        for (let r = afterPosition + 1; r <= afterPosition + howMany; r++)
          this.formats.set(`${r}:${c}`, { ...above });
    }
    return this as unknown as GasSheet;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    this.count('insertColumnsAfter');
    if (afterPosition > this.maxCols || howMany < 1)
      throw new Error('Those columns are out of bounds.');
    this.maxCols += howMany;
    return this as unknown as GasSheet;
  }
  /** Sheet.clearFormats: every cell's formats go (number formats too); values stay. */
  clearFormats(): GasSheet {
    this.count('clearFormats');
    this.formats.clear();
    return this as unknown as GasSheet;
  }
  hasHiddenGridlines(): boolean {
    this.count('hasHiddenGridlines');
    return this.hiddenGridlines;
  }
  setHiddenGridlines(hide: boolean): GasSheet {
    this.count('setHiddenGridlines');
    if (typeof hide !== 'boolean') throw new Error('setHiddenGridlines takes true or false');
    this.hiddenGridlines = hide;
    return this as unknown as GasSheet;
  }
  getFrozenRows(): number {
    this.count('getFrozenRows');
    return this.frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.count('setFrozenRows');
    if (rows > this.maxRows) throw new Error('frozen rows beyond the sheet');
    this.frozenRows = rows;
  }
  getFrozenColumns(): number {
    this.count('getFrozenColumns');
    return this.frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    this.count('setFrozenColumns');
    if (columns > this.maxCols) throw new Error('frozen columns beyond the sheet');
    this.frozenColumns = columns;
  }
  /** One call for a run of columns of the same width. */
  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    this.count('setColumnWidths');
    if (startColumn < 1 || numColumns < 1 || startColumn + numColumns - 1 > this.maxCols)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.widths.set(c, width);
    return this as unknown as GasSheet;
  }
  /** One call for many A1 ranges of this sheet; each setter on the list is one call more. */
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    this.count('getRangeList');
    const ranges = a1Notations.map((a1) => {
      const box = parseA1(a1);
      if (box.row + box.rows - 1 > this.maxRows || box.col + box.cols - 1 > this.maxCols)
        throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
      return new FakeRange(this.env, this, box);
    });
    return new FakeRangeList(
      this.env,
      this,
      ranges,
    ) as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }
  setColumnWidth(columnPosition: number, width: number): GasSheet {
    this.count('setColumnWidth');
    if (columnPosition > this.maxCols)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    this.widths.set(columnPosition, width);
    return this as unknown as GasSheet;
  }
  getDataRange(): GasRange {
    this.count('getDataRange');
    return new FakeRange(this.env, this, {
      row: 1,
      col: 1,
      rows: Math.max(1, this.lastRow()),
      cols: Math.max(1, this.lastCol()),
    }) as unknown as GasRange;
  }
  getRange(...args: unknown[]): GasRange {
    this.count('getRange');
    let box: CellBox;
    if (typeof args[0] === 'string') box = parseA1(args[0]);
    else {
      const [row, col, rows = 1, cols = 1] = args as number[];
      box = { row: row as number, col: col as number, rows, cols };
    }
    if (![box.row, box.col, box.rows, box.cols].every((n) => Number.isInteger(n)))
      throw new Error('Range coordinates must be whole numbers.');
    if (box.rows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (box.cols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (
      box.row < 1 ||
      box.col < 1 ||
      box.row + box.rows - 1 > this.maxRows ||
      box.col + box.cols - 1 > this.maxCols
    ) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.env, this, box) as unknown as GasRange;
  }
  getConditionalFormatRules(): GasRule[] {
    this.count('getConditionalFormatRules');
    return [...this.rules] as unknown as GasRule[];
  }
  setConditionalFormatRules(rules: GasRule[]): void {
    this.count('setConditionalFormatRules');
    this.rules = [...(rules as unknown as FakeRule[])];
  }
  protect(): GasProtection {
    this.count('protect');
    const existing = this.protections.find((p) => p.type === 'SHEET');
    if (existing) return existing as unknown as GasProtection;
    const p = new FakeProtection(this.env, this, 'SHEET', {
      row: 1,
      col: 1,
      rows: this.maxRows,
      cols: this.maxCols,
    });
    this.protections.push(p);
    return p as unknown as GasProtection;
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GasProtection[] {
    this.count('getProtections');
    return this.protections.filter(
      (p) => p.type === (type as unknown as string),
    ) as unknown as GasProtection[];
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    this.count('getCharts');
    return [...this.charts] as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart[];
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.count('removeChart');
    this.charts = this.charts.filter((c) => c !== (chart as unknown as FakeChart));
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.count('insertChart');
    this.charts.push(chart as unknown as FakeChart);
  }
  /** The user's view moves to this tab (a selection, not a change of the file). */
  activate(): GasSheet {
    this.count('activate');
    this.env.selection = { sheet: this.name, row: 1, col: 1 };
    return this as unknown as GasSheet;
  }
  setActiveSelection(a1: string): GasRange;
  setActiveSelection(range: GasRange): GasRange;
  setActiveSelection(target: string | GasRange): GasRange {
    this.count('setActiveSelection');
    if (typeof target !== 'string') throw new Error('the stand-in selects by A1 text only');
    const m = /^([A-Z]+)(\d+)$/.exec(target);
    if (!m) throw new Error(`Range not found: ${target}`);
    const col = [...(m[1] ?? 'A')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    this.env.selection = { sheet: this.name, row: Number(m[2]), col };
    return this.getCurrentCell();
  }
  getCurrentCell(): GasRange {
    this.count('getCurrentCell');
    const at = this.env.selection.sheet === this.name ? this.env.selection : { row: 1, col: 1 };
    return new FakeRange(this.env, this, {
      row: at.row,
      col: at.col,
      rows: 1,
      cols: 1,
    }) as unknown as GasRange;
  }
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.count('newChart');
    return new FakeChartBuilder() as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }

  // ---- state helpers used by FakeRange and the environment ------------------------------
  at(row: number, col: number): CellInput {
    return this.contents[row - 1]?.[col - 1] ?? '';
  }
  put(row: number, col: number, value: CellInput, literal = false): void {
    while (this.contents.length < row) this.contents.push([]);
    const r = this.contents[row - 1] as CellInput[];
    while (r.length < col) r.push('');
    // R18: a formula is kept in Sheets' own spelling, not as written.
    const isFormula = !literal && typeof value === 'string' && value.startsWith('=');
    r[col - 1] = isFormula ? asSheetsSpells(value) : value;
    // A value written over a cell replaces its rich text: a link set on its text is gone,
    // even when the same words are written back.
    this.richLinks.delete(`${row}:${col}`);
    if (literal && typeof value === 'string' && value.startsWith('='))
      this.literal.add(`${row}:${col}`);
    else this.literal.delete(`${row}:${col}`);
  }
  /** A formula: text starting with "=" that was not stored as plain text. */
  isFormula(row: number, col: number): boolean {
    const raw = this.at(row, col);
    return typeof raw === 'string' && raw.startsWith('=') && !this.literal.has(`${row}:${col}`);
  }
  /** Owner always; else someone the file is shared with, listed by every protection covering the cell. */
  mayEdit(email: string, row: number, col: number): boolean {
    if (email.toLowerCase() === this.env.owner.toLowerCase()) return true;
    if (!this.env.canEditFile(email)) return false;
    return this.protections.every((p) => !p.covers(row, col) || p.editors.has(email.toLowerCase()));
  }
  sortRows(first: number, last: number, byCol: number, descending: boolean): void {
    const rows = [];
    for (let r = first; r <= last; r++)
      rows.push({ from: r, cells: [...(this.contents[r - 1] ?? [])] });
    const key = (cells: CellInput[]) => String(cells[byCol - 1] ?? '');
    rows.sort((a, b) => (descending ? -1 : 1) * key(a.cells).localeCompare(key(b.cells)));
    // Formats and plain-text marks travel with their rows.
    const carried = rows.map((row) => ({
      formats: Array.from({ length: this.maxCols }, (_, c) =>
        this.formats.get(`${row.from}:${c + 1}`),
      ),
      literal: Array.from({ length: this.maxCols }, (_, c) =>
        this.literal.has(`${row.from}:${c + 1}`),
      ),
      links: Array.from({ length: this.maxCols }, (_, c) =>
        this.richLinks.get(`${row.from}:${c + 1}`),
      ),
    }));
    rows.forEach((row, i) => {
      const to = first + i;
      // Sheets rewrites references to a moved row's own cells.
      this.contents[to - 1] = row.cells.map((cell, c) =>
        typeof cell === 'string' && cell.startsWith('=') && !carried[i]?.literal[c]
          ? cell.replace(new RegExp(`(\\$?[A-Z]{1,3}\\$?)${row.from}(?![0-9])`, 'g'), `$1${to}`)
          : cell,
      );
      carried[i]?.formats.forEach((f, c) => {
        if (f) this.formats.set(`${to}:${c + 1}`, f);
        else this.formats.delete(`${to}:${c + 1}`);
      });
      carried[i]?.literal.forEach((l, c) => {
        if (l) this.literal.add(`${to}:${c + 1}`);
        else this.literal.delete(`${to}:${c + 1}`);
      });
      // Rich text (a link set on a cell's words) moves with its cell.
      carried[i]?.links.forEach((l, c) => {
        if (l) this.richLinks.set(`${to}:${c + 1}`, l);
        else this.richLinks.delete(`${to}:${c + 1}`);
      });
    });
  }
}

export function parseA1(a1: string): CellBox {
  const m = /^([A-Z]+)([0-9]+)(?::([A-Z]+)([0-9]+))?$/.exec(a1.replace(/\$/g, ''));
  if (!m) throw new Error(`Range not found: ${a1}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  const c1 = col(m[1] as string);
  const r2 = m[4] ? Number(m[4]) : row;
  const c2 = m[3] ? col(m[3]) : c1;
  return {
    row: Math.min(row, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - row) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

export class FakeRange
  implements
    Pick<
      GasRange,
      | 'getValues'
      | 'getValue'
      | 'getFormulas'
      | 'setValues'
      | 'clearContent'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'clearDataValidations'
      | 'setFontWeight'
      | 'setFontStyle'
      | 'setBackground'
      | 'setFontColor'
      | 'setWrap'
      | 'setFontSize'
      | 'setNumberFormat'
      | 'protect'
      | 'getRow'
      | 'getColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getA1Notation'
      | 'getSheet'
      | 'getRichTextValues'
      | 'setRichTextValues'
    >
{
  constructor(
    private readonly env: FakeEnvironment,
    readonly sheet: FakeSheet,
    readonly box: CellBox,
  ) {}
  private count(method: string): void {
    this.env.count(`Range.${method}`, this.sheet.name);
  }
  private self(): GasRange {
    return this as unknown as GasRange;
  }
  private cells(): { row: number; col: number }[] {
    const out = [];
    for (let r = 0; r < this.box.rows; r++)
      for (let c = 0; c < this.box.cols; c++)
        out.push({ row: this.box.row + r, col: this.box.col + c });
    return out;
  }
  private assertEditable(): void {
    const actor = this.env.actor();
    for (const { row, col } of this.cells())
      if (!this.sheet.mayEdit(actor, row, col)) throw new Error(PROTECTED_MESSAGE);
  }
  getRow(): number {
    return this.box.row;
  }
  getColumn(): number {
    return this.box.col;
  }
  getNumRows(): number {
    return this.box.rows;
  }
  getNumColumns(): number {
    return this.box.cols;
  }
  getSheet(): GasSheet {
    return this.sheet as unknown as GasSheet;
  }
  getA1Notation(): string {
    const letters = (n: number): string =>
      (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
    const start = `${letters(this.box.col)}${this.box.row}`;
    return this.box.rows === 1 && this.box.cols === 1
      ? start
      : `${start}:${letters(this.box.col + this.box.cols - 1)}${this.box.row + this.box.rows - 1}`;
  }
  /** The top-left cell's value, as getValues would give it. */
  getValue(): unknown {
    this.count('getValue');
    const one = new FakeRange(this.env, this.sheet, { ...this.box, rows: 1, cols: 1 });
    return one.valuesOf()[0]?.[0];
  }
  getValues(): unknown[][] {
    this.count('getValues');
    return this.valuesOf();
  }
  /** What the cells show, read by the test itself (no service call is counted). */
  shownValues(): unknown[][] {
    return this.valuesOf();
  }
  private valuesOf(): unknown[][] {
    const engine = this.env.engine();
    return Array.from({ length: this.box.rows }, (_, r) =>
      Array.from({ length: this.box.cols }, (_, c) => {
        const row = this.box.row + r;
        const col = this.box.col + c;
        if (this.sheet.isFormula(row, col)) {
          // A formula Sheets cannot parse (a typed "+62 812…") shows #ERROR!.
          let v: ReturnType<typeof engine.cell>;
          try {
            v = engine.cell(this.sheet.name, row, col);
          } catch {
            return '#ERROR!';
          }
          return v instanceof FormulaError ? v.code : v;
        }
        const raw = this.sheet.at(row, col);
        return raw instanceof Date ? new Date(raw.getTime()) : raw;
      }),
    );
  }
  /** Text with links: always text (never a formula), links kept on the words. */
  setRichTextValues(values: GoogleAppsScript.Spreadsheet.RichTextValue[][]): GasRange {
    this.count('setRichTextValues');
    if (values.length !== this.box.rows || values.some((r) => r.length !== this.box.cols))
      throw new Error('The number of rows or columns in the data does not match the range.');
    this.assertEditable();
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        const built = v as unknown as FakeRichText;
        if (!(built instanceof FakeRichText)) throw new Error('Expected a RichTextValue.');
        const at = { row: this.box.row + r, col: this.box.col + c };
        this.sheet.put(at.row, at.col, built.text, true);
        if (built.links.length > 0)
          this.sheet.richLinks.set(`${at.row}:${at.col}`, [...built.links]);
      });
    });
    return this.self();
  }
  getRichTextValues(): (GoogleAppsScript.Spreadsheet.RichTextValue | null)[][] {
    this.count('getRichTextValues');
    return Array.from({ length: this.box.rows }, (_, r) =>
      Array.from({ length: this.box.cols }, (_, c) => {
        const row = this.box.row + r;
        const col = this.box.col + c;
        const text = String(this.sheet.at(row, col));
        const links = this.sheet.richLinks.get(`${row}:${col}`) ?? [];
        const runs =
          links.length > 0
            ? links.map((url) => ({ getLinkUrl: () => url, getText: () => text }))
            : [{ getLinkUrl: () => null, getText: () => text }];
        return {
          getText: () => text,
          getRuns: () => runs,
          getLinkUrl: () => links[0] ?? null,
        } as unknown as GoogleAppsScript.Spreadsheet.RichTextValue;
      }),
    );
  }
  getFormulas(): string[][] {
    this.count('getFormulas');
    return Array.from({ length: this.box.rows }, (_, r) =>
      Array.from({ length: this.box.cols }, (_, c) =>
        this.sheet.isFormula(this.box.row + r, this.box.col + c)
          ? String(this.sheet.at(this.box.row + r, this.box.col + c))
          : '',
      ),
    );
  }
  setValues(values: unknown[][]): GasRange {
    this.count('setValues');
    return this.putValues(values);
  }
  /** Writes as setValues does (typed, validated, protected), without counting a call. */
  putValues(values: unknown[][]): GasRange {
    if (!Array.isArray(values) || values.length !== this.box.rows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(values) ? values.length : 0} but the range has ${this.box.rows}.`,
      );
    }
    values.forEach((row) => {
      if (!Array.isArray(row) || row.length !== this.box.cols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.box.cols}.`,
        );
      }
      for (const v of row)
        if (!isCellInput(v)) throw new Error(`Cannot write ${String(v)} into a cell.`);
    });
    this.assertEditable();
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        const at = { row: this.box.row + r, col: this.box.col + c };
        const typed = this.env.typedAt(this.sheet, at.row, at.col, v as CellInput);
        this.sheet.put(
          at.row,
          at.col,
          typed,
          isTextEntry(this.sheet, at.row, at.col, v as CellInput),
        );
      });
    });
    return this.self();
  }
  clearContent(): GasRange {
    this.count('clearContent');
    this.assertEditable();
    for (const { row, col } of this.cells())
      if (this.sheet.at(row, col) !== '') this.sheet.put(row, col, '');
    return this.self();
  }
  setDataValidation(rule: GasValidation | null): GasRange {
    this.count('setDataValidation');
    for (const { row, col } of this.cells()) {
      if (rule) this.sheet.validations.set(`${row}:${col}`, rule as unknown as FakeValidation);
      else this.sheet.validations.delete(`${row}:${col}`);
    }
    return this.self();
  }
  clearDataValidations(): GasRange {
    this.count('clearDataValidations');
    for (const { row, col } of this.cells()) this.sheet.validations.delete(`${row}:${col}`);
    return this.self();
  }
  setDataValidations(rules: (GasValidation | null)[][]): GasRange {
    this.count('setDataValidations');
    if (rules.length !== this.box.rows || rules.some((r) => r.length !== this.box.cols)) {
      throw new Error('The number of rows or columns in the data does not match the range.');
    }
    rules.forEach((row, r) => {
      row.forEach((rule, c) => {
        const key = `${this.box.row + r}:${this.box.col + c}`;
        if (rule) this.sheet.validations.set(key, rule as unknown as FakeValidation);
        else this.sheet.validations.delete(key);
      });
    });
    return this.self();
  }
  private format(key: string, value: unknown, method: string): GasRange {
    this.count(method);
    return this.putFormat(key, value);
  }
  /** A format as a setter gives it, without counting a call (a RangeList counts its own). */
  putFormat(key: string, value: unknown): GasRange {
    for (const { row, col } of this.cells()) {
      const f = this.sheet.formats.get(`${row}:${col}`) ?? {};
      f[key] = value;
      this.sheet.formats.set(`${row}:${col}`, f);
    }
    return this.self();
  }
  setFontWeight(fontWeight: string | null): GasRange {
    return this.format('fontWeight', fontWeight, 'setFontWeight');
  }
  setFontStyle(fontStyle: string | null): GasRange {
    return this.format('fontStyle', fontStyle, 'setFontStyle');
  }
  setBackground(color: string | null): GasRange {
    return this.format('background', color, 'setBackground');
  }
  setFontColor(color: string | GoogleAppsScript.Spreadsheet.Color | null): GasRange {
    return this.format('fontColor', color, 'setFontColor');
  }
  setWrap(isWrapEnabled: boolean): GasRange {
    return this.format('wrap', isWrapEnabled, 'setWrap');
  }
  setFontSize(size: number): GasRange {
    return this.format('fontSize', size, 'setFontSize');
  }
  setNumberFormat(numberFormat: string): GasRange {
    return this.format('numberFormat', numberFormat, 'setNumberFormat');
  }
  protect(): GasProtection {
    this.count('protect');
    const p = new FakeProtection(this.env, this.sheet, 'RANGE', this.box);
    this.sheet.protections.push(p);
    return p as unknown as GasProtection;
  }
}

/** Sheet.getRangeList: one call per setter for all its ranges. */
export class FakeRangeList
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.RangeList,
      | 'setNumberFormat'
      | 'setFontWeight'
      | 'setFontStyle'
      | 'setBackground'
      | 'setFontColor'
      | 'setWrap'
      | 'setFontSize'
    >
{
  constructor(
    private readonly env: FakeEnvironment,
    private readonly sheet: FakeSheet,
    readonly ranges: readonly FakeRange[],
  ) {}
  private set(key: string, value: unknown, method: string) {
    this.env.count(`RangeList.${method}`, this.sheet.name);
    for (const r of this.ranges) r.putFormat(key, value);
    return this as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }
  setNumberFormat(format: string) {
    return this.set('numberFormat', format, 'setNumberFormat');
  }
  setFontWeight(fontWeight: string | null) {
    return this.set('fontWeight', fontWeight, 'setFontWeight');
  }
  setFontStyle(fontStyle: string | null) {
    return this.set('fontStyle', fontStyle, 'setFontStyle');
  }
  setBackground(color: string | null) {
    return this.set('background', color, 'setBackground');
  }
  setFontColor(color: string | null) {
    return this.set('fontColor', color, 'setFontColor');
  }
  setWrap(isWrapEnabled: boolean) {
    return this.set('wrap', isWrapEnabled, 'setWrap');
  }
  setFontSize(size: number) {
    return this.set('fontSize', size, 'setFontSize');
  }
}

export class FakeProtection
  implements
    Pick<
      GasProtection,
      | 'setDescription'
      | 'getDescription'
      | 'addEditors'
      | 'removeEditors'
      | 'getEditors'
      | 'canDomainEdit'
      | 'setDomainEdit'
      | 'setUnprotectedRanges'
      | 'getUnprotectedRanges'
      | 'remove'
      | 'canEdit'
      | 'getRange'
    >
{
  description = '';
  domainEdit = true;
  readonly editors = new Set<string>();
  unprotected: CellBox[] = [];
  constructor(
    private readonly env: FakeEnvironment,
    private readonly sheet: FakeSheet,
    readonly type: 'SHEET' | 'RANGE',
    readonly box: CellBox,
  ) {
    // Until its editors are changed, a new protection mirrors the file's own permissions
    // (Sheet.protect, Range.protect): everyone who may edit the file may edit it.
    this.editors.add(env.owner.toLowerCase());
    this.editors.add(env.actor().toLowerCase());
    for (const e of env.editors) this.editors.add(e.toLowerCase());
  }
  private count(method: string): void {
    this.env.count(`Protection.${method}`, this.sheet.name);
  }
  /** R12 (Class Protection): who may not edit a protection may neither read nor change its editors. */
  private assertMayEdit(method: string): void {
    const actor = this.env.actor().toLowerCase();
    if (actor === this.env.owner.toLowerCase() || this.editors.has(actor)) return;
    throw new RuntimeRefusal(
      'R12',
      `You do not have permission to access or modify this protection (${method}).`,
    );
  }
  private self(): GasProtection {
    return this as unknown as GasProtection;
  }
  covers(row: number, col: number): boolean {
    if (this.type === 'SHEET') return !this.unprotected.some((b) => within(b, row, col));
    return within(this.box, row, col);
  }
  setDescription(description: string): GasProtection {
    this.count('setDescription');
    this.assertMayEdit('setDescription');
    this.description = description;
    return this.self();
  }
  getDescription(): string {
    this.count('getDescription');
    return this.description;
  }
  addEditors(emailAddresses: string[]): GasProtection {
    this.count('addEditors');
    this.assertMayEdit('addEditors');
    // Listing someone as an editor of a protection does not share the file with them.
    for (const e of emailAddresses) {
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) throw new Error(`Invalid email: ${e}`);
      this.editors.add(e.toLowerCase());
    }
    return this.self();
  }
  removeEditors(emailAddresses: unknown[]): GasProtection {
    this.count('removeEditors');
    this.assertMayEdit('removeEditors');
    for (const e of emailAddresses as string[]) {
      // The owner and the user running the script always stay editors.
      if (
        e.toLowerCase() !== this.env.owner.toLowerCase() &&
        e.toLowerCase() !== this.env.actor().toLowerCase()
      )
        this.editors.delete(e.toLowerCase());
    }
    return this.self();
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    this.count('getEditors');
    this.assertMayEdit('getEditors');
    return [...this.editors].map(
      (email) => ({ getEmail: () => email }) as GoogleAppsScript.Base.User,
    );
  }
  canDomainEdit(): boolean {
    this.count('canDomainEdit');
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): GasProtection {
    this.count('setDomainEdit');
    this.assertMayEdit('setDomainEdit');
    this.domainEdit = editable;
    return this.self();
  }
  setUnprotectedRanges(ranges: GasRange[]): GasProtection {
    this.count('setUnprotectedRanges');
    this.assertMayEdit('setUnprotectedRanges');
    if (this.type !== 'SHEET')
      throw new Error('Unprotected ranges apply to sheet protections only.');
    this.unprotected = (ranges as unknown as FakeRange[]).map((r) => r.box);
    return this.self();
  }
  getUnprotectedRanges(): GasRange[] {
    this.count('getUnprotectedRanges');
    return this.unprotected.map(
      (b) => new FakeRange(this.env, this.sheet, b),
    ) as unknown as GasRange[];
  }
  remove(): void {
    this.count('remove');
    this.assertMayEdit('remove');
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
  getRange(): GasRange {
    this.count('getRange');
    return new FakeRange(this.env, this.sheet, this.box) as unknown as GasRange;
  }
  canEdit(): boolean {
    this.count('canEdit');
    const actor = this.env.actor().toLowerCase();
    return actor === this.env.owner.toLowerCase() || this.editors.has(actor);
  }
}

export class FakeValidation {
  constructor(
    readonly criteria: 'list' | 'between' | 'formula',
    readonly args: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  accepts(value: CellInput): boolean {
    if (this.criteria === 'list') return (this.args[0] as string[]).includes(String(value));
    if (this.criteria === 'between')
      return (
        typeof value === 'number' &&
        value >= (this.args[0] as number) &&
        value <= (this.args[1] as number)
      );
    const max = /LEN\([A-Z]+[0-9]+\)<=([0-9]+)/.exec(String(this.args[0]));
    return max ? String(value).length <= Number(max[1]) : true;
  }
  describe(): string {
    return this.criteria === 'list'
      ? `be an item on the specified list: ${(this.args[0] as string[]).join(', ')}`
      : 'satisfy the rule';
  }
}

class FakeValidationBuilder
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.DataValidationBuilder,
      | 'requireValueInList'
      | 'requireNumberBetween'
      | 'requireFormulaSatisfied'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'build'
    >
{
  private criteria: 'list' | 'between' | 'formula' | undefined;
  private args: unknown[] = [];
  private allowInvalid = true;
  private help = '';
  private self(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
  requireValueInList(
    values: string[],
    _showDropdown?: boolean,
  ): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    if (values.length === 0 || values.length > 500)
      throw new Error('A list must hold 1 to 500 items.');
    this.criteria = 'list';
    this.args = [[...values]];
    return this.self();
  }
  requireNumberBetween(
    start: number,
    end: number,
  ): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.criteria = 'between';
    this.args = [start, end];
    return this.self();
  }
  requireFormulaSatisfied(formula: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    if (!formula.startsWith('=')) throw new Error('A validation formula must start with =');
    this.criteria = 'formula';
    this.args = [formula];
    return this.self();
  }
  setAllowInvalid(allowInvalidData: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.allowInvalid = allowInvalidData;
    return this.self();
  }
  setHelpText(helpText: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.help = helpText;
    return this.self();
  }
  build(): GasValidation {
    if (!this.criteria) throw new Error('A data validation rule needs a criterion.');
    return new FakeValidation(
      this.criteria,
      this.args,
      this.allowInvalid,
      this.help,
    ) as unknown as GasValidation;
  }
}

export class FakeRule {
  constructor(
    readonly formula: string,
    readonly background: string | null,
    readonly fontColor: string | null,
    readonly ranges: readonly FakeRange[],
  ) {}
  getBooleanCondition(): { getBackground(): string | null; getCriteriaValues(): unknown[] } {
    return { getBackground: () => this.background, getCriteriaValues: () => [this.formula] };
  }
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
}

class FakeRuleBuilder
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
      'whenFormulaSatisfied' | 'setBackground' | 'setFontColor' | 'setRanges' | 'build'
    >
{
  private formula = '';
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: FakeRange[] = [];
  private self(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }
  whenFormulaSatisfied(formula: string): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    if (!formula.startsWith('=')) throw new Error('A conditional format formula must start with =');
    this.formula = formula;
    return this.self();
  }
  setBackground(color: string | null): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.background = color;
    return this.self();
  }
  setFontColor(color: string | null): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.fontColor = color;
    return this.self();
  }
  setRanges(ranges: GasRange[]): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.ranges = ranges as unknown as FakeRange[];
    return this.self();
  }
  build(): GasRule {
    if (!this.formula || this.ranges.length === 0)
      throw new Error('A conditional format rule needs a condition and at least one range.');
    return new FakeRule(
      this.formula,
      this.background,
      this.fontColor,
      this.ranges,
    ) as unknown as GasRule;
  }
}

/** What an embedded chart was built with: its kind, options, ranges, headers and anchor. */
interface ChartMade {
  readonly type: 'column' | 'bar';
  readonly options: Map<string, unknown>;
  readonly ranges: readonly FakeRange[];
  readonly numHeaders: number | undefined;
  readonly anchor: { readonly row: number; readonly col: number };
}

export class FakeChart {
  constructor(readonly made: ChartMade) {}
  get options(): Map<string, unknown> {
    return this.made.options;
  }
  get ranges(): readonly FakeRange[] {
    return this.made.ranges;
  }
  getOptions(): { get(option: string): unknown } {
    return { get: (option: string) => this.made.options.get(option) };
  }
}

class FakeChartBuilder {
  private readonly options = new Map<string, unknown>();
  private readonly ranges: FakeRange[] = [];
  private type: ChartMade['type'] | undefined;
  private numHeaders: number | undefined;
  private anchor = { row: 1, col: 1 };
  asColumnChart(): this {
    this.type = 'column';
    return this;
  }
  asBarChart(): this {
    this.type = 'bar';
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.options.set(option, value);
    return this;
  }
  addRange(range: GasRange): this {
    this.ranges.push(range as unknown as FakeRange);
    return this;
  }
  setNumHeaders(headers: number): this {
    if (!Number.isInteger(headers) || headers < 0)
      throw new Error(`Invalid argument: headers (${headers})`);
    this.numHeaders = headers;
    return this;
  }
  setPosition(anchorRow: number, anchorCol: number, _offsetX: number, _offsetY: number): this {
    if (
      !Number.isInteger(anchorRow) ||
      anchorRow < 1 ||
      !Number.isInteger(anchorCol) ||
      anchorCol < 1
    )
      throw new Error(`Invalid argument: position (${anchorRow}, ${anchorCol})`);
    this.anchor = { row: anchorRow, col: anchorCol };
    return this;
  }
  build(): FakeChart {
    if (this.ranges.length === 0) throw new Error('A chart needs at least one range.');
    // Sheets' builder starts as a combo of whatever the data suggests; ours always choose.
    if (!this.type) throw new Error('A chart built without choosing its kind.');
    return new FakeChart({
      type: this.type,
      options: this.options,
      ranges: this.ranges,
      numHeaders: this.numHeaders,
      anchor: this.anchor,
    });
  }
}

/** A rich-text value as SpreadsheetApp.newRichTextValue() builds it: words, and their links. */
class FakeRichText {
  constructor(
    readonly text: string,
    readonly links: readonly string[],
  ) {}
}

class FakeRichTextBuilder {
  private text = '';
  private readonly links: string[] = [];
  setText(text: string): FakeRichTextBuilder {
    this.text = text;
    return this;
  }
  /** setLinkUrl(url) links all the text; setLinkUrl(start, end, url) a part of it. */
  setLinkUrl(...args: unknown[]): FakeRichTextBuilder {
    const url = args[args.length - 1];
    if (typeof url === 'string' && url) this.links.push(url);
    return this;
  }
  build(): FakeRichText {
    return new FakeRichText(this.text, [...this.links]);
  }
}
