import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Endpoint } from '../../src/shared/rpc';
import { panelWorld } from '../support/panel-world';

export { ADMIN } from '../support/panel-world';

/**
 * The built dist/Sidebar.html in Debian's Chromium at Google's sidebar width (300 px), its
 * google.script.run answered by the real server bundle over the stand-in workbook: the page,
 * and what the browser tests measure of it. Screenshots go to test-output/ (never to tracked
 * files).
 */
const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = path.join(__dirname, '..', '..', 'test-output');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const BAPPEDA = 'bappeda.spbe@example.org';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install chromium).`);
if (!available)
  console.warn(`Browser tests skipped: ${CHROMIUM} not found (apt-get install chromium).`);
export const describeInBrowser = available ? describe : describe.skip;

let browser: Browser;

/** Starts Chromium for this test file, and closes it after. */
export function useBrowser(): void {
  beforeAll(launch);
  afterAll(async () => {
    await browser?.close();
  });
}

async function launch(): Promise<void> {
  if (!available) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  mkdirSync(SHOTS, { recursive: true });
}

export type World = ReturnType<typeof panelWorld>;

/** Opens the sidebar as `user`, wired to a fresh world; returns both. */
export async function open(
  user: string,
  prepare?: (world: World) => void,
  height = 800,
  fakeClock = false,
  make: () => World = panelWorld,
  /** How long each server answer takes, to see the panel while it waits. */
  delayMs = 0,
) {
  const world = make();
  prepare?.(world);
  const page = await browser.newPage({ viewport: { width: 300, height } });
  const errors: string[] = [];
  const calls: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The page's timers under the test's control: minutes of polling pass in an instant.
  if (fakeClock) await page.clock.install();
  await page.exposeFunction('__rpc', async (name: string, json: string) => {
    calls.push(name);
    if (delayMs > 0) await new Promise((done) => setTimeout(done, delayMs));
    try {
      const [request] = JSON.parse(json) as [never];
      const value = world.rpc(name as Endpoint, request, user);
      return JSON.stringify({ ok: true, value });
    } catch (error) {
      return JSON.stringify({ ok: false, message: (error as Error).message });
    }
  });
  await page.addInitScript(() => {
    // google.script.run as the client sees it: chained handlers, one call per endpoint,
    // JSON-only arguments, answers delivered asynchronously.
    type Handler = (value: unknown) => void;
    const runner = (ok?: Handler, fail?: Handler): object =>
      new Proxy(
        {},
        {
          get(_, prop: string) {
            if (prop === 'withSuccessHandler') return (f: Handler) => runner(f, fail);
            if (prop === 'withFailureHandler') return (f: Handler) => runner(ok, f);
            return (...args: unknown[]) => {
              const json = JSON.stringify(args);
              if (JSON.stringify(JSON.parse(json)) !== json)
                throw new Error('arguments are not plain JSON');
              (window as unknown as { __rpc(n: string, j: string): Promise<string> })
                .__rpc(prop, json)
                .then((answer) => {
                  const r = JSON.parse(answer) as {
                    ok: boolean;
                    value?: unknown;
                    message?: string;
                  };
                  if (r.ok) ok?.(r.value);
                  else fail?.(new Error(r.message));
                });
            };
          },
        },
      );
    (window as unknown as { google: object }).google = { script: { run: runner() } };
  });
  // A real navigation (served locally, no network), so the init script runs first.
  const html = readFileSync(path.join(__dirname, '..', '..', 'dist', 'Sidebar.html'), 'utf8');
  await page.route('http://sidebar.test/', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto('http://sidebar.test/');
  page.setDefaultTimeout(8000);
  return { world, page, errors, calls };
}

/** Waits until no server call is under way (the footer says nothing is loading). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !/Memuat|Menyimpan|Menghitung|Memeriksa|Menyusun|Menulis/.test(
        document.getElementById('notice')?.textContent ?? '',
      ),
  );
}

/** The footer's message, as the user reads it. */
export const footer = (page: Page) => page.textContent('#notice');

/** Inside the window without scrolling: what a user at that height sees. */
export async function inView(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  const size = page.viewportSize();
  return !!box && !!size && box.y >= 0 && box.y + box.height <= size.height;
}

/** axe-core's violations of any impact: WCAG 2.0, 2.1 and 2.2 at A and AA, and best practice. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: [
          'wcag2a',
          'wcag2aa',
          'wcag21a',
          'wcag21aa',
          'wcag22a',
          'wcag22aa',
          'best-practice',
        ],
      },
    })) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      where: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return found.map((v) => `${v.impact} ${v.id}: ${v.where.join(', ')}`);
}

export async function openIndicator(user: string, tab: string, code: string, height = 800) {
  const opened = await open(user, (w) => w.select(tab, code), height);
  await opened.page.waitForSelector('#entry h2');
  await settled(opened.page);
  return opened;
}

/** A screenshot of the panel as it is, at its window's size, for people to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  await page.screenshot({ path: path.join(SHOTS, `${name}-${size?.width}x${size?.height}.png`) });
}

/** How many Tab presses take the cursor from `from` to `to` (or -1 within `limit`). */
export async function tabsBetween(page: Page, from: string, to: string, limit = 40) {
  await page.focus(from);
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => document.activeElement?.id === id, to.replace(/^#/, '')))
      return presses;
  }
  return -1;
}
