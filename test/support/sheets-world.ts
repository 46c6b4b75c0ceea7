/**
 * A Google Sheet with the add-on's built bundle, driven the way Google runs it: each call is
 * one execution with its context (a menu click, a google.script.run call from the sidebar,
 * onOpen in an authorization mode, an installable trigger run as its creator, a custom
 * function), on the strict stand-ins of test/fakes. Tests act through this, never by calling
 * the bundle's functions bare.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Endpoint, ServerApi } from '../../src/shared/rpc';
import { type DriveFile, FakeDrive } from '../fakes/drive';
import { FakeMail } from '../fakes/mail';
import { RuntimeRefusal } from '../fakes/rules';
import type { AuthModeName, Deployment, Manifest } from '../fakes/runtime';
import { ConsentPromptShown } from '../fakes/script-app';
import { type CellInput, FakeEnvironment, FakeRange, parseA1 } from '../fakes/spreadsheet-app';
import { sandbox } from './bundle';

export interface WorldOptions {
  readonly files?: readonly DriveFile[];
  readonly manifest?: Manifest;
  readonly deployment?: Deployment;
}

export class SheetsWorld {
  readonly env: FakeEnvironment;
  readonly drive: FakeDrive;
  readonly mail: FakeMail;
  readonly box: ReturnType<typeof sandbox>;

  constructor(owner: string, options: WorldOptions = {}) {
    this.env = new FakeEnvironment(owner, options.manifest);
    if (options.deployment) this.env.rt.deployment = options.deployment;
    this.drive = new FakeDrive(this.env, options.files ?? []);
    this.mail = new FakeMail(this.env);
    const bare = sandbox({
      ...this.env.services(),
      ...this.drive.services(),
      ...this.mail.services(),
    });
    bare.setClock(() => this.env.rt.now());
    // Nothing runs the bundle outside an execution: the rules need to know its context.
    const inExecution = <T>(run: () => T): T => {
      if (!this.env.rt.current)
        throw new Error(
          'run the bundle through world.menu, rpc, open, formula, edit or runDueTriggers',
        );
      return run();
    };
    this.box = {
      ...bare,
      call: (name, ...args) => inExecution(() => bare.call(name, ...args)),
      formula: (name, ...args) => inExecution(() => bare.formula(name, ...args)),
    };
    this.bindAll();
  }

  get rt() {
    return this.env.rt;
  }

  /** Methods usable detached (`const { menu, rpc } = world`). */
  private bindAll(): void {
    this.menu = this.menu.bind(this);
    this.rpc = this.rpc.bind(this);
    this.open = this.open.bind(this);
    this.formula = this.formula.bind(this);
    this.formulaOn = this.formulaOn.bind(this);
    this.shown = this.shown.bind(this);
    this.edit = this.edit.bind(this);
    this.paste = this.paste.bind(this);
    this.runDueTriggers = this.runDueTriggers.bind(this);
  }

  /** R2: a manifest with an addOns section is a card-based Workspace add-on: no menu, no sidebar. */
  private editorAddOn(): boolean {
    return this.rt.manifest.addOns === undefined;
  }

  /** A user clicks a menu item (after consenting, so in AuthMode.FULL). */
  menu(handler: string, as = this.env.user): void {
    if (!this.editorAddOn())
      throw new RuntimeRefusal(
        'R2',
        `no menu item runs ${handler}: a Workspace add-on shows cards only`,
      );
    const shown = this.env.ui.menus.filter((m) => m.shown).flatMap((m) => m.flat());
    if (shown.length > 0 && !shown.some((i) => i.functionName === handler))
      throw new Error(`the menu has no item that runs ${handler}`);
    this.run('menu', as, () => this.box.call(handler));
  }

  /** The sidebar calls an endpoint with google.script.run: JSON in, JSON out, errors as messages. */
  rpc<K extends Endpoint>(
    name: K,
    request: Parameters<ServerApi[K]>[0],
    as = this.env.user,
  ): ReturnType<ServerApi[K]> {
    const wire = JSON.parse(JSON.stringify(request));
    if (!isDeepStrictEqual(wire, request))
      throw new Error(`${name}: the request does not survive JSON`);
    const result = this.run('rpc', as, () => this.box.call(name, wire));
    const back = JSON.parse(JSON.stringify(result ?? null));
    if (!sameJson(result, back)) throw new Error(`${name}: the response does not survive JSON`);
    return back;
  }

  /** Sheets opens the file: onOpen (or onInstall) in the given authorization mode. */
  open(
    authMode: AuthModeName,
    as = this.env.user,
    trigger: 'onOpen' | 'onInstall' = 'onOpen',
  ): void {
    if (!this.editorAddOn()) return; // R2: a Workspace add-on's onOpen builds no Sheets menu
    this.rt.run({ kind: trigger, authMode, activeUser: as }, () =>
      this.box.call(trigger, { authMode, source: this.env.spreadsheet }),
    );
  }

  /** A cell computes a custom function: no user, no authorization (R3). */
  formula(name: string, ...args: unknown[]) {
    return this.rt.run(
      { kind: 'customFunction', authMode: 'CUSTOM_FUNCTION', activeUser: '' },
      () => this.box.formula(name, ...args),
    );
  }

  /**
   * A cell computes a custom function over ranges, as Sheets calls it: each `{ range }`
   * argument arrives as the values the cells show (R15) — a HYPERLINK formula or a rich-text
   * link as its label, never its URL; one cell as a scalar, a block as a 2-D array.
   */
  formulaOn(name: string, ...args: unknown[]) {
    const resolved = args.map((a) =>
      typeof a === 'object' && a !== null && 'range' in a
        ? this.shown(String((a as { range: string }).range))
        : a,
    );
    return this.formula(name, ...resolved);
  }

  /** What a range shows ("Tab!F5", "'_Bukti'!A:M"): values, formula results, labels. */
  shown(a1: string): unknown {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(a1);
    if (!m) throw new Error(`a range with its tab, like 'Tab'!A1: ${a1}`);
    const sheet = this.env.spreadsheet.sheetNamed((m[1] ?? m[2] ?? '').replace(/''/g, "'"));
    if (!sheet) throw new Error(`no sheet in ${a1}`);
    const ref = m[3] as string;
    const whole = /^([A-Z]+):([A-Z]+)$/.exec(ref);
    const box = whole
      ? parseA1(`${whole[1]}1:${whole[2]}${Math.max(1, sheet.lastRow())}`)
      : parseA1(ref);
    const values = new FakeRange(this.env, sheet, box).shownValues();
    return box.rows === 1 && box.cols === 1 ? values[0]?.[0] : values;
  }

  /** A person types into a cell; installable edit triggers of this document then run. */
  edit(user: string, tab: string, row: number, col: number, value: CellInput): void {
    const sheet = this.env.spreadsheet.sheetNamed(tab);
    const oldValue = sheet?.at(row, col);
    this.env.type(user, tab, row, col, value);
    this.fireEdit(user, tab, { row, col, rows: 1, cols: 1 }, oldValue, sheet?.at(row, col));
  }

  /** A person pastes a block; one edit event covers it (no old or new value). */
  paste(user: string, tab: string, row: number, col: number, block: CellInput[][]): void {
    block.forEach((cells, r) => {
      cells.forEach((v, c) => {
        this.env.type(user, tab, row + r, col + c, v);
      });
    });
    this.fireEdit(user, tab, { row, col, rows: block.length, cols: block[0]?.length ?? 1 });
  }

  /** Runs the installable edit triggers of this document, each as the user who created it (R5, R6). */
  fireEdit(
    editor: string,
    tab: string,
    at: { row: number; col: number; rows: number; cols: number },
    oldValue?: CellInput,
    value?: CellInput,
  ): void {
    if (this.rt.deployment === 'addon-test') return; // test deployments run no installable trigger
    const sheet = this.env.spreadsheet.sheetNamed(tab);
    if (!sheet) throw new Error(`no sheet ${tab}`);
    for (const trigger of this.rt.triggers.filter(
      (t) => t.kind === 'edit' && t.documentId === this.rt.documentId,
    )) {
      // R6: the editor's email only when they share the trigger owner's Workspace domain.
      const seen = this.rt.sameWorkspace(editor, trigger.owner) ? editor : '';
      const single = at.rows === 1 && at.cols === 1;
      const event = {
        authMode: 'FULL',
        triggerUid: trigger.id,
        source: this.env.spreadsheet,
        range: new FakeRange(this.env, sheet, at),
        user: { getEmail: () => seen, getNickname: () => seen.split('@')[0] ?? '' },
        ...(single && oldValue !== undefined && oldValue !== '' ? { oldValue } : {}),
        ...(single && value !== undefined ? { value } : {}),
      };
      this.rt.run(
        { kind: 'editTrigger', authMode: 'FULL', activeUser: editor, effectiveUser: trigger.owner },
        () => this.box.call(trigger.handler, event),
      );
    }
  }

  /** Every cell of every tab that holds a live formula (not text that starts with "="). */
  liveFormulas(): { tab: string; row: number; col: number; text: string }[] {
    const out: { tab: string; row: number; col: number; text: string }[] = [];
    for (const sheet of this.env.spreadsheet.sheets)
      sheet.contents.forEach((cells, r) => {
        cells.forEach((v, c) => {
          if (sheet.isFormula(r + 1, c + 1))
            out.push({ tab: sheet.name, row: r + 1, col: c + 1, text: String(v) });
        });
      });
    return out;
  }

  /**
   * A person changes the structure (R19): inserts a row above `row`, or deletes a tab. No edit
   * trigger fires; the installable change triggers run, each as its creator, with the change
   * type and no range (Sheets names none): the changed tab is the active one.
   */
  insertRowBy(user: string, tab: string, row: number): void {
    const sheet = this.env.spreadsheet.sheetNamed(tab);
    if (!sheet) throw new Error(`no sheet ${tab}`);
    if (!sheet.mayEdit(user, row, 1)) throw new Error('protected');
    sheet.contents.splice(row - 1, 0, []);
    sheet.maxRows += 1;
    this.env.selection = { sheet: tab, row, col: 1 };
    this.fireChange(user, 'INSERT_ROW');
  }

  deleteTabBy(user: string, tab: string): void {
    const sheet = this.env.spreadsheet.sheetNamed(tab);
    if (!sheet) throw new Error(`no sheet ${tab}`);
    if (!sheet.mayEdit(user, 1, 1)) throw new Error('protected');
    const at = this.env.spreadsheet.sheets.indexOf(sheet);
    this.env.spreadsheet.sheets.splice(at, 1);
    this.env.selection = { sheet: this.env.spreadsheet.sheets[0]?.name ?? '', row: 1, col: 1 };
    this.fireChange(user, 'REMOVE_GRID');
  }

  fireChange(editor: string, changeType: string): void {
    if (this.rt.deployment === 'addon-test') return;
    for (const trigger of this.rt.triggers.filter(
      (t) => t.kind === 'change' && t.documentId === this.rt.documentId,
    )) {
      const seen = this.rt.sameWorkspace(editor, trigger.owner) ? editor : '';
      const event = {
        authMode: 'FULL',
        changeType,
        triggerUid: trigger.id,
        source: this.env.spreadsheet,
        user: { getEmail: () => seen, getNickname: () => seen.split('@')[0] ?? '' },
      };
      this.rt.run(
        {
          kind: 'changeTrigger',
          authMode: 'FULL',
          activeUser: editor,
          effectiveUser: trigger.owner,
        },
        () => this.box.call(trigger.handler, event),
      );
    }
  }

  /** Time passes; due time-driven triggers run as their creators (never in a test deployment). */
  runDueTriggers(): number {
    if (this.rt.deployment === 'addon-test') return 0;
    const due = this.rt.triggers.filter(
      (t) =>
        t.kind === 'time' &&
        !t.spent &&
        t.documentId === this.rt.documentId &&
        (t.fireAt ?? 0) <= this.rt.now(),
    );
    for (const t of due) {
      // R17: a one-off trigger (after) runs once and stays, spent, until the script deletes it.
      t.spent = true;
      this.rt.run(
        { kind: 'timeTrigger', authMode: 'FULL', activeUser: t.owner, effectiveUser: t.owner },
        () => this.box.call(t.handler, { authMode: 'FULL', triggerUid: t.id }),
      );
    }
    return due.length;
  }

  private run<T>(kind: 'menu' | 'rpc', as: string, body: () => T): T | undefined {
    try {
      return this.rt.run({ kind, authMode: 'FULL', activeUser: as }, body);
    } catch (error) {
      // requireScopes ended the execution and showed the consent prompt: not a failure.
      if (error instanceof ConsentPromptShown) return undefined;
      throw error;
    }
  }
}

/** Whether a value is plain JSON already: no Date, function, undefined or class instance in it. */
export function sameJson(value: unknown, wire: unknown): boolean {
  if (value === null || typeof value !== 'object')
    return (
      value === wire ||
      (typeof value === 'number' && Number.isFinite(value) && value === wire) ||
      (value === undefined && wire === null)
    );
  if (Object.prototype.toString.call(value) === '[object Date]') return false;
  if (Array.isArray(value))
    return (
      Array.isArray(wire) &&
      value.length === wire.length &&
      value.every((v, i) => sameJson(v, (wire as unknown[])[i]))
    );
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return false;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.some(([, v]) => v === undefined || typeof v === 'function')) return false;
  return entries.every(([k, v]) => sameJson(v, (wire as Record<string, unknown>)[k]));
}
