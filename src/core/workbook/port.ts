/**
 * The Workbook port: what setup, migration and rendering need from a spreadsheet, in coarse
 * batch operations (one read per tab, one write per tab), and nothing of Apps Script's types,
 * so that an in-memory workbook, Google Sheets and an .xlsx file can all stand behind it.
 */

/** What a cell shows: '' is blank; a string is always text, whatever it starts with. */
export type Value = string | number | boolean | Date;

/**
 * A formula in a cell: one the add-on writes on purpose, or one a read found. Only this
 * becomes a formula in a spreadsheet; a string is written as text in every implementation,
 * so a user's "=IMPORTXML(…)" copied into the Log or a snapshot stays words (R14). Turned
 * into text (String(), JSON) it gives its formula text, which is then written as text too.
 */
export class Formula {
  /** Makes the class nominal: no other object with a `text` passes for a formula. */
  declare private readonly brand: 'formula';
  constructor(
    /** The formula as written, starting with "=" (`;` between arguments). */
    readonly text: string,
    /** What the cell showed when it was read, where the reader knows it. */
    readonly value?: Value,
  ) {
    if (!text.startsWith('=')) throw new Error(`a formula starts with "=": ${text}`);
  }
  toString(): string {
    return this.text;
  }
  toJSON(): string {
    return this.text;
  }
}

/** A formula the add-on writes. */
export function formula(text: string): Formula {
  return new Formula(text);
}

export function isFormula(cell: unknown): cell is Formula {
  return cell instanceof Formula;
}

/** A cell as read or written: a value, or a formula. */
export type Cell = Value | Formula;

/**
 * Words carrying a link, as a PIC pastes one (rich text), to be written where a render moves
 * such a cell: writing the words alone would drop the link. Only renders hold these; a read
 * gives the words, and `richLinks` the link.
 */
export class LinkedText {
  declare private readonly brand: 'linked';
  constructor(
    readonly text: string,
    readonly link: string,
  ) {}
  toString(): string {
    return this.text;
  }
  toJSON(): string {
    return this.text;
  }
}

/** What a render may write into a cell. */
export type WriteCell = Cell | LinkedText;

/** 1-based rectangle. */
export interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface TabInfo {
  readonly name: string;
  readonly hidden: boolean;
  /** The add-on's own mark on a tab (developer metadata in Sheets), kept when users rename it. */
  readonly key?: string;
}

/** A tab's content from A1: formulas where a cell has one, values elsewhere. */
export interface TabContent {
  readonly cells: readonly (readonly Cell[])[];
  /**
   * Merged cells, where the reader knows them (the .xlsx reader does; asking Sheets would be
   * one more round trip per read): only the top-left cell of each holds a value.
   */
  readonly merged?: readonly Box[];
}

export type ValidationSpec =
  | { readonly kind: 'list'; readonly values: readonly string[]; readonly help: string }
  | {
      /** 'wholeNumber': a whole number; 'number': any number (a Pemdi value such as 2,5). */
      readonly kind: 'wholeNumber' | 'number';
      readonly min: number;
      readonly max: number;
      readonly help: string;
    }
  | { readonly kind: 'text'; readonly maxLength: number; readonly help: string };

/** Highlights a range where a formula (relative to the range's top-left cell) is true. */
export interface ConditionalRuleSpec {
  readonly ranges: readonly Box[];
  readonly formula: string;
  readonly background: string;
  readonly fontColor?: string;
}

export interface StyleSpec {
  readonly range: Box;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly background?: string;
  readonly fontColor?: string;
  readonly wrap?: boolean;
  readonly fontSize?: number;
  /** A Sheets number format, e.g. "0%". */
  readonly numberFormat?: string;
}

/**
 * Who may edit: the tab is editable by `editors` only, except `openRanges`, editable by the
 * editors listed with each. Protection stops edits, never reading.
 */
export interface ProtectionSpec {
  readonly description: string;
  readonly editors: readonly string[];
  readonly openRanges: readonly {
    readonly range: Box;
    readonly editors: readonly string[];
    readonly description: string;
  }[];
}

/** A column chart: the first range holds the category labels, each other range one series. */
export interface ChartSpec {
  readonly title: string;
  readonly ranges: readonly Box[];
  readonly anchor: { readonly row: number; readonly col: number };
  /** Bars across, the categories down the side (long names read better so). */
  readonly bars?: boolean;
  /** Each range's first row names its series (the legend), rather than holding data. */
  readonly namedSeries?: boolean;
  /** The series' colours, in order. */
  readonly colours?: readonly string[];
  /** The value axis runs from 0 to this, so that charts made on different days compare. */
  readonly axisMax?: number;
  /** In pixels, where it must fit a printed page. */
  readonly size?: { readonly width: number; readonly height: number };
}

