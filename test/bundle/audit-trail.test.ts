import { LOG_ARCHIVE_CHUNK, LOG_KEEP_ROWS } from '../../src/core/audit/audit-log';
import { columnLetter } from '../../src/core/workbook/a1';
import { ADMIN, panelWorld } from '../support/panel-world';
import { columnOf, rowOf } from '../support/workbook-helpers';

const BAPPEDA = 'bappeda.spbe@example.org';

/** A user types into a cell in Sheets; the installed recorder then runs on the edit event. */
function editAs(
  world: ReturnType<typeof panelWorld>,
  user: string,
  tab: string,
  code: string,
  header: string,
  value: string,
) {
  const t = world.grid(tab);
  world.edit(user, tab, rowOf(t, code), columnOf(t, header), value);
}

/** Adds an admin in Pengaturan, as the coordinator would, and shares the file with them. */
function addAdmin(world: ReturnType<typeof panelWorld>, email: string) {
  const settings = world.grid('Pengaturan');
  const row = settings.cells.findIndex((r) => r[0] === 'Admin') + 1;
  world.env.type(ADMIN, 'Pengaturan', row, 2, `${ADMIN}, ${email}`);
  world.env.share(email);
  world.menu('menuSetup', ADMIN);
}

/**
 * The Log as the coordinator sees it through SPBE › Diskominfo › Buka Log perubahan: rows the
 * trigger queued land first (the trigger itself writes the Log only now and then, issue #15).
 */
function openLog(world: ReturnType<typeof panelWorld>) {
  world.menu('menuOpenLog', ADMIN);
  return world.grid('Log').cells;
}

/** The checked demo with the recorder installed by the coordinator, all in one Workspace domain. */
function recordedWorld() {
  const world = panelWorld();
  world.rt.workspaceDomains.add('example.org');
  world.menu('menuInstallRecorder', ADMIN);
  return world;
}

