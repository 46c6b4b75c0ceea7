/**
 * Each documented rule of the Apps Script runtime (shared reference, table R1–R18), proved on
 * the stand-ins: they refuse or transform exactly as the named Google reference page says, so
 * a test of the add-on cannot pass where Google's runtime would fail it.
 */

import { formula } from '../../src/core/workbook/port';
import { SpreadsheetWorkbook } from '../../src/gas/spreadsheet-workbook';
import { RULES, RuntimeRefusal } from '../fakes/rules';
import type { Execution, Manifest } from '../fakes/runtime';
import { SCOPE } from '../fakes/scopes';
import type { FakeSheet } from '../fakes/spreadsheet-app';
import { SheetsWorld } from '../support/sheets-world';

const OWNER = 'owner@kominfo.example.go.id';
const GMAIL = 'pic.bappeda@gmail.com';
const COLLEAGUE = 'staf@kominfo.example.go.id';

type Services = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Session: GoogleAppsScript.Base.Session;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
};

function world(
  options: { manifest?: Manifest; deployment?: 'bound' | 'addon' | 'addon-test' } = {},
) {
  const w = new SheetsWorld(OWNER, options);
  const services = {
    ...w.env.services(),
    ...w.drive.services(),
    ...w.mail.services(),
  } as unknown as Services;
  /** Runs `body` as one execution of the given kind, with the services a script sees. */
  const as = <T>(
    spec: Partial<Omit<Execution, 'startedAt'>> & Pick<Execution, 'kind'>,
    body: (s: Services) => T,
  ): T => w.rt.run({ authMode: 'FULL', activeUser: OWNER, ...spec }, () => body(services));
  return { w, as, services };
}

interface GranularScriptApp {
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    scopes: string[],
  ): GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes(): string[] };
}

function refusedBy(rule: keyof typeof RULES, run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RuntimeRefusal);
    expect((error as RuntimeRefusal).rule).toBe(rule);
    return (error as Error).message;
  }
  throw new Error(`expected ${rule} to refuse`);
}

