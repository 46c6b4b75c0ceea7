/**
 * ScriptApp as the add-on meets it: installable triggers (rule R5), the OAuth token, and
 * granular consent (R13). Triggers live in the runtime, each owned by the user who created it
 * and bound to one document; the test harness fires them as their owner.
 */
import { RuntimeRefusal } from './rules';
import type { Runtime, TriggerRecord } from './runtime';

const HOUR = 3600_000;
/** Quotas for Google Services: triggers per user per script. */
const MAX_TRIGGERS_PER_USER = 20;

interface Host {
  readonly rt: Runtime;
  count(method: string): void;
}

/** Raised by requireScopes: Apps Script ends the execution and shows a consent prompt. */
export class ConsentPromptShown extends Error {
  constructor(readonly scopes: readonly string[]) {
    super('Authorization is required to perform that action.');
  }
}

export class FakeScriptApp {
  constructor(private readonly host: Host) {}

  private get rt(): Runtime {
    return this.host.rt;
  }

  private me(): string {
    return (this.rt.current?.effectiveUser ?? '').toLowerCase();
  }

  private triggerObject(t: TriggerRecord): GoogleAppsScript.Script.Trigger {
    return {
      getHandlerFunction: () => t.handler,
      getUniqueId: () => t.id,
      getEventType: () =>
        t.kind === 'edit' ? 'ON_EDIT' : t.kind === 'change' ? 'ON_CHANGE' : 'CLOCK',
      getTriggerSourceId: () => (t.kind === 'time' ? '' : t.documentId),
    } as unknown as GoogleAppsScript.Script.Trigger;
  }

  /**
   * R5: an add-on holds one trigger of each type per user per document; others see none of it.
   * R17: at most 20 triggers per user per script, spent one-off triggers included.
   */
  private create(handler: string, kind: TriggerRecord['kind'], afterMs?: number) {
    this.host.count('ScriptApp.newTrigger');
    const rt = this.rt;
    const owner = this.me();
    const script = rt.triggers.filter(
      (t) => t.owner === owner && (rt.deployment !== 'bound' || t.documentId === rt.documentId),
    );
    if (script.length >= MAX_TRIGGERS_PER_USER)
      throw new RuntimeRefusal(
        'R17',
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    if (rt.deployment !== 'bound') {
      const same = rt.triggers.filter(
        (t) => t.owner === owner && t.documentId === rt.documentId && t.kind === kind,
      );
      if (same.length > 0)
        throw new RuntimeRefusal(
          'R5',
          `This add-on has created too many ${kind === 'time' ? 'time-based' : kind} triggers in this document for this Google user account.`,
        );
    }
    const delay =
      kind === 'time'
        ? rt.deployment === 'bound'
          ? (afterMs ?? 0)
          : Math.max(afterMs ?? 0, HOUR) // add-ons: at most hourly
        : undefined;
    const record = rt.addTrigger({
      handler,
      kind,
      owner,
      documentId: rt.documentId,
      ...(delay !== undefined ? { fireAt: rt.now() + delay } : {}),
    });
    return this.triggerObject(record);
  }

  service() {
    const AuthMode = {
      NONE: 'NONE',
      CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
      LIMITED: 'LIMITED',
      FULL: 'FULL',
    };
    const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' };
    const InstallationSource = {
      NONE: 'NONE',
      WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON',
      APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
    };
    const missing = (scopes: readonly string[] | undefined) => {
      const wanted = scopes ?? this.rt.listedScopes();
      const granted = this.rt.grantedScopes(this.me());
      return wanted.filter((s) => !granted.includes(s));
    };
    const ScriptApp = {
      AuthMode,
      AuthorizationStatus,
      InstallationSource,
      getOAuthToken: () => {
        this.host.count('ScriptApp.getOAuthToken');
        return `token:${this.me()}`;
      },
      getInstallationSource: () => {
        this.host.count('ScriptApp.getInstallationSource');
        return this.rt.deployment === 'addon'
          ? InstallationSource.WEB_STORE_ADD_ON
          : InstallationSource.NONE;
      },
      getProjectTriggers: () => {
        this.host.count('ScriptApp.getProjectTriggers');
        // The current user's triggers of this project: in an add-on, across all their files.
        return this.rt.triggers
          .filter(
            (t) =>
              t.owner === this.me() &&
              (this.rt.deployment !== 'bound' || t.documentId === this.rt.documentId),
          )
          .map((t) => this.triggerObject(t));
      },
      getUserTriggers: (spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) => {
        this.host.count('ScriptApp.getUserTriggers');
        const id = spreadsheet.getId();
        // R17: the triggers whose source is this spreadsheet. Whether a time-driven one is
        // listed is not stated; the stricter reading lists none.
        return this.rt.triggers
          .filter((t) => t.owner === this.me() && t.documentId === id && t.kind !== 'time')
          .map((t) => this.triggerObject(t));
      },
      deleteTrigger: (trigger: GoogleAppsScript.Script.Trigger) => {
        this.host.count('ScriptApp.deleteTrigger');
        const id = trigger.getUniqueId();
        const record = this.rt.triggers.find((t) => t.id === id);
        if (!record || record.owner !== this.me())
          throw new RuntimeRefusal('R5', 'No trigger with this ID belongs to the current user.');
        this.rt.removeTrigger(id);
      },
      newTrigger: (handler: string) => ({
        forSpreadsheet: (_ss: unknown) => ({
          onEdit: () => ({ create: () => this.create(handler, 'edit') }),
          onChange: () => ({ create: () => this.create(handler, 'change') }),
        }),
        timeBased: () => ({
          after: (ms: number) => ({ create: () => this.create(handler, 'time', ms) }),
        }),
      }),
      getAuthorizationInfo: (_authMode: unknown, scopes?: string[]) => {
        this.host.count('ScriptApp.getAuthorizationInfo');
        const lacking = missing(scopes);
        const wanted = scopes ?? this.rt.listedScopes();
        return {
          getAuthorizationStatus: () =>
            lacking.length > 0 ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED,
          getAuthorizationUrl: () =>
            lacking.length > 0 ? 'https://script.google.com/macros/d/fake/authorize' : null,
          getAuthorizedScopes: () => wanted.filter((s) => !lacking.includes(s)),
        } as unknown as GoogleAppsScript.Script.AuthorizationInfo;
      },
      requireScopes: (_authMode: unknown, scopes: string[]) => {
        this.host.count('ScriptApp.requireScopes');
        const unlisted = scopes.filter((s) => !this.rt.listedScopes().includes(s));
        if (unlisted.length > 0)
          throw new RuntimeRefusal(
            'R1',
            `You do not have permission to call ScriptApp.requireScopes. Required permissions: ${unlisted.join(' || ')} (not in the manifest's oauthScopes)`,
          );
        const lacking = missing(scopes);
        if (lacking.length === 0) return;
        this.rt.consentPrompts.push({ user: this.me(), scopes: lacking });
        throw new ConsentPromptShown(lacking);
      },
    } satisfies Partial<Record<keyof GoogleAppsScript.Script.ScriptApp, unknown>>;
    return ScriptApp;
  }
}
