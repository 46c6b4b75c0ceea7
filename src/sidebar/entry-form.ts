import { OPD_FIELDS } from '../core/entry/fields';
import { VERIFICATION_VALUES } from '../core/entry/words';
import { draftProblems } from '../core/evidence/draft-check';
import type { DraftProblem, EntryView, OpdView, SaveRequest } from '../shared/rpc';
import { append, h } from './dom';
import { type FieldControl, type FormContext, fieldControl } from './entry-fields';
import { guarded } from './footer';
import { type ItemFields, idOf, itemFields, itemsSection, itemValues } from './item-fields';
import { call } from './rpc-client';
import { sidebarText as t } from './sidebar-text';
import { model } from './state';

/** The form of the entry on screen: how to read it, save it, and reach a field of it. */
export interface EntryForm {
  draft(): SaveRequest;
  save(request: SaveRequest): Promise<boolean>;
  /** Brings a problem's field into view and puts the cursor in it. */
  reach(problem: DraftProblem): void;
  /** What the draft still lacks, as the check would say it. */
  problems(): readonly DraftProblem[];
}

/**
 * The selected indicator to fill: what it is and where, the verifier's word and the last
 * check's notes, a control per field the OPD fills (entry-fields.ts), its butir
 * (item-fields.ts). What still keeps it from being lengkap is the footer's, beside Simpan
 * (entry-footer.ts): `onChange` hears every edit.
 */
export function renderEntry(
  root: HTMLElement,
  view: OpdView,
  entry: EntryView,
  send: (request: SaveRequest, box: HTMLElement) => Promise<boolean>,
  onChange: () => void,
): EntryForm {
  const disabled = !entry.canEdit;
  const box = h('form', { id: 'entry', novalidate: true });
  append(box, [...heading(view, entry), verifierWord(entry), checkNotes(view, entry)]);
  const c: FormContext = { view, entry, disabled, changed: () => changed() };
  const controls: FieldControl[] = OPD_FIELDS.map((f) => fieldControl(f, c));
  const items = entry.items.map((item) => itemFields(item, disabled, () => changed()));
  const section = items.length > 0 ? itemsSection(entry, view, items, disabled) : null;

  const draft = () => draftOf(view, entry, controls, items);
  const problems = (): DraftProblem[] =>
    disabled || !view.rules
      ? []
      : draftProblems(
          {
            ...draft(),
            items: items.map((f) => ({
              code: f.item.code,
              level: f.item.level,
              evidence: itemValues(f).evidence,
            })),
          },
          view.rules,
        );
  const opened = JSON.stringify(draft());
  const refresh = () => {
    for (const control of controls) control.refresh();
    section?.arrange(draft().level);
    section?.refresh(view);
  };
  const changed = () => {
    model.dirty = JSON.stringify(draft()) !== opened;
    refresh();
    onChange();
  };

  // With butir, the evidence is theirs: the row's own links and their kind show only when
  // something is already written there (nothing typed is ever hidden).
  const ownEvidence = (k: FieldControl) =>
    items.length === 0 ||
    !OPD_FIELDS.some((f) => f.key === k.key && (f.type === 'links' || f.type === 'choice')) ||
    k.read() !== '';
  append(box, [
    ...controls.filter(ownEvidence).flatMap((k) => k.nodes),
    section?.node,
    disabled ? h('p', { class: 'muted' }, t.readOnly) : null,
  ]);
  box.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!model.busy && !disabled && model.dirty) void form.save(form.draft());
  });
  append(root, [box]);
  refresh();
  model.dirty = false;
  const form: EntryForm = {
    draft,
    save: (request) => send(request, box),
    reach: (p) => reach(box, p),
    problems,
  };
  return form;
}

/** What the form holds: the row's fields, and the fields of the butir changed in it. */
function draftOf(
  view: OpdView,
  entry: EntryView,
  controls: readonly FieldControl[],
  items: readonly ItemFields[],
): SaveRequest {
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
}

/** The control a problem is about, unfolded if need be, with the cursor in it. */
function reach(box: HTMLElement, p: DraftProblem): void {
  const id = p.item ? `item-${p.field}-${idOf(p.item)}` : p.field;
  // Where butir carry the evidence, the row's own links are hidden: the first butir's box then.
  const target =
    (box.querySelector(`#${id}`) as HTMLElement | null) ??
    (box.querySelector(
      `input[name="${p.field}"]:checked, input[name="${p.field}"]`,
    ) as HTMLElement | null) ??
    (box.querySelector(`[id^="item-${p.field}-"]`) as HTMLElement | null);
  if (!target) return;
  const folded = target.closest('[hidden]') as HTMLElement | null;
  if (folded) folded.hidden = false;
  if (target.closest('.item-note')) box.querySelector('.items')?.classList.add('show-notes');
  target.scrollIntoView({ block: 'center' });
  target.focus();
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
      notYetVerified(entry) ? ` · ${t.verification(entry.verification)}` : '',
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

/** Nothing decided and nothing said yet: told in the heading's line, not a box of its own. */
const notYetVerified = (entry: EntryView) =>
  entry.verification === VERIFICATION_VALUES[0] && !entry.verifierNote;

/** What the verifier decided, with their note. */
function verifierWord(entry: EntryView): HTMLElement | null {
  if (!entry.verification || notYetVerified(entry)) return null;
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
