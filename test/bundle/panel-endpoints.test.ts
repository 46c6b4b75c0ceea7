import { ENDPOINTS, TRANSIENT } from '../../src/shared/rpc';
import { bundleText } from '../support/bundle';
import { ADMIN, panelWorld, pemdiPanelWorld } from '../support/panel-world';
import { columnOf, rowOf } from '../support/workbook-helpers';

const BAPPEDA = 'bappeda.spbe@example.org';
const BPKAD = 'bpkad.spbe@example.org';

describe('the sidebar’s endpoints, through the built bundle', () => {
  it('are exactly the top-level panel functions of Code.js: the typed table, no more, no less', () => {
    const declared = [...bundleText().matchAll(/^function (panel\w+)\(/gm)].map((m) => m[1]);
    expect([...declared].sort()).toEqual([...ENDPOINTS].sort());
  });

  it('tell a PIC which tabs are theirs and follow the selected row', () => {
    const { rpc, select } = panelWorld();
    select('Bappeda', 'I32');
    const state = rpc('panelState', {}, BAPPEDA);
    expect(state).toMatchObject({
      user: BAPPEDA,
      role: 'pic',
      selection: { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' },
    });
    expect(state.opds.map((o) => o.tab)).toEqual(['Bappeda']);
    expect(rpc('panelState', {}, ADMIN).opds).toHaveLength(12);
  });

  it('show an indicator with its level criteria, evidence, links checked against _Bukti, and progress', () => {
    const { rpc } = panelWorld();
    const view = rpc(
      'panelOpd',
      { opdKey: 'spbe:opd:DISPUSIP', code: 'I37' },
      'dispusip.spbe@example.org',
    );
    expect(view.entry?.choices.map((c) => c.label)).toEqual([
      '1 – Informasi',
      '2 – Interaksi',
      '3 – Transaksi',
      '4 – Kolaborasi',
      '5 – Optimum',
    ]);
    expect(view.entry?.choices[2]?.evidence).toMatch(/Tangkapan layar alur transaksi/);
    expect(view.entry?.links.map((l) => [l.tone, l.message.split(':')[0]])).toEqual([
      ['error', 'Di tempat sampah'],
      ['ok', 'OK'],
    ]);
    // Filled, but the last check found a file in the bin: not lengkap until that is fixed.
    expect(view).toMatchObject({ total: 1, complete: 0, nextIncomplete: null });
    expect(view.entry?.status).toEqual({ key: 'toFix', label: 'Perlu diperbaiki', done: false });
  });

  it('show a link pasted with a label (rich text) as its address, not as "not a link"', () => {
    const { rpc, env, grid } = panelWorld();
    const t = grid('Bappeda');
    const url = 'https://drive.google.com/file/d/1DemoRich32xxxxxxxxxxxxxxxxxxxxxx/view';
    env.pasteLink(
      BAPPEDA,
      'Bappeda',
      rowOf(t, 'I32'),
      columnOf(t, 'Data dukung'),
      'SK e-planning',
      url,
    );
    const view = rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, BAPPEDA);
    expect(view.entry?.evidence).toBe(url);
    expect(view.entry?.links.map((l) => l.message)).not.toContainEqual(
      expect.stringMatching(/bukan tautan/),
    );
  });

  it('show the level guidance as the admins edited it on Kerangka', () => {
    const { rpc, env, grid } = panelWorld();
    const kerangka = grid('Kerangka');
    const header = kerangka.cells.find((r) => r[0] === 'Jenis') ?? [];
    const row = kerangka.cells.findIndex((r) => r[0] === 'indikator' && r[1] === 'I32') + 1;
    const col = header.indexOf('Tingkat 3: kriteria dan data dukung') + 1;
    env.type(
      ADMIN,
      'Kerangka',
      row,
      col,
      'Usulan Musrenbang diproses di aplikasi. Data dukung: Video demo alur usulan dan SK aplikasi.',
    );
    const view = rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, BAPPEDA);
    expect(view.entry?.choices[2]).toMatchObject({
      criterion: 'Usulan Musrenbang diproses di aplikasi.',
      evidence: 'Video demo alur usulan dan SK aplikasi.',
    });
    expect(view.entry?.choices[0]?.criterion).toMatch(/^Informasi: layanan memberi informasi/);
  });

  it('save a PIC’s entry into the right row, with the sheet’s own dropdown text', () => {
    const { rpc, cell } = panelWorld();
    const view = rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, BAPPEDA);
    const result = rpc(
      'panelSave',
      {
        opdKey: 'spbe:opd:BAPPEDA',
        code: 'I32',
        version: view.entry?.version ?? '',
        level: 3,
        explanation: 'Aplikasi e-planning dipakai semua OPD sejak 2025 untuk usulan Musrenbang.',
        evidence: 'https://drive.google.com/file/d/1Demo32newxxxxxxxxxxxxxxxxxxxxxx/view',
        evidenceKind: 'Tangkapan layar',
      },
      BAPPEDA,
    );
    expect(result).toMatchObject({ ok: true, message: 'Isian I32 tersimpan.' });
    expect(cell('Bappeda', 'I32', 'Tingkat')).toBe('3 – Transaksi');
    expect(cell('Bappeda', 'I32', 'Penjelasan')).toBe(
      'Aplikasi e-planning dipakai semua OPD sejak 2025 untuk usulan Musrenbang.',
    );
  });

  it('refuse another OPD’s PIC, naming what to do, and change nothing', () => {
    const { rpc, cell } = panelWorld();
    const view = rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, BAPPEDA);
    const before = cell('Bappeda', 'I32', 'Penjelasan');
    const result = rpc(
      'panelSave',
      {
        opdKey: 'spbe:opd:BAPPEDA',
        code: 'I32',
        version: view.entry?.version ?? '',
        level: 1,
        explanation: 'x',
        evidence: '',
        evidenceKind: '',
      },
      BPKAD,
    );
    expect(result).toEqual({
      ok: false,
      message:
        'Hanya PIC tab Bappeda (bappeda.spbe@example.org) dan admin Diskominfo yang dapat mengisi tab ini. Bila Anda PIC-nya, minta admin (kominfo.admin@example.org) menambahkan email Anda di tab OPD.',
    });
    expect(cell('Bappeda', 'I32', 'Penjelasan')).toBe(before);
  });

  it('re-validate what the client sends', () => {
    const { rpc } = panelWorld();
    const version =
      rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, BAPPEDA).entry?.version ?? '';
    const bad = (change: object) =>
      rpc(
        'panelSave',
        {
          opdKey: 'spbe:opd:BAPPEDA',
          code: 'I32',
          version,
          level: 2,
          explanation: 'ok',
          evidence: '',
          evidenceKind: '',
          ...change,
        },
        BAPPEDA,
      );
    expect(bad({ level: 6 })).toEqual({
      ok: false,
      message: 'Tingkat harus 1 sampai 5, atau kosong bila belum dinilai.',
    });
    expect(bad({ level: 2.5 })).toMatchObject({ ok: false });
    expect(bad({ evidenceKind: 'Foto' })).toEqual({
      ok: false,
      message: "Jenis bukti 'Foto' tidak ada di daftar.",
    });
    expect(bad({ explanation: 'x'.repeat(5001) })).toEqual({
      ok: false,
      message: 'Penjelasan terlalu panjang (maksimal 5000 huruf).',
    });
    expect(bad({ code: 'I01' })).toEqual({
      ok: false,
      message: 'Indikator I01 tidak ada lagi di tab ini. Muat ulang panel.',
    });
  });

  it('never write a stale sidebar into the wrong row: rows sorted and the tab renamed meanwhile', () => {
    const { rpc, env, cell, menu, grid } = panelWorld();
    const view = rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I40' }, BAPPEDA);
    env.sortRows(ADMIN, 'Bappeda', 5, 9, 1, true);
    const header = grid('OPD').cells.findIndex((r) => r[0] === 'Kode OPD');
    const row = grid('OPD').cells.findIndex((r) => r[0] === 'BAPPEDA') + 1;
    env.type(
      ADMIN,
      'OPD',
      row,
      (grid('OPD').cells[header] ?? []).indexOf('Nama tab') + 1,
      'Perencanaan',
    );
    env.user = ADMIN;
    menu('menuSetup');
    const result = rpc(
      'panelSave',
      {
        opdKey: 'spbe:opd:BAPPEDA',
        code: 'I40',
        version: view.entry?.version ?? '',
        level: 2,
        explanation: 'Penjelasan baru yang cukup panjang untuk asesor.',
        evidence: '',
        evidenceKind: '',
      },
      BAPPEDA,
    );
    expect(result.ok).toBe(true);
    expect(cell('Perencanaan', 'I40', 'Penjelasan')).toBe(
      'Penjelasan baru yang cukup panjang untuk asesor.',
    );
    expect(cell('Perencanaan', 'I33', 'Penjelasan')).not.toBe(
      'Penjelasan baru yang cukup panjang untuk asesor.',
    );
  });

  it('refuse to overwrite a row someone changed since it was read, and show theirs', () => {
    const { rpc, env, cell, grid } = panelWorld();
    const view = rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I13' }, BAPPEDA);
    const t = grid('Bappeda');
    const at = t.cells.findIndex((r) => r[0] === 'I13') + 1;
    env.type(ADMIN, 'Bappeda', at, columnOf(t, 'Penjelasan'), 'Diperbaiki admin lewat lembar.');
    const result = rpc(
      'panelSave',
      {
        opdKey: 'spbe:opd:BAPPEDA',
        code: 'I13',
        version: view.entry?.version ?? '',
        level: 1,
        explanation: 'Versi sidebar yang sudah basi, tidak boleh menimpa.',
        evidence: '',
        evidenceKind: '',
      },
      BAPPEDA,
    );
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Baris I13 sudah diubah orang lain/),
      theirs: { explanation: 'Diperbaiki admin lewat lembar.' },
    });
    expect(cell('Bappeda', 'I13', 'Penjelasan')).toBe('Diperbaiki admin lewat lembar.');
  });

  it('give Diskominfo completeness, the index per stage and the plan; refuse them to a PIC', () => {
    const { rpc, grid } = panelWorld();
    const view = rpc('panelCoordinator', {}, ADMIN);
    expect(view.opds.find((o) => o.code === 'BKPSDM')).toEqual({
      key: 'spbe:opd:BKPSDM',
      code: 'BKPSDM',
      tab: 'BKPSDM',
      name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      assigned: 3,
      complete: 2,
      errors: 1,
      warnings: 0,
    });
    const mandiri = view.stages.find((s) => s.stage === 'Mandiri');
    expect(mandiri?.parts.map((p) => p.id)).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(view.stages.find((s) => s.stage === 'Target')?.index).toBe(3);
    expect(() => rpc('panelCoordinator', {}, BAPPEDA)).toThrow(
      /Hanya admin Diskominfo \(.+\) yang dapat membuka mode Diskominfo\./,
    );
    const plan = rpc('panelPlan', { target: 3 }, ADMIN);
    expect(plan.reached).toBe(true);
    expect(plan.steps[0]).toMatchObject({
      code: expect.stringMatching(/^I4[2-7]$/),
      opds: expect.any(String),
    });
    const written = rpc('panelWritePlan', { target: 3 }, ADMIN);
    expect(written.message).toBe(`Rencana (${plan.steps.length} kenaikan) ditulis di tab Rencana.`);
    expect(
      grid('Rencana')
        .cells.slice(4)
        .map((r) => r[0]),
    ).toEqual(plan.steps.map((s) => s.code));
  });

  it('turn an unexpected service failure into plain words', () => {
    const { rpc, env } = panelWorld();
    env.failOn = {
      call: 'Range.getValues',
      after: 0,
      error: 'Service Spreadsheets failed while accessing document',
    };
    // The panel says itself what became of the typing (kept, unsaved): not "nothing lost".
    expect(() => rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: null }, BAPPEDA)).toThrow(
      /^Terjadi kesalahan yang tidak terduga: Service Spreadsheets failed while accessing document\. Coba jalankan lagi;/,
    );
  });

  it('mark a failure that passes by itself, so that only then the panel offers "Coba lagi"', () => {
    const { rpc, env } = panelWorld();
    env.failOn = { call: 'Range.getValues', after: 0, error: 'Service Spreadsheets timed out' };
    const call = () => rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: null }, BAPPEDA);
    expect(call).toThrow(new RegExp(`^${TRANSIENT}Google Sheets sedang lambat menjawab`));
    env.failOn = {
      call: 'Range.getValues',
      after: 0,
      error:
        'You do not have permission to call Range.getValues. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
    };
    expect(call).toThrow(
      /^Add-on belum mendapat izin: salah satu izin yang diminta di layar Google\./,
    );
    expect(call).not.toThrow(/googleapis|auth\//);
  });
});

