import { ACTIONS } from '../../src/core/actions/menu/actions';
import { ALL_MENU_ITEMS } from '../../src/core/actions/menu/menu';
import { menuText } from '../../src/core/actions/menu/menu-text';
import { ENDPOINTS } from '../../src/shared/rpc';
import { ADMIN, demoWorld } from '../support/demo-world';
import type { SheetsWorld } from '../support/sheets-world';

/**
 * Who may do what, through the built bundle: every menu action and every sidebar endpoint,
 * run as an admin, as the PIC of one OPD, and as an editor of the file who is neither. A
 * refused attempt shows one sentence naming who may do it, and changes nothing: no cell, no
 * protection, no property, no mail, no trigger. The dialogs are answered "Ya" and the prompts
 * filled beforehand, so that an action that forgot to ask would go all the way.
 */
const PIC = 'bappeda.spbe@example.org';
const EDITOR = 'staf.umum@example.org';
const AS = { admin: ADMIN, pic: PIC, editor: EDITOR } as const;
type Role = keyof typeof AS;

interface Attempt {
  readonly what: string;
  readonly allowed: readonly Role[];
  readonly run: (w: SheetsWorld, as: string) => unknown;
  /** What a refused user reads. */
  readonly refusal: RegExp;
}

const ADMINS_ONLY = /^(GAGAL: )?Hanya admin Diskominfo \(kominfo\.admin@example\.org\) yang dapat /;
const PICS_ONLY =
  /^(GAGAL: )?Hanya PIC tab \S+ \([^)]+\) dan admin Diskominfo yang dapat (mengisi|membuka isian)/;

const menu =
  (handler: string) =>
  (w: SheetsWorld, as: string): unknown => {
    w.menu(handler, as);
    return w.env.ui.alerts.at(-1)?.prompt;
  };

/**
 * A sidebar call: what the user reads — the failure's message (marked, so that an allowed
 * call that failed for another reason is caught), or the answer's message.
 */
const FAILED = 'GAGAL: ';
const rpc =
  (call: (w: SheetsWorld, as: string) => unknown) =>
  (w: SheetsWorld, as: string): unknown => {
    try {
      const answer = call(w, as) as { ok?: boolean; message?: string } | undefined;
      return answer?.ok === false ? `${FAILED}${answer.message}` : (answer?.message ?? answer);
    } catch (error) {
      return `${FAILED}${(error as Error).message}`;
    }
  };

function saveTo(opdKey: string, code: string) {
  return rpc((w, as) => {
    const version = w.rpc('panelOpd', { opdKey, code }, ADMIN).entry?.version ?? 'unknown version';
    return w.rpc(
      'panelSave',
      {
        opdKey,
        code,
        version,
        level: 4,
        explanation: 'Perubahan yang tidak boleh tersimpan oleh orang yang tidak berhak.',
        evidence: 'https://drive.google.com/file/d/1Unauthorisedxxxxxxxxxxxxxxxxxxxx/view',
        evidenceKind: 'Dokumen',
      },
      as,
    );
  });
}

