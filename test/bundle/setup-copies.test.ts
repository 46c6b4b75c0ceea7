import type { FakeSheet } from '../fakes/spreadsheet-app';
import { chooseSpbe2020 } from '../support/demo-world';
import { ADMIN } from '../support/panel-world';
import { SheetsWorld } from '../support/sheets-world';

/**
 * Siapkan makes each new OPD tab a copy of the OPD tab it shaped just before, and then sets
 * only what differs (issue #15: one tab's formatting for many). A copy must end exactly as a
 * tab formatted from nothing: same values, widths, frozen panes, validation, rules, formats
 * and — above all — protection (no PIC of one OPD may edit another's copy).
 */
const HEADER = ['Kode OPD', 'Nama OPD', 'Singkatan', 'Nama tab', 'Email PIC', 'Indikator'];

/** OPDs with 2 to 6 indicators, so copies are made of tabs longer and shorter than themselves. */
function opdRows(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => {
    const count = 2 + ((i * 3) % 5);
    const indicators = Array.from({ length: count }, (_, k) => ((i * 7 + k) % 47) + 1);
    return [
      `OPD${i + 1}`,
      `Organisasi ${i + 1}`,
      `OPD ${i + 1}`,
      `OPD ${i + 1}`,
      `pic${i + 1}@example.org`,
      indicators.join(', '),
    ];
  });
}

function worldWith(rows: readonly string[][]): SheetsWorld {
  const w = new SheetsWorld(ADMIN);
  chooseSpbe2020(w);
  w.env.share(...opdRows(8).map((r) => r[4] as string));
  typeList(w, rows);
  return w;
}

function typeList(w: SheetsWorld, rows: readonly string[][]): void {
  const all = [['Daftar OPD'], [''], [''], HEADER, ...rows];
  let sheet = w.env.spreadsheet.sheetNamed('OPD');
  if (!sheet) sheet = w.env.spreadsheet.insertSheet('OPD') as unknown as FakeSheet;
  const range = (sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet).getRange(
    1,
    1,
    all.length,
    HEADER.length,
  );
  range.setValues(all.map((r) => HEADER.map((_, c) => r[c] ?? '')));
}

/**
 * Everything a user or the add-on depends on in a tab, within the rows it uses (a copy of a
 * longer tab keeps the template's cell formats, not values or rules, in the rows below).
 */
