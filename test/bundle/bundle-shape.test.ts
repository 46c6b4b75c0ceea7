import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_MENU_ITEMS } from '../../src/core/actions/menu/menu';
import { bundleText, sandbox } from '../support/bundle';

/** Every custom function with the parameters users see while typing it. */
const CUSTOM_FUNCTIONS: Record<string, string[]> = {
  SPBE_INDEKS: ['tingkat', 'kode', 'kerangka'],
  SPBE_DOMAIN: ['tingkat', 'domain', 'kode', 'kerangka'],
  SPBE_ASPEK: ['tingkat', 'aspek', 'kode', 'kerangka'],
  SPBE_PREDIKAT: ['indeks', 'kerangka', 'nama', 'tahun'],
  SPBE_TINGKAT: ['tingkat', 'indikator', 'kerangka'],
  SPBE_BOBOT: ['indikator', 'kerangka'],
  SPBE_RINGKASAN: ['tingkat', 'kode', 'kerangka', 'tahun'],
  SPBE_RENCANA: ['tingkat', 'target', 'kode', 'kerangka', 'batas'],
  SPBE_BUKTI: ['tautan', 'bukti'],
};

/** The JSDoc block and parameter list of a top-level function declaration in the file text. */
function declaration(code: string, name: string): { jsdoc: string; params: string[] } | undefined {
  const match = new RegExp(
    `(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)?\\s*^function ${name}\\(([^)]*)\\)`,
    'm',
  ).exec(code);
  if (!match) return undefined;
  const params = (match[2] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return { jsdoc: match[1] ?? '', params };
}

describe('dist/Code.js as clasp pushes it', () => {
  const code = bundleText();

  it('is plain script: no import, export or require', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(code).not.toMatch(/\bprocess\.|\bBuffer\b/);
  });

  // Every formula cell and click loads the whole file. npm run bench measures each KB at about
  // 0.08 ms per load (0.5% of one load), so 300 KB costs ~4 ms per load more than 250 KB did.
  it('stays under 300 KB (every formula cell loads it; npm run bench prints the cost per KB)', () => {
    expect(Buffer.byteLength(code)).toBeLessThan(300 * 1024);
  });

  it.each(Object.entries(CUSTOM_FUNCTIONS))(
    'declares %s at top level with its parameters and an Indonesian @customfunction JSDoc',
    (name, params) => {
      const found = declaration(code, name);
      expect(found).toBeDefined();
      expect(found?.params).toEqual(params);
      const jsdoc = found?.jsdoc ?? '';
      expect(jsdoc).toMatch(/@customfunction/);
      expect(jsdoc).not.toMatch(/@preserve/);
      for (const p of params) expect(jsdoc).toMatch(new RegExp(`@param \\{[^}]+\\} ${p} \\S`));
      // The first line is the description users read in the formula help.
      const description = /\/\*\*\s*\n\s*\*\s*(.+)/.exec(jsdoc)?.[1] ?? '';
      expect(description).toMatch(/^(Menghitung|Memberi|Menampilkan|Menyusun) /);
      expect(name).not.toMatch(/_$/);
    },
  );

  it('declares the triggers and every menu handler at top level', () => {
    expect(declaration(code, 'onOpen')?.params).toEqual(['e']);
    expect(declaration(code, 'onInstall')?.params).toEqual(['e']);
    expect(declaration(code, 'continueCheck')).toBeDefined();
    for (const item of ALL_MENU_ITEMS) {
      expect(declaration(code, item.handler)).toBeDefined();
      expect(item.handler).not.toMatch(/_$/); // a trailing _ makes a function private
    }
  });

  it('loads in a bare context without Node globals and calls no service at top level', () => {
    const touched: string[] = [];
    const tripwire = (name: string) =>
      new Proxy(
        {},
        {
          get(_, prop) {
            touched.push(`${name}.${String(prop)}`);
            return undefined;
          },
        },
      );
    const services = Object.fromEntries(
      [
        'SpreadsheetApp',
        'ScriptApp',
        'PropertiesService',
        'DriveApp',
        'UrlFetchApp',
        'LockService',
        'HtmlService',
        'Session',
      ].map((n) => [n, tripwire(n)]),
    );
    const box = sandbox(services);
    expect(touched).toEqual([]);
    for (const name of [
      'require',
      'process',
      'module',
      'exports',
      'Buffer',
      'URL',
      'URLSearchParams',
      'fetch',
      'setTimeout',
      'TextEncoder',
    ]) {
      expect([name, (box.context as Record<string, unknown>)[name]]).toEqual([name, undefined]);
    }
    // Every entry point is callable: the bundle's assignments replaced the empty stubs.
    for (const name of [
      ...Object.keys(CUSTOM_FUNCTIONS),
      'onOpen',
      'onInstall',
      ...ALL_MENU_ITEMS.map((i) => i.handler),
    ]) {
      expect(typeof (box.context as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('also loads with no services at all (a formula cell has none of the UI ones)', () => {
    expect(() => sandbox()).not.toThrow();
  });

  it('touches no Apps Script service from any custom function, whatever Sheets passes', () => {
    // Every service throws on any access: a custom function that reached for one would fail.
    const touched: string[] = [];
    const throwing = (name: string) =>
      new Proxy(
        {},
        {
          get(_, prop) {
            touched.push(`${name}.${String(prop)}`);
            throw new Error(`${name}.${String(prop)} touched from a custom function`);
          },
        },
      );
    const names = [
      'SpreadsheetApp',
      'ScriptApp',
      'PropertiesService',
      'CacheService',
      'DriveApp',
      'UrlFetchApp',
      'LockService',
      'HtmlService',
      'Session',
      'MailApp',
      'Utilities',
    ];
    const box = sandbox(Object.fromEntries(names.map((n) => [n, throwing(n)])));
    const levels = Array.from({ length: 47 }, (_, i) => [(i % 5) + 1]);
    const link = 'https://drive.google.com/file/d/1abcdefghijklmnopqrstuvwxyz/view';
    const calls: [string, unknown[]][] = [
      ['SPBE_INDEKS', [levels]],
      ['SPBE_DOMAIN', [levels, 'D4']],
      ['SPBE_ASPEK', [levels, 'A6']],
      ['SPBE_PREDIKAT', [2.6]],
      ['SPBE_TINGKAT', [3, 'I32']],
      ['SPBE_BOBOT', ['I01']],
      ['SPBE_RINGKASAN', [levels]],
      ['SPBE_RENCANA', [levels, 3]],
      [
        'SPBE_BUKTI',
        [
          link,
          [
            ['ID file', 'Status'],
            ['1abcdefghijklmnopqrstuvwxyz', 'ok'],
          ],
        ],
      ],
      ['SPBE_INDEKS', [levels.slice(0, 20), '', 'pemdi-2026']],
    ];
    expect(
      calls
        .map(([name]) => name)
        .filter((n, i, a) => a.indexOf(n) === i)
        .sort(),
    ).toEqual(Object.keys(CUSTOM_FUNCTIONS).sort());
    for (const [name, args] of calls) {
      const result = box.formula(name, ...args);
      expect([name, result.ok ? 'ok' : result.error]).toEqual([name, 'ok']);
    }
    expect(touched).toEqual([]);
  });
});

describe('appsscript.json', () => {
  const manifest = JSON.parse(
    readFileSync(path.join(__dirname, '..', '..', 'dist', 'appsscript.json'), 'utf8'),
  );

  it('runs on V8 in Kendari’s time zone with exception logging', () => {
    expect(manifest).toMatchObject({
      runtimeVersion: 'V8',
      timeZone: 'Asia/Makassar',
      exceptionLogging: 'STACKDRIVER',
    });
  });

  it('lists its scopes explicitly and asks for no more than this version uses', () => {
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly', // the workbook itself
      'https://www.googleapis.com/auth/script.container.ui', // the sidebar
      'https://www.googleapis.com/auth/userinfo.email', // who is at the keyboard (roles, Log)
      'https://www.googleapis.com/auth/drive.readonly', // evidence facts (DriveApp fallback)
      'https://www.googleapis.com/auth/script.external_request', // Drive API in batches (fetchAll)
      'https://www.googleapis.com/auth/script.scriptapp', // the recorder and the continuation
      'https://www.googleapis.com/auth/script.send_mail', // reminders to OPD PICs
    ]);
  });

  it('is an Editor add-on manifest: no addOns section (that would make a card-only Workspace add-on)', () => {
    expect(manifest.addOns).toBeUndefined();
    // useLocaleFromApp (an addOns.common setting) would also need script.locale.
    expect(JSON.stringify(manifest)).not.toMatch(/useLocaleFromApp/);
  });
});
