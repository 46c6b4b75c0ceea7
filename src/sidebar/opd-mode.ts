import type { OpdView } from '../shared/rpc';
import { append, h } from './dom';
import { footerActions, showReadiness } from './entry-footer';
import { renderEntry } from './entry-form';
import { guarded, setActions } from './footer';
import { leaving } from './leaving';
import { call } from './rpc-client';
import { send } from './save-flow';
import { sidebarText as t } from './sidebar-text';
import { model, shell } from './state';

/**
 * OPD mode: one OPD's indicators with the one status every view shows, and the selected
 * indicator to fill — its levels and what each needs, the explanation with a counter and a
 * template, the links with their status (checked now with "Cek akses"), and what still keeps
 * it from being lengkap, all before saving. Simpan and the way to the next indicator sit in
 * the fixed footer (entry-footer.ts); leaving with unsaved changes asks first (leaving.ts).
 */

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
  model.form = null;
  if (view.entry) {
    model.form = renderEntry(root, view, view.entry, send, showReadiness);
    append(root, [historySection(view, view.entry.code)]);
  }
  setActions(...footerActions(view));
  showReadiness();
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
