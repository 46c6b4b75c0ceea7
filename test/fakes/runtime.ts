/**
 * The Apps Script runtime around the stand-ins: which manifest was pushed, how the code is
 * deployed, who is running it in which execution context, what each user granted, and what
 * they used of their daily quotas. Every service call of every stand-in goes through
 * `guard`, which applies the documented rules of rules.ts before the call is counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  checkContext,
  checkDailyQuota,
  checkExecutionTime,
  checkScopes,
  type DailyQuota,
} from './rules';
import { SCOPE } from './scopes';

export interface Manifest {
  readonly timeZone?: string;
  readonly oauthScopes?: readonly string[];
  readonly addOns?: unknown;
  readonly runtimeVersion?: string;
}

/** A script bound to the Sheet, a published Editor add-on, or an add-on test deployment. */
export type Deployment = 'bound' | 'addon' | 'addon-test';
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';
export type ExecutionKind =
  | 'menu'
  | 'rpc'
  | 'onOpen'
  | 'onInstall'
  | 'editTrigger'
  | 'changeTrigger'
  | 'timeTrigger'
  | 'customFunction';

export interface Execution {
  readonly kind: ExecutionKind;
  readonly authMode: AuthModeName;
  /** Whoever caused the execution (the editing user, for an edit trigger). */
  readonly activeUser: string;
  /** Whose authorization it runs under (for an installable trigger: the trigger's creator). */
  readonly effectiveUser: string;
  readonly startedAt: number;
}

export interface TriggerRecord {
  readonly id: string;
  readonly handler: string;
  readonly kind: 'edit' | 'change' | 'time';
  readonly owner: string;
  readonly documentId: string;
  /** For a time-driven trigger: when it fires (virtual clock, ms). */
  readonly fireAt?: number;
  /** A one-off (after) trigger that has run: still listed until the script deletes it. */
  spent?: boolean;
}

/** The package root, from test/fakes under Jest or from out/ once a bench is bundled. */
function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return dir;
}

export const DEFAULT_MANIFEST_PATH = path.join(projectRoot(__dirname), 'dist', 'appsscript.json');

