import { pemdiPanelWorld } from '../support/panel-world';
import { columnOf, rowOf } from '../support/workbook-helpers';
import {
  axeViolations,
  describeInBrowser,
  open,
  settled,
  shot,
  tabsBetween,
  useBrowser,
} from './panel-page';

/**
 * The Pemdi year as the clerk lives it (issue #23, items 1, 2 and 4): one indicator with its
 * butir in about two screens at 300×600, Tab to Simpan in at most 12 presses, what is missing
 * beside Simpan, failed saves that keep the typing, and axe (WCAG 2.2 AA, best practice)
 * clean in every state. Each state's screenshot goes to test-output/.
 */
jest.setTimeout(60_000);
useBrowser();

const FILE = '1ButirFilexxxxxxxxxxxxxxxxxxxxxxxxxx';
const LINK = `https://drive.google.com/file/d/${FILE}/view`;

/** The panel of the PIC of P01's OPD in a workbook Siapkan made for 2026, P01 selected. */
type PemdiWorld = ReturnType<typeof pemdiPanelWorld>;

async function openP01(height = 600, prepare?: (w: PemdiWorld) => void, delayMs = 0) {
  const pemdi = pemdiPanelWorld();
  const { lead, pic } = pemdi;
  const opened = await open(
    pic,
    (w) => {
      w.select(lead.tab, 'P01');
      prepare?.(pemdi);
    },
    height,
    false,
    () => pemdi,
    delayMs,
  );
  await opened.page.waitForSelector('#entry h2');
  await settled(opened.page);
  return { ...opened, lead, pic };
}

const openLegends = (page: import('playwright-core').Page) =>
  page.locator('.item-level:not([hidden]) legend').allTextContents();

