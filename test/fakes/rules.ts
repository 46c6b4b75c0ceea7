/**
 * The documented Apps Script runtime, rule by rule (shared/reference/apps-script-platform.md,
 * table R1–R18). Each rule is stated on a Google reference page, named here; the stand-ins
 * call these checks, and test/runtime/rules.test.ts proves each refuses or transforms exactly
 * as the page says. A stand-in kinder than these rules would let a test pass that Google fails.
 */
import type { Execution, Runtime } from './runtime';
import { isSpreadsheetWrite, SCOPE, scopesFor } from './scopes';

export const RULES = {
  R1: {
    rule: 'With explicit oauthScopes nothing is added; a method whose scope is missing throws.',
    pages: ['Class Session', 'Scopes for Editor add-ons', 'Manifest structure'],
  },
  R2: {
    rule: 'An addOns manifest section makes a Workspace (card) add-on: no menus, sidebars or triggers.',
    pages: ['Manifest resource (addOns)', 'Editor add-ons overview'],
  },
  R3: {
    rule: 'A custom function calls no service needing authorization; SpreadsheetApp is read-only.',
    pages: ['Custom functions in Google Sheets'],
  },
  R4: {
    rule: 'onOpen in AuthMode.NONE may only build the add-on menu.',
    pages: ['Editor add-on authorization'],
  },
  R5: {
    rule: 'Triggers run as their creator, are listed per user; add-ons: hourly at most, one of each type per user and document; test deployments run none.',
    pages: ['Installable triggers', 'Triggers in add-ons', 'Class ScriptApp'],
  },
  R6: {
    rule: "The event's user and getActiveUser() in a trigger are blank across Workspace domains.",
    pages: ['Event objects', 'Class User'],
  },
  R7: {
    rule: 'Properties: 9 KB per value, 500 KB per store, 50,000 reads and writes a day (consumer).',
    pages: ['Quotas for Google Services'],
  },
  R8: {
    rule: 'Daily quotas (trigger runtime, URL Fetch, email recipients) and 6 minutes per execution.',
    pages: ['Quotas for Google Services'],
  },
  R9: {
    rule: 'setValues of a string behaves like typing unless the cell is formatted as plain text.',
    pages: ['Class Range (setValue)', 'Sheets number formats'],
  },
  R10: {
    rule: 'Drive files.get: 404 when unreadable, permissions only for sharers, 403 when the API is off, shared drives need supportsAllDrives.',
    pages: ['Drive API: Resolve errors', 'Files resource', 'Enable shared drives'],
  },
  R11: {
    rule: 'No active document or document lock outside a document context; no Ui in triggers.',
    pages: ['Class LockService', 'Class Ui'],
  },
  R12: {
    rule: 'Protection editors can be read or changed only by someone who may edit the protection.',
    pages: ['Class Protection'],
  },
  R13: {
    rule: 'With granular consent a user may grant only some scopes; code asks with requireScopes.',
    pages: ['Scopes', 'Class ScriptApp'],
  },
  R14: {
    rule: 'A string written with setValues that starts with "=" (or, as typed, "+") becomes a formula, wherever it is copied; only a plain-text cell or a leading apostrophe keeps it text.',
    pages: ['Class Range (setValue, setValues)', 'Sheets number formats'],
  },
  R15: {
    rule: 'A custom function receives the values of its arguments: a HYPERLINK formula or a rich-text link arrives as its label, never its URL.',
    pages: ['Custom functions in Google Sheets (Data types, Arguments)'],
  },
  R16: {
    rule: 'Not documented: the case of HTTPResponse.getHeaders() names (HTTP/2 sends them lower-case); the stand-in answers lower-case.',
    pages: ['Class HTTPResponse (silent)'],
  },
  R17: {
    rule: 'getUserTriggers(spreadsheet) lists the triggers whose source is that spreadsheet (not stated for time-driven ones: the stand-in lists none); a spent one-off trigger stays until deleted; 20 triggers per user per script.',
    pages: ['Class ScriptApp', 'Quotas for Google Services'],
  },
  R18: {
    rule: 'Not documented: getFormulas() returns a formula as Sheets normalises it (function names upper-case, needless quotes around sheet names dropped, its own spacing).',
    pages: ['Class Range (getFormula) (silent)'],
  },
} as const;

export type RuleId = keyof typeof RULES;

/** An error as Apps Script raises it, tagged with the rule that raised it. */
export class RuntimeRefusal extends Error {
  constructor(
    readonly rule: RuleId,
    message: string,
  ) {
    super(message);
  }
}

/** R1 + R13: the method's scope must be listed in the manifest and granted by the user. */
export function checkScopes(rt: Runtime, x: Execution, method: string): void {
  const needed = scopesFor(method);
  if (needed.length === 0) return;
  const listed = rt.listedScopes();
  const message = `You do not have permission to call ${method}. Required permissions: ${needed.join(' || ')}`;
  if (!needed.some((s) => listed.includes(s))) throw new RuntimeRefusal('R1', message);
  if (x.authMode === 'CUSTOM_FUNCTION' || x.authMode === 'NONE') return; // R3 and R4 decide
  const granted = rt.grantedScopes(x.effectiveUser);
  if (!needed.some((s) => granted.includes(s))) throw new RuntimeRefusal('R13', message);
}