function stateOf(sheet: FakeSheet | undefined) {
  if (!sheet) throw new Error('tab missing');
  const used = sheet.contents.reduce((last, r, i) => (r.some((c) => c !== '') ? i + 1 : last), 0);
  const within = (key: string) => Number(key.split(':')[0]) <= used;
  const sorted = <T>(m: Map<string, T>) =>
    [...m].filter(([k]) => within(k)).sort(([a], [b]) => a.localeCompare(b));
  return {
    contents: sheet.contents.slice(0, used),
    frozen: [sheet.frozenRows, sheet.frozenColumns],
    widths: [...sheet.widths].sort(([a], [b]) => a - b),
    validations: sorted(sheet.validations).map(([k, v]) => [k, v.criteria, v.args, v.helpText]),
    formats: sorted(sheet.formats),
    rules: sheet.rules.map((r) => [r.formula, r.background, r.ranges.map((x) => x.box)]),
    protections: sheet.protections
      .map((p) => ({
        type: p.type,
        box: p.box,
        description: p.description,
        editors: [...p.editors].sort(),
        open: p.unprotected,
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
}

describe('Siapkan copies OPD tabs from the one shaped before', () => {
  it('leaves every copy exactly as a tab formatted from nothing, protections included', () => {
    const rows = opdRows(8);
    const copied = worldWith(rows);
    copied.menu('menuSetup', ADMIN);
    // Column widths were set on the first OPD tab only: the others are its copies.
    const widthCalls = copied.env.log.calls
      .map((c, i) => [c, copied.env.log.tabs[i]])
      .filter(([c, tab]) => /setColumnWidths?$/.test(String(c)) && /^OPD \d/.test(String(tab)))
      .map(([, tab]) => tab);
    expect(new Set(widthCalls)).toEqual(new Set(['OPD 1']));

    // The reference: OPDs added one per run, so each tab is made from nothing.
    const alone = worldWith(rows.slice(0, 1));
    alone.menu('menuSetup', ADMIN);
    for (let n = 2; n <= rows.length; n++) {
      typeList(alone, rows.slice(0, n));
      alone.menu('menuSetup', ADMIN);
    }
    for (const r of rows) {
      const tab = r[3] as string;
      expect({ tab, ...stateOf(copied.env.spreadsheet.sheetNamed(tab)) }).toEqual({
        tab,
        ...stateOf(alone.env.spreadsheet.sheetNamed(tab)),
      });
    }
  });

  it('lets each tab’s own PIC, and no other, type in its copy', () => {
    const rows = opdRows(3);
    const w = worldWith(rows);
    w.menu('menuSetup', ADMIN);
    const sheet = w.env.spreadsheet.sheetNamed('OPD 3');
    const header = sheet?.contents[3] ?? [];
    const col = header.indexOf('Penjelasan') + 1;
    expect(() => w.env.type('pic3@example.org', 'OPD 3', 5, col, 'Milik OPD 3.')).not.toThrow();
    expect(() => w.env.type('pic2@example.org', 'OPD 3', 5, col, 'Bukan milik OPD 2.')).toThrow(
      /protected/,
    );
  });

  it('dying anywhere while copying leaves no tab holding another OPD’s rows', () => {
    const rows = opdRows(3);
    const probe = worldWith(rows);
    const before = probe.env.log.calls.length;
    probe.menu('menuSetup', ADMIN);
    const calls = probe.env.log.calls.slice(before);
    const firstCopy = calls.indexOf('Spreadsheet.insertSheet', calls.indexOf('Sheet.getRangeList'));
    for (let n = firstCopy; n <= firstCopy + 8; n++) {
      const w = worldWith(rows);
      w.env.log.failAfter = n;
      try {
        w.menu('menuSetup', ADMIN);
      } catch {
        // the execution ended there
      }
      w.env.log.failAfter = undefined;
      w.menu('menuSetup', ADMIN);
      const names = w.env.spreadsheet.sheets.map((x) => x.name);
      expect([n, names.filter((x) => x.startsWith('SPBE sedang'))]).toEqual([n, []]);
      for (const r of rows) {
        const own = new Set((r[5] as string).split(', ').map((k) => `I${k.padStart(2, '0')}`));
        const codes = (w.env.spreadsheet.sheetNamed(r[3] as string)?.contents ?? [])
          .slice(4)
          .map((x) => String(x[0]))
          .filter(Boolean);
        expect([n, r[3], codes.filter((c) => !own.has(c))]).toEqual([n, r[3], []]);
      }
    }
  });

  it('makes bare tabs when the admin may not remove a copied protection (not the file’s owner)', () => {
    const owner = 'pemilik.file@example.org';
    const w = new SheetsWorld(owner);
    chooseSpbe2020(w);
    w.env.share(ADMIN, ...opdRows(3).map((r) => r[4] as string));
    typeList(w, opdRows(3));
    w.menu('menuSetup', ADMIN);
    // Each copy was tried, found locked to the owner, deleted, and made bare instead.
    expect(w.env.log.count('Spreadsheet.deleteSheet')).toBeGreaterThan(0);
    expect(w.env.spreadsheet.sheets.some((x) => x.name.startsWith('SPBE sedang'))).toBe(false);
    const sheet = w.env.spreadsheet.sheetNamed('OPD 3');
    const col = (sheet?.contents[3] ?? []).indexOf('Penjelasan') + 1;
    expect(() => w.env.type('pic3@example.org', 'OPD 3', 5, col, 'Milik OPD 3.')).not.toThrow();
    expect(() => w.env.type('pic2@example.org', 'OPD 3', 5, col, 'Bukan.')).toThrow(/protected/);
  });
});
