import { readValue } from '../../catalogue/levels';
import type { Indicator } from '../../catalogue/types';
import { figureOf } from '../../evaluation/scoring';
import { box } from '../../workbook/a1';
import { sameFormula } from '../../workbook/cells';
import { PALETTE } from '../../workbook/palette';
import { type Cell, type Formula, formula, type TabRender } from '../../workbook/port';
import { adminOnly } from '../../workbook/protection';
import { figureFormula } from '../../workbook/rekap-formulas';
import { environmentText as t } from './environment-text';

/**
 * Periksa lingkungan: what the add-on assumes of Google's runtime, checked in the real Sheet
 * on its first deployment. The adapter observes (each probe on its own, a failure kept as a
 * message); this module judges each observation — fine, broken, or not checked — and says
 * what to do, then lays the report out as a tab.
 */
export type Probe<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

/**
 * What the docs do not say, asked of Sheets itself on the scratch tab: a Rekap-shaped figure
 * over four values (one of them text, one off the whole-level scale, one blank), which only
 * an element-by-element SUMPRODUCT gets right (R20), and a COUNTIFS with a wildcard, which
 * Mandiri from butir relies on. The adapter writes the data at `at`, the formulas beside it.
 */
export const SCRATCH_PROBE = {
  values: [3, 'tiga', 2.5, ''] as const,
  weights: [1300, 2500, 3700, 2500] as const,
  codes: ['P01.2.a', 'P01.2.b', 'P01.3.a'] as const,
  wildcardExpected: 2,
};

/** The two probe formulas, over data in A3:B6 (values, weights) and F3:F5 (codes) of `tab`. */
export function scratchFormulas(tab: string): { figure: Formula; wildcard: Formula } {
  const ref = (a1: string) => `'${tab.replace(/'/g, "''")}'!${a1}`;
  return {
    figure: figureFormula({
      stage: ref('$A$3:$A$6'),
      weights: ref('$B$3:$B$6'),
      fractional: false,
      noData: '"-"',
    }),
    wildcard: formula(`=COUNTIFS(${ref('$F$3:$F$5')};"P01.2.*")`),
  };
}

/** What the figure probe should show: the engine's index over the same values. */
export function scratchFigureExpected(): number {
  const indicators = SCRATCH_PROBE.weights.map(
    (weightBp, i) => ({ code: `X${i}`, weightBp }) as Indicator,
  );
  const levels = new Map(
    SCRATCH_PROBE.values.map((v, i) => {
      const reading = readValue(v, undefined, false);
      return [`X${i}`, reading.ok ? reading.value : null] as const;
    }),
  );
  return figureOf(indicators, levels).cents / 100;
}

export interface Observations {
  /** Permissions the user has not granted, by name (see consent-text). */
  readonly missingPermissions: Probe<readonly string[]>;
  readonly email: Probe<string>;
  /** Drive API with the script's token: the status of a call that needs no file. */
  readonly driveApi: Probe<{ status: number; body: string; headerName: string }>;
  /** The file the admin picked (absent when they picked none). */
  readonly driveFile?: Probe<{ link: string; status: number; body: string }>;
  /** The same file's address fetched without signing in. */
  readonly anonymous?: Probe<{ status: number; location: string }>;
  readonly lock: Probe<'held' | 'none' | 'busy'>;
  readonly properties: Probe<string>;
  /** "=IF(1=1;3;0)" written to a cell, read back. */
  readonly formula: Probe<unknown>;
  /**
   * "=1+1", "2026-02-10" and "'=1+1" into plain-text cells, "'2026-02-10" into a default one:
   * the add-on puts an apostrophe before any text that could be read as something else.
   */
  readonly plainText: Probe<{
    formula: unknown;
    date: unknown;
    apostrophe: unknown;
    apostropheInText: unknown;
  }>;
  /** The figure probe: its formula as written and as Sheets gives it back, and its value. */
  readonly figure: Probe<{ written: string; read: string; value: unknown }>;
  /** The COUNTIFS wildcard probe's value. */
  readonly wildcard: Probe<unknown>;
  /**
   * A time-driven trigger just created: whether getUserTriggers(this file) lists it, and how
   * many continuation triggers of Cek kelengkapan the user holds (spent ones stay, R17).
   */
  readonly trigger: Probe<{ listedForFile: boolean; continuations: number }>;
  readonly mailQuota: Probe<number>;
  readonly timeZones: { readonly script: string; readonly sheet: string };
  readonly locale: string;
  readonly deployment: 'bound' | 'addon';
}

interface CheckRow {
  readonly name: string;
  /** true ✓, false ✗, null – (not checked). */
  readonly ok: boolean | null;
  readonly observed: string;
  readonly todo: string;
}