describe('the audit trail (installable edit trigger)', () => {
  it('is installed from the menu by an admin only, once per file', () => {
    const world = panelWorld();
    // The admin's own recorder in another Sheet shows in getProjectTriggers, not here.
    world.rt.addTrigger({
      handler: 'recorderOnEdit',
      kind: 'edit',
      owner: ADMIN,
      documentId: 'another-evaluation-sheet',
    });
    world.menu('menuInstallRecorder', BAPPEDA);
    expect(world.env.ui.alerts.at(-1)?.prompt).toMatch(
      /^Hanya admin Diskominfo \(.+\) yang dapat menyalakan pencatatan setiap perubahan di Log\./,
    );
    world.menu('menuInstallRecorder', ADMIN);
    world.menu('menuInstallRecorder', ADMIN);
    const here = world.rt.triggers.filter((t) => t.documentId === world.rt.documentId);
    expect(here.map((t) => [t.handler, t.kind, t.owner])).toEqual([
      ['recorderOnEdit', 'edit', ADMIN],
      ['recorderOnChange', 'change', ADMIN],
    ]);
    expect(world.env.ui.alerts.at(-1)?.prompt).toMatch(/^Pencatat perubahan sudah terpasang/);
  });

  it('records each edit once when a second admin takes the recording over', () => {
    const world = recordedWorld();
    const second = 'sekretaris.kominfo@example.org';
    addAdmin(world, second);
    world.env.ui.answers.push('YES');
    world.menu('menuInstallRecorder', second);
    expect(world.env.ui.alerts.at(-2)?.prompt).toMatch(
      new RegExp(`^Pencatat perubahan file ini dipasang oleh ${ADMIN}`),
    );
    // Both triggers exist (neither admin can see or delete the other's); one records.
    expect(world.rt.triggers.map((t) => t.owner).sort()).toEqual(
      [ADMIN, ADMIN, second, second].sort(),
    );
    const logged = openLog(world).length;
    editAs(world, BAPPEDA, 'Bappeda', 'I32', 'Penjelasan', 'Satu perubahan, satu baris Log.');
    expect(openLog(world).length).toBe(logged + 1);
    expect(
      world.rt.executions
        .filter((x) => x.kind === 'editTrigger')
        .map((x) => x.user)
        .sort(),
    ).toEqual([ADMIN, second].sort());
  });

  it('writes "tidak diketahui" when Google does not name the editor (a consumer Gmail account)', () => {
    const world = panelWorld();
    world.menu('menuInstallRecorder', ADMIN);
    editAs(world, BAPPEDA, 'Bappeda', 'I32', 'Penjelasan', 'Diketik oleh akun Gmail biasa.');
    const last = openLog(world).at(-1) ?? [];
    expect([last[1], last[9]]).toEqual(['tidak diketahui', 'Diketik oleh akun Gmail biasa.']);
    expect(world.cell('Bappeda', 'I32', 'Diubah oleh')).toBe('tidak diketahui');
  });

  it('records who, when, tab, cell, indicator, old → new, and stamps the row', () => {
    const world = recordedWorld();
    const before = world.cell('Bappeda', 'I32', 'Penjelasan');
    editAs(
      world,
      BAPPEDA,
      'Bappeda',
      'I32',
      'Penjelasan',
      'Aplikasi e-planning dipakai semua OPD.',
    );
    const log = openLog(world);
    expect(log[0]).toEqual([
      'Waktu',
      'Oleh',
      'Tindakan',
      'Rincian',
      'Tab',
      'Sel',
      'OPD',
      'Indikator',
      'Lama',
      'Baru',
    ]);
    expect(log[log.length - 1]).toEqual([
      expect.stringMatching(/^2026-11-28 \d\d:\d\d:\d\d$/),
      BAPPEDA,
      'Ubah isian',
      'Penjelasan',
      'Bappeda',
      `${columnLetter(columnOf(world.grid('Bappeda'), 'Penjelasan'))}${rowOf(world.grid('Bappeda'), 'I32')}`,
      'BAPPEDA',
      'I32',
      before,
      'Aplikasi e-planning dipakai semua OPD.',
    ]);
    expect(world.cell('Bappeda', 'I32', 'Diubah oleh')).toBe(BAPPEDA);
    expect(String(world.cell('Bappeda', 'I32', 'Diubah pada'))).toMatch(/^2026-11-28 /);
  });

  it('carries the verifier’s note with a verification status change', () => {
    const world = recordedWorld();
    world.env.type(
      ADMIN,
      'Bappeda',
      rowOf(world.grid('Bappeda'), 'I13'),
      columnOf(world.grid('Bappeda'), 'Catatan verifikator'),
      'Lampirkan SK penetapan.',
    );
    editAs(world, ADMIN, 'Bappeda', 'I13', 'Status verifikasi', 'perlu revisi');
    const last = openLog(world).at(-1) ?? [];
    expect(last.slice(2, 4)).toEqual([
      'Ubah verifikasi',
      'Status verifikasi; catatan: Lampirkan SK penetapan.',
    ]);
  });

  it('shows an indicator’s history in the sidebar, newest first, to its PIC', () => {
    const world = recordedWorld();
    editAs(world, BAPPEDA, 'Bappeda', 'I40', 'Penjelasan', 'Versi pertama penjelasan.');
    world.rt.setClock(() => Date.UTC(2026, 10, 28, 3, 0, 0));
    editAs(world, BAPPEDA, 'Bappeda', 'I40', 'Penjelasan', 'Versi kedua penjelasan.');
    const history = world.rpc('panelHistory', { opdKey: 'spbe:opd:BAPPEDA', code: 'I40' }, BAPPEDA);
    expect(history.entries.map((e) => e.now)).toEqual([
      'Versi kedua penjelasan.',
      'Versi pertama penjelasan.',
    ]);
    expect(history.entries[0]?.old).toBe('Versi pertama penjelasan.');
    expect(() =>
      world.rpc(
        'panelHistory',
        { opdKey: 'spbe:opd:BAPPEDA', code: 'I40' },
        'bpkad.spbe@example.org',
      ),
    ).toThrow(
      /^Hanya PIC tab Bappeda \(bappeda.spbe@example.org\) dan admin Diskominfo yang dapat membuka/,
    );
  });

  it('keeps the Log bounded by moving its oldest rows to an archive tab, dropping none', () => {
    const world = recordedWorld();
    const first = openLog(world).length - 1;
    const edits = LOG_KEEP_ROWS - first + 5;
    for (let i = 0; i < edits; i++)
      editAs(
        world,
        BAPPEDA,
        'Bappeda',
        'I33',
        'Penjelasan',
        `Penjelasan nomor ${i} untuk penganggaran.`,
      );
    openLog(world);
    // Cleared rows stay in the sheet as blanks, as in Sheets: count the rows holding entries.
    const filled = (tab: string) => world.grid(tab).cells.filter((r) => r.some((c) => c !== ''));
    const log = filled('Log');
    const archive = filled('Log arsip');
    expect(archive.length - 1).toBe(LOG_ARCHIVE_CHUNK);
    expect(log.length - 1 + archive.length - 1).toBe(first + edits);
    expect(world.env.spreadsheet.sheetNamed('Log arsip')?.hidden).toBe(true);
    expect(log.at(-1)?.[9]).toBe(`Penjelasan nomor ${edits - 1} untuk penganggaran.`);
  });
});

