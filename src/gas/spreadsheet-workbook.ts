import { setupText } from '../core/actions/setup/setup-text';
import { InputError } from '../core/kernel/errors';
import { asRead, sameCells, trimmed, writeBlocks } from '../core/workbook/cells';
import {
  type Cell,
  Formula,
  type TabContent,
  type TabInfo,
  type TabRender,
  type Value,
  type WorkbookPort,
  type WriteCell,
} from '../core/workbook/port';
import { OWN_PROTECTION_PREFIX } from '../core/workbook/protection';
import { DocumentProperties } from './document-properties';
import { asWritten, ensureSize, fingerprint, putCells, relink, widthOf } from './sheet-cells';
import { type Holds, SheetFormatter } from './sheet-formatting';
import { TabMaker } from './tab-maker';

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
    properties: GoogleAppsScript.Properties.Properties = PropertiesService.getDocumentProperties(),
  ) {
    this.props = new DocumentProperties(properties);
  }
  private readonly props: DocumentProperties;

  private keyCache: Record<string, number> | undefined;
  /**
   * What this execution knows a sheet holds: nothing (it inserted it), or exactly a render it
   * applied (a tab it shaped, and the copies made of it). Known sheets are asked nothing.
   */
  private readonly holds = new Map<Sheet, Exclude<Holds, 'unknown'>>();
  /** Each sheet's size, asked once per execution (only this adapter resizes meanwhile). */
  private readonly sizes = new Map<Sheet, { rows: number; cols: number }>();
  private readonly formatter = new SheetFormatter(() => this.fileEditors());
  private readonly tabMaker = new TabMaker(this.ss, () => this.index(), this.holds, this.sizes);
  private editorsCache: readonly string[] | undefined;
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

  /** The marks whose tab is gone (deleted by someone since the add-on made it). */
  missingTabs(): string[] {
    const present = new Set(this.index().byId.keys());
    return Object.entries(this.keys())
      .filter(([, id]) => !present.has(id))
      .map(([key]) => key);
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
    const holds = this.holds.get(sheet);
    if (holds) return { cells: holds === 'bare' ? [] : trimmed(asRead(holds.cells)) };
    const range = sheet.getDataRange();
    const values = range.getValues() as Value[][];
    const formulas = range.getFormulas();
    const content = {
      cells: trimmed(
        values.map((row, r) =>
          row.map((v, c) => {
            const text = formulas[r]?.[c];
            return text ? new Formula(text, v) : v;
          }),
        ),
      ),
    };
    this.readCache.set(name, content);
    return content;
  }

  ensureTab(name: string, key: string, like?: string): void {
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
      sheet = this.tabMaker.insert(name, like);
      index.order.push(sheet);
      this.hiddenCache.set(sheet, false);
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
      this.props.bookkeep(TAB_KEYS_PROPERTY, JSON.stringify(keys));
    }
  }

  private signatures(): Record<string, string> {
    return this.props.record(SIGNATURES_PROPERTY);
  }

  write(name: string, render: TabRender, previous?: TabContent): boolean {
    const sheet = this.sheet(name);
    const holds: Holds = this.holds.get(sheet) ?? 'unknown';
    const current =
      typeof holds === 'object'
        ? asRead(holds.cells)
        : ((previous ?? this.read(name))?.cells ?? []);
    const changed = !sameCells(current, render.cells);
    const signatures = this.signatures();
    const id = String([...this.index().byId].find(([, s]) => s === sheet)?.[0]);
    const signature = fingerprint(JSON.stringify({ ...render, cells: render.cells.length }));
    const restyle = signatures[id] !== signature;
    // A tab whose formats are all the render's loses the last render's first, number formats too.
    const cleared = restyle && render.ownsFormats === true && holds !== 'bare';
    if (cleared) sheet.clearFormats();
    const had: Holds = cleared ? 'unknown' : holds;
    if (restyle) {
      ensureSize(this.sizes, sheet, Math.max(render.cells.length, 1), widthOf(render.cells));
      this.formatter.numberFormats(sheet, render.styles ?? [], had);
    }
    if (changed) {
      this.readCache.delete(name);
      this.replaceCells(sheet, current, render.cells);
    }
    if (!changed && !restyle) return false;
    this.formatter.apply(sheet, render, had);
    if (render.hidden !== undefined && render.hidden !== this.isHidden(sheet)) {
      if (render.hidden) sheet.hideSheet();
      else sheet.showSheet();
      this.hiddenCache.set(sheet, render.hidden);
    }
    // The sheet now holds exactly this render, until something else writes to it.
    if (holds !== 'unknown') this.holds.set(sheet, render);
    signatures[id] = signature;
    this.props.bookkeep(SIGNATURES_PROPERTY, JSON.stringify(signatures));
    return changed;
  }

  private replaceCells(
    sheet: Sheet,
    current: readonly (readonly Cell[])[],
    cells: readonly (readonly WriteCell[])[],
  ): void {
    const rows = cells.length;
    const cols = cells.reduce((m, r) => Math.max(m, r.length), 0);
    ensureSize(this.sizes, sheet, Math.max(rows, 1), Math.max(cols, 1));
    // Only what changed is written: writing over a cell drops a link a PIC set on its words.
    for (const b of writeBlocks(current, cells)) {
      const block = Array.from({ length: b.rows }, (_, r) =>
        Array.from({ length: b.cols }, (_, c) => cells[b.row - 1 + r]?.[b.col - 1 + c] ?? ''),
      );
      sheet.getRange(b.row, b.col, b.rows, b.cols).setValues(block.map((r) => r.map(asWritten)));
      relink(sheet, b.row, b.col, block);
    }
    // What the tab held beyond the new content is cleared, in at most two calls.
    const oldRows = current.length;
    const oldCols = current[0]?.length ?? 0;
    if (oldRows > rows && oldCols > 0)
      sheet.getRange(rows + 1, 1, oldRows - rows, oldCols).clearContent();
    if (oldCols > cols && rows > 0)
      sheet.getRange(1, cols + 1, rows, oldCols - cols).clearContent();
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
    const sheet = this.sheet(name);
    this.holds.delete(sheet);
    putCells(sheet, row, col, cells);
  }

  /** writeCells on a sheet the caller already holds (the edit event's): no look-up by name. */
  writeCellsIn(sheet: Sheet, row: number, col: number, cells: readonly (readonly Cell[])[]): void {
    // Which name it has is not asked (a round trip): nothing read stays cached.
    this.readCache.clear();
    this.holds.delete(sheet);
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
    this.holds.delete(sheet);
    const cols = rows.reduce((m, r) => Math.max(m, r.length), 0);
    const first = sheet.getLastRow() + 1;
    ensureSize(this.sizes, sheet, first + rows.length - 1, cols);
    sheet
      .getRange(first, 1, rows.length, cols)
      .setValues(rows.map((r) => Array.from({ length: cols }, (_, c) => asWritten(r[c] ?? ''))));
  }

  preloadProperties(): Readonly<Record<string, string>> {
    return this.props.preload();
  }

  property(key: string): string | null {
    return this.props.get(key);
  }

  propertiesWithPrefix(prefix: string): Record<string, string> {
    return this.props.withPrefix(prefix);
  }

  deleteProperty(key: string): void {
    this.props.delete(key);
  }

  setProperty(key: string, value: string): void {
    this.props.set(key, value);
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
    this.editorsCache ??= this.ss.getEditors().map((u) => u.getEmail().toLowerCase());
    return this.editorsCache;
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
      return this.props.deferring(fn);
    } finally {
      lock.releaseLock();
    }
  }

  notify(message: string): void {
    this.ss.toast(message, 'SPBE', 5);
  }
}
