import { columnLetter } from '../../src/core/workbook/a1';
import { reportedFindings } from '../support/demo-typing';
import { ADMIN as ADMIN_EMAIL, demo, demoWorld } from '../support/demo-world';
import { columnOf, rowOf } from '../support/workbook-helpers';

/**
 * SPBE › Diskominfo › Cek kelengkapan through dist/Code.js on the 12-OPD Kendari demo with planted
 * problems, Drive answering through UrlFetchApp.fetchAll stand-ins.
 */

function world() {
  return demoWorld('typed');
}

describe('Cek kelengkapan on the planted demo', () => {
  const { env, drive, menu, formula, formulaOn, shown, rt } = world();
  const before = env.ui.alerts.length;
  menu('menuCheck');

  it('finds every planted problem and nothing else', () => {
    const found = reportedFindings(env);
    for (const p of demo.planted) {
      expect([
        p.opd,
        p.indicator,
        found.some(
          (f) => f[1] === p.opd && f[2] === p.indicator && (f[3] ?? '').startsWith(p.problem),
        ),
      ]).toEqual([p.opd, p.indicator, true]);
    }
    expect(found.map((f) => `${f[1]} ${f[2]}: ${f[3]}`)).toHaveLength(demo.planted.length);
  });

  it('lists errors before warnings, each linking to its cell', () => {
    const found = reportedFindings(env);
    const order = found.map((f) => f[0]);
    expect(order.indexOf('Peringatan')).toBeGreaterThan(order.lastIndexOf('Kesalahan'));
    const sheetId = env.spreadsheet.sheetNamed('Bappeda')?.id;
    const explanation = found.find((f) => f[2] === 'I32');
    const col = columnLetter(
      columnOf({ cells: env.spreadsheet.sheetNamed('Bappeda')?.contents ?? [] }, 'Penjelasan'),
    );
    expect(explanation?.[5]).toMatch(
      new RegExp(`^=HYPERLINK\\("#gid=${sheetId}&range=${col}\\d+";"Bappeda!${col}\\d+"\\)$`),
    );
  });

  it('summarises each OPD: assigned, complete, errors, warnings', () => {
    const cells = env.spreadsheet.sheetNamed('Kelengkapan')?.contents ?? [];
    const bkpsdm = cells.find((r) => r[0] === 'BKPSDM');
    expect(bkpsdm?.slice(1, 7)).toEqual(['BKPSDM', 3, 2, 0.67, 1, 0]);
    const hukum = cells.find((r) => r[0] === 'HUKUM');
    // A link to another site is an error: an assessor opens only Drive (or an allowed host).
    expect(hukum?.slice(1, 7)).toEqual(['Bag. Hukum', 1, 0, 0, 1, 0]);
  });

  it('asks Drive through its batch endpoint: 100 calls an HTTP request, 300 a round', () => {
    // Each linked file: its metadata as the checker, then (Drive tells only those who may
    // share it) its address without signing in, as an assessor meets it. What the answers
    // reveal (a shortcut's target, a folder's contents) goes in later rounds.
    // More calls than one batch holds: the demo links over a hundred files.
    expect(drive.apiCallsServed).toBeGreaterThan(100);
    const probes = drive.requestsServed - Math.ceil(drive.apiCallsServed / 100);
    // Every API call went in a batch: the HTTP requests are the batches and the probes.
    expect(drive.requestsServed).toBeLessThanOrEqual(probes + drive.fetchAllCalls * 3);
    expect(drive.fetchAllCalls).toBeLessThanOrEqual(
      Math.ceil(drive.apiCallsServed / 300) + Math.ceil(probes / 97) + 2,
    );
    // A batch spends one URL fetch of the daily quota, not one a file.
    expect(rt.used(ADMIN_EMAIL).urlFetch).toBe(drive.requestsServed);
    expect(rt.used(ADMIN_EMAIL).urlFetch).toBeLessThan(drive.apiCallsServed);
  });

  /** The A1 address of an indicator's evidence cell on an OPD tab, as an analyst types it. */
  const evidenceCell = (tab: string, code: string) => {
    const grid = { cells: env.spreadsheet.sheetNamed(tab)?.contents ?? [] };
    return `'${tab}'!${columnLetter(columnOf(grid, 'Data dukung'))}${rowOf(grid, code)}`;
  };
  const BUKTI = { range: "'_Bukti'!A:M" };

  it('keeps the facts in a hidden _Bukti tab that SPBE_BUKTI reads, as its argument, without calling Drive', () => {
    expect(env.spreadsheet.sheetNamed('_Bukti')?.hidden).toBe(true);
    const rounds = drive.fetchAllCalls;
    const result = formulaOn('SPBE_BUKTI', { range: evidenceCell('Bapenda', 'I45') }, BUKTI);
    expect(result.ok && String(result.value).split('\n')[0]).toBe(
      'Pribadi, asesor tidak bisa membuka: e-pajak screenshot.png',
    );
    const trash = formula(
      'SPBE_BUKTI',
      [[demo.answers.get('DISPUSIP')?.get('I37')?.evidence ?? ''], ['bukan tautan']],
      shown(BUKTI.range),
    );
    expect(trash.ok && trash.value).toEqual([
      [
        'Di tempat sampah: arsip lama.pdf\nOK: I37 Dispusip lampiran.png (diubah 10 Feb 2026, diperiksa 28 Nov 2026)',
      ],
      [
        'Bukan tautan, atau label tautan yang belum dikenal (fungsi hanya melihat labelnya): jalankan SPBE › Diskominfo › Cek kelengkapan',
      ],
    ]);
    expect(drive.fetchAllCalls).toBe(rounds);
  });

  it('agrees with the check on a labelled link, of which Sheets passes the label alone (R15)', () => {
    const cell = evidenceCell('BPKAD', 'I38');
    // What Sheets hands the function: the HYPERLINK's label, not its address.
    expect(shown(cell)).toBe('Aplikasi aset daerah');
    const result = formulaOn('SPBE_BUKTI', { range: cell }, BUKTI);
    expect(result).toEqual({ ok: true, value: expect.stringMatching(/^OK: I38 BPKAD /) });
    // The check raised nothing for it either.
    expect(reportedFindings(env).filter((f) => f[1] === 'BPKAD' && f[2] === 'I38')).toEqual([]);
  });

  it('tells how to pass _Bukti when SPBE_BUKTI is given no range, or one without its header', () => {
    const missing = formula(
      'SPBE_BUKTI',
      'https://drive.google.com/file/d/1abcdefghijklmnopqrstuvwxyz/view',
    );
    expect(missing).toEqual({
      ok: false,
      error: expect.stringMatching(/^argumen bukti harus rentang tab _Bukti.+'_Bukti'!A:M/),
    });
    const headless = formula('SPBE_BUKTI', 'x', [['1abc', 'ok']]);
    expect(headless.ok).toBe(false);
  });

  it('tells the coordinator the totals', () => {
    const alert = env.ui.alerts.slice(before).map((a) => a.prompt);
    const errors = reportedFindings(env).filter((f) => f[0] === 'Kesalahan').length;
    const warnings = reportedFindings(env).filter((f) => f[0] === 'Peringatan').length;
    expect(alert).toEqual([
      `Cek kelengkapan selesai: ${errors} kesalahan, ${warnings} peringatan. Lihat tab Kelengkapan.`,
    ]);
  });

  it('asks Drive again only for what is stale', () => {
    const served = drive.requestsServed;
    menu('menuCheck');
    expect(drive.requestsServed).toBe(served);
    expect(reportedFindings(env)).toHaveLength(demo.planted.length);
  });
});

