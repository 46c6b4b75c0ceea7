import { reportedFindings } from '../support/demo-typing';
import { ADMIN, demo, demoWorld, opds } from '../support/demo-world';
import { columnOf, rowOf } from '../support/workbook-helpers';

/** The checked demo; the coordinator has `left` of today's email recipients. */
function checkedWorld(left = 100) {
  const world = demoWorld('checked');
  world.mail.setRemaining(ADMIN, left);
  return world;
}

const owing = new Set(demo.planted.map((p) => p.opd));

describe('Kirim pengingat', () => {
  it('shows a preview and sends nothing unless the coordinator says yes', () => {
    const { env, mail, menu } = checkedWorld();
    env.ui.answers.push('NO');
    menu('menuRemind');
    const [preview, cancelled] = env.ui.alerts.slice(-2).map((a) => a.prompt);
    expect(preview).toMatch(
      new RegExp(
        `^Pengingat berdasarkan pemeriksaan 28 Nov 2026 \\d\\d\\.\\d\\d akan dikirim ke ${owing.size} OPD`,
      ),
    );
    expect(cancelled).toBe('Pengingat tidak dikirim.');
    expect(mail.sent).toEqual([]);
  });

  it('sends one email per OPD with open findings, to its PICs, with its own list, and logs each', () => {
    const { env, mail, menu } = checkedWorld();
    env.ui.answers.push('YES');
    menu('menuRemind');
    expect(mail.sent).toHaveLength(owing.size);
    const opdsSent = mail.sent.map((m) => opds.find((o) => o.pics.includes(m.to[0] ?? ''))?.code);
    expect(new Set(opdsSent)).toEqual(owing);
    const bkpsdm = mail.sent.find((m) => m.to[0] === 'bkpsdm.spbe@example.org');
    const mine = reportedFindings(env).filter((f) => f[1] === 'BKPSDM' && f[0] !== 'Info');
    expect(bkpsdm?.subject).toBe(`[SPBE 2026] ${mine.length} isian data dukung perlu dilengkapi`);
    for (const f of mine) expect(bkpsdm?.body).toContain(`${f[2]} — ${f[3]}`);
    expect(bkpsdm?.body).toMatch(
      /Buka tab Anda: https:\/\/docs\.google\.com\/spreadsheets\/d\/\S+#gid=\d+&range=A5/,
    );
    expect(bkpsdm?.body).not.toContain('I32'); // another OPD's finding
    const log = env.spreadsheet.sheetNamed('Log')?.contents ?? [];
    expect(log.filter((r) => r[2] === 'Pengingat dikirim')).toHaveLength(owing.size);
    expect(env.ui.alerts[env.ui.alerts.length - 1]?.prompt).toBe(
      `${owing.size} pengingat terkirim. Setiap pengiriman tercatat di Log.`,
    );
  });

  it('never goes past the day’s quota: the OPDs that owe most are sent first, the rest are named', () => {
    const { env, mail, menu } = checkedWorld(3);
    env.ui.answers.push('YES');
    menu('menuRemind');
    expect(mail.sent).toHaveLength(3);
    expect(mail.remaining(ADMIN)).toBe(0);
    expect(mail.sent[0]?.to).toEqual(['kominfo.spbe@example.org']); // Diskominfo owes the most
    const preview =
      env.ui.alerts.find((a) => a.prompt.startsWith('Pengingat berdasarkan'))?.prompt ?? '';
    expect(preview).toMatch(
      /Tidak dikirim:\n• .+: kuota email hari ini tinggal 3 penerima; kirim lagi besok/,
    );
  });

  it('asks for a check first when there is no report', () => {
    const { env, mail, menu } = demoWorld('set-up');
    menu('menuRemind');
    expect(env.ui.alerts[env.ui.alerts.length - 1]?.prompt).toBe(
      'Belum ada hasil Cek kelengkapan. Jalankan SPBE › Diskominfo › Cek kelengkapan dulu, lalu kirim pengingat.',
    );
    expect(mail.sent).toEqual([]);
  });
});

describe('Kunci / buka pengisian', () => {
  it('locks every OPD’s input columns for PICs, keeps admins able, and opens them again', () => {
    const { env, menu } = checkedWorld();
    const tab = { cells: env.spreadsheet.sheetNamed('Bappeda')?.contents ?? [] } as {
      cells: (string | number | boolean | Date)[][];
    };
    const at = [rowOf(tab, 'I13'), columnOf(tab, 'Penjelasan')] as const;
    env.ui.answers.push('YES');
    menu('menuToggleLock');
    expect(env.ui.alerts[env.ui.alerts.length - 1]?.prompt).toMatch(/^Pengisian dikunci/);
    expect(() =>
      env.type('bappeda.spbe@example.org', 'Bappeda', at[0], at[1], 'diubah setelah batas'),
    ).toThrow(/protected cell/);
    env.type(ADMIN, 'Bappeda', at[0], at[1], 'koreksi admin');
    const settings = env.spreadsheet.sheetNamed('Pengaturan')?.contents ?? [];
    expect(settings.find((r) => r[0] === 'Pengisian OPD dikunci')?.[1]).toBe('ya');
    env.ui.answers.push('YES');
    menu('menuToggleLock');
    env.type('bappeda.spbe@example.org', 'Bappeda', at[0], at[1], 'dibuka lagi');
    expect(env.spreadsheet.sheetNamed('Bappeda')?.contents[at[0] - 1]?.[at[1] - 1]).toBe(
      'dibuka lagi',
    );
  });
});
