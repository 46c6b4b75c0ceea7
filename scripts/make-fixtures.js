// Makes the .xlsx fixtures the tests read (committed under test/fixtures; run again after a
// layout change): the demo as Google Sheets would export it (no _Properti sheet, a user's own
// column and rows, cached formula results) and, when LibreOffice is installed, as LibreOffice
// saves it. Usage: npm run build && node scripts/make-fixtures.js
const { execFileSync } = require('node:child_process');
const { existsSync, mkdtempSync, renameSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const ExcelJS = require('exceljs');

const root = path.join(__dirname, '..');
const fixtures = path.join(root, 'test', 'fixtures');
const work = mkdtempSync(path.join(tmpdir(), 'spbe-fixtures-'));

(async () => {
  execFileSync(process.execPath, [path.join(root, 'out', 'spbe.js'), 'demo', work], {
    stdio: 'ignore',
  });
  const demo = path.join(work, 'spbe-demo.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(demo);
  const sheet = (/** @type {string} */ name) => {
    const found = book.getWorksheet(name);
    if (!found) throw new Error(`the demo has no ${name} sheet`);
    return found;
  };
  book.removeWorksheet(sheet('_Properti').id);
  const bappeda = sheet('Bappeda');
  bappeda.getCell('N4').value = 'Catatan internal';
  bappeda.getCell('N6').value = 'tanya BPKAD dulu';
  bappeda.getCell('A12').value = 'Rapat tim SPBE Bappeda: Jumat';
  await book.xlsx.writeFile(path.join(fixtures, 'demo-sheets-export.xlsx'));
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  if (soffice) {
    execFileSync(
      soffice,
      [
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        path.join(work, 'lo'),
        demo,
      ],
      { stdio: 'ignore' },
    );
    renameSync(
      path.join(work, 'lo', 'spbe-demo.xlsx'),
      path.join(fixtures, 'demo-libreoffice.xlsx'),
    );
  }
})();
