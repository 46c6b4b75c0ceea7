import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ScoreJson } from './score-command';

/** What a worker is given: the files it scores, and where each stands in the whole list. */
export interface ProvinceShare {
  readonly spbeProvince: readonly { readonly at: number; readonly file: string }[];
}

/** Fewer files than this a worker are not worth a worker's start-up. */
const FILES_PER_WORKER = 8;
/** Each worker's heap: a workbook at a time, so a small heap keeps the province's memory low. */
const WORKER_HEAP_MB = 96;

/**
 * A province's files scored on every core: the bundle starts itself as worker threads, each
 * scoring its share one file at a time, and the rows come back in the order given. Run from
 * the TypeScript sources (tests) or with few files, they are scored here, one after another.
 */
export async function scoreProvince(
  files: readonly string[],
  scoreOne: (file: string) => Promise<ScoreJson>,
  entry: string,
): Promise<ScoreJson[]> {
  const workers = Math.min(cpus().length, 4, Math.floor(files.length / FILES_PER_WORKER));
  if (workers < 2 || !entry.endsWith('.js')) {
    const out: ScoreJson[] = [];
    for (const file of files) out.push(await scoreOne(file));
    return out;
  }
  const results: ScoreJson[] = new Array(files.length);
  const shares = Array.from({ length: workers }, (_, w) =>
    files.flatMap((file, at) => (at % workers === w ? [{ at, file }] : [])),
  );
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(entry, {
            workerData: { spbeProvince: share } satisfies ProvinceShare,
            resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
          });
          worker.on('message', (m: { at: number; result: ScoreJson }) => {
            results[m.at] = m.result;
          });
          worker.on('error', reject);
          worker.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`worker stopped (${code})`)),
          );
        }),
    ),
  );
  return results;
}