describe('saves from the sidebar are traced too', () => {
  it('a PIC’s save (which cannot write the admin-only Log) waits, shows in the history at once, and lands in the Log at the next admin run', () => {
    const world = panelWorld();
    const before = world.cell('Bappeda', 'I32', 'Penjelasan');
    const view = world.rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, BAPPEDA);
    const saved = world.rpc(
      'panelSave',
      {
        opdKey: 'spbe:opd:BAPPEDA',
        code: 'I32',
        version: view.entry?.version ?? '',
        level: 3,
        explanation: 'Disimpan lewat panel oleh PIC.',
        evidence: view.entry?.evidence ?? '',
        evidenceKind: view.entry?.evidenceKind ?? '',
      },
      BAPPEDA,
    );
    expect(saved.ok).toBe(true);
    const history = world.rpc('panelHistory', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, BAPPEDA);
    expect(history.entries.map((e) => [e.what, e.detail, e.old, e.now])).toEqual(
      expect.arrayContaining([
        ['Ubah isian (panel)', 'Penjelasan', before, 'Disimpan lewat panel oleh PIC.'],
      ]),
    );
    expect(world.grid('Log').cells.some((r) => r[2] === 'Ubah isian (panel)')).toBe(false);
    world.env.user = ADMIN;
    world.menu('menuCheck');
    const logged = world.grid('Log').cells.filter((r) => r[2] === 'Ubah isian (panel)');
    expect(logged.map((r) => [r[1], r[3], r[6], r[7], r[8], r[9]])).toEqual(
      expect.arrayContaining([
        [BAPPEDA, 'Penjelasan', 'BAPPEDA', 'I32', before, 'Disimpan lewat panel oleh PIC.'],
      ]),
    );
    expect(
      Object.keys(world.env.documentProperties.getProperties()).filter((k) =>
        k.startsWith('spbe.log.pending.'),
      ),
    ).toEqual([]);
  });
});

describe('the panel’s waiting Log entries stay within Apps Script’s property limits', () => {
  const pending = (world: ReturnType<typeof panelWorld>) =>
    [...world.env.documentProperties.store.keys()].filter((k) => k.startsWith('spbe.log.pending.'));
  const save = (world: ReturnType<typeof panelWorld>, code: string, explanation: string) => {
    const view = world.rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code }, BAPPEDA);
    return world.rpc(
      'panelSave',
      {
        opdKey: 'spbe:opd:BAPPEDA',
        code,
        version: view.entry?.version ?? '',
        level: view.entry?.level ?? 3,
        explanation,
        evidence: view.entry?.evidence ?? '',
        evidenceKind: view.entry?.evidenceKind ?? '',
      },
      BAPPEDA,
    );
  };

  it('stamps the row with the PIC who saved and when', () => {
    const world = panelWorld();
    expect(save(world, 'I32', 'Disimpan lewat panel, dengan cap siapa dan kapan.').ok).toBe(true);
    expect(world.cell('Bappeda', 'I32', 'Diubah oleh')).toBe(BAPPEDA);
    expect(world.cell('Bappeda', 'I32', 'Diubah pada')).toBe('2026-11-28 10:00');
  });

  it('keeps a long text in multi-byte letters under 9 KB a value, counted in bytes', () => {
    const world = panelWorld();
    // 4,900 letters "é" are 9,800 bytes: as characters they would pass a 9 KB check, as bytes not.
    expect(save(world, 'I32', 'é'.repeat(4900)).ok).toBe(true);
    expect(world.cell('Bappeda', 'I32', 'Penjelasan')).toBe('é'.repeat(4900));
    const [key] = pending(world);
    expect(Buffer.byteLength(world.env.documentProperties.store.get(key ?? '') ?? '')).toBeLessThan(
      9 * 1024,
    );
  });

  it('refuses a save whole when the waiting queue is full, and says what to do', () => {
    const world = panelWorld();
    for (let i = 0; i < 40; i++)
      world.env.documentProperties.store.set(
        `spbe.log.pending.filler${i}`,
        `[["${'x'.repeat(8000)}"]]`,
      );
    const before = world.cell('Bappeda', 'I32', 'Penjelasan');
    const result = save(world, 'I32', 'Simpanan yang harus ditolak utuh.');
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Perubahan belum disimpan/),
    });
    expect(world.cell('Bappeda', 'I32', 'Penjelasan')).toBe(before);
    expect(pending(world)).toHaveLength(40);
  });

  it('takes its Log rows back when the cells cannot be written: a save is whole or not at all', () => {
    const world = panelWorld();
    const before = world.cell('Bappeda', 'I32', 'Penjelasan');
    world.env.failOn = {
      call: 'Range.setValues',
      after: 0,
      error: 'Service Spreadsheets timed out',
    };
    expect(() => save(world, 'I32', 'Simpanan yang gagal ditulis.')).toThrow();
    expect(world.cell('Bappeda', 'I32', 'Penjelasan')).toBe(before);
    expect(pending(world)).toEqual([]);
  });

  it('is drained into the Log first by an admin run, even one that fails later', () => {
    const world = panelWorld();
    expect(save(world, 'I32', 'Disimpan sebelum admin menjalankan setup yang gagal.').ok).toBe(
      true,
    );
    world.env.failOn = { call: 'Spreadsheet.insertSheet', after: 0, error: 'Service error' };
    world.env.type(ADMIN, 'OPD', world.grid('OPD').cells.length + 1, 1, 'DINKES');
    world.env.type(ADMIN, 'OPD', world.grid('OPD').cells.length, 2, 'Dinas Kesehatan');
    world.env.type(ADMIN, 'OPD', world.grid('OPD').cells.length, 6, '45');
    try {
      world.menu('menuSetup', ADMIN);
    } catch {
      // the run died; what matters is what it did first
    }
    expect(pending(world)).toEqual([]);
    expect(
      world
        .grid('Log')
        .cells.some((r) => r[9] === 'Disimpan sebelum admin menjalankan setup yang gagal.'),
    ).toBe(true);
  });
});