describe('evidence items in the panel (Pemdi), through the built bundle', () => {
  const LINK = 'https://drive.google.com/file/d/1ItemLinkxxxxxxxxxxxxxxxxxxxxxxx/view';

  it('lists the indicator’s items by level with their status, and saves an item’s link and note into its own row', () => {
    const world = pemdiPanelWorld();
    const { rpc, lead, pic, cell } = world;
    const opdKey = `spbe:opd:${lead.code}`;
    const view = rpc('panelOpd', { opdKey, code: 'P01' }, pic);
    const items = view.entry?.items ?? [];
    expect(items.map((i) => [i.code, i.level, i.status])).toEqual([
      ['P01.1.a', 1, 'Belum diisi'],
      ['P01.2.a', 2, 'Belum diisi'],
      ['P01.3.a', 3, 'Belum diisi'],
      ['P01.3.b', 3, 'Belum diisi'],
      ['P01.4.a', 4, 'Belum diisi'],
      ['P01.5.a', 5, 'Belum diisi'],
      ['P01.5.b', 5, 'Belum diisi'],
    ]);
    // Mandiri follows the accepted items (tertinggi): nothing yet.
    expect(view.entry?.itemValue).toEqual({ rule: 'tertinggi', value: null });
    const item = items[0];
    if (!view.entry || !item) throw new Error('no entry');
    const result = rpc(
      'panelSave',
      {
        opdKey,
        code: 'P01',
        version: view.entry.version,
        level: 1,
        explanation:
          'Fakta: kegiatan SPBE berjalan sejak 2025. Hasil analisis: memenuhi tingkat 1.',
        evidence: '',
        evidenceKind: '',
        items: [
          {
            code: 'P01.1.a',
            version: item.version,
            explanation: 'Dokumentasi rapat',
            evidence: LINK,
          },
        ],
      },
      pic,
    );
    expect(result.ok).toBe(true);
    expect(cell(lead.tab, 'P01.1.a', 'Data dukung')).toBe(LINK);
    expect(cell(lead.tab, 'P01.1.a', 'Penjelasan')).toBe('Dokumentasi rapat');
    expect(cell(lead.tab, 'P01.1.a', 'Diubah oleh')).toBe(pic);
    // The indicator's own evidence cell stays empty: its evidence is on its items.
    expect(cell(lead.tab, 'P01', 'Data dukung')).toBe('');
    if (!result.ok) return;
    expect(result.view.entry?.items[0]?.status).toBe('Perlu dicek');
    expect(result.problems).toEqual([]);
  });

  it('refuses an item changed since it was read, and one that is not this indicator’s', () => {
    const world = pemdiPanelWorld();
    const { rpc, lead, pic, edit, grid } = world;
    const opdKey = `spbe:opd:${lead.code}`;
    const view = rpc('panelOpd', { opdKey, code: 'P01' }, pic);
    const entry = view.entry;
    const item = entry?.items[1];
    if (!entry || !item) throw new Error('no entry');
    const t = grid(lead.tab);
    edit(pic, lead.tab, rowOf(t, 'P01.2.a'), columnOf(t, 'Penjelasan'), 'Diisi di lembar');
    const base = {
      opdKey,
      code: 'P01',
      version: entry.version,
      level: null,
      explanation: '',
      evidence: '',
      evidenceKind: '',
    };
    const stale = rpc(
      'panelSave',
      {
        ...base,
        items: [{ code: 'P01.2.a', version: item.version, explanation: 'x', evidence: '' }],
      },
      pic,
    );
    expect(stale).toMatchObject({ ok: false, message: expect.stringContaining('P01.2.a') });
    // Refused whole: the sheet keeps what was typed there.
    expect(world.cell(lead.tab, 'P01.2.a', 'Penjelasan')).toBe('Diisi di lembar');
    const other = rpc(
      'panelSave',
      { ...base, items: [{ code: 'P02.1.a', version: '', explanation: 'x', evidence: '' }] },
      pic,
    );
    expect(other).toMatchObject({ ok: false, message: expect.stringContaining('P02.1.a') });
  });
});
