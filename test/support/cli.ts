import { run } from '../../src/cli/spbe';

/**
 * `spbe …` as a coordinator types it, in-process: its exit code, what it printed, its progress
 * lines (stderr on a terminal) and its errors.
 */
export async function spbe(...args: string[]) {
  const out: string[] = [];
  const progress: string[] = [];
  const err: string[] = [];
  const code = await run(
    args,
    { out: (t) => out.push(t), progress: (t) => progress.push(t) },
    (t) => err.push(t),
  );
  return { code, out: out.join('\n'), progress: progress.join('\n'), err: err.join('\n') };
}