const ATTEMPTS: readonly Attempt[] = [
  // Every menu action, from the action list itself: a new one is covered without editing this.
  ...ACTIONS.map((spec) => ({
    what: `menu ${menuText.items[spec.id]} (${spec.handler})`,
    allowed: spec.who === 'anyone' ? (['admin', 'pic', 'editor'] as const) : (['admin'] as const),
    run: menu(spec.handler),
    refusal: spec.who === 'anyone' ? /^$/ : ADMINS_ONLY,
  })),
  {
    what: 'panelState',
    allowed: ['admin', 'pic', 'editor'],
    run: rpc((w, as) => w.rpc('panelState', {}, as)),
    refusal: /^$/,
  },
  {
    what: 'panelOpd (Bappeda)',
    allowed: ['admin', 'pic'],
    run: rpc((w, as) => w.rpc('panelOpd', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, as)),
    refusal: PICS_ONLY,
  },
  {
    what: 'panelHistory (Bappeda)',
    allowed: ['admin', 'pic'],
    run: rpc((w, as) => w.rpc('panelHistory', { opdKey: 'spbe:opd:BAPPEDA', code: 'I32' }, as)),
    refusal: PICS_ONLY,
  },
  {
    what: 'panelSave (Bappeda, the PIC’s own tab)',
    allowed: ['admin', 'pic'],
    run: saveTo('spbe:opd:BAPPEDA', 'I32'),
    refusal: PICS_ONLY,
  },
  {
    what: 'panelSave (BPKAD, another OPD’s tab)',
    allowed: ['admin'],
    run: saveTo('spbe:opd:BPKAD', 'I34'),
    refusal: PICS_ONLY,
  },
  {
    what: 'panelProbe (Bappeda)',
    allowed: ['admin', 'pic'],
    run: rpc((w, as) =>
      w.rpc(
        'panelProbe',
        {
          opdKey: 'spbe:opd:BAPPEDA',
          code: 'I32',
          evidence: 'https://drive.google.com/file/d/1DemoI32BAPPEDA1xxxxxxxxxxxxxxxxxx/view',
        },
        as,
      ),
    ),
    refusal: PICS_ONLY,
  },
  {
    what: 'panelSelection',
    allowed: ['admin', 'pic', 'editor'],
    run: rpc((w, as) => w.rpc('panelSelection', {}, as)),
    refusal: /^$/,
  },
  {
    what: 'panelGoTo',
    allowed: ['admin', 'pic', 'editor'],
    run: rpc((w, as) => w.rpc('panelGoTo', { tab: 'Bappeda', row: 5 }, as)),
    refusal: /^$/,
  },
  {
    what: 'panelCoordinator',
    allowed: ['admin'],
    run: rpc((w, as) => w.rpc('panelCoordinator', {}, as)),
    refusal: ADMINS_ONLY,
  },
  {
    what: 'panelPlan',
    allowed: ['admin'],
    run: rpc((w, as) => w.rpc('panelPlan', { target: 3 }, as)),
    refusal: ADMINS_ONLY,
  },
  {
    what: 'panelWritePlan',
    allowed: ['admin'],
    run: rpc((w, as) => w.rpc('panelWritePlan', { target: 3 }, as)),
    refusal: ADMINS_ONLY,
  },
];

/** Everything an action could change: cells, protections, rules, properties, mail, triggers. */
function everything(w: SheetsWorld): string {
  return JSON.stringify({
    sheets: w.env.spreadsheet.sheets.map((s) => [
      s.name,
      s.contents,
      s.protections.map((p) => [p.description, [...p.editors].sort(), p.unprotected]),
      s.rules.length,
      s.hidden,
    ]),
    properties: [...w.env.documentProperties.store],
    mail: w.mail.sent.length,
    triggers: w.rt.triggers.map((t) => t.id),
  });
}

function world(): SheetsWorld {
  const w = demoWorld('checked');
  w.env.share(EDITOR);
  // Ready for an action that forgot to ask: every dialog answered Ya, every prompt filled.
  w.env.ui.answers.push('YES', 'YES', 'YES', 'YES');
  w.env.ui.typed.push('1', '1');
  return w;
}

describe('authorization: every action and endpoint, as each role', () => {
  it('covers every menu item and every endpoint', () => {
    const covered = ATTEMPTS.map((a) => a.what);
    for (const item of ALL_MENU_ITEMS)
      expect(covered.some((w) => w.includes(`(${item.handler})`))).toBe(true);
    for (const name of ENDPOINTS) expect(covered.some((w) => w.startsWith(name))).toBe(true);
  });

  const refused = ATTEMPTS.flatMap((a) =>
    (['pic', 'editor'] as const).filter((r) => !a.allowed.includes(r)).map((r) => [a, r] as const),
  );
  it.each(refused.map(([a, r]) => [a.what, r, a] as const))(
    '%s as %s: refused in one sentence naming who may, and nothing changes',
    (_, role, attempt) => {
      const w = world();
      const before = everything(w);
      const said = attempt.run(w, AS[role]);
      expect(String(said)).toMatch(attempt.refusal);
      expect(everything(w)).toBe(before);
    },
  );

  const allowed = ATTEMPTS.flatMap((a) => a.allowed.map((r) => [a, r] as const));
  it.each(allowed.map(([a, r]) => [a.what, r, a] as const))(
    '%s as %s: allowed',
    (_, role, attempt) => {
      const said = attempt.run(world(), AS[role]);
      expect(String(said ?? '')).not.toMatch(/^(GAGAL: |Hanya |Terjadi kesalahan)/);
    },
  );
});
