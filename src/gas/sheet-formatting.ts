import { a1 } from '../core/workbook/a1';
import { OWNED_RULE_COLOURS } from '../core/workbook/palette';
import type {
  Box,
  ChartSpec,
  ConditionalRuleSpec,
  ProtectionSpec,
  StyleSpec,
  TabRender,
  ValidationSpec,
} from '../core/workbook/port';
import { OWN_PROTECTION_PREFIX } from '../core/workbook/protection';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * What a sheet holds before a write, as far as this execution knows: nothing (it inserted
 * the sheet), exactly a render it applied (a copy of a tab it shaped), or unknown (ask).
 */
export type Holds = 'bare' | 'unknown' | TabRender;

function same(a: unknown, b: unknown): boolean {
  return b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

function alreadyThere(
  holds: Holds,
  spec: StyleSpec,
  of: (r: TabRender) => readonly StyleSpec[] | undefined,
): boolean {
  return typeof holds === 'object' && (of(holds) ?? []).some((s) => same(s, spec));
}

/** Rows a template validated below this tab's last validated row lose their rules. */
function clearBelow(
  sheet: Sheet,
  ours: readonly { range: Box }[],
  theirs: readonly { range: Box }[],
): void {
  const bottom = (specs: readonly { range: Box }[]) =>
    Math.max(0, ...specs.map((s) => s.range.row + s.range.rows - 1));
  const right = Math.max(1, ...theirs.map((s) => s.range.col + s.range.cols - 1));
  const from = bottom(ours) + 1;
  const to = bottom(theirs);
  if (to >= from) sheet.getRange(from, 1, to - from + 1, right).clearDataValidations();
}

/**
 * Applies what a tab render asks besides its cells (formats, widths, validation, rules,
 * protection, charts) in as few round trips as Apps Script allows (issue #15): one call per
 * distinct format over all its ranges (a RangeList), one per run of equal column widths,
 * validation rules built once per execution and put in one grid where they do not depend on
 * their cell, the file's editors asked once. A sheet this execution inserted is known to be
 * bare, so nothing is asked of it.
 */
export class SheetFormatter {
  private readonly rules = new Map<string, DataValidation>();
  private me: string | undefined;
  private fileEditors: readonly string[] | undefined;
  private domainEditable: boolean | undefined;

  constructor(private readonly editorsOfFile: () => readonly string[]) {}

  /** Plain-text and number formats: before the values, or the values would be read as typed. */
  numberFormats(sheet: Sheet, styles: readonly StyleSpec[], holds: Holds): void {
    const byFormat = new Map<string, Box[]>();
    for (const s of styles)
      if (s.numberFormat !== undefined && !alreadyThere(holds, s, (r) => r.styles))
        byFormat.set(s.numberFormat, [...(byFormat.get(s.numberFormat) ?? []), s.range]);
    for (const [format, boxes] of byFormat) ranges(sheet, boxes).setNumberFormat(format);
  }

  apply(sheet: Sheet, render: TabRender, holds: Holds): void {
    // A range asked for twice (a rule and a protection over one column) is one call.
    this.known = new Map();
    this.applyTo(sheet, render, holds);
  }

  private known = new Map<string, Range>();

  /** One call per range per tab written. */
  private range(sheet: Sheet, box: Box): Range {
    const key = `${box.row}:${box.col}:${box.rows}:${box.cols}`;
    let range = this.known.get(key);
    if (!range) {
      range = rangeOf(sheet, box);
      this.known.set(key, range);
    }
    return range;
  }

  private applyTo(sheet: Sheet, render: TabRender, holds: Holds): void {
    const was = typeof holds === 'object' ? holds : undefined;
    const frozen = (wanted: number | undefined, had: number | undefined, ask: () => number) => {
      if (wanted === undefined) return false;
      const now = holds === 'bare' ? 0 : was ? (had ?? 0) : ask();
      return now !== wanted;
    };
    if (frozen(render.frozenRows, was?.frozenRows, () => sheet.getFrozenRows()))
      sheet.setFrozenRows(render.frozenRows ?? 0);
    if (frozen(render.frozenColumns, was?.frozenColumns, () => sheet.getFrozenColumns()))
      sheet.setFrozenColumns(render.frozenColumns ?? 0);
    if (render.columnWidths) columnWidths(sheet, render.columnWidths, was?.columnWidths);
    const at = (box: Box) => this.range(sheet, box);
    if (render.styles)
      styles(
        sheet,
        render.styles.filter((s) => !alreadyThere(holds, s, (r) => r.styles)),
        at,
      );
    if (render.validations && !same(render.validations, was?.validations)) {
      if (was?.validations) clearBelow(sheet, render.validations, was.validations);
      this.validations(sheet, render.validations);
    }
    // A copy holds only the rules this adapter gave its template: all of them are replaced.
    if (render.conditionalRules && !same(render.conditionalRules, was?.conditionalRules))
      conditionalRules(sheet, render.conditionalRules, holds !== 'unknown', at);
    // A copy was emptied of its template's protection (insertShaped): like a bare sheet.
    const unprotected = holds === 'bare' || (was !== undefined && !was.protection);
    if (render.protection) this.protection(sheet, render.protection, unprotected);
    if (render.charts) charts(sheet, render.charts, holds === 'bare', at);
    if (render.gridlines !== undefined && render.gridlines !== was?.gridlines)
      sheet.setHiddenGridlines(!render.gridlines);
  }

  /** A rule for a range whose top-left cell is `at`, built once per execution. */
  private rule(spec: ValidationSpec, at: Box): DataValidation {
    const cell = a1({ ...at, rows: 1, cols: 1 });
    // Custom formulas name their top-left cell; list and number rules fit any cell.
    const key = JSON.stringify(spec) + (dependsOnCell(spec) ? cell : '');
    const known = this.rules.get(key);
    if (known) return known;
    const built = buildRule(spec, cell);
    this.rules.set(key, built);
    return built;
  }

  /**
   * Rules that fit any cell go in one grid over their bounding box; rules whose formula names
   * their cell follow, one call per range (they would need one builder per cell in a grid).
   */
  private validations(sheet: Sheet, specs: readonly { range: Box; rule: ValidationSpec }[]): void {
    const anyCell = specs.filter((s) => !dependsOnCell(s.rule));
    if (anyCell.length > 0) {
      const top = Math.min(...anyCell.map((s) => s.range.row));
      const left = Math.min(...anyCell.map((s) => s.range.col));
      const bottom = Math.max(...anyCell.map((s) => s.range.row + s.range.rows - 1));
      const right = Math.max(...anyCell.map((s) => s.range.col + s.range.cols - 1));
      const grid: (DataValidation | null)[][] = Array.from({ length: bottom - top + 1 }, () =>
        Array<DataValidation | null>(right - left + 1).fill(null),
      );
      for (const s of anyCell) {
        const rule = this.rule(s.rule, s.range);
        for (let r = 0; r < s.range.rows; r++)
          for (let c = 0; c < s.range.cols; c++) {
            const row = grid[s.range.row - top + r];
            if (row) row[s.range.col - left + c] = rule;
          }
      }
      sheet.getRange(top, left, grid.length, right - left + 1).setDataValidations(grid);
    }
    for (const s of specs.filter((x) => dependsOnCell(x.rule)))
      this.range(sheet, s.range).setDataValidation(this.rule(s.rule, s.range));
  }

  private protection(sheet: Sheet, spec: ProtectionSpec, bare: boolean): void {
    this.me ??= Session.getEffectiveUser().getEmail().toLowerCase();
    if (!bare) removeOurProtections(sheet, spec);
    const open = spec.openRanges.map((o) => ({ ...o, r: this.range(sheet, o.range) }));
    const protection = sheet.protect().setDescription(spec.description);
    this.restrict(protection, spec.editors);
    protection.setUnprotectedRanges(open.map((o) => o.r));
    for (const o of open) this.restrict(o.r.protect().setDescription(o.description), o.editors);
  }

  /**
   * A new protection mirrors the file's permissions until its editors change: whoever may edit
   * the file and is not wanted is removed, from the file's editors asked once per execution.
   */
  private restrict(
    protection: GoogleAppsScript.Spreadsheet.Protection,
    editors: readonly string[],
  ): void {
    const wanted = [
      ...new Set([...editors, this.me ?? ''].filter(Boolean).map((e) => e.toLowerCase())),
    ];
    protection.addEditors(wanted);
    this.fileEditors ??= this.editorsOfFile();
    const others = this.fileEditors.filter((e) => !wanted.includes(e));
    if (others.length > 0) protection.removeEditors(others);
    // Every new protection mirrors the same file: whether its domain may edit is asked once.
    this.domainEditable ??= protection.canDomainEdit();
    if (this.domainEditable) protection.setDomainEdit(false);
  }
}

function dependsOnCell(spec: ValidationSpec): boolean {
  return spec.kind === 'text' || spec.kind === 'wholeNumber';
}

function buildRule(spec: ValidationSpec, cell: string): DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(false).setHelpText(spec.help);
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

function rangeOf(sheet: Sheet, box: Box): Range {
  return sheet.getRange(box.row, box.col, box.rows, box.cols);
}

/** One range, or a RangeList when there are several: either way one call. */
interface Formattable {
  setNumberFormat(format: string): unknown;
  setFontWeight(weight: GoogleAppsScript.Spreadsheet.FontWeight): unknown;
  setFontStyle(style: GoogleAppsScript.Spreadsheet.FontStyle): unknown;
  setBackground(color: string): unknown;
  setFontColor(color: string): unknown;
  setWrap(wrap: boolean): unknown;
  setFontSize(size: number): unknown;
}

type RangeAt = (box: Box) => Range;

function ranges(
  sheet: Sheet,
  boxes: readonly Box[],
  at: RangeAt = (b) => rangeOf(sheet, b),
): Formattable {
  const [only] = boxes;
  if (boxes.length === 1 && only) return at(only);
  return sheet.getRangeList(boxes.map(a1));
}

/** One call per run of neighbouring columns of the same width; none for a width already set. */
function columnWidths(sheet: Sheet, widths: readonly number[], had?: readonly number[]): void {
  let start = 0;
  while (start < widths.length) {
    const width = widths[start] as number;
    let end = start + 1;
    while (end < widths.length && widths[end] === width && had?.[end] !== width) end++;
    if (had?.[start] === width) {
      start += 1;
      continue;
    }
    if (end - start === 1) sheet.setColumnWidth(start + 1, width);
    else sheet.setColumnWidths(start + 1, end - start, width);
    start = end;
  }
}

/**
 * One call per distinct format, over every range that has it; when two styles give one cell
 * different values of a format, they are applied one by one, in order, as written.
 */
function styles(sheet: Sheet, specs: readonly StyleSpec[], at: RangeAt): void {
  if (conflicting(specs)) {
    for (const s of specs) styles(sheet, [s], at);
    return;
  }
  const groups = new Map<string, { set: (r: ReturnType<typeof ranges>) => void; boxes: Box[] }>();
  const add = (key: string, set: (r: ReturnType<typeof ranges>) => void, box: Box) => {
    const group = groups.get(key) ?? { set, boxes: [] };
    group.boxes.push(box);
    groups.set(key, group);
  };
  for (const s of specs) {
    const { bold, italic, background, fontColor, wrap, fontSize } = s;
    if (bold !== undefined)
      add(`b${bold}`, (r) => r.setFontWeight(bold ? 'bold' : 'normal'), s.range);
    if (italic !== undefined)
      add(`i${italic}`, (r) => r.setFontStyle(italic ? 'italic' : 'normal'), s.range);
    if (background !== undefined)
      add(`g${background}`, (r) => r.setBackground(background), s.range);
    if (fontColor !== undefined) add(`c${fontColor}`, (r) => r.setFontColor(fontColor), s.range);
    if (wrap !== undefined) add(`w${wrap}`, (r) => r.setWrap(wrap), s.range);
    if (fontSize !== undefined) add(`s${fontSize}`, (r) => r.setFontSize(fontSize), s.range);
  }
  for (const { set, boxes } of groups.values()) set(ranges(sheet, boxes, at));
}

const FORMAT_KEYS = ['bold', 'italic', 'background', 'fontColor', 'wrap', 'fontSize'] as const;

function overlaps(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

function conflicting(specs: readonly StyleSpec[]): boolean {
  return specs.some((a, i) =>
    specs
      .slice(i + 1)
      .some(
        (b) =>
          overlaps(a.range, b.range) &&
          FORMAT_KEYS.some((k) => a[k] !== undefined && b[k] !== undefined && a[k] !== b[k]),
      ),
  );
}

/** setConditionalFormatRules replaces every rule: keep the user's, replace the add-on's own. */
function conditionalRules(
  sheet: Sheet,
  specs: readonly ConditionalRuleSpec[],
  bare: boolean,
  at: RangeAt,
): void {
  const kept = bare
    ? []
    : sheet.getConditionalFormatRules().filter((rule) => {
        const background = rule.getBooleanCondition()?.getBackground()?.toLowerCase() ?? '';
        return !OWNED_RULE_COLOURS.includes(background);
      });
  const ours = specs.map((spec) => {
    const builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setBackground(spec.background)
      .setRanges(spec.ranges.map(at));
    return (spec.fontColor ? builder.setFontColor(spec.fontColor) : builder).build();
  });
  sheet.setConditionalFormatRules([...kept, ...ours]);
}

/**
 * Ours carry the description prefix; one without description over exactly one of our ranges
 * is ours too, left by a run that died between protect() and setDescription().
 */
function removeOurProtections(sheet: Sheet, spec: ProtectionSpec): void {
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
}

function charts(sheet: Sheet, specs: readonly ChartSpec[], bare: boolean, at: RangeAt): void {
  const titles = new Set(specs.map((s) => s.title));
  if (!bare)
    for (const chart of sheet.getCharts()) {
      if (titles.has(String(chart.getOptions().get('title')))) sheet.removeChart(chart);
    }
  for (const spec of specs) {
    const kind = spec.bars ? sheet.newChart().asBarChart() : sheet.newChart().asColumnChart();
    let builder = kind.setOption('title', spec.title);
    for (const b of spec.ranges) builder = builder.addRange(at(b));
    if (spec.namedSeries) builder = builder.setNumHeaders(1);
    if (spec.colours) builder = builder.setOption('colors', [...spec.colours]);
    // The value axis is the horizontal one of a bar chart.
    if (spec.axisMax !== undefined)
      builder = builder.setOption(spec.bars ? 'hAxis' : 'vAxis', {
        viewWindow: { min: 0, max: spec.axisMax },
      });
    if (spec.size)
      builder = builder.setOption('width', spec.size.width).setOption('height', spec.size.height);
    sheet.insertChart(builder.setPosition(spec.anchor.row, spec.anchor.col, 0, 0).build());
  }
}
