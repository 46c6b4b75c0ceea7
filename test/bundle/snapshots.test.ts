import { reportedFindings } from '../support/demo-typing';
import { ADMIN, panelWorld } from '../support/panel-world';
import { columnOf, rowOf } from '../support/workbook-helpers';

/** Snapshots before bulk operations, and Pulihkan restoring one indicator, one OPD or all. */
function afterDamage() {
  const world = panelWorld();
  const { env, menu, grid } = world;
  // A setup run that changes the tabs (a new OPD) takes a snapshot first.
  const opd = grid('OPD');
  const next = opd.cells.length + 1;
  ['DINKES', 'Dinas Kesehatan', 'Dinkes', '', 'dinkes.spbe@example.org', '45'].forEach((v, i) => {
    env.type(ADMIN, 'OPD', next, i + 1, v);
  });
  menu('menuSetup');
  // Then damage: two explanations overwritten, one verifier status cleared.
  const bappeda = grid('Bappeda');
  const put = (code: string, header: string, value: string) =>
    env.type(ADMIN, 'Bappeda', rowOf(bappeda, code), columnOf(bappeda, header), value);
  const before = {
    i13: world.cell('Bappeda', 'I13', 'Penjelasan'),
    i32: world.cell('Bappeda', 'I32', 'Penjelasan'),
    i40: world.cell('Bappeda', 'I40', 'Status verifikasi'),
  };
  put('I13', 'Penjelasan', 'terhapus tidak sengaja');
  put('I32', 'Penjelasan', 'terhapus juga');
  put('I40', 'Status verifikasi', '');
  return { world, before };
}

describe('snapshots and Pulihkan', () => {
  it('keeps a snapshot before a setup that changes answer tabs, and none when nothing changes', () => {
    const world = panelWorld();
    const taken = () =>
      new Set(
        (world.env.spreadsheet.sheetNamed('_Snapshot')?.contents.slice(1) ?? []).map((r) => r[0]),
      ).size;
    world.menu('menuSetup');
    expect(taken()).toBe(0);
    const { world: changed } = afterDamage();
    expect(
      new Set(
        (changed.env.spreadsheet.sheetNamed('_Snapshot')?.contents.slice(1) ?? []).map((r) => r[0]),
      ).size,
    ).toBe(1);
    expect(changed.env.spreadsheet.sheetNamed('_Snapshot')?.hidden).toBe(true);
  });

  it('restores one indicator, logging what it replaced, and leaves the rest alone', () => {
    const { world, before } = afterDamage();
    world.env.ui.typed.push('1 BAPPEDA I13');
    world.env.ui.answers.push('YES');
    world.menu('menuRestore');
    expect(world.cell('Bappeda', 'I13', 'Penjelasan')).toBe(before.i13);
    expect(world.cell('Bappeda', 'I32', 'Penjelasan')).toBe('terhapus juga');
    const log = world.grid('Log').cells.filter((r) => r[2] === 'Pulihkan');
    expect(log).toEqual([
      [
        expect.any(String),
        ADMIN,
        'Pulihkan',
        'dari snapshot 1: Penjelasan',
        'Bappeda',
        '',
        'BAPPEDA',
        'I13',
        'terhapus tidak sengaja',
        before.i13,
      ],
    ]);
    expect(world.env.ui.alerts.at(-1)?.prompt).toBe(
      '1 isian dipulihkan. Nilai yang diganti tercatat di Log.',
    );
  });

  it('restores a whole OPD, or everything', () => {
    const { world, before } = afterDamage();
    world.env.ui.typed.push('1 BAPPEDA');
    world.env.ui.answers.push('YES');
    world.menu('menuRestore');
    expect([
      world.cell('Bappeda', 'I13', 'Penjelasan'),
      world.cell('Bappeda', 'I32', 'Penjelasan'),
      world.cell('Bappeda', 'I40', 'Status verifikasi'),
    ]).toEqual([before.i13, before.i32, before.i40]);
    // The restore itself was snapshotted first (version 2), so it can be undone.
    const versions = new Set(
      (world.env.spreadsheet.sheetNamed('_Snapshot')?.contents.slice(1) ?? []).map((r) => r[0]),
    );
    expect([...versions]).toEqual([1, 2]);
  });

  it('explains what it cannot read, and does nothing when cancelled', () => {
    const { world } = afterDamage();
    world.env.ui.typed.push('versi terakhir');
    world.menu('menuRestore');
    expect(world.env.ui.alerts.at(-1)?.prompt).toMatch(
      /^'versi terakhir' tidak bisa dibaca\. Tulis nomor versi/,
    );
    world.env.ui.typed.push('1 BAPPEDA');
    world.env.ui.answers.push('NO');
    world.menu('menuRestore');
    expect(world.cell('Bappeda', 'I32', 'Penjelasan')).toBe('terhapus juga');
  });

  it('is for admins only', () => {
    const { world } = afterDamage();
    world.env.user = 'bappeda.spbe@example.org';
    world.menu('menuRestore');
    expect(world.env.ui.alerts.at(-1)?.prompt).toMatch(
      /^Hanya admin Diskominfo \(.+\) yang dapat memulihkan isian\./,
    );
  });
});

