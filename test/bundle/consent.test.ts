import { SCOPE } from '../fakes/scopes';
import { ADMIN, demoWorld } from '../support/demo-world';

/**
 * Granular consent (rule R13): on Google's consent screen a user may tick only some of the
 * add-on's permissions. Each feature asks for what it needs when used, in Indonesian; a PIC
 * who only fills their tab is never held up by a permission they did not need.
 */
const BAPPEDA = 'bappeda.spbe@example.org';
const BASIC = [SCOPE.sheetsCurrent, SCOPE.containerUi, SCOPE.userEmail];

describe('a user who granted only some permissions', () => {
  it('as a PIC, fills their tab through the panel with the basic permissions alone', () => {
    const w = demoWorld('checked');
    w.rt.grantOnly(BAPPEDA, BASIC);
    w.menu('menuOpenPanel', BAPPEDA);
    expect(w.rt.consentPrompts).toEqual([]);
    expect(w.env.ui.sidebars).toHaveLength(1);
    const view = w.rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, BAPPEDA);
    const saved = w.rpc(
      'panelSave',
      {
        opdKey: 'spbe:opd:BAPPEDA',
        code: 'I32',
        version: view.entry?.version ?? '',
        level: 3,
        explanation: 'Aplikasi perencanaan dipakai oleh seluruh perangkat daerah sejak 2025.',
        evidence: view.entry?.evidence ?? '',
        evidenceKind: view.entry?.evidenceKind ?? '',
      },
      BAPPEDA,
    );
    expect(saved.ok).toBe(true);
  });

  it('as a PIC without the email permission, is told in Indonesian what to tick', () => {
    const w = demoWorld('checked');
    w.rt.grantOnly(BAPPEDA, [SCOPE.sheetsCurrent, SCOPE.containerUi]);
    expect(() => w.rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, BAPPEDA)).toThrow(
      /^Add-on belum mendapat izin: Melihat alamat email Anda/,
    );
    w.menu('menuOpenPanel', BAPPEDA);
    expect(w.rt.consentPrompts).toEqual([{ user: BAPPEDA, scopes: [SCOPE.userEmail] }]);
    expect(w.env.ui.sidebars).toHaveLength(0);
  });

  it('as the coordinator without the mail permission, is asked for it before anything is sent', () => {
    const w = demoWorld('checked');
    w.rt.grantOnly(ADMIN, [...BASIC, SCOPE.driveRead, SCOPE.external, SCOPE.scriptApp]);
    const log = w.env.spreadsheet.sheetNamed('Log')?.contents.length;
    w.menu('menuRemind', ADMIN);
    expect(w.env.ui.alerts.at(-1)?.prompt).toMatch(
      /^Kirim pengingat ke OPD memerlukan izin yang belum Anda berikan:\n• Mengirim email atas nama Anda/,
    );
    expect(w.rt.consentPrompts).toEqual([{ user: ADMIN, scopes: [SCOPE.sendMail] }]);
    expect(w.mail.sent).toEqual([]);
    expect(w.env.spreadsheet.sheetNamed('Log')?.contents.length).toBe(log);
    // Granted on the prompt, the next click sends.
    w.rt.grantMore(ADMIN, [SCOPE.sendMail]);
    w.env.ui.answers.push('YES');
    w.menu('menuRemind', ADMIN);
    expect(w.mail.sent.length).toBeGreaterThan(0);
  });

  it('as the coordinator without Drive, is asked for it before the check reads anything', () => {
    const w = demoWorld('typed');
    w.rt.grantOnly(ADMIN, BASIC);
    w.menu('menuCheck', ADMIN);
    expect(w.rt.consentPrompts).toEqual([
      { user: ADMIN, scopes: [SCOPE.driveRead, SCOPE.external] },
    ]);
    expect(w.drive.requestsServed).toBe(0);
    expect(w.env.spreadsheet.sheetNamed('Kelengkapan')?.contents[0]?.[0]).toMatch(
      /^Belum ada pemeriksaan/,
    );
  });
});
