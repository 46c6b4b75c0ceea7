import type { CoordinatorView, LinkStatus, OpdView, PanelState, PlanView } from '../shared/rpc';
import type { EntryForm } from './entry-form';

/** What the panel holds between renders; one object, shared by both modes. */
interface Model {
  state: PanelState | null;
  mode: 'opd' | 'coord';
  opdKey: string | null;
  view: OpdView | null;
  /** The form of the entry on screen, when there is one. */
  form: EntryForm | null;
  /** The footer lists what the draft is missing (else only how many). */
  showMissing: boolean;
  /** The form holds changes not saved yet. */
  dirty: boolean;
  /** A server call that changes something is under way: no second one. */
  busy: boolean;
  coordinator: CoordinatorView | null;
  plan: PlanView | null;
  /** Links checked with "Cek akses" in this session, by their text. */
  probed: Map<string, LinkStatus>;
}

export const model: Model = {
  state: null,
  mode: 'opd',
  opdKey: null,
  view: null,
  form: null,
  showMissing: false,
  dirty: false,
  busy: false,
  coordinator: null,
  plan: null,
  probed: new Map(),
};

/** What the modes ask of the shell (main.ts), set once at start: no import cycle. */
export const shell = {
  render: (): void => {},
  loadOpd: async (_code: string | null): Promise<void> => {},
  loadCoordinator: async (): Promise<void> => {},
};
