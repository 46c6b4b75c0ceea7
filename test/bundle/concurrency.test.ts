import { ADMIN, panelWorld } from '../support/panel-world';
import { columnOf, rowOf } from '../support/workbook-helpers';

/**
 * Forty OPDs in one file: edits typed in the sheet, sidebar saves read earlier, a setup re-run
 * and a completeness check, interleaved. Every read-modify-write holds the document lock with a
 * bounded wait; a sidebar save that meets a row changed since it was read is refused with both
 * values; at the end every value anyone typed is there.
 */
const BAPPEDA = 'bappeda.spbe@example.org';
const BPKAD = 'bpkad.spbe@example.org';

describe('interleaved edits, saves, setup and check', () => {
  it('loses no value', () => {
    const w = panelWorld();
    const { env, menu, grid, rpc } = w;
    const typeIn = (user: string, tab: string, code: string, header: string, value: string) =>
      env.type(user, tab, rowOf(grid(tab), code), columnOf(grid(tab), header), value);

    // 1. Two sidebars read their rows.
    const bappedaView = rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, BAPPEDA);
    const bpkadView = rpc('panelOpd', { opdKey: 'spbe:opd:BPKAD', code: 'I34' }, BPKAD);
    // 2. Someone types into another row of Bappeda, and into BPKAD's very row.
    typeIn(BAPPEDA, 'Bappeda', 'I13', 'Penjelasan', 'Diketik langsung di lembar oleh PIC Bappeda.');
    typeIn(BPKAD, 'BPKAD', 'I34', 'Penjelasan', 'Diketik di lembar oleh rekan di BPKAD.');
    // 3. The admin adds an OPD and re-runs setup (rows are rewritten in place).
    const newRow = grid('OPD').cells.length + 1;
    ['DINKES', 'Dinas Kesehatan', 'Dinkes', '', 'dinkes.spbe@example.org', '45'].forEach((v, i) => {
      env.type(ADMIN, 'OPD', newRow, i + 1, v);
    });
    env.share('dinkes.spbe@example.org');
    env.user = ADMIN;
    menu('menuSetup');
    // 4. The sidebars save what they had.
    const saved = rpc(
      'panelSave',
      {
        opdKey: 'spbe:opd:BAPPEDA',
        code: 'I32',
        version: bappedaView.entry?.version ?? '',
        level: 3,
        explanation: 'Disimpan dari panel Bappeda setelah setup.',
        evidence: '',
        evidenceKind: '',
      },
      BAPPEDA,
    );
    const refused = rpc(
      'panelSave',
      {
        opdKey: 'spbe:opd:BPKAD',
        code: 'I34',
        version: bpkadView.entry?.version ?? '',
        level: 3,
        explanation: 'Versi panel BPKAD yang sudah basi.',
        evidence: '',
        evidenceKind: '',
      },
      BPKAD,
    );
    // 5. A check runs, then more typing, then setup again.
    env.user = ADMIN;
    menu('menuCheck');
    typeIn(
      'dinkes.spbe@example.org',
      'Dinkes',
      'I45',
      'Penjelasan',
      'Dinkes mengisi setelah tabnya dibuat.',
    );
    env.user = ADMIN;
    menu('menuSetup');

    expect(saved.ok).toBe(true);
    expect(refused).toMatchObject({
      ok: false,
      theirs: { explanation: 'Diketik di lembar oleh rekan di BPKAD.' },
    });
    expect(w.cell('Bappeda', 'I13', 'Penjelasan')).toBe(
      'Diketik langsung di lembar oleh PIC Bappeda.',
    );
    expect(w.cell('Bappeda', 'I32', 'Penjelasan')).toBe(
      'Disimpan dari panel Bappeda setelah setup.',
    );
    expect(w.cell('BPKAD', 'I34', 'Penjelasan')).toBe('Diketik di lembar oleh rekan di BPKAD.');
    expect(w.cell('Dinkes', 'I45', 'Penjelasan')).toBe('Dinkes mengisi setelah tabnya dibuat.');
    expect(w.cell('Bapenda', 'I45', 'Penjelasan')).toMatch(/^Sudah ditetapkan/);
  });

  it('refuses a save, a setup and a check while another run holds the document lock, with a message', () => {
    const w = panelWorld();
    const view = w.rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, BAPPEDA);
    const before = w.cell('Bappeda', 'I32', 'Penjelasan');
    w.env.lockHolder = 'another-execution';
    const message =
      'Workbook sedang diperbarui oleh proses lain. Tunggu sebentar, lalu jalankan lagi.';
    expect(() =>
      w.rpc(
        'panelSave',
        {
          opdKey: 'spbe:opd:BAPPEDA',
          code: 'I32',
          version: view.entry?.version ?? '',
          level: 2,
          explanation: 'x'.repeat(50),
          evidence: '',
          evidenceKind: '',
        },
        BAPPEDA,
      ),
    ).toThrow(message);
    w.env.user = ADMIN;
    w.menu('menuSetup');
    expect(w.env.ui.alerts.at(-1)?.prompt).toBe(message);
    w.menu('menuCheck');
    expect(w.env.ui.alerts.at(-1)?.prompt).toBe(message);
    expect(w.cell('Bappeda', 'I32', 'Penjelasan')).toBe(before);
    w.env.lockHolder = undefined;
  });
});
