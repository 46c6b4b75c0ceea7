import type { OpdView, SaveRequest } from '../shared/rpc';
import { showConflict } from './conflict';
import { append, h } from './dom';
import { type EntryForm, renderEntry } from './entry-form';
import { guarded, quiet, say, setActions } from './footer';
import { call } from './rpc-client';
import { sidebarText as t } from './sidebar-text';
import { model, shell } from './state';

/**
 * OPD mode: one OPD's indicators with the one status every view shows, and the selected
 * indicator to fill — its levels and what each needs, the explanation with a counter and a
 * template, the links with their status (checked now with "Cek akses"), and what still keeps
 * it from being lengkap, all before saving. Simpan sits in the fixed footer; leaving with
 * unsaved changes asks first; a row someone changed meanwhile is shown side by side.
 */

/** The form of the entry on screen: how to read it, and how to save it. */
let form: EntryForm | null = null;

/** Runs `then` now, or after asking what to do with unsaved changes. */
export function leaving(then: () => void): void {
  if (!model.dirty || !form) {
    then();
    return;
  }
  const current = form;
  const code = current.draft().code;
  say(t.unsavedTitle(code), 'warning');
  const back = () => {
    quiet();
    setActions(saveButton());
  };
  setActions(
    h(
      'button',
      {
        type: 'button',
        class: 'action',
        onclick: async () => {
          if (await current.save(current.draft())) then();
        },
      },
      t.saveFirst,
    ),
    h(
      'button',
      {
        type: 'button',
        onclick: () => {
          model.dirty = false;
          quiet();
          then();
        },
      },
      t.discard,
    ),
    h('button', { type: 'button', onclick: back }, t.cancel),
  );
}

function saveButton(): HTMLElement {
  const disabled = !model.view?.entry?.canEdit;
  return h(
    'button',
    {
      type: 'button',
      class: 'action',
      id: 'save',
      disabled,
      onclick: () => {
        if (form && !model.busy) void form.save(form.draft());
      },
    },
    t.save,
  );
}

export function renderOpd(root: HTMLElement): void {
  const state = model.state;
  if (!state) return;
  if (state.opds.length === 0) {
    append(root, [h('p', { class: 'empty', role: 'note' }, state.notice ?? '')]);
    setActions();
    return;
  }
  if (state.opds.length > 1) {
    const picker = h(
      'select',
      {
        id: 'opd',
        onchange: (e: Event) => {
          const select = e.target as HTMLSelectElement;
          const key = select.value;
          select.value = model.opdKey ?? key;
          leaving(() => {
            model.opdKey = key;
            void shell.loadOpd(null);
          });
        },
      },
      ...state.opds.map((o) =>
        h('option', { value: o.key, selected: o.key === model.opdKey }, t.opdOption(o.name, o.tab)),
      ),
    );
    append(root, [h('label', { class: 'field', for: 'opd' }, t.opd), picker]);
  } else append(root, [h('p', { class: 'opd-name' }, state.opds[0]?.name ?? '')]);
  const view = model.view;
  if (!view) return;
  if (view.refusal) append(root, [h('p', { class: 'banner', role: 'note' }, view.refusal)]);
  renderProgress(root, view);
  renderPicker(root, view);
  if (view.entry) {
    form = renderEntry(root, view, view.entry, send);
    append(root, [historySection(view, view.entry.code)]);
  }
  setActions(saveButton());
}

function renderProgress(root: HTMLElement, view: OpdView): void {
  const percent = view.total === 0 ? 0 : Math.round((100 * view.complete) / view.total);
  const label = t.progress(view.complete, view.total);
  append(root, [
    h(
      'div',
      { class: 'progress' },
      h(
        'div',
        {
          class: 'bar',
          role: 'progressbar',
          'aria-label': t.progressLabel,
          'aria-valuemin': 0,
          'aria-valuemax': view.total,
          'aria-valuenow': view.complete,
          'aria-valuetext': label,
        },
        h('div', { class: 'fill', style: `width:${percent}%` }),
      ),
      h('span', { class: 'progress-text' }, label),
    ),
  ]);
}

function renderPicker(root: HTMLElement, view: OpdView): void {
  const picker = h(
    'select',
    {
      id: 'indicator',
      onchange: (e: Event) => {
        const select = e.target as HTMLSelectElement;
        const code = select.value;
        select.value = view.entry?.code ?? code;
        leaving(() => void shell.loadOpd(code));
      },
    },
    ...view.indicators.map((i) =>
      h(
        'option',
        { value: i.code, selected: i.code === view.entry?.code, title: i.name },
        t.indicatorOption(i.code, i.shortName, i.status.label),
      ),
    ),
  );
  append(root, [h('label', { class: 'field', for: 'indicator' }, t.indicator), picker]);
  const next = view.nextIncomplete;
  append(root, [
    next
      ? h(
          'button',
          {
            type: 'button',
            class: 'link',
            id: 'next',
            onclick: () => leaving(() => void shell.loadOpd(next)),
          },
          t.next(next),
        )
      : h('p', { class: 'muted' }, t.allDone),
  ]);
}

/** Sends a save once; true when saved. A row changed meanwhile is shown beside the draft. */
async function send(request: SaveRequest, box: HTMLElement): Promise<boolean> {
  if (model.busy) return false;
  model.busy = true;
  const button = document.getElementById('save') as HTMLButtonElement | null;
  if (button) {
    button.disabled = true;
    button.textContent = t.saving;
  }
  say(t.saving);
  try {
    const result = await call('panelSave', request);
    if (result.ok) {
      model.view = result.view;
      model.dirty = false;
      model.busy = false;
      shell.render();
      say(
        result.message,
        result.problems.length > 0 ? 'warning' : 'ok',
        undefined,
        result.problems,
      );
      return true;
    }
    model.busy = false;
    say(result.message, 'error');
    if (result.theirs) showConflict(box, request, result.theirs, send);
    return false;
  } catch (error) {
    model.busy = false;
    say((error as Error).message, 'error', () => void send(request, box));
    return false;
  } finally {
    const again = document.getElementById('save') as HTMLButtonElement | null;
    if (again && !model.busy) {
      again.disabled = !model.view?.entry?.canEdit;
      again.textContent = t.save;
    }
  }
}

/** Who changed this indicator, when, from what to what (from the Log), on request. */
function historySection(view: OpdView, code: string): HTMLElement {
  const list = h('ol', { class: 'history', id: 'history' });
  const details = h('details', { class: 'history-box' }, h('summary', {}, t.history), list);
  details.addEventListener('toggle', async () => {
    if (!(details as HTMLDetailsElement).open || list.childElementCount > 0) return;
    const history = await guarded(
      t.loadingHistory,
      () => call('panelHistory', { opdKey: view.opd.key, code }),
      () => details.dispatchEvent(new Event('toggle')),
    );
    if (!history) return;
    if (history.entries.length === 0) append(list, [h('li', { class: 'muted' }, t.historyEmpty)]);
    for (const e of history.entries)
      append(list, [
        h(
          'li',
          {},
          h('span', { class: 'muted' }, `${e.when} · ${e.who}`),
          h('div', {}, t.historyLine(e.detail, e.old, e.now)),
        ),
      ]);
  });
  return details;
}
