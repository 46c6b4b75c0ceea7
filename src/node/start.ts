import { DEMO_LEVELS } from '../core/demo/levels';
import { type FormulaResult, loadBundle } from './apps-script-sandbox';

/**
 * `npm start`: the freshly built Apps Script bundle, loaded as Apps Script loads it, answers
 * the custom functions for the demo levels, and the answers are printed as Sheets would
 * show them.
 */
function main(): void {
  const sandbox = loadBundle();
  const column = DEMO_LEVELS.map((level) => [level]);
  console.log(
    'SPBE add-on — demo: tingkat contoh sebuah kota (I01–I47), dihitung oleh dist/Code.js\n',
  );
  print('=SPBE_RINGKASAN(B2:B48)', sandbox.formula('SPBE_RINGKASAN', column));
  print('=SPBE_RENCANA(B2:B48; 3)', sandbox.formula('SPBE_RENCANA', column, 3));
}

function print(formula: string, result: FormulaResult): void {
  console.log(formula);
  if (!result.ok) {
    console.log(`  #ERROR! ${result.error}\n`);
    process.exitCode = 1;
    return;
  }
  const rows = Array.isArray(result.value) ? result.value : [[result.value]];
  // Numbers as Sheets shows them in an Indonesian-locale file with automatic format.
  const text = rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' ? String(cell).replace('.', ',') : String(cell))),
  );
  const widths =
    text[0]?.map((_, c) => Math.min(60, Math.max(...text.map((row) => (row[c] ?? '').length)))) ??
    [];
  for (const row of text) {
    console.log(
      `  ${row.map((cell, c) => clip(cell, widths[c] ?? 0).padEnd(widths[c] ?? 0)).join('  ')}`.trimEnd(),
    );
  }
  console.log('');
}

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

main();
