import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { clockFor } from '../src/cli/commands';
import { runCheck } from '../src/core/actions/check/check';
import { setupWorkbook } from '../src/core/actions/setup/setup';
import { resolveCatalogue } from '../src/core/catalogue/registry';
import { readEvaluation, stageScores } from '../src/core/evaluation/evaluation';
import { loadContext } from '../src/core/workbook/context';
import { columnIndex, HEADER_ROW, type OpdCol } from '../src/core/workbook/opd-columns';
import { renderOpdList } from '../src/core/workbook/opd-list-tab';
import { TAB, TAB_KEY } from '../src/core/workbook/tab-names';
import { XlsxWorkbook } from '../src/xlsx/xlsx-workbook';

/**
 * `spbe check` + `spbe score` on a generated 100-OPD workbook (6 indicators × 3 links each),
 * beside the time exceljs needs just to read the same file: the add-on's own work should
 * cost at most 0.2× on top of reading.
 */
export async function benchXlsx(): Promise<void> {
  const catalogue = resolveCatalogue('spbe-2020');
  const clock = clockFor(new Date(2026, 10, 28, 10, 0));
  const wb = new XlsxWorkbook(undefined, 'kominfo.admin@example.org');
  const opds = Array.from({ length: 100 }, (_, i) => ({
    code: `OPD${i + 1}`,
    name: `Organisasi Perangkat Daerah ${i + 1}`,
    short: `OPD ${i + 1}`,
    tab: `OPD ${i + 1}`,
    pics: [`pic${i + 1}@example.org`],
    // Six indicators each, wrapping round the 47: every indicator owned, most by 12 or 13 OPDs.
    indicators: Array.from(
      { length: 6 },
      (_, k) => catalogue.indicators[(i * 6 + k) % 47]?.code ?? 'I01',
    ),
  }));
  wb.ensureTab(TAB.opds, TAB_KEY.opds);
  wb.write(TAB.opds, renderOpdList(opds, catalogue, undefined));
  setupWorkbook(wb, clock, undefined, { framework: 'spbe-2020' });
  for (const opd of opds) {
    const content = wb.read(opd.tab);
    const cells = (content?.cells ?? []).map((r) => [...r]);
    // Each answer in its column, found by key: the tab's layout may change.
    const at = (key: OpdCol) => columnIndex(key) - 1;
    for (const row of cells.slice(HEADER_ROW)) {
      row[at('level')] = '2 – Terkelola';
      row[at('explanation')] =
        'Sudah dilaksanakan di seluruh perangkat daerah sesuai SOP yang berlaku.';
      row[at('evidence')] = [1, 2, 3]
        .map((k) =>
          `https://drive.google.com/file/d/1Bench${opd.code}${row[0]}x${k}`.padEnd(60, 'x'),
        )
        .join('\n');
      row[at('evidenceKind')] = 'Perwali/Perbup/Perda';
    }
    wb.writeCells(opd.tab, 1, 1, cells);
  }
  const file =
    process.env.SPBE_BENCH_FILE ??
    path.join(mkdtempSync(path.join(tmpdir(), 'spbe-bench-')), 'besar.xlsx');
  await wb.save(file);

  const median = async (f: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await f();
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[1] as number;
  };
  const read = await median(async () => new ExcelJS.Workbook().xlsx.readFile(file));
  let findings = 0;
  const total = await median(async () => {
    const loaded = await XlsxWorkbook.load(file, 'kominfo.admin@example.org');
    findings = runCheck(loaded, undefined, clock).findings.length;
    stageScores(readEvaluation(loaded, loadContext(loaded, 2026)));
  });
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(
    '\nspbe check + score on a 100-OPD workbook (100 OPDs × 6 indicators × 3 links), median of 3 runs',
  );
  console.log(`  exceljs read alone        ${read.toFixed(0).padStart(6)} ms`);
  console.log(
    `  read + check + score      ${total.toFixed(0).padStart(6)} ms   ${(total / read).toFixed(2)}× the read   (${findings} findings)`,
  );
  console.log(`  peak memory (max RSS)     ${peak.toFixed(0).padStart(6)} MB`);
}
