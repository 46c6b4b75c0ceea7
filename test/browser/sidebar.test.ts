import path from 'node:path';
import { columnOf, rowOf } from '../support/workbook-helpers';
import {
  ADMIN,
  axeViolations,
  BAPPEDA,
  describeInBrowser,
  footer,
  inView,
  open,
  openIndicator,
  SHOTS,
  settled,
  shot,
  useBrowser,
  type World,
} from './panel-page';

/**
 * What OPD staff and Diskominfo see and do in the panel (panel-page.ts opens it). Each test
 * names the point of issue #13 it holds to.
 */
jest.setTimeout(60_000);
useBrowser();

describeInBrowser('OPD mode', () => {
  it('1, 8: Simpan and what happened stay in a footer in view at 300×600; a save shows there', async () => {
    const { world, page, errors } = await openIndicator(BAPPEDA, 'Bappeda', 'I32', 600);
    expect(await page.textContent('#entry h2')).toBe('I32 Layanan Perencanaan');
    expect(await inView(page, '#save')).toBe(true);
    await page.check('input[name="level"][value="3"]');
    await page.fill(
      '#explanation',
      'Aplikasi e-planning dipakai semua OPD untuk usulan Musrenbang sejak 2025.',
    );
    await page.fill(
      '#evidence',
      'https://drive.google.com/file/d/1NewEvidenceForI32xxxxxxxxxxxxx/view',
    );
    await page.selectOption('#evidenceKind', 'Tangkapan layar');
    await page.screenshot({ path: path.join(SHOTS, 'sidebar-opd-300x600.png') });
    await page.click('#save');
    await page.waitForSelector('.notice.ok');
    expect(await footer(page)).toBe('Isian I32 tersimpan.');
    expect(await inView(page, '#notice')).toBe(true);
    expect(world.cell('Bappeda', 'I32', 'Tingkat')).toBe('3 – Transaksi');
    expect(world.cell('Bappeda', 'I32', 'Jenis bukti')).toBe('Tangkapan layar');
    expect(errors).toEqual([]);
  });

  it('2: choosing another indicator or "Berikutnya" with unsaved changes asks first', async () => {
    const { world, page } = await openIndicator(BAPPEDA, 'Bappeda', 'I13');
    const typed = 'Kebijakan internal manajemen data ditetapkan dengan Perwali No. 12 Tahun 2025.';
    await page.fill('#explanation', typed);
    await page.selectOption('#indicator', 'I32');
    await page.waitForSelector('.notice.warning');
    expect(await footer(page)).toBe('Isian I13 belum disimpan.');
    await shot(page, 'state-leaving-question');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('button:has-text("Batal")');
    expect(await page.textContent('#entry h2')).toMatch(/^I13 /);
    expect(await page.inputValue('#explanation')).toBe(typed);
    await page.click('#next');
    await page.click('button:has-text("Simpan dulu")');
    await page.waitForFunction(
      () => !/^I13 /.test(document.querySelector('#entry h2')?.textContent ?? ''),
    );
    expect(world.cell('Bappeda', 'I13', 'Penjelasan')).toBe(typed);
    await page.fill('#explanation', 'sementara');
    await page.selectOption('#indicator', 'I13');
    await page.click('button:has-text("Buang perubahan")');
    await page.waitForFunction(() =>
      /^I13 /.test(document.querySelector('#entry h2')?.textContent ?? ''),
    );
  });

  it('3: the picker, the progress and the entry say the one status every view says', async () => {
    const { world, page } = await openIndicator('dispusip.spbe@example.org', 'Dispusip', 'I37');
    // Filled, but the last check found a file in the bin: "Perlu diperbaiki", not lengkap.
    expect(await page.locator('#indicator option').allTextContents()).toEqual([
      'I37 Layanan Kearsipan Dinamis — Perlu diperbaiki',
    ]);
    expect(await page.textContent('.progress-text')).toBe('0 dari 1 indikator lengkap');
    const t = world.grid('Dispusip');
    expect(world.env.engine().cell('Dispusip', rowOf(t, 'I37'), columnOf(t, 'Status'))).toBe(
      'Perlu diperbaiki',
    );
    expect(await page.textContent('.check-notes')).toMatch(/File ada di tempat sampah Drive\./);
  });

  it('4: warns before saving — counter, not-a-link, other sites — and says what is missing after', async () => {
    const { world, page } = await openIndicator(BAPPEDA, 'Bappeda', 'I33');
    await page.fill('#explanation', 'Sudah memakai SIPD sejak tahun 2024.');
    expect(await page.textContent('#explanation-count')).toBe('36 huruf — minimal 40');
    await page.fill('#evidence', 'lihat lampiran di map biru\nhttps://bit.ly/sipd-2024');
    const problems = await page.locator('#problems li').allTextContents();
    expect(problems).toEqual([
      'Penjelasan terlalu singkat (36 huruf, minimal 40) untuk meyakinkan asesor.',
      "'lihat lampiran di map biru' bukan tautan.",
      'Tautan ke bit.ly, bukan Google Drive.',
    ]);
    expect(await page.locator('.link-status .link-message').allTextContents()).toEqual([
      'Bukan tautan',
      'Bukan Google Drive',
    ]);
    const before = await page.textContent('.progress-text');
    await page.click('#save');
    await page.waitForSelector('.notice.warning');
    expect(await footer(page)).toMatch(/^Isian I33 tersimpan, tetapi belum lengkap:/);
    expect(await page.locator('#notice li').allTextContents()).toEqual(problems);
    expect(world.cell('Bappeda', 'I33', 'Penjelasan')).toBe('Sudah memakai SIPD sejak tahun 2024.');
    // "Lengkap" vs "belum lengkap" (#21): the footer, the picker, the progress and the tab's
    // Status say the same — I33 is no longer counted complete.
    const count = (text: string | null) => Number(/^(\d+) dari/.exec(text ?? '')?.[1]);
    expect(count(await page.textContent('.progress-text'))).toBe(count(before) - 1);
    expect(await page.locator('#indicator option:checked').textContent()).toMatch(
      /— Belum lengkap$/,
    );
    const t = world.grid('Bappeda');
    expect(world.env.engine().cell('Bappeda', rowOf(t, 'I33'), columnOf(t, 'Status'))).toBe(
      'Belum lengkap',
    );
  });

  it('4: "Cek akses file" checks this row’s files now, as an assessor meets them', async () => {
    const { page } = await open(ADMIN, (w) => w.select('Bapenda', 'I45'));
    await page.waitForSelector('#mode-opd');
    await settled(page);
    await page.click('#mode-opd');
    await page.waitForSelector('#entry h2');
    await settled(page);
    await page.fill(
      '#evidence',
      (await page.inputValue('#evidence')).replace(/\n.*$/, ''), // the private file only
    );
    await page.click('#probe');
    await page.waitForFunction(() =>
      /diperiksa sekarang/.test(document.getElementById('notice')?.textContent ?? ''),
    );
    expect(await page.locator('.link-status').allTextContents()).toEqual([
      'e-pajak screenshot.pngPribadi, asesor tidak bisa membuka',
    ]);
  });

  it('8: never scrolls sideways; names are short where they differ; links by file name', async () => {
    const { page } = await openIndicator('inspektorat.spbe@example.org', 'Inspektorat', 'I39');
    const sideways = await page.evaluate(() => {
      const scroll = document.getElementById('scroll') as HTMLElement;
      return [
        document.documentElement.scrollWidth - document.documentElement.clientWidth,
        scroll.scrollWidth - scroll.clientWidth,
      ];
    });
    expect(sideways).toEqual([0, 0]);
    expect(await page.textContent('#entry h2')).toBe('I39 Layanan Pengawasan Internal Pemerintah');
    const names = await page.locator('.link-name').allTextContents();
    expect(names).toEqual(['lihat map arsip di ruang Inspektorat', 'I39 Inspektorat dokumen.pdf']);
    expect(await page.textContent('#links')).not.toMatch(/https:\/\/drive/);
    await page.screenshot({ path: path.join(SHOTS, 'sidebar-opd-300x800.png') });
  });

  it('9: a server failure in plain Indonesian with "Coba lagi"; the retry saves once', async () => {
    const { world, page } = await openIndicator(BAPPEDA, 'Bappeda', 'I33');
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
    expect(await page.textContent('.notice.error .notice-text')).toBe(
      'Google Sheets sedang lambat menjawab (banyak orang membuka file ini bersamaan). Tunggu sebentar, lalu coba lagi. Isian Anda belum tersimpan, tetapi masih ada di panel ini.',
    );
    expect(await page.isEnabled('#save')).toBe(true);
    await shot(page, 'state-save-failed-transient');
    expect(await axeViolations(page)).toEqual([]);
    const writes = world.env.log.count('Range.setValues');
    await page.click('.notice button:has-text("Coba lagi")');
    await page.waitForSelector('.notice.ok');
    // One save: its input cells and its stamp (who saved, when), written once.
    expect(world.env.log.count('Range.setValues')).toBe(writes + 2);
  });

  it('9: a row changed meanwhile is shown side by side, and "Simpan versi saya" keeps mine', async () => {
    const { world, page } = await openIndicator(BAPPEDA, 'Bappeda', 'I33');
    const mine = 'Penganggaran terpadu memakai SIPD sejak 2024 di semua OPD, sesuai Perwali No. 3.';
    await page.fill('#explanation', mine);
    const t = world.grid('Bappeda');
    world.env.type(ADMIN, 'Bappeda', rowOf(t, 'I33'), columnOf(t, 'Penjelasan'), 'Versi admin.');
    await page.click('#save');
    await page.waitForSelector('#conflict');
    expect(await page.locator('#conflict tr.differs th').allTextContents()).toEqual(['Penjelasan']);
    expect(await page.locator('#conflict tr.differs td').allTextContents()).toEqual([
      mine,
      'Versi admin.',
    ]);
    expect(await inView(page, '#conflict h2')).toBe(true);
    await shot(page, 'state-conflict');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#save-mine');
    await page.waitForSelector('.notice.ok');
    expect(world.cell('Bappeda', 'I33', 'Penjelasan')).toBe(mine);
  });

  it('9: a locked tab says so at the top, with since when', async () => {
    const { page } = await openIndicator(BAPPEDA, 'Bappeda', 'I33', 600);
    expect(await page.locator('.banner').count()).toBe(0);
    const locked = await open(BAPPEDA, (w) => {
      w.env.ui.answers.push('YES');
      w.menu('menuToggleLock', ADMIN);
      w.select('Bappeda', 'I33');
    });
    await locked.page.waitForSelector('.banner');
    expect(await locked.page.textContent('.banner')).toMatch(
      /^Pengisian dikunci oleh Diskominfo sejak 28 Nov 2026 \d\d\.\d\d\. /,
    );
    expect(await inView(locked.page, '.banner')).toBe(true);
    expect(await locked.page.isDisabled('#save')).toBe(true);
    await shot(locked.page, 'state-locked');
    expect(await axeViolations(locked.page)).toEqual([]);
  });

  it('3: offers the national Penjelasan style (Fakta + Hasil analisis)', async () => {
    const { page } = await openIndicator(BAPPEDA, 'Bappeda', 'I32');
    await page.click('#template');
    expect(await page.inputValue('#explanation')).toMatch(
      /^Fakta: .*\nHasil analisis: .*Perwali No\. … Tahun …, pasal …, halaman …\.$/,
    );
  });

  it('can be filled with the keyboard alone', async () => {
    const { world, page } = await openIndicator(BAPPEDA, 'Bappeda', 'I13');
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
      i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'save';
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

  it('sends a save once however fast the button is pressed', async () => {
    const { world, page } = await openIndicator(BAPPEDA, 'Bappeda', 'I33');
    await page.fill('#explanation', 'Penjelasan yang cukup panjang untuk dinilai asesor nasional.');
    const writes = world.env.log.count('Range.setValues');
    await page.evaluate(() => {
      const button = document.getElementById('save') as HTMLButtonElement;
      button.click();
      button.click();
      button.click();
    });
    await page.waitForSelector('.notice.ok');
    expect(world.env.log.count('Range.setValues')).toBe(writes + 2);
  });

  it('7: someone who fills no tab is told whom to ask', async () => {
    const { page } = await open('staf.umum@example.org', (w) =>
      w.env.share('staf.umum@example.org'),
    );
    await page.waitForSelector('.empty');
    expect(await page.textContent('.empty')).toBe(
      'staf.umum@example.org belum terdaftar sebagai PIC OPD mana pun. Minta admin Diskominfo (kominfo.admin@example.org) menambahkan email Anda di tab OPD, lalu buka panel lagi.',
    );
  });

  it('10: passes axe-core (WCAG 2.2 AA and best practice) with no violation at all', async () => {
    const { page } = await openIndicator(BAPPEDA, 'Bappeda', 'I32');
    await page.fill('#explanation', 'pendek');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describeInBrowser('Diskominfo mode', () => {
  async function openCoordinator(height = 800, prepare?: (w: World) => void) {
    const opened = await open(ADMIN, prepare, height);
    await opened.page.waitForSelector('table.opds');
    await settled(opened.page);
    return opened;
  }

  it('7: opens first for an admin, with the OPD mode one click away', async () => {
    const { page } = await openCoordinator();
    expect(await page.getAttribute('#mode-coord', 'aria-selected')).toBe('true');
    expect(await page.locator('table.opds tbody tr').count()).toBe(12);
    // Rows in the order a coordinator chases them: OPDs with errors first, the most owed first.
    const rows = await page.locator('table.opds tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '');
        const [done, assigned] = (cells[1] ?? '0/0').split('/').map(Number);
        return { errors: Number(cells[2]), owed: (assigned ?? 0) - (done ?? 0), bad: tr.className };
      }),
    );
    const firstClean = rows.findIndex((r) => r.errors === 0);
    expect(rows.slice(0, firstClean).every((r) => r.errors > 0)).toBe(true);
    expect(rows.slice(firstClean).every((r) => r.errors === 0)).toBe(true);
    const owedWithErrors = rows.slice(0, firstClean).map((r) => r.owed);
    expect(owedWithErrors).toEqual([...owedWithErrors].sort((a, b) => b - a));
    // An OPD with errors reads red, its name included (a button keeps its own colour otherwise).
    expect(firstClean).toBeGreaterThan(0);
    expect(
      await page
        .locator('table.opds tbody tr.bad td:first-child button')
        .first()
        .evaluate((b) => getComputedStyle(b).color),
    ).toBe('rgb(197, 34, 31)');
    await page.click('#mode-opd');
    await page.waitForSelector('#entry h2');
  });

  it('5: a headline against target and last year; stages without data say so', async () => {
    const { page } = await openCoordinator(600, (w) => {
      const pengaturan = w.grid('Pengaturan');
      const row = pengaturan.cells.findIndex((r) => r[0] === 'Indeks tahun lalu') + 1;
      w.env.type(ADMIN, 'Pengaturan', row, 2, '2,01');
    });
    expect(await page.textContent('.headline .big')).toMatch(/^\d,\d\d (Kurang|Cukup|Baik)$/);
    expect(await page.textContent('.headline')).toMatch(
      /kurang \d,\d\d lagi untuk target 3,00 · tahun lalu 2,01 \([+-]\d,\d\d\)/,
    );
    const scores = await page.locator('.stage .score').allTextContents();
    expect(scores[0]).toMatch(/^\d,\d\d /); // Mandiri
    // Verifikasi has one indicator decided: how far along, not an index of placeholders.
    expect(scores[1]).toBe('1 dari 47 diverifikasi');
    expect(scores[2]).toBe('belum ada data'); // Final: nothing decided yet
    // Last year's card agrees with the headline (the index written in Pengaturan).
    expect(scores[4]).toBe('2,01');
    expect(await page.locator('.stage').nth(2).locator('.part').count()).toBe(0);
    // Domains by name, not only by code.
    expect(await page.locator('.stage').first().locator('.part-name').first().textContent()).toBe(
      'D1 Kebijakan Internal SPBE',
    );
    // No OPD name breaks inside a word, and nothing scrolls sideways.
    const overflow = await page.evaluate(() => {
      const scroll = document.getElementById('scroll') as HTMLElement;
      const names = Array.from(
        document.querySelectorAll('table.opds td:first-child button'),
      ) as HTMLElement[];
      const broken = names.filter((b) => {
        const lines = b.getClientRects().length > 1 || b.offsetHeight > 24;
        return lines && !/\s/.test(b.textContent ?? '');
      });
      return {
        sideways: scroll.scrollWidth - scroll.clientWidth,
        broken: broken.map((b) => b.textContent),
      };
    });
    expect(overflow).toEqual({ sideways: 0, broken: [] });
    await page.screenshot({ path: path.join(SHOTS, 'sidebar-diskominfo-300x600.png') });
  });

  it('3: runs Cek kelengkapan, Kirim pengingat and Buat laporan pimpinan from the view, as their menu items do, and counts again', async () => {
    const { world, page } = await openCoordinator(800, (w) => w.env.ui.answers.push('YES'));
    const before = world.mail.sent.length;
    await page.click('#run-remind');
    await page.waitForFunction(() => !document.getElementById('notice')?.textContent);
    await page.waitForSelector('table.opds');
    expect(world.mail.sent.length).toBeGreaterThan(before);
    const checks = () => world.grid('Log').cells.filter((r) => r[2] === 'Cek kelengkapan').length;
    const ran = checks();
    await page.click('#run-check');
    await page.waitForFunction(() => !document.getElementById('notice')?.textContent);
    await page.waitForSelector('table.opds');
    expect(checks()).toBe(ran + 1);
    await page.click('#run-report');
    await page.waitForFunction(() => !document.getElementById('notice')?.textContent);
    await page.waitForSelector('table.opds');
    expect(world.grid('Laporan').cells[0]?.[0]).toBe(
      'Laporan pimpinan — Indeks SPBE Kota Kendari 2026',
    );
    expect(world.env.ui.alerts.at(-1)?.prompt).toMatch(/^Laporan pimpinan ditulis di tab Laporan/);
    await page.locator('#run-report').scrollIntoViewIfNeeded();
    await shot(page, 'state-coordinator-actions');
    // At 300 px each button keeps its words on one line; the third goes to the next row.
    const heights = await page.$$eval('[id^="run-"]', (bs) => bs.map((b) => b.clientHeight));
    expect(heights).toHaveLength(3);
    expect(Math.max(...heights)).toBeLessThanOrEqual(36);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('6: the planner caps levels at 4 unless told otherwise', async () => {
    const { page } = await openCoordinator();
    expect(await page.inputValue('#max-level')).toBe('4');
  });

  it('6: the planner reads "3,5", names each indicator once, and honours a maximum level', async () => {
    const { world, page } = await openCoordinator();
    await page.fill('#target', '3,5');
    await page.selectOption('#max-level', '4');
    await page.click('#plan');
    await page.waitForSelector('ol.plan li');
    await settled(page);
    const lines = await page.locator('ol.plan li strong').allTextContents();
    const codes = lines.map((l) => l.split(' ')[0]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(lines[0]).toMatch(/^I\d\d [A-Z][a-z]/); // a name, not only a code
    const steps = await page.locator('ol.plan li .muted').allTextContents();
    for (const s of steps) expect(s).toMatch(/^tingkat \d → [2-4] · indeks jadi \d,\d\d/);
    expect(await page.textContent('#plan-result')).toMatch(/^(Dari|Target tidak tercapai)/);
    await page.screenshot({ path: path.join(SHOTS, 'sidebar-diskominfo-300x800.png') });
    await page.click('#write-plan');
    await page.waitForSelector('.notice.ok');
    expect(await footer(page)).toMatch(/^Rencana \(\d+ kenaikan\) ditulis di tab Rencana\.$/);
    expect(world.env.spreadsheet.sheetNamed('Rencana')).toBeDefined();
  });

  it('6: refuses a target that is not a number from 1 to 5, in words', async () => {
    const { page } = await openCoordinator();
    await page.fill('#target', 'tiga');
    await page.click('#plan');
    await page.waitForSelector('.notice.error');
    expect(await footer(page)).toBe('Tulis target sebagai angka 1 sampai 5, misalnya 3 atau 3,5.');
  });

  it('opens an OPD’s tab in the sheet from the table', async () => {
    const { world, page } = await openCoordinator();
    await page.click('table.opds button:has-text("BPKAD")');
    await page.waitForFunction(() => !document.getElementById('notice')?.textContent);
    expect(world.env.selection.sheet).toBe('BPKAD');
  });

  it('is not offered to OPD staff', async () => {
    const { page } = await openIndicator(BAPPEDA, 'Bappeda', 'I13');
    expect(await page.locator('button[role="tab"]').count()).toBe(0);
  });

  it('10: passes axe-core (WCAG 2.2 AA and best practice) with no violation at all', async () => {
    const { page } = await openCoordinator();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describeInBrowser('the panel follows the selected row cheaply (issue #15)', () => {
  const polls = (calls: readonly string[]) => calls.filter((c) => c === 'panelSelection').length;

  it('polls every 4 s while things change, slower when nothing does, and not while hidden', async () => {
    const { world, page, calls } = await open(
      BAPPEDA,
      (w) => w.select('Bappeda', 'I13'),
      800,
      true,
    );
    await page.clock.runFor(2_000);
    await settled(page);
    expect(await page.textContent('#entry h2')).toMatch(/^I13/);
    const start = polls(calls);
    // Two quiet minutes: 15 polls at 4 s, then 8 s apart — not the 30 a fixed 4 s would make.
    for (let s = 0; s < 120; s += 4) await page.clock.runFor(4_000);
    const quiet = polls(calls) - start;
    expect(quiet).toBeGreaterThanOrEqual(20);
    expect(quiet).toBeLessThanOrEqual(24);
    // A move in the sheet is still followed, and the pace is fast again.
    world.select('Bappeda', 'I32');
    await page.clock.runFor(40_000);
    await settled(page);
    await page.waitForFunction(() =>
      document.querySelector('#entry h2')?.textContent?.startsWith('I32'),
    );
    // Hidden: no poll at all.
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const hiddenFrom = polls(calls);
    for (let s = 0; s < 60; s += 4) await page.clock.runFor(4_000);
    expect(polls(calls)).toBe(hiddenFrom);
    await page.close();
  });
});
