import { InputError } from '../../src/core/kernel/errors';
import { asRead, sameCell, sameCells, trimmed } from '../../src/core/workbook/cells';
import { OWNED_RULE_COLOURS } from '../../src/core/workbook/palette';
import {
  type Box,
  type Cell,
  type ChartSpec,
  type ConditionalRuleSpec,
  LinkedText,
  type ProtectionSpec,
  type StyleSpec,
  type TabContent,
  type TabInfo,
  type TabRender,
  type ValidationSpec,
  type WorkbookPort,
} from '../../src/core/workbook/port';
import { InProcessLock } from '../../src/xlsx/in-process-lock';

/**
 * A workbook held in memory behind the Workbook port: what core tests run on. Reads trim to
 * the last row and column with content, as Sheets' data range does.
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
  readonly toasts: string[] = [];
  private readonly lock = new InProcessLock();

  constructor(public user = 'admin@example.org') {}

  tab(name: string): MemoryTab {
    const tab = this.tabList.find((t) => t.name === name);
    if (!tab) throw new Error(`no tab ${name}`);
    return tab;
  }

  tabName(key: string, name: string): string | undefined {
    const tabs = this.tabs();
    return (tabs.find((t) => t.key === key) ?? tabs.find((t) => t.name === name))?.name;
  }

  tabs(): readonly TabInfo[] {
    return this.tabList.map((t) => ({
      name: t.name,
      hidden: t.hidden,
      ...(t.key ? { key: t.key } : {}),
    }));
  }

  read(name: string): TabContent | undefined {
    const tab = this.tabList.find((t) => t.name === name);
    return tab ? { cells: trimmed(tab.cells) } : undefined;
  }

  ensureTab(name: string, key: string): void {
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
    const tab = this.tab(name);
    const changed = !sameCells(tab.cells, render.cells);
    if (changed) {
      // A cell written over loses its link, as in Sheets; linked words written carry theirs.
      const links = this.links.get(name) ?? new Map<string, string[]>();
      this.links.set(name, links);
      render.cells.forEach((row, r) => {
        row.forEach((cell, c) => {
          const at = `${r + 1}:${c + 1}`;
          if (cell instanceof LinkedText) links.set(at, [cell.link]);
          else if (!sameCell(tab.cells[r]?.[c] ?? '', cell)) links.delete(at);
        });
      });
      tab.cells = asRead(render.cells);
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
    const out = new Map<number, string[]>();
    for (const [at, urls] of this.links.get(name) ?? []) {
      const [r, c] = at.split(':').map(Number);
      if (c === col && r !== undefined) out.set(r, urls);
    }
    return out;
  }

  writeCells(name: string, row: number, col: number, cells: readonly (readonly Cell[])[]): void {
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
    const tab = this.tabList.find((t) => t.name === name);
    return tab ? trimmed(tab.cells).length : 0;
  }

  append(name: string, rows: readonly (readonly Cell[])[]): void {
    const tab = this.tab(name);
    tab.cells = [...trimmed(tab.cells).map((r) => [...r]), ...rows.map((r) => [...r])];
  }

  property(key: string): string | null {
    return this.properties.get(key) ?? null;
  }

  propertiesWithPrefix(prefix: string): Record<string, string> {
    return Object.fromEntries([...this.properties].filter(([k]) => k.startsWith(prefix)));
  }

  deleteProperty(key: string): void {
    this.properties.delete(key);
  }

  setProperty(key: string, value: string): void {
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