describe('what people type or save stays as they wrote it', () => {
  it('keeps "=1+1", "1/2" and "13,14" as text in an explanation, and Log times as text', () => {
    const world = recordedWorld();
    for (const text of ['=1+1 bukan rumus', '1/2', '13,14'])
      editAs(world, BAPPEDA, 'Bappeda', 'I32', 'Penjelasan', text);
    expect(world.cell('Bappeda', 'I32', 'Penjelasan')).toBe('13,14');
    editAs(world, BAPPEDA, 'Bappeda', 'I33', 'Penjelasan', '=1+1');
    expect(world.cell('Bappeda', 'I33', 'Penjelasan')).toBe('=1+1');
    const sheet = world.env.spreadsheet.sheetNamed('Bappeda');
    const at = { row: 0, col: 0 };
    world.grid('Bappeda').cells.forEach((r, i) => {
      if (r[0] === 'I33') at.row = i + 1;
    });
    expect(sheet?.isFormula(at.row, 5)).toBe(false);
    const times = openLog(world)
      .slice(1)
      .map((r) => r[0]);
    expect(times.every((t) => typeof t === 'string')).toBe(true);
  });
});

describe('the edit trigger stays cheap (issue #15: it runs on the admin’s daily trigger time)', () => {
  it('costs at most 8 service calls per edit, whatever the number of tabs', () => {
    const world = recordedWorld();
    editAs(world, BAPPEDA, 'Bappeda', 'I13', 'Penjelasan', 'pemanasan');
    const before = world.env.log.calls.length;
    editAs(world, BAPPEDA, 'Bappeda', 'I13', 'Penjelasan', 'satu perubahan');
    // The typing is the UI (not counted): all properties at once, the tab's id, the tab's
    // values, one property for the Log rows, one write for both stamps.
    const calls = world.env.log.calls.slice(before);
    expect(calls.length).toBeLessThanOrEqual(8);
    expect(calls.filter((c) => c === 'Spreadsheet.getSheets')).toEqual([]);
  });

  it('costs the same 8 calls for a pasted block of 5 rows × 2 columns, each cell in the Log', () => {
    const world = recordedWorld();
    const t = world.grid('Bappeda');
    const first = rowOf(t, 'I13');
    const col = columnOf(t, 'Penjelasan');
    const before = world.env.log.calls.length;
    world.paste(
      BAPPEDA,
      'Bappeda',
      first,
      col,
      Array.from({ length: 5 }, (_, i) => [
        `Penjelasan tempel ${i}`,
        `https://drive.google.com/file/d/1Tempel${i}xxxxxxxxxxxxxxxxxxxxxxx/view`,
      ]),
    );
    expect(world.env.log.calls.length - before).toBeLessThanOrEqual(8);
    const log = openLog(world);
    expect(log.filter((r) => String(r[9]).startsWith('Penjelasan tempel')).length).toBe(5);
    expect(log.filter((r) => String(r[9]).includes('/d/1Tempel')).length).toBe(5);
    const after = world.grid('Bappeda');
    expect(after.cells[first + 3]?.[columnOf(after, 'Diubah oleh') - 1]).toBe(BAPPEDA);
  });

  it('writes the Log itself once its oldest waiting row is ten minutes old, in the order typed', () => {
    const world = recordedWorld();
    const logged = openLog(world).length;
    world.rt.setClock(() => Date.UTC(2026, 10, 28, 3, 0, 0));
    editAs(world, BAPPEDA, 'Bappeda', 'I13', 'Penjelasan', 'pertama');
    editAs(world, BAPPEDA, 'Bappeda', 'I13', 'Penjelasan', 'kedua');
    expect(world.grid('Log').cells.length).toBe(logged);
    world.rt.setClock(() => Date.UTC(2026, 10, 28, 3, 11, 0));
    editAs(world, BAPPEDA, 'Bappeda', 'I13', 'Penjelasan', 'ketiga');
    const log = world.grid('Log').cells;
    expect(log.slice(logged).map((r) => r[9])).toEqual(['pertama', 'kedua']);
    // The row names the tab by its name, as it is when the row lands.
    expect(log.at(-1)?.[4]).toBe('Bappeda');
    expect(openLog(world).at(-1)?.[9]).toBe('ketiga');
  });

  it('Buka Log perubahan shows the hidden Log, complete up to the click', () => {
    const world = recordedWorld();
    editAs(world, BAPPEDA, 'Bappeda', 'I13', 'Penjelasan', 'baru saja');
    openLog(world);
    const sheet = world.env.spreadsheet.sheetNamed('Log');
    expect(sheet?.hidden).toBe(false);
    expect(world.grid('Log').cells.at(-1)?.[9]).toBe('baru saja');
    expect(world.env.spreadsheet.toasts.at(-1)).toMatch(/^Log perubahan terbuka: \d+ baris/);
  });
});

