import type { OpdView } from '../shared/rpc';
import { append, clear, h } from './dom';
import { leaving } from './leaving';
import { sidebarText as t } from './sidebar-text';
import { model, shell } from './state';

/**
 * The footer under an entry: Simpan, enabled only when something changed, with a line beside
 * it saying whether the draft is lengkap and, on request, the list of what is missing (each
 * line a way to its field); and the way to the indicator before, after, and the next one not
 * yet lengkap, without the picker.
 */
export function footerActions(view: OpdView): HTMLElement[] {
  const save = h(
    'button',
    {
      type: 'button',
      class: 'action',
      id: 'save',
      onclick: () => {
        const form = model.form;
        if (form && !model.busy && model.dirty) void form.save(form.draft());
      },
    },
    t.save,
  );
  const readiness = h('p', { class: 'readiness', id: 'readiness', 'aria-live': 'polite' });
  const row = h('div', { class: 'save-row' }, save, readiness);
  const missing = h('ul', { class: 'missing', id: 'problems', hidden: true });
  return view.entry ? [row, missing, navigation(view, view.entry.code)] : [row];
}

/** The footer as the form stands: Simpan only with changes; what the draft still lacks. */
export function showReadiness(): void {
  const save = document.getElementById('save') as HTMLButtonElement | null;
  const line = document.getElementById('readiness');
  const list = document.getElementById('problems');
  const entry = model.view?.entry;
  const form = model.form;
  if (!save || !line || !list) return;
  save.disabled = !entry?.canEdit || model.busy || !model.dirty;
  clear(line);
  clear(list);
  if (!entry?.canEdit || !form) return;
  const missing = form.problems();
  line.className = `readiness ${missing.length > 0 ? 'short' : 'ready'}`;
  const toggle =
    missing.length > 0
      ? h(
          'button',
          {
            type: 'button',
            class: 'link',
            id: 'show-missing',
            'aria-expanded': model.showMissing ? 'true' : 'false',
            'aria-controls': 'problems',
            onclick: () => {
              model.showMissing = !model.showMissing;
              showReadiness();
            },
          },
          model.showMissing ? t.hideMissing : t.showMissing,
        )
      : null;
  append(line, [
    model.dirty ? h('span', { class: 'unsaved' }, t.unsaved) : null,
    missing.length > 0 ? t.missingCount(missing.length) : t.complete,
    toggle,
  ]);
  list.hidden = !model.showMissing || missing.length === 0;
  append(
    list,
    missing.map((p) =>
      h(
        'li',
        {},
        h('button', { type: 'button', class: 'link', onclick: () => form.reach(p) }, p.text),
      ),
    ),
  );
}

/** The indicator before and after this one, and the next one not yet lengkap. */
function navigation(view: OpdView, code: string): HTMLElement {
  const at = view.indicators.findIndex((i) => i.code === code);
  const go = (to: string) => () => leaving(() => void shell.loadOpd(to));
  const step = (id: 'previous' | 'following', to: (typeof view.indicators)[number] | undefined) =>
    to
      ? h(
          'button',
          {
            type: 'button',
            id,
            class: 'nav',
            'aria-label': t.step(id, `${to.code} ${to.shortName}`),
            title: `${to.code} ${to.name}`,
            onclick: go(to.code),
          },
          id === 'previous' ? `‹ ${to.code}` : `${to.code} ›`,
        )
      : null;
  const next = view.nextIncomplete;
  return h(
    'nav',
    { class: 'entry-nav', 'aria-label': t.navigation },
    step('previous', view.indicators[at - 1]),
    step('following', view.indicators[at + 1]),
    next && next !== code
      ? h('button', { type: 'button', class: 'nav', id: 'next', onclick: go(next) }, t.next(next))
      : next
        ? null
        : h('span', { class: 'muted' }, t.allDone),
  );
}
