import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../src/cli/csv';

/**
 * LibreOffice Calc, headless, as a real spreadsheet engine that recalculates our formulas.
 * Each run gets its own profile folder (two runs sharing one would block each other). Under
 * CI a missing LibreOffice fails the tests (.ci/run installs it); elsewhere they are skipped.
 */
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
if (!SOFFICE && process.env.CI)
  throw new Error(
    'LibreOffice is missing: .ci/run installs it (apt-get install libreoffice-calc).',
  );
if (!SOFFICE)
  console.warn('LibreOffice tests skipped: soffice not found (apt-get install libreoffice-calc).');

export const describeWithLibreOffice = SOFFICE ? describe : describe.skip;

/**
 * Runs LibreOffice headless on a profile folder of its own (two runs sharing one would block
 * each other), removed afterwards; a failure says what LibreOffice printed.
 */
function withCalc<T>(
  work: (calc: (args: readonly string[], timeoutMs?: number) => void, profile: string) => T,
): T {
  const profile = mkdtempSync(path.join(tmpdir(), 'spbe-lo-'));
  const calc = (args: readonly string[], timeoutMs = 180_000) => {
    try {
      execFileSync(
        SOFFICE as string,
        [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args],
        { stdio: 'pipe', timeout: timeoutMs },
      );
    } catch (error) {
      const e = error as { stdout?: Buffer; stderr?: Buffer; message: string };
      throw new Error(
        `LibreOffice failed (${args.join(' ')}): ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`,
      );
    }
  };
  try {
    return work(calc, profile);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Opens `file`, recalculates every formula, and returns each sheet's values as CSV rows
 * (sheet name → rows of cell texts, numbers in the "1.23" form).
 */
export function recalculatedSheets(
  file: string,
  sheets: readonly string[],
): Map<string, string[][]> {
  return withCalc((calc) => {
    const out = mkdtempSync(path.join(tmpdir(), 'spbe-csv-'));
    try {
      // Comma separated, UTF-8 (76), every sheet (-1), values as shown but unformatted numbers.
      calc([
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        out,
        file,
      ]);
      const base = path.basename(file).replace(/\.xlsx$/i, '');
      return new Map(
        sheets.map((sheet) => [
          sheet,
          // A cell holding several links spans lines: the CLI's own CSV reader takes that.
          parseCsv(readFileSync(path.join(out, `${base}-${sheet}.csv`), 'utf8')),
        ]),
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
}

/**
 * Many files recalculated in one LibreOffice run (it starts once, not once per file): each
 * file's sheets as CSV rows, as recalculatedSheets gives them. The files' base names must
 * differ.
 */
export function recalculatedAll(files: readonly string[]): Map<string, Map<string, string[][]>> {
  return withCalc((calc) => {
    const out = mkdtempSync(path.join(tmpdir(), 'spbe-csv-'));
    try {
      calc(
        [
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
          '--outdir',
          out,
          ...files,
        ],
        60_000 + 30_000 * files.length,
      );
      const written = readdirSync(out);
      return new Map(
        files.map((file) => {
          const base = `${path.basename(file).replace(/\.xlsx$/i, '')}-`;
          const sheets = written
            .filter((f) => f.startsWith(base) && f.endsWith('.csv'))
            .map((f): [string, string[][]] => [
              f.slice(base.length, -'.csv'.length),
              parseCsv(readFileSync(path.join(out, f), 'utf8')),
            ]);
          return [file, new Map(sheets)];
        }),
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
}

/** `file` rewritten without its formulas' cached results (see withoutCachedResults). */
export async function dropCachedResults(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  await withoutCachedResults(book).xlsx.writeFile(file);
}

/**
 * `file` saved by LibreOffice in another format (`xls`: Excel 97–2003, `ods`: its own), as a
 * user would with File › Save As; the copy lands in `dir`.
 */
export function savedAs(file: string, format: 'xls' | 'ods', dir: string): string {
  withCalc((calc) => calc(['--convert-to', format, '--outdir', dir, file]));
  return path.join(dir, path.basename(file).replace(/\.xlsx$/i, `.${format}`));
}

/** An edit a user makes in LibreOffice Calc, carried out by LibreOffice itself. */
export type CalcEdit =
  | { readonly op: 'rename'; readonly sheet: string; readonly to: string }
  | { readonly op: 'delete'; readonly sheet: string }
  | {
      readonly op: 'text' | 'number';
      readonly sheet: string;
      readonly cell: string;
      readonly value: string;
    }
  | { readonly op: 'merge'; readonly sheet: string; readonly range: string }
  /** Data › Sort, descending on the range's first column. */
  | { readonly op: 'sort'; readonly sheet: string; readonly range: string }
  /** Sheet › Insert Rows above `row` (1-based). */
  | { readonly op: 'insertRow'; readonly sheet: string; readonly row: number };

const EDIT_MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Edit(sPath As String, sOp As String, sSheet As String, sA As String, sB As String)
  Dim aLoad(0) As New com.sun.star.beans.PropertyValue
  aLoad(0).Name = &quot;Hidden&quot;
  aLoad(0).Value = True
  sUrl = ConvertToURL(sPath)
  oDoc = StarDesktop.loadComponentFromURL(sUrl, &quot;_blank&quot;, 0, aLoad())
  If sOp = &quot;rename&quot; Then oDoc.Sheets.getByName(sSheet).setName(sA)
  If sOp = &quot;delete&quot; Then oDoc.Sheets.removeByName(sSheet)
  If sOp = &quot;text&quot; Then oDoc.Sheets.getByName(sSheet).getCellRangeByName(sA).setString(sB)
  If sOp = &quot;number&quot; Then oDoc.Sheets.getByName(sSheet).getCellRangeByName(sA).setValue(Val(sB))
  If sOp = &quot;merge&quot; Then oDoc.Sheets.getByName(sSheet).getCellRangeByName(sA).merge(True)
  If sOp = &quot;insertRow&quot; Then
    REM A protected sheet takes no new row: the user unprotects it first, as Calc asks.
    oDoc.Sheets.getByName(sSheet).unprotect(&quot;&quot;)
    oDoc.Sheets.getByName(sSheet).Rows.insertByIndex(Val(sA) - 1, 1)
  End If
  If sOp = &quot;sort&quot; Then
    REM Calc sorts no protected sheet: the user unprotects it first, as Calc asks.
    oDoc.Sheets.getByName(sSheet).unprotect(&quot;&quot;)
    Dim aField(0) As New com.sun.star.table.TableSortField
    aField(0).Field = 0
    aField(0).IsAscending = False
    Dim aSort(0) As New com.sun.star.beans.PropertyValue
    aSort(0).Name = &quot;SortFields&quot;
    aSort(0).Value = aField()
    oDoc.Sheets.getByName(sSheet).getCellRangeByName(sA).sort(aSort())
  End If
  Dim aSave(0) As New com.sun.star.beans.PropertyValue
  aSave(0).Name = &quot;FilterName&quot;
  aSave(0).Value = &quot;Calc MS Excel 2007 XML&quot;
  oDoc.storeToURL(sUrl, aSave())
  oDoc.close(True)
End Sub
</script:module>`;

/**
 * Opens `file` in LibreOffice Calc, makes the edit as a user would (a Basic macro placed in
 * this run's own profile drives Calc), and saves it back as .xlsx.
 */
export function editedInCalc(file: string, edit: CalcEdit): void {
  const [a, b] =
    edit.op === 'rename'
      ? [edit.to, '']
      : edit.op === 'delete'
        ? ['', '']
        : edit.op === 'merge' || edit.op === 'sort'
          ? [edit.range, '']
          : edit.op === 'insertRow'
            ? [String(edit.row), '']
            : [edit.cell, edit.value];
  const arg = (x: string) => `"${x.replace(/"/g, '""')}"`;
  withCalc((calc, profile) => {
    // A profile LibreOffice made itself registers the Standard library; the macro goes in it.
    calc(['--terminate_after_init']);
    writeFileSync(path.join(profile, 'user', 'basic', 'Standard', 'Module1.xba'), EDIT_MACRO);
    // A macro that fails would wait on a dialog nobody sees: a minute is plenty.
    calc(
      [`macro:///Standard.Module1.Edit(${[file, edit.op, edit.sheet, a, b].map(arg).join(',')})`],
      60_000,
    );
  });
}

/**
 * Drops every formula's cached result, so that LibreOffice must compute each one itself
 * rather than show what our own evaluator stored.
 */
function withoutCachedResults(book: ExcelJS.Workbook): ExcelJS.Workbook {
  for (const sheet of book.worksheets)
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'formula' in v)
          cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
      });
    });
  return book;
}

/**
 * `book` written to `file` without its cached results, then recalculated by LibreOffice:
 * each sheet's values as it computes them (see recalculatedSheets).
 */
export async function recalculatedAfresh(
  book: ExcelJS.Workbook,
  file: string,
  sheets: readonly string[],
): Promise<Map<string, string[][]>> {
  await withoutCachedResults(book).xlsx.writeFile(file);
  return recalculatedSheets(file, sheets);
}

/** A file printed to PDF by LibreOffice: how many pages, and each page's size in points. */
export function printedPages(file: string): { pages: number; sizes: string[] } {
  return withCalc((calc) => {
    const out = mkdtempSync(path.join(tmpdir(), 'spbe-pdf-'));
    try {
      calc(['--convert-to', 'pdf', '--outdir', out, file]);
      const pdf = readFileSync(
        path.join(out, path.basename(file).replace(/\.xlsx$/i, '.pdf')),
      ).toString('latin1');
      // Each page object carries its MediaBox [0 0 width height] (uncompressed in LibreOffice's PDF).
      const boxes = [...pdf.matchAll(/\/Type\s*\/Page\b[^s][\s\S]*?\/MediaBox\s*\[([^\]]*)\]/g)];
      const sizes = boxes.map((m) =>
        (m[1] ?? '')
          .trim()
          .split(/\s+/)
          .slice(2)
          .map((n) => Math.round(Number(n)))
          .join('×'),
      );
      return { pages: sizes.length, sizes };
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
}