/** Everything the add-on owns on one tab, written in one batch. */
/** How a tab prints (an .xlsx carries it; Apps Script offers no print settings to set). */
interface PrintSpec {
  readonly landscape: boolean;
  /** One page wide, as many pages long as it takes. */
  readonly fitToWidth: boolean;
  /** Header rows repeated on every page. */
  readonly repeatRows: number;
}

export interface TabRender {
  readonly cells: readonly (readonly WriteCell[])[];
  readonly frozenRows?: number;
  /** Columns kept in view at the left while scrolling right. */
  readonly frozenColumns?: number;
  readonly print?: PrintSpec;
  readonly hidden?: boolean;
  readonly columnWidths?: readonly number[];
  readonly styles?: readonly StyleSpec[];
  readonly validations?: readonly { readonly range: Box; readonly rule: ValidationSpec }[];
  /** Replaces the add-on's own rules on the tab; a user's own rules stay. */
  readonly conditionalRules?: readonly ConditionalRuleSpec[];
  readonly protection?: ProtectionSpec;
  readonly charts?: readonly ChartSpec[];
  /** False hides the grid, for a tab read as a page (Sheets; an .xlsx keeps its grid). */
  readonly gridlines?: boolean;
  /**
   * Every format on the tab is this render's: a restyle starts from none. For a tab whose
   * rows change meaning with the data (the Laporan), where a style left by the last render
   * would mark the wrong row.
   */
  readonly ownsFormats?: boolean;
}

export interface WorkbookPort {
  tabs(): readonly TabInfo[];
  /**
   * The current name of the tab marked `key`, else of the tab called `name`, else undefined.
   * Cheap when the tab is where it was left (an implementation looks there first).
   */
  tabName(key: string, name: string): string | undefined;
  /** The whole tab, or undefined when there is no such tab. */
  read(name: string): TabContent | undefined;
  /**
   * Makes sure a tab marked `key` exists and is called `name`: finds it by its mark (a user
   * may have renamed it), else by name, else creates it; then marks and renames it. A tab it
   * creates may start as a copy of the tab called `like`, which the next write shapes
   * (a Sheets adapter then sets only what differs: many OPD tabs cost one tab's formatting).
   */
  ensureTab(name: string, key: string, like?: string): void;
  /**
   * Writes the content when it differs from what the tab holds, and reapplies what the add-on
   * owns (formats, validation, its own conditional rules, protection). True when cells changed.
   */
  write(name: string, render: TabRender, previous?: TabContent): boolean;
  /**
   * Links of a column's cells that are rich-text links (text whose link is not visible in the
   * value), by sheet row. Plain text and HYPERLINK formulas come with `read`.
   */
  richLinks(name: string, col: number): ReadonlyMap<number, readonly string[]>;
  /** The address a HYPERLINK formula uses to jump to a cell of a tab ("#gid=…&range=F5"). */
  linkTo(name: string, a1: string): string;
  /** Writes a block of cells at (row, col), as the acting user: protection applies. */
  writeCells(name: string, row: number, col: number, cells: readonly (readonly Cell[])[]): void;
  /** The last row holding anything (0 for an empty or missing tab): cheaper than a read. */
  lastRow(name: string): number;
  /** Appends rows below the last row with content (the Log). */
  append(name: string, rows: readonly (readonly Cell[])[]): void;
  property(key: string): string | null;
  setProperty(key: string, value: string): void;
  /** Every property whose key starts with `prefix`. */
  propertiesWithPrefix(prefix: string): Record<string, string>;
  deleteProperty(key: string): void;
  /** The signed-in user running the action ('' when unknown). */
  userEmail(): string;
  /**
   * Whether the user may change the add-on's protection of a tab (true when it has none):
   * only someone listed on a protection may read or change its editors.
   */
  mayEditProtection(tab: string): boolean;
  /** Everyone who may edit the file (owner and editors), or undefined where unknown (.xlsx). */
  fileEditors(): readonly string[] | undefined;
  /** Runs fn holding the document lock, or throws a message when another run holds it. */
  withLock<T>(fn: () => T): T;
  /** Short progress message (a toast in Sheets). */
  notify(message: string): void;
}