describe(`R1 — ${RULES.R1.rule} (${RULES.R1.pages.join('; ')})`, () => {
  const withoutEmail = {
    ...new SheetsWorld(OWNER).rt.manifest,
    oauthScopes: [SCOPE.sheetsCurrent, SCOPE.containerUi],
  };

  it('refuses Session.getActiveUser when userinfo.email is not listed, with Apps Script’s message', () => {
    const { as } = world({ manifest: withoutEmail });
    expect(
      refusedBy('R1', () => as({ kind: 'menu' }, (s) => s.Session.getActiveUser().getEmail())),
    ).toBe(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
  });

  it('adds nothing for a listed scope list: DriveApp needs drive.readonly listed', () => {
    const { as } = world({ manifest: withoutEmail });
    refusedBy('R1', () => as({ kind: 'menu' }, (s) => s.DriveApp.getFileById('x')));
  });

  it('lets the built manifest’s own scopes through', () => {
    const { as } = world();
    expect(as({ kind: 'menu' }, (s) => s.Session.getActiveUser().getEmail())).toBe(OWNER);
  });

  it('fails setup under the old manifest: it needs the user’s email, which cannot be asked for', () => {
    const { w } = world({ manifest: withoutEmail });
    expect(() => w.menu('menuSetup')).toThrow(/userinfo\.email/);
  });
});

describe(`R2 — ${RULES.R2.rule} (${RULES.R2.pages.join('; ')})`, () => {
  const workspace = { ...new SheetsWorld(OWNER).rt.manifest, addOns: { common: {}, sheets: {} } };

  it('shows no Sheets menu and runs no menu item for a manifest with addOns', () => {
    const { w } = world({ manifest: workspace });
    w.open('FULL');
    expect(w.env.ui.menus).toEqual([]);
    refusedBy('R2', () => w.menu('menuSetup'));
  });
});

describe(`R3 — ${RULES.R3.rule} (${RULES.R3.pages.join('; ')})`, () => {
  const fn = { kind: 'customFunction', authMode: 'CUSTOM_FUNCTION', activeUser: '' } as const;

  it('reads the spreadsheet', () => {
    const { as } = world();
    expect(as(fn, (s) => s.SpreadsheetApp.getActiveSpreadsheet().getSheets().length)).toBe(1);
  });

  it('refuses every setter, DriveApp, MailApp, Session, Ui and triggers', () => {
    const { as } = world();
    refusedBy('R3', () =>
      as(fn, (s) =>
        s.SpreadsheetApp.getActiveSpreadsheet()
          .getSheets()[0]
          ?.getRange(1, 1)
          .setValues([[1]]),
      ),
    );
    refusedBy('R3', () => as(fn, (s) => s.DriveApp.getFileById('x')));
    refusedBy('R3', () => as(fn, (s) => s.MailApp.getRemainingDailyQuota()));
    refusedBy('R3', () => as(fn, (s) => s.Session.getActiveUser()));
    refusedBy('R3', () => as(fn, (s) => s.SpreadsheetApp.getUi()));
    refusedBy('R3', () => as(fn, (s) => s.ScriptApp.getProjectTriggers()));
  });
});

describe(`R4 — ${RULES.R4.rule} (${RULES.R4.pages.join('; ')})`, () => {
  const none = { kind: 'onOpen', authMode: 'NONE' } as const;

  it('builds the add-on menu in AuthMode.NONE', () => {
    const { as } = world();
    as(none, (s) =>
      s.SpreadsheetApp.getUi().createAddonMenu().addItem('Bantuan', 'menuHelp').addToUi(),
    );
  });

  it('refuses properties, spreadsheet reads and Session there', () => {
    const { as } = world();
    refusedBy('R4', () => as(none, (s) => s.PropertiesService.getDocumentProperties()));
    refusedBy('R4', () => as(none, (s) => s.SpreadsheetApp.getActiveSpreadsheet()));
    refusedBy('R4', () => as(none, (s) => s.Session.getActiveUser()));
  });

  it('refuses authorized services in a simple trigger (LIMITED)', () => {
    const { as } = world();
    refusedBy('R4', () =>
      as({ kind: 'onOpen', authMode: 'LIMITED' }, (s) => s.DriveApp.getFileById('x')),
    );
  });
});

describe(`R5 — ${RULES.R5.rule} (${RULES.R5.pages.join('; ')})`, () => {
  const menu = { kind: 'menu' } as const;

  it('lists with getProjectTriggers the user’s triggers of every file in an add-on; getUserTriggers only this file’s', () => {
    const { w, as } = world({ deployment: 'addon' });
    w.rt.addTrigger({
      handler: 'recorderOnEdit',
      kind: 'edit',
      owner: OWNER,
      documentId: 'another-sheet',
    });
    const project = as(menu, (s) =>
      s.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction()),
    );
    const here = as(menu, (s) =>
      s.ScriptApp.getUserTriggers(s.SpreadsheetApp.getActiveSpreadsheet()).map((t) =>
        t.getHandlerFunction(),
      ),
    );
    expect(project).toEqual(['recorderOnEdit']);
    expect(here).toEqual([]);
  });

  it('shows nobody another user’s triggers', () => {
    const { w, as } = world();
    w.rt.addTrigger({
      handler: 'recorderOnEdit',
      kind: 'edit',
      owner: COLLEAGUE,
      documentId: w.rt.documentId,
    });
    expect(as(menu, (s) => s.ScriptApp.getProjectTriggers())).toEqual([]);
  });

  it('allows an add-on one trigger of each type per user and document', () => {
    const { as } = world({ deployment: 'addon' });
    as(menu, (s) => s.ScriptApp.newTrigger('a').timeBased().after(60_000).create());
    expect(
      refusedBy('R5', () =>
        as(menu, (s) => s.ScriptApp.newTrigger('b').timeBased().after(60_000).create()),
      ),
    ).toMatch(/too many time-based triggers in this document/);
  });

  it('runs an add-on’s time-driven trigger at most hourly; a bound script’s when asked', () => {
    for (const [deployment, fires] of [
      ['bound', 60_000],
      ['addon', 3_600_000],
    ] as const) {
      const { w, as } = world({ deployment });
      as(menu, (s) => s.ScriptApp.newTrigger('menuHelp').timeBased().after(60_000).create());
      expect((w.rt.triggers[0]?.fireAt ?? 0) - w.rt.now()).toBe(fires);
    }
  });

  it('runs an installable trigger as its creator, and none in a test deployment', () => {
    const ran: string[] = [];
    const spy = (x: ReturnType<typeof world>) => {
      (x.w.box.context as Record<string, unknown>).spy = () =>
        ran.push(x.services.Session.getEffectiveUser().getEmail());
      x.as({ kind: 'menu', activeUser: COLLEAGUE }, (s) =>
        s.ScriptApp.newTrigger('spy').timeBased().after(1).create(),
      );
      x.w.rt.advance(2);
      return x.w.runDueTriggers();
    };
    expect(spy(world({ deployment: 'addon-test' }))).toBe(0);
    expect(spy(world())).toBe(1);
    expect(ran).toEqual([COLLEAGUE]);
  });
});

