import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Endpoint } from '../../src/shared/rpc';
import { ADMIN, panelWorld } from '../support/panel-world';
import { columnOf } from '../support/workbook-helpers';

/**
 * The built dist/Sidebar.html in Debian's Chromium, its google.script.run answered by the
 * real server bundle over the stand-in workbook: what OPD staff and Diskominfo see and do.
 */
const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.join(__dirname, '..', '..', 'test-output');
const BAPPEDA = 'bappeda.spbe@example.org';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install chromium).`);
if (!available)
  console.warn(`Browser tests skipped: ${CHROMIUM} not found (apt-get install chromium).`);
const describeInBrowser = available ? describe : describe.skip;
jest.setTimeout(60_000);

let browser: Browser;
beforeAll(async () => {
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
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the sidebar as `user`, wired to a fresh world; returns both. */
async function open(user: string, prepare?: (world: ReturnType<typeof panelWorld>) => void) {
  const world = panelWorld();
  prepare?.(world);
  const page = await browser.newPage({ viewport: { width: 300, height: 1100 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.exposeFunction('__rpc', (name: string, json: string) => {
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
  return { world, page, errors };
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !/Memuat|Menyimpan|Menghitung/.test(document.getElementById('notice')?.textContent ?? ''),
  );
}

describeInBrowser('OPD mode', () => {
  it('shows the selected indicator with its levels, and saves what staff fill into the sheet', async () => {
    const { world, page, errors } = await open(BAPPEDA, (w) => w.select('Bappeda', 'I32'));
    await page.waitForSelector('#entry h2');
    expect(await page.textContent('#entry h2')).toBe('I32 Tingkat Kematangan Layanan Perencanaan');
    expect(await page.locator('.level').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^3 – Transaksi.*Tangkapan layar alur transaksi/),
      ]),
    );
    await page.check('input[name="level"][value="3"]');
    await page.fill(
      '#explanation',
      'Aplikasi e-planning dipakai semua OPD untuk usulan Musrenbang sejak 2025.',
    );
    await page.fill(
      '#evidence',
      'https://drive.google.com/file/d/1NewEvidenceForI32xxxxxxxxxxxxx/view\nlihat lampiran',
    );
    expect(await page.locator('.link-status').allTextContents()).toEqual([
      expect.stringContaining('status diketahui setelah Cek kelengkapan'),
      expect.stringContaining('Bukan tautan'),
    ]);
    await page.fill(
      '#evidence',
      'https://drive.google.com/file/d/1NewEvidenceForI32xxxxxxxxxxxxx/view',
    );
    await page.selectOption('#kind', 'Tangkapan layar');
    await page.screenshot({ path: path.join(SHOTS, 'sidebar-opd.png'), fullPage: true });
    await page.click('#save');
    await page.waitForSelector('.notice.ok');
    expect(await page.textContent('.notice')).toBe('Isian I32 tersimpan.');
    expect(world.cell('Bappeda', 'I32', 'Tingkat')).toBe('3 – Transaksi');
    expect(world.cell('Bappeda', 'I32', 'Penjelasan')).toBe(
      'Aplikasi e-planning dipakai semua OPD untuk usulan Musrenbang sejak 2025.',
    );
    expect(world.cell('Bappeda', 'I32', 'Jenis bukti')).toBe('Tangkapan layar');
    expect(await page.textContent('.progress span')).toBe('5 dari 5 indikator lengkap');
    expect(errors).toEqual([]);
  });

  it('can be filled with the keyboard alone', async () => {
    const { world, page } = await open(BAPPEDA, (w) => w.select('Bappeda', 'I13'));
    await page.waitForSelector('#entry h2');
    await page.focus('#indicator');
    for (let i = 0; i < 40; i++) {
      const name = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.name ?? '',
      );
      if (name === 'level') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('ArrowDown'); // the checked level is 2: down selects 3
    await page.keyboard.press('Tab');
    await page.keyboard.type(' Direviu Maret 2026.');
    for (
      let i = 0;
      i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'save';
      i++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.notice.ok');
    expect(world.cell('Bappeda', 'I13', 'Tingkat')).toBe('3 – Terdefinisi');
    expect(String(world.cell('Bappeda', 'I13', 'Penjelasan'))).toMatch(/Direviu Maret 2026\.$/);
  });

  it('shows what users typed as text, never as markup', async () => {
    const attack = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const { page } = await open(BAPPEDA, (w) => {
      w.select('Bappeda', 'I40');
      const t = w.grid('Bappeda');
      const row = t.cells.findIndex((r) => r[0] === 'I40') + 1;
      w.env.type(ADMIN, 'Bappeda', row, columnOf(t, 'Penjelasan'), attack);
      w.env.type(ADMIN, 'Bappeda', row, columnOf(t, 'Catatan verifikator'), attack);
    });
    await page.waitForSelector('#entry h2');
    expect(await page.inputValue('#explanation')).toBe(attack);
    expect(await page.textContent('.verification .note')).toBe(` — ${attack}`);
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    expect(await page.locator('#entry img').count()).toBe(0);
  });

  it('shows a server failure in plain words with a retry, and the retry saves once', async () => {
    const { world, page } = await open(BAPPEDA, (w) => w.select('Bappeda', 'I33'));
    await page.waitForSelector('#entry h2');
    await page.fill(
      '#explanation',
      'Penganggaran memakai SIPD untuk semua OPD sejak 2024, terintegrasi dengan e-planning.',
    );
    world.env.failOn = {
      call: 'Range.setValues',
      after: 0,
      error: 'Service Spreadsheets timed out while accessing document with id 1Fake.',
    };
    await page.click('#save');
    await page.waitForSelector('.notice.error');
    expect(await page.textContent('.notice.error span')).toMatch(
      /^Terjadi kesalahan yang tidak terduga: Service Spreadsheets timed out/,
    );
    expect(await page.isEnabled('#save')).toBe(true);
    const writes = world.env.log.count('Range.setValues');
    await page.click('.notice button');
    await page.waitForSelector('.notice.ok');
    // One save: its input columns and its stamp (who saved, when), written once.
    expect(world.env.log.count('Range.setValues')).toBe(writes + 2);
    expect(world.cell('Bappeda', 'I33', 'Penjelasan')).toBe(
      'Penganggaran memakai SIPD untuk semua OPD sejak 2024, terintegrasi dengan e-planning.',
    );
  });

  it('sends a save once however fast the button is pressed', async () => {
    const { world, page } = await open(BAPPEDA, (w) => w.select('Bappeda', 'I33'));
    await page.waitForSelector('#entry h2');
    await page.fill('#explanation', 'Penjelasan yang cukup panjang untuk dinilai asesor nasional.');
    const writes = world.env.log.count('Range.setValues');
    await page.evaluate(() => {
      const button = document.getElementById('save') as HTMLButtonElement;
      button.click();
      button.click();
      button.click();
    });
    await page.waitForSelector('.notice.ok');
    // One save: its input columns and its stamp (who saved, when), written once.
    expect(world.env.log.count('Range.setValues')).toBe(writes + 2);
  });
});

describeInBrowser('Diskominfo mode', () => {
  it('shows completeness, the index per stage against target, and the plan, and writes the plan', async () => {
    const { world, page } = await open(ADMIN, (w) => w.select('Diskominfo', 'I01'));
    await page.waitForSelector('#entry h2');
    await page.click('button[role="tab"]:has-text("Diskominfo")');
    await page.waitForSelector('table.opds');
    await settled(page);
    expect(await page.locator('table.opds tbody tr').count()).toBe(12);
    expect(await page.locator('.stage h3').first().textContent()).toMatch(
      /^Mandiri\d,\d\d (Kurang|Cukup|Baik|Sangat Baik|Memuaskan)$/,
    );
    await page.fill('#target', '3');
    await page.click('#plan');
    await page.waitForSelector('ol.plan li');
    await settled(page);
    expect(await page.locator('ol.plan li').first().textContent()).toMatch(
      /^I4\d \d→\d \d,\d\d · /,
    );
    await page.screenshot({ path: path.join(SHOTS, 'sidebar-diskominfo.png'), fullPage: true });
    await page.click('#write-plan');
    await page.waitForSelector('.notice.ok');
    expect(await page.textContent('.notice')).toMatch(
      /^Rencana \(\d+ kenaikan\) ditulis di tab Rencana\.$/,
    );
    expect(world.env.spreadsheet.sheetNamed('Rencana')).toBeDefined();
  });

  it('is not offered to OPD staff', async () => {
    const { page } = await open(BAPPEDA, (w) => w.select('Bappeda', 'I13'));
    await page.waitForSelector('#entry h2');
    expect(await page.locator('button[role="tab"]').allTextContents()).toEqual(['Isian OPD']);
  });
});