/** The manifest clasp pushes; the stand-ins grant exactly the scopes it lists. */
export function builtManifest(file = DEFAULT_MANIFEST_PATH): Manifest {
  if (!existsSync(file))
    throw new Error(`${file} is missing: run \`npm run build\` (npm test does it).`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** Domains whose users are in one Google Workspace organisation (consumer Gmail is not). */
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

export class Runtime {
  manifest: Manifest;
  deployment: Deployment = 'bound';
  /** The spreadsheet's locale, which decides how typed text becomes a number or a date. */
  locale = 'id_ID';
  readonly documentId = 'doc-spbe-main';
  /** Workspace domains: users of one see each other's email in triggers (rule R6). */
  readonly workspaceDomains = new Set<string>();
  /** What each user granted on the consent screen; absent means every listed scope. */
  readonly grants = new Map<string, Set<string>>();
  /** Drive's REST API enabled in the script's Cloud project (rule R10). */
  driveApiEnabled = true;
  readonly triggers: TriggerRecord[] = [];
  private nextTrigger = 1;
  current: Execution | undefined;
  /** Usage of each user's daily quotas (rules R7, R8). */
  readonly usage = new Map<string, Record<DailyQuota, number>>();
  /** Every execution run, with its modelled duration. */
  readonly executions: { kind: ExecutionKind; user: string; ms: number }[] = [];
  /** Consent prompts the runtime showed because code asked for scopes (rule R13). */
  readonly consentPrompts: { user: string; scopes: string[] }[] = [];

  private baseClock: () => number = () => Date.UTC(2026, 10, 28, 2, 0, 0);
  private elapsed = 0;
  /** Modelled latency of a service call (ms); the clock moves by it. 0 unless a bench sets it. */
  latency: ((method: string) => number) | undefined;

  constructor(manifest: Manifest = builtManifest()) {
    this.manifest = manifest;
  }

  now(): number {
    return this.baseClock() + this.elapsed;
  }
  setClock(now: () => number): void {
    this.baseClock = now;
    this.elapsed = 0;
  }
  advance(ms: number): void {
    this.elapsed += ms;
  }

  isWorkspaceUser(email: string): boolean {
    const domain = email.split('@')[1]?.toLowerCase() ?? '';
    return this.workspaceDomains.has(domain) && !CONSUMER_DOMAINS.has(domain);
  }

  sameWorkspace(a: string, b: string): boolean {
    const da = a.split('@')[1]?.toLowerCase();
    return (
      a.toLowerCase() === b.toLowerCase() ||
      (this.isWorkspaceUser(a) && da === b.split('@')[1]?.toLowerCase())
    );
  }

  listedScopes(): readonly string[] {
    return this.manifest.oauthScopes ?? [];
  }

  /** Scopes a user holds: what the manifest lists and the user ticked on the consent screen. */
  grantedScopes(user: string): readonly string[] {
    const granted = this.grants.get(user.toLowerCase());
    return this.listedScopes().filter((s) => !granted || granted.has(s));
  }

  /** A user ticks only some scopes on the granular consent screen. */
  grantOnly(user: string, scopes: readonly string[]): void {
    this.grants.set(user.toLowerCase(), new Set(scopes));
  }

  /** The user accepts a consent prompt the code raised (ScriptApp.requireScopes). */
  grantMore(user: string, scopes: readonly string[]): void {
    const granted = this.grants.get(user.toLowerCase());
    if (granted) for (const s of scopes) granted.add(s);
  }

  used(user: string): Record<DailyQuota, number> {
    const key = user.toLowerCase();
    let u = this.usage.get(key);
    if (!u) {
      u = { properties: 0, urlFetch: 0, mailRecipients: 0, triggerMs: 0 };
      this.usage.set(key, u);
    }
    return u;
  }

  /** Counts `amount` against a daily quota of the effective user; throws past the limit. */
  spend(quota: DailyQuota, amount = 1): void {
    const x = this.current;
    if (!x) return;
    checkDailyQuota(this, x.effectiveUser, quota, amount);
    this.used(x.effectiveUser)[quota] += amount;
  }

  /** Applies the documented rules to a service call of the current execution. */
  guard(method: string): void {
    const x = this.current;
    if (!x) return; // the test itself arranging or inspecting the file
    checkContext(this, x, method);
    checkScopes(this, x, method);
    if (this.latency) this.elapsed += this.latency(method);
    checkExecutionTime(this, x);
  }

  /** Runs `body` as one execution; nothing may run inside another. */
  run<T>(
    spec: Omit<Execution, 'startedAt' | 'effectiveUser'> & { effectiveUser?: string },
    body: () => T,
  ): T {
    if (this.current) throw new Error('an execution is already running');
    const execution: Execution = {
      ...spec,
      effectiveUser: spec.effectiveUser ?? spec.activeUser,
      startedAt: this.now(),
    };
    this.current = execution;
    try {
      return body();
    } finally {
      const ms = this.now() - execution.startedAt;
      this.executions.push({ kind: execution.kind, user: execution.effectiveUser, ms });
      if (
        execution.kind === 'editTrigger' ||
        execution.kind === 'changeTrigger' ||
        execution.kind === 'timeTrigger'
      )
        this.used(execution.effectiveUser).triggerMs += ms;
      this.current = undefined;
    }
  }

  addTrigger(record: Omit<TriggerRecord, 'id'>): TriggerRecord {
    const trigger = { ...record, id: `trigger-${this.nextTrigger++}` };
    this.triggers.push(trigger);
    return trigger;
  }

  removeTrigger(id: string): void {
    const at = this.triggers.findIndex((t) => t.id === id);
    if (at >= 0) this.triggers.splice(at, 1);
  }

  /** The scope the runtime uses for the user's email (for tests that name it). */
  static readonly EMAIL_SCOPE = SCOPE.userEmail;
}