describe(`R6 — ${RULES.R6.rule} (${RULES.R6.pages.join('; ')})`, () => {
  const trigger = (editor: string) =>
    ({ kind: 'editTrigger', activeUser: editor, effectiveUser: OWNER }) as const;

  it('hides a consumer Gmail editor from a trigger owned by someone else', () => {
    const { as } = world();
    expect(as(trigger(GMAIL), (s) => s.Session.getActiveUser().getEmail())).toBe('');
    expect(as(trigger(GMAIL), (s) => s.Session.getEffectiveUser().getEmail())).toBe(OWNER);
  });

  it('shows a colleague of the same Workspace domain', () => {
    const { w, as } = world();
    w.rt.workspaceDomains.add('kominfo.example.go.id');
    expect(as(trigger(COLLEAGUE), (s) => s.Session.getActiveUser().getEmail())).toBe(COLLEAGUE);
  });

  it('blanks the edit event’s user the same way', () => {
    const { w } = world();
    const seen: string[] = [];
    (w.box.context as Record<string, unknown>).spy = (e: GoogleAppsScript.Events.SheetsOnEdit) =>
      seen.push(e.user.getEmail());
    w.rt.addTrigger({ handler: 'spy', kind: 'edit', owner: OWNER, documentId: w.rt.documentId });
    w.env.share(GMAIL);
    w.edit(GMAIL, 'Sheet1', 1, 1, 'x');
    w.edit(OWNER, 'Sheet1', 1, 1, 'y');
    expect(seen).toEqual(['', OWNER]);
  });
});

describe(`R7 — ${RULES.R7.rule} (${RULES.R7.pages.join('; ')})`, () => {
  const menu = { kind: 'menu' } as const;

  it('measures a value in UTF-8 bytes, not characters', () => {
    const { as } = world();
    const props = (s: Services) => s.PropertiesService.getDocumentProperties();
    as(menu, (s) => props(s).setProperty('ascii', 'a'.repeat(9 * 1024)));
    // 5,000 characters, 10,000 bytes: over 9 KB although under 9,216 characters.
    expect(
      refusedBy('R7', () => as(menu, (s) => props(s).setProperty('k', 'é'.repeat(5000)))),
    ).toBe('Argument too large: value');
  });

  it('refuses a write that would take the store past 500 KB', () => {
    const { as } = world();
    expect(
      refusedBy('R7', () =>
        as(menu, (s) => {
          const p = s.PropertiesService.getDocumentProperties();
          for (let i = 0; i < 60; i++) p.setProperty(`k${i}`, 'x'.repeat(9000));
        }),
      ),
    ).toMatch(/exceeded the property storage quota/);
  });

  it('counts reads and writes against 50,000 a day on a consumer account', () => {
    const { w, as } = world();
    w.rt.used(OWNER).properties = 50_000;
    expect(
      refusedBy('R7', () =>
        as(menu, (s) => s.PropertiesService.getDocumentProperties().getProperty('x')),
      ),
    ).toBe('Service invoked too many times for one day: properties.');
  });
});

