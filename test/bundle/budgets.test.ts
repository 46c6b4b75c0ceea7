import { PEMDI_2026 } from '../../src/core/catalogue/frameworks/pemdi-2026';
import { chooseSpbe2020, demoWorld } from '../support/demo-world';
import { opdList } from '../support/opd-list';
import { ADMIN, panelWorld } from '../support/panel-world';
import { SheetsWorld } from '../support/sheets-world';
import { columnOf, rowOf } from '../support/workbook-helpers';

/**
 * Service calls are round trips to Google (50–300 ms each): what the panel does every few
 * seconds, and what a PIC waits for, have budgets, counted on the stand-ins through the built
 * bundle on the 12-OPD demo. Each test prints its count.
 */
const PIC = 'bappeda.spbe@example.org';

function counted(w: ReturnType<typeof panelWorld>, what: string, run: () => unknown): number {
  const before = w.env.log.calls.length;
  run();
  const n = w.env.log.calls.length - before;
  console.log(`${what}: ${n} service calls`);
  return n;
}

describe('service-call budgets on the 12-OPD demo', () => {
  it('a sidebar poll reads only the selected row: at most 10 calls', () => {
    const w = panelWorld();
    w.select('Bappeda', 'I32');
    expect(
      counted(w, 'poll (panelSelection)', () => w.rpc('panelSelection', {}, PIC)),
    ).toBeLessThanOrEqual(10);
  });

  it('opening the panel reads settings, OPD list and one row: at most 30 calls', () => {
    const w = panelWorld();
    w.select('Bappeda', 'I32');
    expect(counted(w, 'open (panelState)', () => w.rpc('panelState', {}, PIC))).toBeLessThanOrEqual(
      30,
    );
  });

  it('opening an indicator reads each tab it shows once: at most 40 calls', () => {
    const w = panelWorld();
    expect(
      counted(w, 'indicator (panelOpd)', () =>
        w.rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, PIC),
      ),
    ).toBeLessThanOrEqual(40);
  });

  it('a save writes only what changed and answers with the new view: at most 60 calls', () => {
    const w = panelWorld();
    const view = w.rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I33' }, PIC);
    const entry = view.entry;
    expect(
      counted(w, 'save (panelSave)', () =>
        w.rpc(
          'panelSave',
          {
            opdKey: 'spbe:opd:BAPPEDA',
            code: 'I33',
            version: entry?.version ?? '',
            level: 3,
            explanation: 'Penganggaran terpadu memakai SIPD di semua OPD sejak 2024.',
            evidence: entry?.evidence ?? '',
            evidenceKind: entry?.evidenceKind ?? '',
          },
          PIC,
        ),
      ),
    ).toBeLessThanOrEqual(60);
  });

  it('the coordinator view reads every OPD tab once: at most 120 calls', () => {
    const w = panelWorld();
    expect(
      counted(w, 'coordinator (panelCoordinator)', () => w.rpc('panelCoordinator', {}, ADMIN)),
    ).toBeLessThanOrEqual(120);
  });

  // Like Cek kelengkapan it reads every OPD tab once, links included (an OPD's "lengkap"
  // counts a pasted rich-text link); writing the tab is about 60 more, nothing when unchanged.
  it('the leaders’ Laporan tab: at most 240 calls written first, 200 refreshed', () => {
    const w = panelWorld();
    const first = counted(w, 'first Laporan (menuReport)', () => w.menu('menuReport', ADMIN));
    const again = counted(w, 'refreshed Laporan (menuReport)', () => w.menu('menuReport', ADMIN));
    expect(first).toBeLessThanOrEqual(240);
    expect(again).toBeLessThanOrEqual(200);
  });

  it('one single-cell edit seen by the audit trigger: at most 8 calls', () => {
    const w = panelWorld();
    w.env.ui.answers.push('YES');
    w.menu('menuInstallRecorder', ADMIN);
    const t = w.grid('Bappeda');
    const n = counted(w, 'audit edit (recorderOnEdit)', () =>
      w.edit(
        PIC,
        'Bappeda',
        rowOf(t, 'I32'),
        columnOf(t, 'Penjelasan'),
        'Penjelasan baru yang cukup panjang.',
      ),
    );
    expect(n).toBeLessThanOrEqual(8);
  });

  /** A file with a 12-OPD list typed in and shared with every PIC, as a coordinator would. */
  function cityOf12(instrument: 'spbe' | 'pemdi' = 'spbe') {
    const w = new SheetsWorld(ADMIN);
    if (instrument === 'spbe') chooseSpbe2020(w);
    // Pemdi (the default for 2026): the 16 indicators a Pemda answers, each with its items.
    const pemdi = PEMDI_2026.indicators.filter((i) => !i.external).map((i) => i.no);
    const rows = instrument === 'spbe' ? opdList(12) : opdList(12, pemdi);
    const width = 6;
    const list = w.env.spreadsheet.insertSheet(
      'OPD',
    ) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    list
      .getRange(1, 1, rows.length, width)
      .setValues(rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? '')));
    w.env.share(...rows.slice(4).map((r) => String(r[4])));
    const opdTabs = new Set(rows.slice(4).map((r) => String(r[3])));
    const run = (what: string) => {
      const from = w.env.log.calls.length;
      w.menu('menuSetup', ADMIN);
      // A new tab is copied under a passing name first: its calls count for the tab.
      const tabs = w.env.log.tabs
        .slice(from)
        .map((t) => t?.replace(/^SPBE sedang menyiapkan · /, ''));
      const total = tabs.length;
      const perTab = tabs.filter((t) => t !== undefined && opdTabs.has(t)).length / opdTabs.size;
      console.log(`${what}: ${total} service calls, ${perTab.toFixed(1)} per OPD tab`);
      return { total, perTab };
    };
    return { w, run };
  }

  it('first Siapkan of a 12-OPD city: at most 36 calls per OPD tab and 800 in all', () => {
    const { run } = cityOf12();
    const first = run('first setup (menuSetup)');
    expect(first.perTab).toBeLessThanOrEqual(36);
    expect(first.total).toBeLessThanOrEqual(800);
  });

  it('first Siapkan of a 12-OPD Pemdi city, items under every indicator: the same budget', () => {
    const { run } = cityOf12('pemdi');
    const first = run('first setup, Pemdi (menuSetup)');
    expect(first.perTab).toBeLessThanOrEqual(36);
    expect(first.total).toBeLessThanOrEqual(800);
    const again = run('re-run, Pemdi (menuSetup)');
    expect(again.perTab).toBeLessThanOrEqual(5);
  });

  it('first Siapkan of the Kendari demo, its own OPD list, through the menu: at most 800 calls', () => {
    const w = demoWorld('bare');
    const from = w.env.log.calls.length;
    w.menu('menuSetup', ADMIN);
    const total = w.env.log.calls.length - from;
    console.log(`first setup, Kendari demo (menuSetup): ${total} service calls`);
    expect(total).toBeLessThanOrEqual(800);
  });

  it('a re-run of Siapkan that changes nothing: at most 5 calls per OPD tab', () => {
    const { run } = cityOf12();
    run('first setup');
    const again = run('re-run (menuSetup)');
    expect(again.perTab).toBeLessThanOrEqual(5);
  });
});
