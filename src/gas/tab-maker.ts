import type { Holds } from './sheet-formatting';
import type { Sheet } from './spreadsheet-workbook';

/** The passing name of a tab while it is copied from another (see shaped). */
const COPY_PREFIX = 'SPBE sedang menyiapkan · ';

interface SheetIndex {
  byId: Map<number, Sheet>;
  byName: Map<string, Sheet>;
  order: Sheet[];
}

/**
 * Makes the workbook's new tabs: a copy of a tab this run shaped when there is one (formats,
 * validations and widths come along in one call), else a bare tab; and, once per run, deletes
 * the half-made copies an earlier run left behind.
 */
export class TabMaker {
  private leftoversGone = false;
  private copiesRefused = false;

  constructor(
    private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly index: () => SheetIndex,
    private readonly holds: Map<Sheet, Exclude<Holds, 'unknown'>>,
    private readonly sizes: Map<Sheet, { rows: number; cols: number }>,
  ) {}

  /** A new tab named `name`, shaped like `like` when this run knows what `like` holds. */
  insert(name: string, like: string | undefined): Sheet {
    if (!this.leftoversGone) {
      this.leftoversGone = true;
      this.deleteLeftovers();
    }
    return this.shaped(name, this.index().order.length, like) ?? this.bare(name);
  }

  private bare(name: string): Sheet {
    const sheet = this.ss.insertSheet(name, this.index().order.length);
    this.holds.set(sheet, 'bare');
    return sheet;
  }

  /**
   * A new tab as a copy of `like`, when this run shaped `like` and so knows what it holds. The
   * copy is made under a passing name, emptied of the template's values and protection, and
   * only then named and marked: a run that dies half-way leaves no tab holding another OPD's
   * rows under this one's name (the next run deletes the leftover). When the copied
   * protection may not be removed (only the file's owner may), the copy goes and a bare tab
   * is made instead.
   */
  private shaped(name: string, at: number, like: string | undefined): Sheet | undefined {
    const template = like === undefined ? undefined : this.index().byName.get(like);
    const shaped = template ? this.holds.get(template) : undefined;
    if (!template || typeof shaped !== 'object' || this.copiesRefused) return undefined;
    const copy = this.ss.insertSheet(`${COPY_PREFIX}${name}`, at, { template });
    try {
      for (const p of [
        ...copy.getProtections(SpreadsheetApp.ProtectionType.SHEET),
        ...copy.getProtections(SpreadsheetApp.ProtectionType.RANGE),
      ])
        p.remove();
      copy.clearContents();
    } catch {
      // Whatever stopped this copy would stop the next: the rest of the run makes bare tabs.
      this.copiesRefused = true;
      this.ss.deleteSheet(copy);
      return undefined;
    }
    copy.setName(name);
    const { protection: _, ...formats } = shaped;
    this.holds.set(copy, { ...formats, cells: [] });
    const size = this.sizes.get(template);
    if (size) this.sizes.set(copy, size);
    return copy;
  }

  /** Copies a run left half-made (it died between copying and naming one): nobody used them. */
  private deleteLeftovers(): void {
    const index = this.index();
    for (const [n, sheet] of [...index.byName]) {
      if (!n.startsWith(COPY_PREFIX)) continue;
      this.ss.deleteSheet(sheet);
      index.byName.delete(n);
      index.order.splice(index.order.indexOf(sheet), 1);
      for (const [id, s] of index.byId) if (s === sheet) index.byId.delete(id);
    }
  }
}