describe(`R8 — ${RULES.R8.rule} (${RULES.R8.pages.join('; ')})`, () => {
  const menu = { kind: 'menu' } as const;

  it('stops an execution past 6 minutes', () => {
    const { w, as } = world();
    expect(
      refusedBy('R8', () =>
        as(menu, (s) => {
          w.rt.advance(6 * 60_000 + 1);
          s.SpreadsheetApp.getActiveSpreadsheet();
        }),
      ),
    ).toBe('Exceeded maximum execution time');
  });

  it('counts email recipients (100 a day) and URL fetches (20,000 a day) per consumer user', () => {
    const { w, as } = world();
    w.mail.setRemaining(OWNER, 1);
    refusedBy('R8', () =>
      as(menu, (s) => s.MailApp.sendEmail({ to: 'a@x.org,b@x.org', subject: 's', body: 'b' })),
    );
    w.rt.used(OWNER).urlFetch = 20_000;
    refusedBy('R8', () =>
      as(menu, (s) =>
        s.UrlFetchApp.fetchAll([
          { url: 'https://drive.google.com/file/d/x/view', muteHttpExceptions: true },
        ]),
      ),
    );
  });

  it('gives a Workspace user the larger quotas', () => {
    const { w } = world();
    w.rt.workspaceDomains.add('kominfo.example.go.id');
    expect(w.mail.remaining(OWNER)).toBe(1_500);
  });

  it('adds trigger runtime up to 90 minutes a day', () => {
    const { w, as } = world();
    w.rt.used(OWNER).triggerMs = 90 * 60_000 - 1;
    as({ kind: 'timeTrigger' }, () => w.rt.advance(2));
    expect(w.rt.used(OWNER).triggerMs).toBe(90 * 60_000 + 1);
  });
});

describe(`R9 — ${RULES.R9.rule} (${RULES.R9.pages.join('; ')})`, () => {
  const write = (locale: string, format: string | undefined, value: string) => {
    const { w, as } = world();
    w.rt.locale = locale;
    const sheet = w.env.spreadsheet.sheetNamed('Sheet1') as FakeSheet;
    if (format) sheet.formats.set('1:1', { numberFormat: format });
    as({ kind: 'menu' }, (s) =>
      s.SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()[0]
        ?.getRange(1, 1)
        .setValues([[value]]),
    );
    const range = sheet.getRange(1, 1);
    return { value: range.getValues()[0]?.[0], formula: range.getFormulas()[0]?.[0] };
  };

  it('turns "=1+1" into a formula, "2026-02-10" into a date, "1,5" into a number in id_ID', () => {
    expect(write('id_ID', undefined, '=1+1')).toEqual({ value: 2, formula: '=1+1' });
    expect(write('id_ID', undefined, '2026-02-10').value).toEqual(
      new Date(Date.UTC(2026, 1, 9, 16)),
    );
    expect(write('id_ID', undefined, '1,5').value).toBe(1.5);
    expect(write('en_US', undefined, '1,5').value).toBe('1,5');
    expect(write('en_US', undefined, '1.5').value).toBe(1.5);
    expect(write('id_ID', undefined, '13,14').value).toBe(13.14);
    expect(write('id_ID', undefined, 'TRUE').value).toBe(true);
  });

  it('keeps text in a plain-text cell, and after an apostrophe', () => {
    expect(write('id_ID', '@', '=1+1')).toEqual({ value: '=1+1', formula: '' });
    expect(write('id_ID', '@', '2026-02-10').value).toBe('2026-02-10');
    expect(write('id_ID', undefined, "'2026-02-10").value).toBe('2026-02-10');
  });
});