const reason = (body: string): string => /"reason"\s*:\s*"([^"]+)"/.exec(body)?.[1] ?? '';

function row(name: string, ok: boolean | null, observed: string, todo = ''): CheckRow {
  return { name, ok, observed, todo: ok === true ? '' : todo };
}

function failed<T>(name: string, probe: Probe<T>, todo: string): CheckRow | undefined {
  return probe.ok ? undefined : row(name, false, t.failedWith(probe.error), todo);
}

/** Rows gathered in order; a check that did not run adds nothing. */
function collector() {
  const rows: CheckRow[] = [];
  return { rows, add: (r: CheckRow | undefined) => void (r && rows.push(r)) };
}

export function judge(o: Observations): CheckRow[] {
  return [...accessRows(o), ...sheetRows(o), ...undocumented(o), ...runtimeRows(o)];
}

/** Who the add-on runs as, and what of Drive it can reach. */
function accessRows(o: Observations): CheckRow[] {
  const { rows, add } = collector();

  add(
    failed(t.permissions, o.missingPermissions, t.permissionsTodo) ??
      (o.missingPermissions.ok && o.missingPermissions.value.length > 0
        ? row(
            t.permissions,
            false,
            t.permissionsMissing(o.missingPermissions.value),
            t.permissionsTodo,
          )
        : row(t.permissions, true, t.permissionsAll)),
  );
  add(
    failed(t.email, o.email, t.emailTodo) ??
      (o.email.ok && o.email.value
        ? row(t.email, true, o.email.value)
        : row(t.email, false, t.emailBlank, t.emailTodo)),
  );

  if (!o.driveApi.ok) add(row(t.driveApi, false, t.failedWith(o.driveApi.error), t.driveApiTodo));
  else if (o.driveApi.value.status === 200) add(row(t.driveApi, true, t.driveApiOk));
  else if (reason(o.driveApi.value.body) === 'accessNotConfigured')
    add(row(t.driveApi, false, t.driveApiOff, t.driveApiOffTodo));
  else add(row(t.driveApi, false, t.driveApiStatus(o.driveApi.value.status), t.driveApiTodo));

  const file = o.driveFile;
  if (!file) add(row(t.driveFile, null, t.driveFileSkipped, t.driveFileSkippedTodo));
  else if (!file.ok) add(row(t.driveFile, false, t.failedWith(file.error), t.driveFileTodo));
  else if (file.value.status === 200) add(row(t.driveFile, true, t.driveFileOk(file.value.link)));
  else if (file.value.status === 404)
    add(row(t.driveFile, false, t.driveFile404, t.driveFile404Todo));
  else add(row(t.driveFile, false, t.driveApiStatus(file.value.status), t.driveFileTodo));

  const anon = o.anonymous;
  if (!anon) add(row(t.anonymous, null, t.driveFileSkipped, t.driveFileSkippedTodo));
  else if (!anon.ok) add(row(t.anonymous, false, t.failedWith(anon.error), t.anonymousTodo));
  else if (anon.value.status === 200) add(row(t.anonymous, true, t.anonymousOpen));
  else if (/accounts\.google\.com/.test(anon.value.location))
    add(row(t.anonymous, true, t.anonymousSignIn));
  else add(row(t.anonymous, false, t.driveApiStatus(anon.value.status), t.anonymousTodo));

  return rows;
}

/** What the spreadsheet does with locks, properties, formulas and typed text. */
function sheetRows(o: Observations): CheckRow[] {
  const { rows, add } = collector();

  add(
    failed(t.lock, o.lock, t.lockTodo) ??
      (o.lock.ok && o.lock.value === 'held'
        ? row(t.lock, true, t.lockOk)
        : row(
            t.lock,
            false,
            o.lock.ok && o.lock.value === 'busy' ? t.lockBusy : t.lockNone,
            t.lockTodo,
          )),
  );
  add(
    failed(t.properties, o.properties, t.propertiesTodo) ??
      (o.properties.ok && o.properties.value === 'ok'
        ? row(t.properties, true, t.propertiesOk)
        : row(t.properties, false, o.properties.ok ? o.properties.value : '', t.propertiesTodo)),
  );
  add(
    failed(t.formula, o.formula, t.formulaTodo(o.locale)) ??
      (o.formula.ok && o.formula.value === 3
        ? row(t.formula, true, t.formulaOk(o.locale))
        : row(
            t.formula,
            false,
            t.formulaGot(o.formula.ok ? o.formula.value : ''),
            t.formulaTodo(o.locale),
          )),
  );
  if (!o.plainText.ok)
    add(row(t.plainText, false, t.failedWith(o.plainText.error), t.plainTextTodo));
  else {
    const v = o.plainText.value;
    const kept =
      v.formula === '=1+1' &&
      v.date === '2026-02-10' &&
      v.apostrophe === '2026-02-10' &&
      v.apostropheInText === '=1+1';
    add(
      kept
        ? row(t.plainText, true, t.plainTextOk)
        : row(
            t.plainText,
            false,
            t.plainTextGot([v.formula, v.date, v.apostrophe, v.apostropheInText]),
            t.plainTextTodo,
          ),
    );
  }
  return rows;
}

