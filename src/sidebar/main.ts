import { renderCoordinator } from './coordinator-mode';
import { append, clear, h } from './dom';
import { guarded } from './footer';
import { leaving } from './leaving';
import { renderOpd } from './opd-mode';
import { afterPoll, delayFor, FRESH_PACE, type PollPace } from './poll-schedule';
import { call } from './rpc-client';
import { sidebarText as t } from './sidebar-text';
import { model, shell } from './state';

/**
 * The SPBE sidebar's shell: loads who the user is, opens Diskominfo mode for an admin and OPD
 * mode for everyone else, follows the row selected in the sheet (a cheap poll, paused while
 * the user has unsaved changes), and renders the mode on screen.
 */
const root = document.getElementById('app') as HTMLElement;

function render(): void {
  clear(root);
  root.removeAttribute('aria-busy');
  const state = model.state;
  if (!state) return;
  if (state.role === 'admin') {
    const tab = (mode: typeof model.mode, label: string) =>
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `mode-${mode}`,
          'aria-selected': model.mode === mode ? 'true' : 'false',
          class: model.mode === mode ? 'mode active' : 'mode',
          onclick: () =>
            leaving(() => {
              model.mode = mode;
              if (mode === 'coord' && !model.coordinator) void loadCoordinator();
              else if (mode === 'opd' && !model.view) void loadOpd(null);
              else render();
            }),
        },
        label,
      );
    append(root, [
      h(
        'div',
        { class: 'modes', role: 'tablist', 'aria-label': t.modes },
        tab('coord', t.modeCoordinator),
        tab('opd', t.modeOpd),
      ),
    ]);
  }
  if (model.mode === 'coord') renderCoordinator(root);
  else renderOpd(root);
}

async function loadOpd(code: string | null): Promise<void> {
  const key = model.opdKey;
  if (!key) return render();
  const view = await guarded(
    t.loadingIndicator,
    () => call('panelOpd', { opdKey: key, code }),
    () => void loadOpd(code),
  );
  if (view) {
    model.view = view;
    model.dirty = false;
  }
  render();
  // The panel scrolls in #scroll, not in #app: a new indicator opens at its top.
  (document.getElementById('scroll') as HTMLElement).scrollTop = 0;
}

async function loadCoordinator(): Promise<void> {
  const view = await guarded(
    t.counting,
    () => call('panelCoordinator', {}),
    () => void loadCoordinator(),
  );
  if (view) model.coordinator = view;
  render();
}

/**
 * Follows the row selected in the sheet, unless the user is typing or saving. Answers whether
 * the panel moved to another row (the poll pace speeds up again).
 */
async function follow(): Promise<boolean> {
  if (model.mode !== 'opd' || model.dirty || model.busy) return false;
  try {
    const selection = await call('panelSelection', {});
    const opd = model.state?.opds.find((o) => o.tab === selection?.tab);
    if (!selection || !opd || model.dirty || model.busy) return false;
    const sameOpd = opd.key === model.opdKey;
    const known = model.view?.indicators.some((i) => i.code === selection.code);
    if (sameOpd && (!known || selection.code === model.view?.entry?.code)) return false;
    model.opdKey = opd.key;
    await loadOpd(selection.code || null);
    return true;
  } catch {
    // Following is a convenience: a failed poll is retried at the next tick.
    return false;
  }
}

let pace: PollPace = FRESH_PACE;
let timer: number | undefined;
let inFlight = false;

/** One poll at a time: the next is scheduled when this one has answered, and not while hidden. */
function schedulePoll(delay = delayFor(pace)): void {
  window.clearTimeout(timer);
  timer = undefined;
  if (document.hidden || inFlight) return;
  timer = window.setTimeout(async () => {
    timer = undefined;
    inFlight = true;
    let changed = false;
    try {
      changed = await follow();
    } finally {
      inFlight = false;
    }
    pace = afterPoll(pace, changed);
    schedulePoll();
  }, delay);
}

/** Back to the fast pace when the user comes back to the panel or does something in it. */
function wake(): void {
  pace = FRESH_PACE;
  schedulePoll(500);
}

async function start(): Promise<void> {
  const state = await guarded(
    t.loading,
    () => call('panelState', {}),
    () => void start(),
  );
  if (!state) {
    clear(root); // no skeleton under a failure: the footer says what went wrong
    return;
  }
  model.state = state;
  const title = document.getElementById('title');
  if (title) title.textContent = t.title(state.indexName);
  model.opdKey = state.selection?.opdKey ?? state.opds[0]?.key ?? null;
  model.mode = state.role === 'admin' ? 'coord' : 'opd';
  if (model.mode === 'coord') await loadCoordinator();
  else if (state.opds.length === 0) render();
  else await loadOpd(state.selection?.code ?? null);
  document.addEventListener('visibilitychange', wake);
  for (const event of ['focus', 'pointerdown', 'keydown'])
    window.addEventListener(event, () => {
      if (pace.unchanged > 0) wake();
    });
  schedulePoll();
}

shell.render = render;
shell.loadOpd = loadOpd;
shell.loadCoordinator = loadCoordinator;
void start();