describe(`R10 — ${RULES.R10.rule} (${RULES.R10.pages.join('; ')})`, () => {
  const API = 'https://www.googleapis.com/drive/v3/files';
  const file = {
    id: '1FileForTheRulesTestxxxxxxxxxx',
    name: 'SK.pdf',
    mimeType: 'application/pdf',
    modifiedTime: '2026-02-10T00:00:00Z',
    owner: 'pic@dinas.example.go.id',
  };
  const get = (as: ReturnType<typeof world>['as'], id: string, extra = '') =>
    as({ kind: 'menu' }, (s) => {
      const token = s.ScriptApp.getOAuthToken();
      const [res] = s.UrlFetchApp.fetchAll([
        {
          url: `${API}/${id}?fields=id,permissions${extra}`,
          headers: { Authorization: `Bearer ${token}` },
          muteHttpExceptions: true,
        },
      ]);
      return { code: res?.getResponseCode(), body: JSON.parse(res?.getContentText() ?? '{}') };
    });

  it('answers 404, not 403, for a file the caller cannot read', () => {
    const { w, as } = world();
    w.drive.files.set(file.id, { ...file, sharing: 'restricted' });
    expect(get(as, file.id).code).toBe(404);
  });

  it('returns permissions only to someone who may share the file, never for a shared drive', () => {
    const { w, as } = world();
    w.drive.files.set(file.id, { ...file, sharing: 'anyone' });
    expect(get(as, file.id).body.permissions).toBeUndefined();
    w.drive.files.set(file.id, { ...file, owner: OWNER, sharing: 'anyone' });
    expect(get(as, file.id).body.permissions).toEqual(
      expect.arrayContaining([{ type: 'anyone', role: 'reader' }]),
    );
    w.drive.files.set(file.id, { ...file, owner: OWNER, sharing: 'anyone', sharedDrive: true });
    expect(get(as, file.id).code).toBe(404);
    const inSharedDrive = get(as, file.id, '&supportsAllDrives=true');
    expect([inSharedDrive.code, inSharedDrive.body.permissions]).toEqual([200, undefined]);
  });

  it('answers 403 accessNotConfigured to everything when the project has the Drive API off', () => {
    const { w, as } = world();
    w.drive.files.set(file.id, { ...file, sharing: 'anyone' });
    w.rt.driveApiEnabled = false;
    const answer = get(as, file.id);
    expect([answer.code, answer.body.error.errors[0].reason]).toEqual([403, 'accessNotConfigured']);
  });

  it('sends an anonymous visitor of a restricted file to sign in; a followed redirect looks like 200', () => {
    const { w, as } = world();
    w.drive.files.set(file.id, { ...file, sharing: 'restricted' });
    const probe = (followRedirects: boolean) =>
      as({ kind: 'menu' }, (s) => {
        const [res] = s.UrlFetchApp.fetchAll([
          {
            url: `https://drive.google.com/file/d/${file.id}/view`,
            muteHttpExceptions: true,
            followRedirects,
          },
        ]);
        return [
          res?.getResponseCode(),
          ((res?.getHeaders() ?? {}) as Record<string, string>).location ?? '',
        ];
      });
    expect(probe(false)).toEqual([
      302,
      expect.stringMatching(/^https:\/\/accounts\.google\.com\//),
    ]);
    expect(probe(true)[0]).toBe(200);
  });
});

describe(`R11 — ${RULES.R11.rule} (${RULES.R11.pages.join('; ')})`, () => {
  it('gives no document lock in an add-on’s time-driven trigger', () => {
    const { as } = world({ deployment: 'addon' });
    expect(as({ kind: 'timeTrigger' }, (s) => s.LockService.getDocumentLock())).toBeNull();
    const bound = world();
    expect(
      bound.as({ kind: 'timeTrigger' }, (s) => s.LockService.getDocumentLock()),
    ).not.toBeNull();
  });

  it('refuses the Ui in triggers', () => {
    const { as } = world();
    expect(
      refusedBy('R11', () => as({ kind: 'timeTrigger' }, (s) => s.SpreadsheetApp.getUi())),
    ).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
    refusedBy('R11', () =>
      as({ kind: 'editTrigger', activeUser: GMAIL, effectiveUser: OWNER }, (s) =>
        s.SpreadsheetApp.getUi(),
      ),
    );
  });
});

describe(`R12 — ${RULES.R12.rule} (${RULES.R12.pages.join('; ')})`, () => {
  it('lets only an editor of a protection read or change its editors; the owner and runner stay', () => {
    const { w, as } = world();
    w.env.share(COLLEAGUE);
    const protection = as({ kind: 'menu' }, (s) =>
      s.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]?.protect(),
    );
    // Until its editors change, a new protection mirrors the file: the colleague may edit.
    expect(as({ kind: 'menu' }, () => protection?.getEditors().map((u) => u.getEmail()))).toContain(
      COLLEAGUE,
    );
    as({ kind: 'menu' }, () => protection?.removeEditors([OWNER, COLLEAGUE]));
    expect(as({ kind: 'menu' }, () => protection?.getEditors().map((u) => u.getEmail()))).toEqual([
      OWNER,
    ]);
    refusedBy('R12', () =>
      as({ kind: 'menu', activeUser: COLLEAGUE }, () => protection?.getEditors()),
    );
    refusedBy('R12', () =>
      as({ kind: 'menu', activeUser: COLLEAGUE }, () => protection?.removeEditors([OWNER])),
    );
  });

  it('does not share the file by listing someone as a protection editor', () => {
    const { w, as } = world();
    as({ kind: 'menu' }, (s) =>
      s.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]?.protect().addEditors([GMAIL]),
    );
    expect(() => w.env.type(GMAIL, 'Sheet1', 1, 1, 'x')).toThrow(/protected/);
  });
});

