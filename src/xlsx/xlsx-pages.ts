import type ExcelJS from 'exceljs';
import type { Paper } from '../core/workbook/settings-tab';

/**
 * How the workbook's tabs print: on the paper chosen in Pengaturan (A4, or F4 on which many
 * Indonesian offices print), every visible tab one page wide with narrow margins, its header
 * rows repeated on each page; a tab wider than a portrait page turns landscape. Sheets itself
 * offers no print settings to a script: this is what the .xlsx (and a PDF of it) carries.
 */
const PAPER_SIZE: Record<Paper, number> = {
  A4: 9,
  // Office Open XML's "folio", 8,5 × 13 in: Indonesia's F4 (21,5 × 33 cm).
  F4: 14,
};

/** Wider than this (in pixels, at 7 per character of column width) prints landscape. */
const PORTRAIT_WIDTH_PX = 760;

export function layOutPages(book: ExcelJS.Workbook, paper: Paper): void {
  for (const sheet of book.worksheets) {
    if (sheet.state !== 'visible') continue;
    const width = (sheet.columns ?? []).reduce((sum, c) => sum + (c.width ?? 9) * 7, 0);
    const frozen = sheet.views?.[0]?.state === 'frozen' ? (sheet.views[0].ySplit ?? 0) : 0;
    const setup = sheet.pageSetup;
    sheet.pageSetup = {
      ...setup,
      paperSize: PAPER_SIZE[paper] as ExcelJS.PageSetup['paperSize'],
      orientation: setup.orientation ?? (width > PORTRAIT_WIDTH_PX ? 'landscape' : 'portrait'),
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      ...(setup.printTitlesRow || frozen === 0 ? {} : { printTitlesRow: `1:${frozen}` }),
    };
  }
}