/** R3, R4 and R11: what each execution context may call at all. */
export function checkContext(rt: Runtime, x: Execution, method: string): void {
  if (x.authMode === 'CUSTOM_FUNCTION') {
    // R3: read-only SpreadsheetApp; no service that needs authorization.
    const needed = scopesFor(method);
    const sheetsRead =
      needed.includes(SCOPE.sheetsCurrent) &&
      !isSpreadsheetWrite(method) &&
      method !== 'Spreadsheet.toast';
    const harmless = needed.length === 0 || needed.includes(SCOPE.external);
    if (!(sheetsRead || harmless) || /^(SpreadsheetApp\.getUi|Ui\.)/.test(method))
      throw new RuntimeRefusal('R3', `You do not have permission to call ${method}`);
    if (isSpreadsheetWrite(method))
      throw new RuntimeRefusal('R3', `You do not have permission to call ${method}`);
    return;
  }
  if (x.authMode === 'NONE') {
    // R4: only the add-on menu.
    if (!/^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Ui\.createMenu|Menu\.)/.test(method))
      throw new RuntimeRefusal(
        'R4',
        `Authorization is required to perform that action (${method} in AuthMode.NONE).`,
      );
    return;
  }
  if (x.authMode === 'LIMITED') {
    // A simple trigger: this document, its properties and menus; nothing needing consent.
    const needed = scopesFor(method);
    const allowed =
      needed.length === 0 ||
      needed.includes(SCOPE.sheetsCurrent) ||
      needed.includes(SCOPE.userEmail);
    if (!allowed) throw new RuntimeRefusal('R4', `You do not have permission to call ${method}`);
  }
  // R11: no dialogs where nobody is looking.
  if (
    (x.kind === 'editTrigger' || x.kind === 'changeTrigger' || x.kind === 'timeTrigger') &&
    /^(SpreadsheetApp\.getUi|Ui\.)/.test(method)
  )
    throw new RuntimeRefusal('R11', 'Cannot call SpreadsheetApp.getUi() from this context.');
  void rt;
}

/**
 * R11: a document context (the active spreadsheet, its document lock) exists except in an
 * add-on's time-driven trigger, which runs with no document open.
 */
export function documentLockAvailable(rt: Runtime, x: Execution | undefined): boolean {
  return !(x?.kind === 'timeTrigger' && rt.deployment !== 'bound');
}

/** R6: whose email a user's identity shows in this execution ('' when policy hides it). */
export function visibleEmail(rt: Runtime, x: Execution, subject: string): string {
  if (x.authMode === 'CUSTOM_FUNCTION' || x.authMode === 'NONE') return '';
  if (subject.toLowerCase() === x.effectiveUser.toLowerCase()) return subject;
  if (
    x.kind === 'editTrigger' ||
    x.kind === 'changeTrigger' ||
    x.kind === 'timeTrigger' ||
    x.authMode === 'LIMITED'
  )
    return rt.sameWorkspace(subject, x.effectiveUser) ? subject : '';
  return subject;
}

export type DailyQuota = 'properties' | 'urlFetch' | 'mailRecipients' | 'triggerMs';

/** R7, R8: each user's daily quotas, consumer account or Workspace. */
export function dailyLimit(rt: Runtime, user: string, quota: DailyQuota): number {
  const workspace = rt.isWorkspaceUser(user);
  switch (quota) {
    case 'properties':
      return workspace ? 500_000 : 50_000;
    case 'urlFetch':
      return workspace ? 100_000 : 20_000;
    case 'mailRecipients':
      return workspace ? 1_500 : 100;
    case 'triggerMs':
      return (workspace ? 6 * 60 : 90) * 60_000;
  }
}

const QUOTA_MESSAGE: Record<DailyQuota, string> = {
  properties: 'Service invoked too many times for one day: properties.',
  urlFetch: 'Service invoked too many times for one day: urlfetch.',
  mailRecipients: 'Service invoked too many times for one day: email.',
  triggerMs: 'Service using too much computer time for one day.',
};

export function checkDailyQuota(
  rt: Runtime,
  user: string,
  quota: DailyQuota,
  amount: number,
): void {
  if (rt.used(user)[quota] + amount > dailyLimit(rt, user, quota))
    throw new RuntimeRefusal(quota === 'properties' ? 'R7' : 'R8', QUOTA_MESSAGE[quota]);
}

/** R8: 6 minutes per execution; 30 seconds per custom-function call. */
export function checkExecutionTime(rt: Runtime, x: Execution): void {
  const limit = x.kind === 'customFunction' ? 30_000 : 6 * 60_000;
  if (rt.now() - x.startedAt > limit)
    throw new RuntimeRefusal(
      'R8',
      x.kind === 'customFunction'
        ? 'Exceeded maximum execution time (30 seconds for a custom function).'
        : 'Exceeded maximum execution time',
    );
}

/** R7: a property value and the whole store are measured in UTF-8 bytes. */
export const PROPERTY_VALUE_BYTES = 9 * 1024;
export const PROPERTY_STORE_BYTES = 500 * 1024;

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function checkPropertyWrite(
  key: string,
  value: string,
  store: ReadonlyMap<string, string>,
): void {
  if (utf8Bytes(value) > PROPERTY_VALUE_BYTES)
    throw new RuntimeRefusal('R7', 'Argument too large: value');
  let total = utf8Bytes(key) + utf8Bytes(value);
  for (const [k, v] of store) if (k !== key) total += utf8Bytes(k) + utf8Bytes(v);
  if (total > PROPERTY_STORE_BYTES)
    throw new RuntimeRefusal(
      'R7',
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
}