describe('Drive failures do not abort the check', () => {
  const id = (opd: string, code: string) =>
    (/\/d\/([-\w]+)/.exec(demo.answers.get(opd)?.get(code)?.evidence ?? '') ?? [])[1] ?? '';

  it('reports a 403 as unreadable and a 429 as not checked yet, and checks the rest', () => {
    const { env, drive, menu } = world();
    drive.failures.set(id('BKPSDM', 'I25'), 403);
    drive.failures.set(id('BKPSDM', 'I41'), 429);
    menu('menuCheck');
    const found = reportedFindings(env);
    expect(found.filter((f) => f[2] === 'I25').map((f) => f[3])).toEqual([
      'File tidak dapat dibuka dengan akun pemeriksa.',
    ]);
    expect(found.filter((f) => f[2] === 'I41')).toEqual([
      expect.arrayContaining([
        'Info',
        'BKPSDM',
        'I41',
        'File belum bisa diperiksa (Drive menjawab 429).',
      ]),
    ]);
    expect(found).toHaveLength(demo.planted.length + 2);
    // The 429 is stale: the next check asks for that file again, and only for it (its
    // metadata, then whether an assessor can open it).
    drive.failures.clear();
    const served = drive.requestsServed;
    menu('menuCheck');
    expect(drive.requestsServed - served).toBe(2);
    expect(reportedFindings(env).filter((f) => f[2] === 'I41')).toEqual([]);
  });

  it('asks again, later in the run, for a file Drive answered "too many requests"', () => {
    const { env, drive, menu } = world();
    drive.passing.set(id('BKPSDM', 'I41'), { failure: 429, times: 1 });
    drive.passing.set(id('BKPSDM', 'I25'), { failure: '403-rate', times: 2 });
    menu('menuCheck');
    const found = reportedFindings(env);
    expect(found.filter((f) => f[2] === 'I41' || f[2] === 'I25')).toEqual([]);
    expect(found).toHaveLength(demo.planted.length);
  });

  it('records a file still refused after three tries as not checked yet, never as unreadable', () => {
    const { env, drive, menu } = world();
    drive.failures.set(id('BKPSDM', 'I25'), '403-rate');
    menu('menuCheck');
    expect(
      reportedFindings(env)
        .filter((f) => f[2] === 'I25')
        .map((f) => f[3]),
    ).toEqual(['File belum bisa diperiksa (Drive menjawab 403).']);
  });

  it('answers a timed-out round through DriveApp instead, file by file', () => {
    const { env, drive, menu } = world();
    drive.failures.set(id('DISKOMINFO', 'I03'), 'timeout');
    menu('menuCheck');
    expect(env.log.count('DriveApp.getFileById')).toBeGreaterThan(0);
    const found = reportedFindings(env);
    expect(found.filter((f) => f[2] === 'I03')).toEqual([]);
    for (const p of demo.planted)
      expect(
        found.some(
          (f) =>
            f[1] === p.opd &&
            f[2] === p.indicator &&
            (f[3] ?? '').startsWith(p.problem.slice(0, 12)),
        ),
      ).toBe(true);
  });
});