describe('structural changes (installable change trigger, R19)', () => {
  it('logs a row inserted in an OPD tab: who, when, which tab, and that Google names no row', () => {
    const world = recordedWorld();
    world.insertRowBy(ADMIN, 'Bappeda', 10);
    const last = openLog(world).at(-1) ?? [];
    expect(last.slice(1, 7)).toEqual([
      ADMIN,
      'Ubah struktur',
      'Baris disisipkan di tab Bappeda (Google tidak menyebut baris atau kolom mana; tab yang disebut adalah tab yang aktif saat itu)',
      'Bappeda',
      '',
      'BAPPEDA',
    ]);
    // A change is no edit: no edit trigger ran for it.
    expect(world.rt.executions.filter((x) => x.kind === 'editTrigger')).toEqual([]);
  });

  it('logs a deleted tab by name, and says how to get it and its answers back', () => {
    const world = recordedWorld();
    world.deleteTabBy(ADMIN, 'Bag. Hukum');
    const last = openLog(world).at(-1) ?? [];
    expect(last.slice(2, 5)).toEqual([
      'Ubah struktur',
      expect.stringMatching(
        /^Tab dihapus: HUKUM\. Jalankan SPBE › Diskominfo › Siapkan \/ perbarui workbook untuk membuatnya lagi; isiannya dapat dipulihkan dari cadangan/,
      ),
      'HUKUM',
    ]);
  });

  it('records nothing from a recorder of an earlier release (no change trigger) until reinstalled', () => {
    const world = panelWorld();
    world.rt.workspaceDomains.add('example.org');
    world.menu('menuInstallRecorder', ADMIN);
    const edit = world.rt.triggers.find((t) => t.kind === 'edit');
    // The mark an earlier release left: its edit trigger only.
    world.env.documentProperties.store.set(
      'spbe.recorder',
      JSON.stringify({ by: ADMIN, trigger: edit?.id, since: '2026-11-01 08:00' }),
    );
    for (const t of world.rt.triggers.filter((x) => x.kind === 'change'))
      world.rt.removeTrigger(t.id);
    world.menu('menuInstallRecorder', ADMIN);
    expect(world.env.ui.alerts.at(-1)?.prompt).toMatch(/^Pencatat perubahan terpasang/);
    expect(world.rt.triggers.map((t) => t.kind).sort()).toEqual(['change', 'edit']);
    world.insertRowBy(ADMIN, 'Bappeda', 10);
    expect(openLog(world).at(-1)?.[2]).toBe('Ubah struktur');
  });
});
