/**
 * The sidebar's server endpoints, one typed table shared by the client and Apps Script: a
 * renamed endpoint or a changed payload breaks the build on both sides. Every payload is plain
 * JSON (no Date, no undefined, no class instance), since google.script.run drops the rest.
 */
export type Role = 'admin' | 'pic' | 'viewer';

export interface OpdRef {
  readonly key: string;
  readonly code: string;
  readonly name: string;
  readonly tab: string;
}

export interface PanelState {
  readonly user: string;
  readonly role: Role;
  /** Tabs the user may fill (all OPD tabs for an admin). */
  readonly opds: readonly OpdRef[];
  /** What is selected in the sheet, when it is an indicator row of an OPD tab. */
  readonly selection: { readonly opdKey: string; readonly code: string } | null;
}

interface LevelChoice {
  readonly level: number;
  readonly label: string;
  readonly criterion: string;
  readonly evidence: string;
}

interface LinkStatus {
  readonly text: string;
  /** ok | warning | error | unknown */
  readonly tone: 'ok' | 'warning' | 'error' | 'unknown';
  readonly message: string;
}

export interface EntryView {
  readonly code: string;
  readonly name: string;
  readonly aspect: string;
  readonly choices: readonly LevelChoice[];
  readonly level: number | null;
  readonly explanation: string;
  readonly evidence: string;
  readonly links: readonly LinkStatus[];
  readonly kind: string;
  readonly kinds: readonly string[];
  readonly verification: string;
  readonly verifierNote: string;
  /** What the row held when read: a save is refused if the row changed meanwhile. */
  readonly version: string;
  readonly canEdit: boolean;
}

export interface OpdView {
  readonly opd: OpdRef;
  readonly total: number;
  readonly complete: number;
  readonly indicators: readonly {
    readonly code: string;
    readonly name: string;
    readonly status: string;
  }[];
  readonly nextIncomplete: string | null;
  readonly entry: EntryView | null;
}

export interface SaveRequest {
  readonly opdKey: string;
  readonly code: string;
  readonly version: string;
  readonly level: number | null;
  readonly explanation: string;
  readonly evidence: string;
  readonly kind: string;
}

export type SaveResult =
  | { readonly ok: true; readonly view: OpdView; readonly message: string }
  | { readonly ok: false; readonly message: string; readonly theirs?: EntryView };

export interface StageScore {
  readonly stage: string;
  readonly index: number | null;
  readonly predicate: string;
  readonly notAssessed: number;
  readonly parts: readonly {
    readonly id: string;
    readonly name: string;
    readonly value: number;
    readonly target: number;
  }[];
}

export interface CoordinatorView {
  readonly checkedAt: string | null;
  readonly opds: readonly {
    readonly code: string;
    readonly tab: string;
    readonly assigned: number;
    readonly complete: number;
    readonly errors: number;
    readonly warnings: number;
  }[];
  readonly stages: readonly StageScore[];
  readonly targetIndex: number;
}

export interface PlanView {
  readonly start: number;
  readonly target: number;
  readonly reached: boolean;
  readonly end: number;
  readonly steps: readonly {
    readonly code: string;
    readonly name: string;
    readonly from: number;
    readonly to: number;
    readonly after: number;
    readonly opds: string;
  }[];
}

export interface HistoryView {
  readonly entries: readonly {
    readonly when: string;
    readonly who: string;
    readonly what: string;
    readonly detail: string;
    readonly old: string;
    readonly now: string;
  }[];
}

/** The endpoints: name → (request) → response. */
export interface ServerApi {
  panelState(request: Record<string, never>): PanelState;
  panelOpd(request: { readonly opdKey: string; readonly code: string | null }): OpdView;
  panelSave(request: SaveRequest): SaveResult;
  panelCoordinator(request: Record<string, never>): CoordinatorView;
  panelPlan(request: { readonly target: number }): PlanView;
  panelWritePlan(request: { readonly target: number }): {
    readonly tab: string;
    readonly message: string;
  };
  panelHistory(request: { readonly opdKey: string; readonly code: string }): HistoryView;
}

export type Endpoint = keyof ServerApi;
export type EndpointRequest<K extends Endpoint> = Parameters<ServerApi[K]>[0];
export type EndpointResponse<K extends Endpoint> = ReturnType<ServerApi[K]>;

/** Every endpoint exactly once: adding one to ServerApi without listing it here fails the build. */
const LISTED: { readonly [K in Endpoint]: true } = {
  panelState: true,
  panelOpd: true,
  panelSave: true,
  panelCoordinator: true,
  panelPlan: true,
  panelWritePlan: true,
  panelHistory: true,
};
export const ENDPOINTS = Object.keys(LISTED) as readonly Endpoint[];