describeInBrowser('the Pemdi form for the clerk', () => {
  it('a level-3 claim fits in about two screens at 300×600, and Tab reaches Simpan in at most 12 presses', async () => {
    const { page, errors } = await openP01();
    expect(await page.textContent('h1')).toBe('Panel Indeks Pemdi');
    await page.check('input[name="level"][value="3"]');
    // Levels above the claim are folded into one line; the butir are one box each.
    expect(await openLegends(page)).toEqual([
      'Tingkat 1 – Rintisan',
      'Tingkat 2 – Terkelola',
      'Tingkat 3 – Terstandar',
    ]);
    expect(await page.textContent('#items-folded')).toMatch(/^Butir tingkat 4–5 \(\d+ butir\)/);
    // The evidence is the butir': no row-level links or kind to wonder about.
    expect(await page.locator('#evidence, #evidenceKind').count()).toBe(0);
    expect(await page.locator('.item-note').first().isVisible()).toBe(false);
    // Only the chosen level's name and criterion are spelled out.
    expect(await page.textContent('#level-chosen')).toMatch(/^3 – Terstandar: \S/);
    const height = await page.evaluate(
      () => (document.getElementById('scroll') as HTMLElement).scrollHeight,
    );
    expect(height).toBeLessThanOrEqual(2 * 600);
    await shot(page, 'state-pemdi-level3');
    const presses = await tabsBetween(page, '#indicator', '#save');
    expect(presses).toBeGreaterThan(0);
    expect(presses).toBeLessThanOrEqual(12);
    await shot(page, 'state-pemdi-level3-end');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lists each level’s butir with their status, and saves a link pasted into one butir to its row', async () => {
    const { world, page, errors, lead } = await openP01(800);
    // No claim yet: level 1 is open, the rest wait for a claim.
    expect(await openLegends(page)).toEqual(['Tingkat 1 – Rintisan']);
    expect(await page.locator('#item-P01-1-a .item-status').textContent()).toBe('Belum diisi');
    expect(await page.textContent('#item-value')).toMatch(/aturan tertinggi\): belum ada/);
    // Claiming level 2 opens its butir and asks for those of levels 1 and 2, by name.
    await page.check('input[name="level"][value="2"]');
    expect(await openLegends(page)).toEqual(['Tingkat 1 – Rintisan', 'Tingkat 2 – Terkelola']);
    expect(await page.locator('#problems li').allTextContents()).toEqual(
      expect.arrayContaining([
        'Butir P01.1.a (tingkat 1) belum punya data dukung, padahal tingkat 2 diklaim.',
        'Butir P01.2.a (tingkat 2) belum punya data dukung, padahal tingkat 2 diklaim.',
      ]),
    );
    const link = 'https://drive.google.com/file/d/1ItemLinkxxxxxxxxxxxxxxxxxxxxxxx/view';
    await page.fill('#item-evidence-P01-1-a', link);
    await page.check('#item-notes-toggle');
    await page.fill('#item-explanation-P01-1-a', 'Notulen rapat');
    expect(await page.locator('#problems li').allTextContents()).not.toContain(
      'Butir P01.1.a (tingkat 1) belum punya data dukung, padahal tingkat 2 diklaim.',
    );
    await page.click('#save');
    await page.waitForSelector('.notice.warning, .notice.ok');
    expect(world.cell(lead.tab, 'P01.1.a', 'Data dukung')).toBe(link);
    expect(world.cell(lead.tab, 'P01.1.a', 'Penjelasan')).toBe('Notulen rapat');
    await page.waitForSelector('#item-P01-1-a .item-status.unchecked');
    // A butir with a note keeps it in view after the save.
    expect(await page.isVisible('#item-explanation-P01-1-a')).toBe(true);
    await shot(page, 'state-pemdi-saved-with-warnings');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a PIC checks their own butir links with "Cek akses file", as an assessor meets them', async () => {
    const { page } = await openP01(800, (w) =>
      w.drive.files.set(FILE, {
        id: FILE,
        name: 'SK Tim Pemdi 2026.pdf',
        mimeType: 'application/pdf',
        modifiedTime: '2026-10-01T00:00:00Z',
        sharing: 'anyone',
        owner: 'kominfo.admin@example.org',
      }),
    );
    await page.fill('#item-evidence-P01-1-a', LINK);
    await page.click('#probe-items');
    await page.waitForFunction(() =>
      /diperiksa sekarang/.test(document.getElementById('notice')?.textContent ?? ''),
    );
    expect(await page.locator('#item-P01-1-a .link-name').allTextContents()).toEqual([
      'SK Tim Pemdi 2026.pdf',
    ]);
    expect(await page.locator('#item-P01-1-a .link-status').getAttribute('class')).toMatch(/ok/);
  });

  it('an item changed meanwhile is shown side by side, and "Simpan versi saya" keeps mine', async () => {
    const claimed = (w: PemdiWorld) => {
      const g = w.grid(w.lead.tab);
      w.env.type(w.pic, w.lead.tab, rowOf(g, 'P01'), columnOf(g, 'Tingkat'), '2 – Terkelola');
    };
    const { world, page, lead, pic } = await openP01(800, claimed);
    const mine = 'https://drive.google.com/file/d/1MineItemLinkxxxxxxxxxxxxxxxxxxx/view';
    const theirs = 'https://drive.google.com/file/d/1TheirItemLinkxxxxxxxxxxxxxxxxxx/view';
    await page.fill('#item-evidence-P01-2-a', mine);
    const t = world.grid(lead.tab);
    world.env.type(pic, lead.tab, rowOf(t, 'P01.2.a'), columnOf(t, 'Data dukung'), theirs);
    await page.click('#save');
    await page.waitForSelector('#conflict');
    expect(await page.locator('#conflict tr.differs th').allTextContents()).toEqual([
      'Tautan bukti P01.2.a',
    ]);
    expect(await page.locator('#conflict tr.differs td').allTextContents()).toEqual([mine, theirs]);
    await page.click('#save-mine');
    await page.waitForSelector('.notice.ok, .notice.warning');
    expect(world.cell(lead.tab, 'P01.2.a', 'Data dukung')).toBe(mine);
  });
});

