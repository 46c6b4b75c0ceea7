// Renders some tabs of the demo workbook to PNG for the README (docs/tab-*.png): values as a
// viewer sees them (formulas evaluated), in a plain table, in Debian's Chromium.
// Usage: npx esbuild scripts/render-tabs.ts --bundle --platform=node --external:exceljs --external:playwright-core --outfile=out/render-tabs.js && node out/render-tabs.js
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { clockFor, demo } from '../src/cli/commands';
import { FormulaEngine, FormulaError } from '../src/xlsx/formula-engine';
import { XlsxWorkbook } from '../src/xlsx/xlsx-workbook';

const TABS: [string, number][] = [
  ['Rekap', 30],
  ['Kelengkapan', 34],
  ['Bappeda', 9],
  ['Penilaian', 20],
];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'spbe-render-'));
  const file = await demo(
    dir,
    { out: () => {}, progress: () => {} },
    new Date(2026, 10, 28, 10, 0),
  );
  const wb = await XlsxWorkbook.load(file);
  const grids = new Map(wb.tabs().map((t) => [t.name, wb.read(t.name)?.cells ?? []]));
  const engine = new FormulaEngine({ cells: (name) => grids.get(name) });
  void clockFor;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  for (const [tab, rows] of TABS) {
    const cells = (grids.get(tab) ?? []).slice(0, rows);
    const shown = cells.map((row, r) =>
      row.slice(0, 10).map((cell, c) => {
        if (typeof cell === 'string' && cell.startsWith('=')) {
          const v = engine.cell(tab, r + 1, c + 1);
          if (v instanceof FormulaError) return v.code;
          return typeof v === 'number'
            ? String(Math.round(v * 100) / 100).replace('.', ',')
            : String(v);
        }
        return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
      }),
    );
    const html = `<html><body style="font:12px Arial;margin:8px"><h3 style="font:bold 14px Arial;color:#1a73e8">Tab ${escapeHtml(tab)}</h3><table style="border-collapse:collapse">${shown
      .map(
        (row) =>
          `<tr>${row.map((c) => `<td style="border:1px solid #dadce0;padding:2px 6px;max-width:260px;vertical-align:top">${escapeHtml(c).slice(0, 160)}</td>`).join('')}</tr>`,
      )
      .join('')}</table></body></html>`;
    await page.setContent(html);
    await page.screenshot({
      path: path.join(__dirname, '..', 'docs', `tab-${tab.toLowerCase()}.png`),
      fullPage: true,
    });
  }
  await browser.close();
}

void main();
