import { OPD_FIELDS } from '../core/entry/fields';
import { draftProblems } from '../core/evidence/draft-check';
import { linksInCell } from '../core/evidence/links';
import type { EntryView, OpdView, SaveRequest } from '../shared/rpc';
import { append, clear, h } from './dom';
import { type FieldControl, type FormContext, fieldControl } from './entry-fields';
import { guarded } from './footer';
import { itemFields, itemsSection, itemValues } from './item-fields';
import { linkItem, statusOf } from './link-list';
import { call } from './rpc-client';
import { sidebarText as t } from './sidebar-text';
import { model } from './state';

/** The form of the entry on screen: how to read it, and how to save it. */
export interface EntryForm {
  draft(): SaveRequest;
  save(request: SaveRequest): Promise<boolean>;
}

/**
 * The selected indicator to fill: what it is and where, the verifier's word and the last
 * check's notes, a control per field the OPD fills (entry-fields.ts), its evidence items,
 * and what still keeps it from being lengkap, updated as staff type.
 */
export function renderEntry(
  root: HTMLElement,
  view: OpdView,
  entry: EntryView,
  send: (request: SaveRequest, box: HTMLElement) => Promise<boolean>,
): EntryForm {
  const disabled = !entry.canEdit;
  const box = h('form', { id: 'entry', novalidate: true });
  const form: EntryForm = { draft: () => draft(), save: (request) => send(request, box) };
  box.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!model.busy && !disabled) void form.save(form.draft());
  });
  append(box, [...heading(view, entry), verifierWord(entry), checkNotes(view, entry)]);
  const c: FormContext = { view, entry, disabled, changed: () => changed() };
  const controls: FieldControl[] = OPD_FIELDS.map((f) => fieldControl(f, c));
  const items = entry.items.map((item) => itemFields(item, disabled, () => changed()));
  const problems = h('div', { class: 'problems', id: 'problems', 'aria-live': 'polite' });

  const draft = (): SaveRequest => {
    const values = Object.fromEntries(controls.map((k) => [k.key, k.read()]));
    const edited = items.filter((f) =>
      Object.entries(itemValues(f)).some(([k, v]) => v !== f.item[k as keyof typeof f.item]),
    );
    return {
      ...(values as unknown as Omit<SaveRequest, 'opdKey' | 'code' | 'version' | 'items'>),
      opdKey: view.opd.key,
      code: entry.code,
      version: entry.version,
      ...(items.length > 0
        ? {
            items: edited.map((f) => ({
              code: f.item.code,
              version: f.item.version,
              ...itemValues(f),
            })),
          }
        : {}),
    };
  };
  const refresh = () => {
    for (const control of controls) control.refresh();
    for (const f of items) {
      clear(f.links);
      for (const text of linksInCell(itemValues(f).evidence))
        append(f.links, [linkItem(text, statusOf(text, f.item.links, view))]);
    }
    showProblems(problems, disabled || !view.rules ? [] : draftFound(), !disabled && !!view.rules);
  };
  const draftFound = () =>
    view.rules
      ? draftProblems(
          {
            ...draft(),
            items: items.map((f) => ({
              code: f.item.code,
              level: f.item.level,
              evidence: itemValues(f).evidence,
            })),
          },
          view.rules,
        )
      : [];
  const changed = () => {
    model.dirty = true;
    refresh();
  };

  append(box, [
    ...controls.flatMap((k) => k.nodes),
    items.length > 0 ? itemsSection(entry, items) : null,
    problems,
    disabled ? h('p', { class: 'muted' }, t.readOnly) : null,
  ]);
  append(root, [box]);
  refresh();
  model.dirty = false;
  return form;
}

/** The indicator's code and short name, its aspect and status, and a way to its row. */
function heading(view: OpdView, entry: EntryView): HTMLElement[] {
  return [
    h('h2', {}, `${entry.code} ${entry.shortName}`),
    h(
      'p',
      { class: 'muted' },
      `${t.aspect(entry.aspect)} · `,
      h('span', { class: `status ${entry.status.key}` }, entry.status.label),
      ' · ',
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          id: 'goto',
          onclick: () =>
            void guarded(
              t.loading,
              () => call('panelGoTo', { tab: view.opd.tab, row: entry.row }),
              () => undefined,
            ),
        },
        t.openInSheet,
      ),
    ),
  ];
}

/** What the verifier decided, with their note. */
function verifierWord(entry: EntryView): HTMLElement | null {
  if (!entry.verification) return null;
  return h(
    'p',
    { class: `verification ${entry.verification.toLowerCase().replace(/\s+/g, '-')}` },
    t.verification(entry.verification),
    entry.verifierNote ? h('span', { class: 'note' }, ` — ${entry.verifierNote}`) : null,
  );
}

/** What the last Cek kelengkapan found in this entry, with what to do. */
function checkNotes(view: OpdView, entry: EntryView): HTMLElement | null {
  if (entry.checkNotes.length === 0) return null;
  return h(
    'section',
    { class: 'check-notes', 'aria-label': t.checkNotesTitle(view.checkedAt) },
    h('h3', {}, t.checkNotesTitle(view.checkedAt)),
    h(
      'ul',
      {},
      ...entry.checkNotes.map((n) =>
        h('li', { class: n.severity }, h('strong', {}, n.problem), ` ${n.fix}`),
      ),
    ),
    h('p', { class: 'muted' }, t.checkNotesAfterEdit),
  );
}

/** "Siap disimpan", or what still keeps the draft from being lengkap. */
function showProblems(box: HTMLElement, found: readonly string[], judged: boolean): void {
  clear(box);
  if (!judged) return;
  append(box, [
    found.length === 0
      ? h('p', { class: 'ready' }, t.readyToSave)
      : h(
          'div',
          { class: 'not-ready' },
          h('p', {}, t.problemsTitle),
          h('ul', {}, ...found.map((p) => h('li', {}, p))),
        ),
  ]);
}