describeInBrowser('saving, as the clerk meets it', () => {
  it('Simpan waits for a change, and the footer marks typing not saved yet', async () => {
    const { page } = await openP01();
    expect(await page.isDisabled('#save')).toBe(true);
    expect(await page.textContent('#readiness')).not.toMatch(/Belum disimpan/);
    await page.fill('#explanation', 'Tim Pemdi dibentuk dengan SK Wali Kota.');
    expect(await page.isEnabled('#save')).toBe(true);
    expect(await page.textContent('#readiness')).toMatch(/^Belum disimpan · \d+ hal belum lengkap/);
    // Beside Simpan, "Lihat" opens what is missing; a line takes the cursor to its field.
    await page.check('input[name="level"][value="2"]');
    await page.click('#show-missing');
    expect(await page.getAttribute('#show-missing', 'aria-expanded')).toBe('true');
    await page.click('#problems li button:has-text("P01.2.a")');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('item-evidence-P01-2-a');
    await page.check('input[name="level"][value=""]');
    await page.fill('#explanation', '');
    expect(await page.isDisabled('#save')).toBe(true);
  });

  it('what a save leaves missing is amber, its title above three lines and "Lihat semua", each line a way to its field', async () => {
    const { page } = await openP01();
    await page.check('input[name="level"][value="3"]');
    await page.fill('#explanation', 'Tim Pemdi dibentuk dengan SK Wali Kota No. 5 Tahun 2026.');
    await page.click('#save');
    await page.waitForSelector('.notice.warning');
    expect(await page.textContent('.notice-text')).toBe(
      'Isian P01 tersimpan, tetapi belum lengkap:',
    );
    const colour = await page
      .locator('.notice.warning')
      .evaluate((n) => getComputedStyle(n).backgroundColor);
    expect(colour).toBe('rgb(254, 247, 224)'); // amber, not the blue of "Menyimpan…"
    const lines = page.locator('#notice li');
    expect(await lines.count()).toBe(4); // three, and "Lihat semua (N)"
    expect(await lines.nth(3).textContent()).toMatch(/^Lihat semua \(\d+\)$/);
    await page.click('#notice li button:has-text("Lihat semua")');
    // With butir, "no evidence" speaks of the butir, and takes the cursor to the first one.
    await page.click('#notice li button:has-text("Belum ada data dukung di butir mana pun.")');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('item-evidence-P01-1-a');
    await page.click('#notice li button:has-text("P01.3.a")');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('item-evidence-P01-3-a');
    await shot(page, 'state-pemdi-missing-list');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a refused save says the typing is kept and offers to copy it; no "Coba lagi" where it cannot help; no scope address', async () => {
    const { world, page } = await openP01();
    const typed = 'Tim Pemdi dibentuk dengan SK Wali Kota No. 5 Tahun 2026.';
    await page.fill('#explanation', typed);
    world.env.failOn = {
      call: 'Range.setValues',
      after: 0,
      error:
        'You do not have permission to call Range.setValues. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
    };
    await page.click('#save');
    await page.waitForSelector('.notice.error');
    const said = (await page.textContent('.notice.error .notice-text')) ?? '';
    expect(said).toMatch(/^Add-on belum mendapat izin: /);
    expect(said).toMatch(/Isian Anda belum tersimpan, tetapi masih ada di panel ini\.$/);
    expect(said).not.toMatch(/googleapis|auth\/|Tidak ada isian yang hilang/);
    expect(await page.locator('.notice button:has-text("Coba lagi")').count()).toBe(0);
    expect(await page.inputValue('#explanation')).toBe(typed);
    await page.click('.notice button:has-text("Salin isian")');
    // The frame may not reach the clipboard: the typing is then selected in a box to copy.
    const copied = await page.locator('.copy-box').inputValue();
    expect(copied).toContain(`Penjelasan: ${typed}`);
    await shot(page, 'state-save-refused');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('‹ and › in the footer move between indicators without the picker; each opens at its top', async () => {
    const { page } = await openP01(600);
    await page.click('#following');
    await page.waitForFunction(
      () => !document.querySelector('#entry h2')?.textContent?.startsWith('P01'),
    );
    await settled(page);
    await page.evaluate(() => {
      (document.getElementById('scroll') as HTMLElement).scrollTop = 2000;
    });
    await page.click('#previous');
    await page.waitForFunction(() =>
      document.querySelector('#entry h2')?.textContent?.startsWith('P01'),
    );
    expect(
      await page.evaluate(() => (document.getElementById('scroll') as HTMLElement).scrollTop),
    ).toBe(0);
  });

  it('shows a skeleton, not a blank panel, while the first answer comes', async () => {
    const pemdi = pemdiPanelWorld();
    const { page } = await open(pemdi.pic, undefined, 600, false, () => pemdi, 1500);
    expect(await page.isVisible('.skeleton')).toBe(true);
    expect(await page.getAttribute('#app', 'aria-busy')).toBe('true');
    await shot(page, 'state-loading');
    expect(await axeViolations(page)).toEqual([]);
    await page.waitForSelector('#entry h2', { timeout: 15_000 });
    expect(await page.locator('.skeleton').count()).toBe(0);
  });
});