describe('a restore writes only what it puts back', () => {
  it('keeps a link a PIC pasted on their words in another row of the same tab', () => {
    const world = panelWorld();
    const { env, grid } = world;
    const bpkad = grid('BPKAD');
    const evidence = `${rowOf(bpkad, 'I38')}:${columnOf(bpkad, 'Data dukung')}`;
    const sheet = env.spreadsheet.sheetNamed('BPKAD');
    // The demo's labelled link: words carrying a Drive link (as pasted).
    expect(sheet?.richLinks.get(evidence)).toEqual([
      expect.stringMatching(/^https:\/\/drive\.google\.com\/file\/d\/1DemoI38BPKAD1/),
    ]);
    env.ui.answers.push('YES');
    world.menu('menuToggleLock'); // a snapshot of everything
    env.ui.answers.push('YES');
    world.menu('menuToggleLock');
    env.type(ADMIN, 'BPKAD', rowOf(bpkad, 'I34'), columnOf(bpkad, 'Penjelasan'), 'terhapus');
    env.ui.typed.push('1 BPKAD I34');
    env.ui.answers.push('YES');
    world.menu('menuRestore');
    expect(world.cell('BPKAD', 'I34', 'Penjelasan')).not.toBe('terhapus');
    // Writing the same words over it would have dropped the link (Sheets keeps no rich text
    // under a value written over it).
    expect(sheet?.richLinks.get(evidence)).toHaveLength(1);
  });
});

describe('Siapkan moving rows', () => {
  it('keeps a link a PIC pasted on their words when the row moves (a new indicator above it)', () => {
    const world = panelWorld();
    const { env, grid } = world;
    const evidenceOf = (code: string) => {
      const bpkad = grid('BPKAD');
      return `${rowOf(bpkad, code)}:${columnOf(bpkad, 'Data dukung')}`;
    };
    const sheet = () => env.spreadsheet.sheetNamed('BPKAD');
    const before = evidenceOf('I38');
    const link = sheet()?.richLinks.get(before);
    expect(link).toHaveLength(1);
    // BPKAD is given I01 too: every row of the tab moves down one.
    const opd = grid('OPD');
    const col = columnOf(opd, 'Indikator', 'Kode OPD');
    const at = rowOf(opd, 'BPKAD', 'Kode OPD');
    env.type(ADMIN, 'OPD', at, col, `1, ${String(opd.cells[at - 1]?.[col - 1])}`);
    world.menu('menuSetup');
    const after = evidenceOf('I38');
    expect(after).not.toBe(before);
    expect(world.cell('BPKAD', 'I38', 'Data dukung')).toBe('Aplikasi aset daerah');
    expect(sheet()?.richLinks.get(after)).toEqual(link);
    // The check still reads the link there.
    world.menu('menuCheck');
    expect(reportedFindings(env).filter((f) => f[1] === 'BPKAD' && f[2] === 'I38')).toEqual([]);
  });
});