describe('a check that runs out of time', () => {
  /** A world whose first Drive round takes 300 s of the 270 s budget: the second cannot start. */
  function slowDrive(deployment: 'bound' | 'addon' | 'addon-test') {
    const w = demoWorld('typed', { deployment });
    w.drive.onRound = () => {
      w.rt.advance(300_000);
    };
    expect(demo.files.length).toBeGreaterThan(100);
    w.menu('menuCheck');
    w.drive.onRound = undefined;
    return w;
  }
  const lastAlert = (w: ReturnType<typeof slowDrive>) => w.env.ui.alerts.at(-1)?.prompt ?? '';

  function finishedOnce(w: ReturnType<typeof slowDrive>, servedFirst: number) {
    const found = reportedFindings(w.env);
    expect(found).toHaveLength(demo.planted.length);
    expect(new Set(found.map((f) => f.join('|'))).size).toBe(found.length);
    // No file was asked twice: the second run asked only for the rest.
    expect(w.drive.requestsServed - servedFirst).toBeLessThan(2 * demo.files.length);
    // Files read before the pause were still asked about as an assessor meets them.
    const bukti = w.env.spreadsheet.sheetNamed('_Bukti')?.contents ?? [];
    const unjudged = bukti.filter(
      (r) => r[1] === 'ok' && r[5] !== 'ya' && r[7] === 'unknown' && r[8] === '',
    );
    expect(unjudged).toEqual([]);
  }

  it('as a bound script: continues a minute later by itself, with nothing lost or doubled', () => {
    const w = slowDrive('bound');
    expect(lastAlert(w)).toMatch(
      /^Waktu eksekusi hampir habis; \d+ file belum diperiksa.+dilanjutkan otomatis dalam 1 menit/,
    );
    expect(w.rt.triggers.map((t) => [t.handler, (t.fireAt ?? 0) - w.rt.now()])).toEqual([
      ['continueCheck', 60_000],
    ]);
    expect(reportedFindings(w.env)).toEqual([]);
    const servedFirst = w.drive.requestsServed;
    w.rt.advance(60_000);
    expect(w.runDueTriggers()).toBe(1);
    // The spent one-off trigger is deleted; none is left behind.
    expect(w.rt.triggers).toEqual([]);
    finishedOnce(w, servedFirst);
    expect(w.env.spreadsheet.toasts.at(-1)).toMatch(/^Cek kelengkapan selesai/);
  });

  it('as an Editor add-on: asks the coordinator to click again (no add-on trigger may run within the hour)', () => {
    const w = slowDrive('addon');
    expect(lastAlert(w)).toMatch(
      /Lanjutkan dengan memilih SPBE › Diskominfo › Cek kelengkapan lagi\.$/,
    );
    expect(w.rt.triggers).toEqual([]);
    const servedFirst = w.drive.requestsServed;
    w.menu('menuCheck');
    finishedOnce(w, servedFirst);
  });

  it('in a test deployment, where no trigger runs: the message says to click again, and that works', () => {
    const w = slowDrive('addon-test');
    expect(lastAlert(w)).toMatch(
      /Bila belum berlanjut dalam 5 menit, pilih SPBE › Diskominfo › Cek kelengkapan lagi/,
    );
    w.rt.advance(10 * 60_000);
    expect(w.runDueTriggers()).toBe(0);
    const servedFirst = w.drive.requestsServed;
    w.menu('menuCheck');
    finishedOnce(w, servedFirst);
    expect(w.rt.triggers).toEqual([]);
  });
});
