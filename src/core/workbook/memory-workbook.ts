import { InputError } from '../errors';
import { InProcessLock } from './in-process-lock';
import { OWNED_RULE_COLOURS } from './palette';
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
} from './port';

/**
 * A workbook held in memory behind the Workbook port: what core tests run on, and what the
 * offline tools fill before writing a file. Reads trim to the last row and column with
 * content, as Sheets' data range does. It counts every port call.
 */
export interface MemoryTab {
  name: string;
  key?: string;
  hidden: boolean;
  cells: Cell[][];
  frozenRows: number;
  columnWidths: readonly number[];
  styles: readonly StyleSpec[];
  validations: readonly { range: Box; rule: ValidationSpec }[];
  conditionalRules: ConditionalRuleSpec[];
  protection?: ProtectionSpec;
  charts: readonly ChartSpec[];
}

export class MemoryWorkbook implements WorkbookPort {
  readonly tabList: MemoryTab[] = [];
  readonly properties = new Map<string, string>();
  readonly calls = new Map<string, number>();
  readonly toasts: string[] = [];
  private readonly lock = new InProcessLock();

  constructor(public user = 'admin@example.org') {}

  private count(name: string): void {
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
  }

  tab(name: string): MemoryTab {
    const tab = this.tabList.find((t) => t.name === name);
    if (!tab) throw new Error(`no tab ${name}`);
    return tab;
  }

  tabs(): readonly TabInfo[] {
    this.count('tabs');
    return this.tabList.map((t) => ({
      name: t.name,
      hidden: t.hidden,
      ...(t.key ? { key: t.key } : {}),
    }));
  }

  read(name: string): TabContent | undefined {
    this.count('read');
    const tab = this.tabList.find((t) => t.name === name);
    return tab ? { cells: trimmed(tab.cells) } : undefined;
  }

  ensureTab(name: string, key: string): void {
    this.count('ensureTab');
    let tab = this.tabList.find((t) => t.key === key) ?? this.tabList.find((t) => t.name === name);
    if (!tab) {
      tab = {
        name,
        hidden: false,
        cells: [],
        frozenRows: 0,
        columnWidths: [],
        styles: [],
        validations: [],
        conditionalRules: [],
        charts: [],
      };
      this.tabList.push(tab);
    }
    if (tab.name !== name && this.tabList.some((t) => t !== tab && t.name === name)) {
      throw new InputError(
        `Tab '${name}' sudah ada. Ganti nama tab itu atau pilih nama lain di daftar OPD.`,
      );
    }
    tab.name = name;
    tab.key = key;
  }

  write(name: string, render: TabRender): boolean {
    this.count('write');
    const tab = this.tab(name);
    const changed = !sameCells(tab.cells, render.cells);
    if (changed) {
      this.count('write.cells');
      tab.cells = render.cells.map((row) => [...row]);
    }
    // What a render leaves out stays as it was, as in Sheets.
    if (render.hidden !== undefined) tab.hidden = render.hidden;
    if (render.frozenRows !== undefined) tab.frozenRows = render.frozenRows;
    if (render.columnWidths) tab.columnWidths = render.columnWidths;
    if (render.styles) tab.styles = render.styles;
    if (render.validations) tab.validations = render.validations;
    if (render.conditionalRules) {
      const userRules = tab.conditionalRules.filter(
        (r) => !OWNED_RULE_COLOURS.includes(r.background),
      );
      tab.conditionalRules = [...userRules, ...render.conditionalRules];
    }
    if (render.protection) tab.protection = render.protection;
    if (render.charts) tab.charts = render.charts;
    return changed;
  }

  /** Rich-text links by tab, then "row:col" (what a user pasted as a link on text). */
  readonly links = new Map<string, Map<string, string[]>>();

  richLinks(name: string, col: number): ReadonlyMap<number, readonly string[]> {
    this.count('richLinks');
    const out = new Map<number, string[]>();
    for (const [at, urls] of this.links.get(name) ?? []) {
      const [r, c] = at.split(':').map(Number);
      if (c === col && r !== undefined) out.set(r, urls);
    }
    return out;
  }

  writeCells(name: string, row: number, col: number, cells: readonly (readonly Cell[])[]): void {
    this.count('writeCells');
    const tab = this.tab(name);
    cells.forEach((values, r) => {
      values.forEach((value, c) => {
        while (tab.cells.length < row + r) tab.cells.push([]);
        const target = tab.cells[row + r - 1] as Cell[];
        while (target.length < col + c) target.push('');
        target[col + c - 1] = value;
      });
    });
  }

  linkTo(name: string, a1: string): string {
    return `#tab=${encodeURIComponent(name)}&range=${a1}`;
  }

  lastRow(name: string): number {
    this.count('lastRow');
    const tab = this.tabList.find((t) => t.name === name);
    return tab ? trimmed(tab.cells).length : 0;
  }

  append(name: string, rows: readonly (readonly Cell[])[]): void {
    this.count('append');
    const tab = this.tab(name);
    tab.cells = [...trimmed(tab.cells).map((r) => [...r]), ...rows.map((r) => [...r])];
  }

  property(key: string): string | null {
    this.count('property');
    return this.properties.get(key) ?? null;
  }

  propertiesWithPrefix(prefix: string): Record<string, string> {
    this.count('propertiesWithPrefix');
    return Object.fromEntries([...this.properties].filter(([k]) => k.startsWith(prefix)));
  }

  deleteProperty(key: string): void {
    this.count('deleteProperty');
    this.properties.delete(key);
  }

  setProperty(key: string, value: string): void {
    this.count('setProperty');
    this.properties.set(key, value);
  }

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
    this.toasts.push(message);
  }
}

function isEmpty(cell: Cell | undefined): boolean {
  return cell === undefined || cell === '';
}

/** The cells up to the last row and column holding anything, each row padded to that width. */
export function trimmed(cells: readonly (readonly Cell[])[]): Cell[][] {
  let rows = cells.length;
  while (rows > 0 && (cells[rows - 1] ?? []).every(isEmpty)) rows -= 1;
  let cols = 0;
  for (let r = 0; r < rows; r++) {
    const row = cells[r] ?? [];
    for (let c = row.length; c > cols; c--) if (!isEmpty(row[c - 1])) cols = c;
  }
  return cells.slice(0, rows).map((row) => Array.from({ length: cols }, (_, c) => row[c] ?? ''));
}

export function sameCells(
  a: readonly (readonly Cell[])[],
  b: readonly (readonly Cell[])[],
): boolean {
  const x = trimmed(a);
  const y = trimmed(b);
  if (x.length !== y.length) return false;
  return x.every((row, r) => {
    const other = y[r] ?? [];
    return row.length === other.length && row.every((cell, c) => sameCell(cell, other[c] ?? ''));
  });
}

function sameCell(a: Cell, b: Cell): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b;
}
