import type { HistoryView } from '../core/audit/audit-log';
import type { EntryInput, EntryValues, ItemInput } from '../core/entry/fields';
import type { EntryStatus, EntryStatusKey } from '../core/entry/status';
import type { StageScore } from '../core/evaluation/evaluation';
import type { DraftProblem, DraftRules } from '../core/evidence/draft-check';
import type { Role } from '../core/workbook/roles';

/**
 * The sidebar's server endpoints, one typed table shared by the client and Apps Script: a
 * renamed endpoint or a changed payload breaks the build on both sides. Every payload is plain
 * JSON (no Date, no undefined, no class instance), since google.script.run drops the rest.
 */

/** Domain types the payloads carry, defined in core; the sidebar reads them from here. */
export type {
  DraftProblem,
  DraftRules,
  EntryStatus,
  EntryStatusKey,
  HistoryView,
  Role,
  StageScore,
};

export interface OpdRef {
  readonly key: string;
  readonly code: string;
  readonly name: string;
  readonly tab: string;
}

export interface PanelState {
  readonly user: string;
  readonly role: Role;
  /** The instrument's index this workbook evaluates ('Indeks SPBE', 'Indeks Pemdi'): the panel's title. */
  readonly indexName: string;
  /** Tabs the user may fill (all OPD tabs for an admin). */
  readonly opds: readonly OpdRef[];
  /** What is selected in the sheet, when it is an indicator row of an OPD tab. */
  readonly selection: { readonly opdKey: string; readonly code: string } | null;
  /** For someone who fills no tab: what to do next (whom to ask). */
  readonly notice: string | null;
}

interface LevelChoice {
  readonly level: number;
  readonly label: string;
  readonly criterion: string;
  readonly evidence: string;
}

export interface LinkStatus {
  readonly text: string;
  /** ok | warning | error | unknown */
  readonly tone: 'ok' | 'warning' | 'error' | 'unknown';
  readonly message: string;
  /** The file's name as Drive last told it ('' when not checked yet). */
  readonly name: string;
}

/** A problem the last Cek kelengkapan found in this entry, with what to do. */
interface CheckNote {
  readonly severity: 'error' | 'warning' | 'info';
  readonly problem: string;
  readonly fix: string;
}

/** One evidence item (butir) of an indicator, as the panel shows and edits it (Pemdi). */
export interface ItemView {
  readonly code: string;
  readonly level: number;
  readonly name: string;
  /** belum, draf, proses, diterima or revisi: follows the row (evidence/items.ts). */
  readonly status: string;
  readonly explanation: string;
  readonly evidence: string;
  readonly links: readonly LinkStatus[];
  readonly verifierNote: string;
  readonly version: string;
  readonly row: number;
}

export interface EntryView extends EntryValues {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  readonly status: EntryStatus;
  readonly aspect: string;
  readonly choices: readonly LevelChoice[];
  readonly links: readonly LinkStatus[];
  /** The last check's findings for this entry. */
  readonly checkNotes: readonly CheckNote[];
  /** What the row held when read: a save is refused if the row changed meanwhile. */
  readonly version: string;
  readonly canEdit: boolean;
  /** Where the row is, to open it in the sheet. */
  readonly row: number;
  /** The indicator's evidence items (Pemdi), in Kerangka's order; empty elsewhere. */
  readonly items: readonly ItemView[];
  /** What the items give Mandiri under the rule in Pengaturan; null when Mandiri is the claim. */
  readonly itemValue: { readonly rule: string; readonly value: number | null } | null;
}

export interface OpdView {
  readonly opd: OpdRef;
  readonly total: number;
  readonly complete: number;
  readonly indicators: readonly {
    readonly code: string;
    readonly name: string;
    readonly shortName: string;
    readonly status: EntryStatus;
  }[];
  readonly nextIncomplete: string | null;
  readonly entry: EntryView | null;
  /** Why this user may not change the tab now (filling locked since…, or not theirs). */
  readonly refusal: string | null;
  /** When the last Cek kelengkapan ran, for people ('10 Feb 2026 14.30'), or null. */
  readonly checkedAt: string | null;
  /** What the current indicator's draft is held to; null when the tab has none. */
  readonly rules: DraftRules | null;
}

