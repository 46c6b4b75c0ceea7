import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DEMO_LEVELS } from '../src/demo/levels';
import { BUNDLE_PATH, loadBundle } from '../test/support/apps-script-sandbox';

/**
 * What one execution costs in the built bundle. Apps Script loads the whole
 * file for every formula cell and every click, so the load itself is measured, then each
 * custom function over a full 47-indicator range, beside the 30 s a custom function may take.
 * Figures come from this machine's V8, which runs the same engine as Apps Script's V8 runtime
 * but on different hardware: read them as ratios and orders of magnitude.
 */
const CUSTOM_FUNCTION_LIMIT_MS = 30_000;

function measure(label: string, runs: number, fn: () => unknown): number {
  for (let i = 0; i < Math.min(20, runs); i++) fn(); // warm up, as a busy server would be
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const perRun = (performance.now() - start) / runs;
  const ratio = CUSTOM_FUNCTION_LIMIT_MS / perRun;
  console.log(
    `${label.padEnd(44)} ${perRun.toFixed(3).padStart(9)} ms   ${Math.round(ratio).toLocaleString('en').padStart(12)}× under 30 s`,
  );
  return perRun;
}

/**
 * Loads with a new source text each time: V8 caches the compilation of a text it has seen,
 * which made a repeated load look 7× cheaper than a real one. Apps Script's servers may cache
 * too, so this is the cost without that help.
 */
function measureLoad(code: string): void {
  let run = 0;
  const once = () => loadBundle({}, `${code}\n// ${run++}`);
  // The whole bundle again, run in its own scope: what each KB of more code costs at load.
  const twice = () => loadBundle({}, `${code}\n;(function () {\n${code}\n})();\n// ${run++}`);
  const kb = Buffer.byteLength(code) / 1024;
  // Both orders, so that neither size is measured only on a warmer process.
  const first = [
    measure('load the bundle (fresh text)', 60, once),
    measure(`load twice the bundle (${Math.round(2 * kb)} KB)`, 60, twice),
  ];
  const second = [
    measure(`load twice the bundle (${Math.round(2 * kb)} KB)`, 60, twice),
    measure('load the bundle (fresh text)', 60, once),
  ];
  const onceMs = Math.min(first[0] ?? 0, second[1] ?? 0);
  const twiceMs = Math.min(first[1] ?? 0, second[0] ?? 0);
  const perKb = (twiceMs - onceMs) / kb;
  console.log(
    `each KB of bundle adds ${perKb.toFixed(3)} ms to every load (${((100 * perKb) / onceMs).toFixed(2)}% of one load); 50 KB more: ${(50 * perKb).toFixed(1)} ms\n`,
  );
}

export function benchCustomFunctions(): void {
  const code = readFileSync(BUNDLE_PATH, 'utf8');
  console.log(`dist/Code.js: ${(Buffer.byteLength(code) / 1024).toFixed(1)} KB\n`);
  console.log(`${'one execution'.padEnd(44)} ${'time'.padStart(12)}   ${'headroom'.padStart(22)}`);
  measureLoad(code);

  const box = loadBundle({}, code);
  const levels = DEMO_LEVELS.map((l) => [l]);
  const codes = DEMO_LEVELS.map((_, i) => [`I${String(i + 1).padStart(2, '0')}`]).reverse();
  const shuffled = [...levels].reverse();
  const runs = 2000;
  measure('SPBE_INDEKS(47 tingkat)', runs, () => box.call('SPBE_INDEKS', levels));
  measure('SPBE_INDEKS(47 tingkat; 47 kode)', runs, () => box.call('SPBE_INDEKS', shuffled, codes));
  measure('SPBE_DOMAIN(47 tingkat; "Layanan")', runs, () =>
    box.call('SPBE_DOMAIN', levels, 'Layanan'),
  );
  measure('SPBE_ASPEK(47 tingkat; "A6")', runs, () => box.call('SPBE_ASPEK', levels, 'A6'));
  measure('SPBE_PREDIKAT(100 × 1 indeks)', runs, () =>
    box.call(
      'SPBE_PREDIKAT',
      Array.from({ length: 100 }, (_, i) => [1 + i / 25]),
    ),
  );
  measure('SPBE_TINGKAT(47 tingkat; 47 kode)', runs, () =>
    box.call('SPBE_TINGKAT', shuffled, codes),
  );
  measure('SPBE_BOBOT(47 kode)', runs, () => box.call('SPBE_BOBOT', codes));
  measure('SPBE_RINGKASAN(47 tingkat)', runs, () => box.call('SPBE_RINGKASAN', levels));
  measure('SPBE_RENCANA(47 tingkat; 3)', 500, () => box.call('SPBE_RENCANA', levels, 3));
  measure('SPBE_RENCANA(47 tingkat; 5) (every raise)', 200, () =>
    box.call('SPBE_RENCANA', levels, 5),
  );
}
