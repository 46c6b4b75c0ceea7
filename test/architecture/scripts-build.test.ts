import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const scripts: Record<string, string> = JSON.parse(
  readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
).scripts;

/** The arguments of the esbuild step of an npm script that bundles `entry`. */
function esbuildStep(script: string, entry: string): string[] {
  const step = new RegExp(`esbuild (${entry.replace('.', '\\.')} [^&]*)`).exec(
    scripts[script] ?? '',
  )?.[1];
  if (!step) throw new Error(`npm run ${script} does not bundle ${entry}`);
  return step.trim().split(/\s+/);
}

const externals = (args: string[]) =>
  args.filter((a) => a.startsWith('--external:')).map((a) => a.slice('--external:'.length));

/** The packages the CLI keeps out of its bundle: they read their own files at load. */
const CLI_EXTERNALS = externals(esbuildStep('build', 'src/cli/spbe.ts'));

/** The node_modules packages an npm script's bundle would hold. */
function bundledPackages(script: string, entry: string): Set<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'spbe-build-'));
  try {
    const meta = path.join(dir, 'meta.json');
    const args = esbuildStep(script, entry)
      .filter((a) => !a.startsWith('--outfile=') && !a.startsWith('--log-level='))
      .concat(`--outfile=${path.join(dir, 'out.js')}`, `--metafile=${meta}`, '--log-level=error');
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'esbuild'), args, { cwd: ROOT });
    const inputs = Object.keys(JSON.parse(readFileSync(meta, 'utf8')).inputs as object);
    return new Set(
      inputs.flatMap((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? []),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The bench and the README's pictures are built only when someone runs them: when the CLI
// gained pdfkit, the bench bundled it and crashed at load, unseen by any test.
describe.each([
  ['bench', 'bench/index.ts'],
  ['docs:tabs', 'scripts/render-tabs.ts'],
])('npm run %s', (script, entry) => {
  it('keeps out of its bundle every package the CLI keeps out of its own', () => {
    expect(CLI_EXTERNALS).toEqual(expect.arrayContaining(['exceljs', 'pdfkit', 'vega']));
    const bundled = bundledPackages(script, entry);
    expect(CLI_EXTERNALS.filter((name) => bundled.has(name))).toEqual([]);
  });
});
