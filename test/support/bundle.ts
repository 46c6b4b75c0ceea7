import { existsSync, readFileSync } from 'node:fs';
import { type AppsScriptSandbox, BUNDLE_PATH, loadBundle } from './apps-script-sandbox';

/** The built Code.js; `npm test` builds it first. */
export function bundleText(): string {
  if (!existsSync(BUNDLE_PATH))
    throw new Error(`${BUNDLE_PATH} is missing: run \`npm run build\` (npm test does it).`);
  return readFileSync(BUNDLE_PATH, 'utf8');
}

export function sandbox(services: Record<string, unknown> = {}): AppsScriptSandbox {
  return loadBundle(services, bundleText());
}

/** A column range as Sheets passes it: one row array per cell. */
export function column(values: readonly unknown[]): unknown[][] {
  return values.map((v) => [v]);
}

/** A value a formula answered, failing the test with the cell's error text otherwise. */
export function answer(result: ReturnType<AppsScriptSandbox['formula']>): unknown {
  if (!result.ok) throw new Error(`#ERROR! ${result.error}`);
  return result.value;
}

export function errorOf(result: ReturnType<AppsScriptSandbox['formula']>): string {
  if (result.ok) throw new Error(`expected #ERROR!, got ${JSON.stringify(result.value)}`);
  return result.error;
}