/** What the panel sends: the indicator's fields (entry/fields.ts), and its items' changed fields. */
export interface SaveRequest extends EntryInput {
  readonly opdKey: string;
  readonly code: string;
  readonly version: string;
  /** Evidence items changed in the same save. */
  readonly items?: readonly ItemEdit[];
}

interface ItemEdit extends ItemInput {
  readonly code: string;
  readonly version: string;
}

export type SaveResult =
  | {
      readonly ok: true;
      readonly view: OpdView;
      readonly message: string;
      /** What still keeps the saved entry from being lengkap, each with its field. */
      readonly problems: readonly DraftProblem[];
    }
  | { readonly ok: false; readonly message: string; readonly theirs?: EntryView };

export interface SheetSelection {
  readonly tab: string;
  readonly row: number;
  /** What the row's first cell holds (an indicator code on an OPD tab). */
  readonly code: string;
}

/** "Cek akses": this row's links checked against Drive now, as an assessor would meet them. */
export interface ProbeRequest {
  readonly opdKey: string;
  readonly code: string;
  readonly evidence: string;
}

export interface ProbeResult {
  readonly links: readonly LinkStatus[];
  readonly message: string;
}

export interface CoordinatorView {
  /** When the last Cek kelengkapan ran, for people, or null. */
  readonly checkedAt: string | null;
  readonly opds: readonly {
    readonly key: string;
    readonly code: string;
    readonly tab: string;
    readonly name: string;
    readonly assigned: number;
    readonly complete: number;
    readonly errors: number;
    readonly warnings: number;
  }[];
  /** The self-assessed index against the target and last year's index. */
  readonly headline: {
    readonly index: number | null;
    readonly predicate: string;
    readonly target: number;
    readonly lastYear: number | null;
    /** Last year's instrument when it differs from this year's ("Indeks SPBE"), else null. */
    readonly lastYearInstrument: string | null;
    /**
     * Where Mandiri follows accepted butir (Pemdi): the index the OPDs' claims would give, and
     * how many of their items are accepted; null elsewhere.
     */
    readonly claimed: {
      readonly index: number | null;
      readonly items: number;
      readonly accepted: number;
    } | null;
  };
  readonly stages: readonly StageScore[];
  /** How many indicators the instrument has: "1 dari 47 diverifikasi". */
  readonly indicators: number;
  readonly targetIndex: number;
}

export interface PlanRequest {
  readonly target: number;
  /** The highest level the OPDs can realistically reach this year (5 when absent). */
  readonly maxLevel?: number;
}

export interface PlanView {
  readonly start: number;
  readonly target: number;
  readonly maxLevel: number;
  readonly reached: boolean;
  readonly end: number;
  /** One line per indicator: every raise of it together, in the order they pay most. */
  readonly steps: readonly {
    readonly code: string;
    readonly name: string;
    readonly shortName: string;
    readonly from: number;
    readonly to: number;
    readonly after: number;
    readonly opds: string;
  }[];
}

/** The endpoints: name → (request) → response. */
export interface ServerApi {
  panelState(request: Record<string, never>): PanelState;
  panelOpd(request: { readonly opdKey: string; readonly code: string | null }): OpdView;
  panelSave(request: SaveRequest): SaveResult;
  panelCoordinator(request: Record<string, never>): CoordinatorView;
  panelPlan(request: PlanRequest): PlanView;
  panelWritePlan(request: PlanRequest): {
    readonly tab: string;
    readonly message: string;
  };
  panelHistory(request: { readonly opdKey: string; readonly code: string }): HistoryView;
  panelProbe(request: ProbeRequest): ProbeResult;
  /** The row selected in the sheet, cheaply, for the panel to follow (polled). */
  panelSelection(request: Record<string, never>): SheetSelection | null;
  /** Selects a tab (and a row) in the sheet, for "Buka di lembar". */
  panelGoTo(request: { readonly tab: string; readonly row: number }): null;
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
  panelProbe: true,
  panelSelection: true,
  panelGoTo: true,
};
export const ENDPOINTS = Object.keys(LISTED) as readonly Endpoint[];

/**
 * Starts the message of a failure that passes by itself (Google slow or busy, the file locked
 * a moment): the panel offers "Coba lagi" only then. Invisible should it ever be shown.
 */
export const TRANSIENT = '\u2060';