describe(`R13 — ${RULES.R13.rule} (${RULES.R13.pages.join('; ')})`, () => {
  it('refuses what the user did not tick on the consent screen, and says what is missing', () => {
    const { w, as } = world();
    w.rt.grantOnly(OWNER, [SCOPE.sheetsCurrent, SCOPE.containerUi, SCOPE.userEmail]);
    refusedBy('R13', () => as({ kind: 'menu' }, (s) => s.MailApp.getRemainingDailyQuota()));
    // The scoped form and getAuthorizedScopes came with granular consent (newer than the types).
    const info = as({ kind: 'menu' }, (s) =>
      (s.ScriptApp as unknown as GranularScriptApp).getAuthorizationInfo(
        s.ScriptApp.AuthMode.FULL,
        [SCOPE.sendMail],
      ),
    );
    expect(String(info.getAuthorizationStatus())).toBe('REQUIRED');
    expect(info.getAuthorizedScopes()).toEqual([]);
  });

  it('requireScopes ends the execution and shows a consent prompt for what is missing', () => {
    const { w, as } = world();
    w.rt.grantOnly(OWNER, [SCOPE.sheetsCurrent]);
    expect(() =>
      as({ kind: 'menu' }, (s) =>
        s.ScriptApp.requireScopes(s.ScriptApp.AuthMode.FULL, [SCOPE.sendMail]),
      ),
    ).toThrow(/Authorization is required/);
    expect(w.rt.consentPrompts).toEqual([{ user: OWNER, scopes: [SCOPE.sendMail] }]);
  });
});

describe(`R14 — ${RULES.R14.rule} (${RULES.R14.pages.join('; ')})`, () => {
  const written = (value: string) => {
    const { w, as } = world();
    as({ kind: 'menu' }, (s) =>
      s.SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()[0]
        ?.getRange(1, 1)
        .setValues([[value]]),
    );
    const sheet = w.env.spreadsheet.sheetNamed('Sheet1') as FakeSheet;
    return { live: sheet.isFormula(1, 1), formula: sheet.getRange(1, 1).getFormulas()[0]?.[0] };
  };

  it('turns a written "=…" and "+…" into live formulas, as typing does', () => {
    expect(written('=IMPORTXML("https://x.example";"//a")').live).toBe(true);
    expect(written('+A1')).toEqual({ live: true, formula: '=+A1' });
    expect(written('+62').live).toBe(false); // a number, not a formula
  });

  it('keeps text after an apostrophe', () => {
    expect(written("'=1+1").live).toBe(false);
    expect(written("'+A1").live).toBe(false);
  });

  it('so the adapter writes a string as text, whatever it starts with, and only a Formula as a formula', () => {
    const { w, as } = world();
    as({ kind: 'menu' }, (s) => {
      const wb = new SpreadsheetWorkbook(
        s.SpreadsheetApp.getActiveSpreadsheet(),
        s.PropertiesService.getDocumentProperties(),
      );
      wb.writeCells('Sheet1', 1, 1, [['=1+1', '+A1', '-A1', '@A1', formula('=1+1')]]);
    });
    const sheet = w.env.spreadsheet.sheetNamed('Sheet1') as FakeSheet;
    expect([1, 2, 3, 4, 5].map((c) => sheet.isFormula(1, c))).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(sheet.contents[0]?.slice(0, 4)).toEqual(['=1+1', '+A1', '-A1', '@A1']);
  });
});

