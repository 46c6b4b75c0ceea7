import type { FakeEnvironment } from '../test/fakes/spreadsheet-app';
import { chooseSpbe2020 } from '../test/support/demo-world';
import { latencyOf, modelledMs } from '../test/support/latency';
import { opdList } from '../test/support/opd-list';
import { SheetsWorld } from '../test/support/sheets-world';

/**
 * Service calls of Siapkan workbook through the built bundle on the counting stand-ins, for
 * 12, 60 and 100 OPDs: a first run on an empty Sheet, then a re-run. The figures must grow
 * with the number of tabs, not of cells: calls per OPD tab stay flat while cells grow.
 */
const ADMIN = 'kominfo.admin@example.org';

interface Tally {
  calls: number;
  reads: number;
  perOpdTab: number;
  penilaian: number;
  rekap: number;
  cellsWritten: number;
}

function tally(env: FakeEnvironment, from: number, opdTabs: ReadonlySet<string>): Tally {
  const calls = env.log.calls.slice(from);
  // A new tab is copied under a passing name first: its calls count for the tab.
  const tabs = env.log.tabs.slice(from).map((t) => t?.replace(/^SPBE sedang menyiapkan · /, ''));
  const onTab = (pred: (t: string | undefined) => boolean) =>
    calls.filter((_, i) => pred(tabs[i])).length;
  const opdCalls = onTab((t) => t !== undefined && opdTabs.has(t));
  return {
    calls: calls.length,
    reads: calls.filter((c) => /\.(get[A-Z]\w*|is\w+)$/.test(c)).length,
    perOpdTab: opdCalls / opdTabs.size,
    penilaian: onTab((t) => t === 'Penilaian'),
    rekap: onTab((t) => t === 'Rekap'),
    cellsWritten: 0,
  };
}

export function benchWorkbookSetup(): void {
  console.log('\nSiapkan workbook: service calls through dist/Code.js (counting stand-ins)');
  console.log(
    `${'OPDs'.padStart(5)} ${'run'.padEnd(8)} ${'calls'.padStart(7)} ${'reads'.padStart(6)} ${'per OPD tab'.padStart(12)} ${'Penilaian'.padStart(10)} ${'Rekap'.padStart(6)} ${'cells in OPD tabs'.padStart(18)} ${'calls/cell'.padStart(11)} ${'modelled'.padStart(9)} ${'of 6 min'.padStart(9)}`,
  );
  for (const n of [12, 60, 100]) {
    const world = new SheetsWorld(ADMIN);
    const { env } = world;
    chooseSpbe2020(world);
    const list = env.spreadsheet.insertSheet('OPD') as unknown as {
      getRange(r: number, c: number, rr: number, cc: number): GoogleAppsScript.Spreadsheet.Range;
    };
    const rows = opdList(n);
    const width = 6;
    list
      .getRange(1, 1, rows.length, width)
      .setValues(rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? '')));
    const opdTabs = new Set(rows.slice(4).map((r) => String(r[3])));
    for (const run of ['setup', 're-run']) {
      const from = env.log.calls.length;
      // The bundle's clock follows the latency model: a run past 6 minutes would fail here.
      world.rt.latency = latencyOf;
      world.menu('menuSetup');
      world.rt.latency = undefined;
      const t = tally(env, from, opdTabs);
      const ms = modelledMs(env.log.calls.slice(from));
      const cells = [...opdTabs].reduce((s, name) => {
        const sheet = env.spreadsheet.sheetNamed(name);
        return s + (sheet ? sheet.contents.reduce((m, r) => m + r.length, 0) : 0);
      }, 0);
      console.log(
        `${String(n).padStart(5)} ${run.padEnd(8)} ${String(t.calls).padStart(7)} ${String(t.reads).padStart(6)} ${t.perOpdTab.toFixed(1).padStart(12)} ${String(t.penilaian).padStart(10)} ${String(t.rekap).padStart(6)} ${String(cells).padStart(18)} ${(t.calls / cells).toFixed(3).padStart(11)} ${`${(ms / 1000).toFixed(1)} s`.padStart(9)} ${`${((100 * ms) / 360_000).toFixed(1)}%`.padStart(9)}`,
      );
    }
  }
}