/** Triggers, mail quota and the file's time zone. */
function runtimeRows(o: Observations): CheckRow[] {
  const { rows, add } = collector();

  add(
    failed(t.trigger, o.trigger, t.triggerTodo(o.deployment)) ??
      (o.trigger.ok && o.trigger.value.continuations > 1
        ? row(
            t.trigger,
            false,
            t.triggerLeftovers(o.trigger.value.continuations),
            t.triggerLeftoversTodo,
          )
        : row(
            t.trigger,
            true,
            `${t.triggerOk(o.deployment)} ${t.triggerListing(o.trigger.ok && o.trigger.value.listedForFile)}`,
          )),
  );
  add(
    failed(t.mail, o.mailQuota, t.mailTodo) ??
      (o.mailQuota.ok && o.mailQuota.value > 0
        ? row(t.mail, true, t.mailLeft(o.mailQuota.value))
        : row(t.mail, false, t.mailLeft(0), t.mailTodo)),
  );
  add(
    o.timeZones.script === o.timeZones.sheet
      ? row(t.timeZones, true, o.timeZones.sheet)
      : row(
          t.timeZones,
          false,
          t.timeZonesDiffer(o.timeZones.script, o.timeZones.sheet),
          t.timeZonesTodo,
        ),
  );
  return rows;
}

/** What Google does not document, as seen in this file (R16, R18, R20 and COUNTIFS wildcards). */
function undocumented(o: Observations): CheckRow[] {
  const rows: CheckRow[] = [];
  if (o.driveApi.ok && o.driveApi.value.headerName)
    rows.push(row(t.headerCase, true, t.headerCaseSeen(o.driveApi.value.headerName)));
  else rows.push(row(t.headerCase, null, t.headerCaseUnseen, t.headerCaseTodo));
  const figure = o.figure;
  if (!figure.ok) {
    rows.push(row(t.formulaSpelling, false, t.failedWith(figure.error), t.formulaSpellingTodo));
    rows.push(row(t.arrayFigure, false, t.failedWith(figure.error), t.arrayFigureTodo));
  } else {
    const { written, read, value } = figure.value;
    rows.push(
      sameFormula(written, read)
        ? row(t.formulaSpelling, true, t.formulaSpellingSame(read))
        : row(t.formulaSpelling, false, t.formulaSpellingOther(read), t.formulaSpellingTodo),
    );
    const expected = scratchFigureExpected();
    rows.push(
      value === expected
        ? row(t.arrayFigure, true, t.arrayFigureOk(expected))
        : row(t.arrayFigure, false, t.arrayFigureGot(value, expected), t.arrayFigureTodo),
    );
  }
  rows.push(
    failed(t.wildcard, o.wildcard, t.wildcardTodo) ??
      (o.wildcard.ok && o.wildcard.value === SCRATCH_PROBE.wildcardExpected
        ? row(t.wildcard, true, t.wildcardOk)
        : row(
            t.wildcard,
            false,
            t.wildcardGot(o.wildcard.ok ? o.wildcard.value : ''),
            t.wildcardTodo,
          )),
  );
  return rows;
}

export function renderEnvironmentReport(
  rows: readonly CheckRow[],
  timestamp: string,
  admins: readonly string[],
): TabRender {
  const failedCount = rows.filter((r) => r.ok === false).length;
  const mark = (ok: boolean | null) => (ok === true ? '✓' : ok === false ? '✗' : '–');
  const cells: Cell[][] = [
    [t.title(timestamp), '', '', ''],
    [failedCount === 0 ? t.allFine() : t.someFailed(failedCount), '', '', ''],
    ['', '', '', ''],
    [...t.header()],
    ...rows.map((r) => [r.name, mark(r.ok), r.observed, r.todo]),
  ];
  return {
    cells,
    frozenRows: 4,
    columnWidths: [220, 60, 380, 460],
    styles: [
      { range: box(1, 1), bold: true, fontSize: 14, fontColor: PALETTE.title },
      { range: box(4, 1, 1, 4), bold: true, background: PALETTE.header },
      { range: box(5, 1, Math.max(rows.length, 1), 4), wrap: true },
      ...rows.flatMap((r, i) =>
        r.ok === false ? [{ range: box(5 + i, 2), background: PALETTE.missing }] : [],
      ),
    ],
    protection: adminOnly(admins, t.tab),
  };
}