describe(`R15 — ${RULES.R15.rule} (${RULES.R15.pages.join('; ')})`, () => {
  it('hands a custom function the label of a HYPERLINK and the words of a rich-text link', () => {
    const { w } = world();
    const url = 'https://drive.google.com/file/d/1abcdefghijklmnopqrstuvwxyz12/view';
    w.env.type(OWNER, 'Sheet1', 1, 1, `=HYPERLINK("${url}";"Perwali 12")`);
    w.env.pasteLink(OWNER, 'Sheet1', 2, 1, 'SK Tim', url);
    expect(w.shown('Sheet1!A1:A2')).toEqual([['Perwali 12'], ['SK Tim']]);
  });
});

describe(`R16 — ${RULES.R16.rule} (${RULES.R16.pages.join('; ')})`, () => {
  it('answers header names in lower case, as HTTP/2 sends them', () => {
    const { w, as } = world();
    const file = {
      id: '1FileForTheHeaderTestxxxxxxxxx',
      name: 'Perwali.pdf',
      mimeType: 'application/pdf',
      modifiedTime: '2026-02-10T00:00:00Z',
      owner: 'pic@dinas.example.go.id',
      sharing: 'restricted' as const,
    };
    w.drive.files.set(file.id, file);
    const headers = as({ kind: 'menu' }, (s) =>
      s.UrlFetchApp.fetch(`https://drive.google.com/file/d/${file.id}/view`, {
        muteHttpExceptions: true,
        followRedirects: false,
      }).getHeaders(),
    ) as Record<string, string>;
    expect(Object.keys(headers)).toEqual(['location']);
  });
});

describe(`R17 — ${RULES.R17.rule} (${RULES.R17.pages.join('; ')})`, () => {
  it('lists no time-driven trigger for the spreadsheet; a spent one stays until deleted', () => {
    const { w, as } = world();
    // probeTrigger does nothing when it runs: the trigger is left as the runtime leaves it.
    as({ kind: 'menu' }, (s) => {
      s.ScriptApp.newTrigger('probeTrigger').timeBased().after(60_000).create();
      s.ScriptApp.newTrigger('recorderOnEdit')
        .forSpreadsheet(s.SpreadsheetApp.getActiveSpreadsheet())
        .onEdit()
        .create();
    });
    const listed = () =>
      as({ kind: 'menu' }, (s) => ({
        forSheet: s.ScriptApp.getUserTriggers(s.SpreadsheetApp.getActiveSpreadsheet()).map((t) =>
          t.getHandlerFunction(),
        ),
        project: s.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction()),
      }));
    expect(listed()).toEqual({
      forSheet: ['recorderOnEdit'],
      project: ['probeTrigger', 'recorderOnEdit'],
    });
    w.rt.advance(60_000);
    expect(w.runDueTriggers()).toBe(1);
    expect(listed().project).toEqual(['probeTrigger', 'recorderOnEdit']);
    expect(w.runDueTriggers()).toBe(0); // spent: it never runs again
  });

  it('refuses a 21st trigger of one user in one script', () => {
    const { as } = world();
    const create = () =>
      as({ kind: 'menu' }, (s) =>
        s.ScriptApp.newTrigger('continueCheck').timeBased().after(60_000).create(),
      );
    for (let i = 0; i < 20; i++) create();
    expect(refusedBy('R17', create)).toMatch(/too many triggers/);
  });
});

describe(`R18 — ${RULES.R18.rule} (${RULES.R18.pages.join('; ')})`, () => {
  it('gives a formula back in its own spelling', () => {
    const { w, as } = world();
    w.env.addTab(OWNER, 'Penilaian', [['x']]);
    const formulas = as({ kind: 'menu' }, (s) => {
      const range = s.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]?.getRange(1, 1);
      range?.setValues([["=if('Penilaian'!A1=\"\";sum('Penilaian'!B1:B2);0)"]]);
      return range?.getFormulas();
    });
    expect(formulas).toEqual([['=IF(Penilaian!A1="";SUM(Penilaian!B1:B2);0)']]);
  });
});
