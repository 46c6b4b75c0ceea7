// Renders tabs of the demo workbook to PNG for the README (docs/tab-*.png) the way a reader
// meets them: the real .xlsx, opened and printed by LibreOffice Calc (its colours, number
// formats, column widths, frozen header and print setup), first page of each tab.
// Needs libreoffice-calc and ghostscript, and trims with ImageMagick when present
// (apt-get install libreoffice-calc ghostscript imagemagick).
// Usage: npm run docs:tabs
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { demo } from '../src/cli/commands';

const TABS = ['Rekap', 'Bappeda', 'Penilaian', 'Kelengkapan', 'Panduan'];
const SOFFICE = '/usr/bin/soffice';

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'spbe-render-'));
  const file = await demo(
    work,
    { out: () => {}, progress: () => {} },
    new Date(2026, 10, 28, 10, 0),
  );
  for (const tab of TABS) {
    // Only this tab visible: LibreOffice prints visible sheets only.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    for (const sheet of book.worksheets) sheet.state = sheet.name === tab ? 'visible' : 'hidden';
    const shown = book.worksheets.findIndex((s) => s.name === tab);
    book.views = [
      { activeTab: shown, firstSheet: shown, visibility: 'visible' } as ExcelJS.WorkbookView,
    ];
    const single = path.join(work, `${tab}.xlsx`);
    await book.xlsx.writeFile(single);
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${path.join(work, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        single,
      ],
      { stdio: 'ignore' },
    );
    const png = path.join(work, `${tab}.png`);
    execFileSync(
      'gs',
      [
        '-q',
        '-dBATCH',
        '-dNOPAUSE',
        '-dSAFER',
        '-sDEVICE=png16m',
        '-r220',
        '-dFirstPage=1',
        '-dLastPage=1',
        `-sOutputFile=${png}`,
        path.join(work, `${tab}.pdf`),
      ],
      { stdio: 'ignore' },
    );
    const target = path.join(__dirname, '..', 'docs', `tab-${tab.toLowerCase()}.png`);
    // The page's blank margin and empty lower half cut away (ImageMagick), when installed.
    try {
      execFileSync('/usr/bin/convert', [
        png,
        '-trim',
        '+repage',
        '-bordercolor',
        'white',
        '-border',
        '12',
        target,
      ]);
    } catch {
      copyFileSync(png, target);
    }
  }
}

void main();
