import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * A province's view at scale: `spbe score` over 600 city workbooks (copies of the demo) in one
 * run, in a process of its own so that its time and peak memory are its own. Issue #14 asked
 * to stay at or under ~25 s and ~320 MB.
 */
const FILES = 600;

export function benchProvince(): void {
  const spbe = path.join(__dirname, 'spbe.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'spbe-provinsi-'));
  try {
    const made = spawnSync(process.execPath, [spbe, 'demo', dir], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`spbe demo failed: ${made.stderr}`);
    const demo = path.join(dir, 'spbe-demo.xlsx');
    const files = Array.from({ length: FILES }, (_, i) => {
      const file = path.join(dir, `kota-${String(i + 1).padStart(3, '0')}.xlsx`);
      copyFileSync(demo, file);
      return file;
    });
    const script = `require(${JSON.stringify(spbe)}).run(${JSON.stringify(['score', ...files, '--json'])}, { out() {}, progress() {} }, (e) => process.stderr.write(e)).then((code) => { const u = process.resourceUsage(); console.log(JSON.stringify({ code, rss: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })); })`;
    const start = performance.now();
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    const ms = performance.now() - start;
    const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as {
      code?: number;
      rss?: number;
      cpuMs?: number;
    };
    console.log(`\nspbe score over ${FILES} workbooks (a province's view), one process`);
    console.log(`  exit code                ${result.code}`);
    console.log(
      `  wall time                ${(ms / 1000).toFixed(1)} s  (${(ms / FILES).toFixed(0)} ms a workbook)`,
    );
    console.log(`  peak memory (max RSS)    ${((result.rss ?? 0) / 1024).toFixed(0)} MB`);
    // CPU time, all threads: what a machine with more cores divides among its workers.
    const cpu = result.cpuMs ?? 0;
    console.log(
      `  CPU time, all threads    ${(cpu / 1000).toFixed(1)} s  (${(cpu / FILES).toFixed(0)} ms a workbook; ${(cpu / ms).toFixed(2)} cores busy)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
