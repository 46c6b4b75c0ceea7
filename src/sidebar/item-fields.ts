import { panelWordsOf } from '../core/entry/field-panel';
import { ITEM_FIELDS, type ItemFieldKey } from '../core/entry/fields';
import { STATUS_LABEL } from '../core/entry/words';
import { linksInCell } from '../core/evidence/links';
import { numberText } from '../core/kernel/decimal';
import type { EntryView, ItemView, OpdView } from '../shared/rpc';
import { append, clear, h } from './dom';
import { linkItem, statusOf } from './link-list';
import { probeButton } from './link-probe';
import { sidebarText as t } from './sidebar-text';

/**
 * An indicator's evidence items (butir, Pemdi) in the entry form, as compact rows: each its
 * status and name, a box for its links (with their status) and, when asked for or already
 * written, its note. Only the levels up to the claim are open: a level above it is folded into
 * one line until it is claimed, unless one of its butir already holds something.
 */

/** One evidence item's controls, by field. */
export interface ItemFields {
  readonly item: ItemView;
  readonly box: HTMLElement;
  readonly inputs: ReadonlyMap<ItemFieldKey, HTMLInputElement | HTMLTextAreaElement>;
  readonly links: HTMLElement;
}

/** Whether a butir holds anything of its own (then it stays in view whatever the claim). */
function started(item: ItemView): boolean {
  return (
    ITEM_FIELDS.some((f) => item[f.key as ItemFieldKey] !== '') ||
    item.status !== STATUS_LABEL.empty
  );
}

/** A status's key (its CSS class): the words are the indicator's, shared by the butir. */
const statusKey = (words: string) =>
  Object.entries(STATUS_LABEL).find(([, said]) => said === words)?.[0] ?? '';

export const idOf = (code: string) => code.replace(/[^A-Za-z0-9]/g, '-');

export function itemFields(item: ItemView, disabled: boolean, changed: () => void): ItemFields {
  const id = idOf(item.code);
  const links = h('ul', { class: 'links', 'aria-live': 'polite' });
  const inputs = new Map<ItemFieldKey, HTMLInputElement | HTMLTextAreaElement>();
  const control = (key: ItemFieldKey, type: string) => {
    const field = ITEM_FIELDS.find((f) => f.key === key);
    const input = (
      type === 'links'
        ? h('textarea', { rows: 1, class: 'item-links', placeholder: t.itemLinkPlaceholder })
        : h('input', { type: 'text' })
    ) as HTMLInputElement | HTMLTextAreaElement;
    input.id = `item-${key}-${id}`;
    input.maxLength = field?.maxLength ?? 5000;
    input.disabled = disabled;
    input.value = item[key];
    input.addEventListener('input', () => {
      if (input instanceof HTMLTextAreaElement) fitLines(input);
      changed();
    });
    inputs.set(key, input);
    const label = h(
      'label',
      { class: type === 'links' ? 'visually-hidden' : 'item-label', for: input.id },
      panelWordsOf(key).item?.(item.code) ?? item.code,
    );
    return [label, input];
  };
  const linkField = ITEM_FIELDS.find((f) => f.type === 'links');
  const noteFields = ITEM_FIELDS.filter((f) => f.type !== 'links');
  const box = h(
    'div',
    { class: 'item', id: `item-${id}` },
    h(
      'p',
      { class: 'item-head' },
      h('span', { class: `item-status ${statusKey(item.status)}` }, item.status),
      ' ',
      h('span', { class: 'item-name' }, `${item.code} ${item.name}`),
    ),
    item.status === STATUS_LABEL.revision && item.verifierNote
      ? h('p', { class: 'verification perlu-revisi' }, t.itemRevision(item.verifierNote))
      : null,
    ...(linkField ? control(linkField.key as ItemFieldKey, 'links') : []),
    links,
    ...noteFields.map((f) =>
      h(
        'div',
        { class: item[f.key as ItemFieldKey] ? 'item-note written' : 'item-note' },
        ...control(f.key as ItemFieldKey, f.type),
      ),
    ),
  );
  for (const input of inputs.values()) if (input instanceof HTMLTextAreaElement) fitLines(input);
  return { item, box, inputs, links };
}

/** A links box as tall as its lines: one line for one link, never a scrollbar inside. */
function fitLines(box: HTMLTextAreaElement): void {
  box.rows = Math.max(1, Math.min(6, box.value.split('\n').length));
}

/** What an item's controls hold now, field by field. */
export function itemValues(f: ItemFields): Record<ItemFieldKey, string> {
  return Object.fromEntries(
    ITEM_FIELDS.map((field) => [field.key, f.inputs.get(field.key as ItemFieldKey)?.value ?? '']),
  ) as Record<ItemFieldKey, string>;
}

/** The butir section, and how to fold it to a claim. */
interface ItemsSection {
  readonly node: HTMLElement;
  /** Opens the levels up to `claim` (level 1 when none), folds the rest into one line. */
  arrange(claim: number | null): void;
  /** Brings each butir's links' statuses up to date with what is typed. */
  refresh(view: OpdView): void;
}

/** The indicator's items, grouped by level, with what they give Mandiri. */
export function itemsSection(
  entry: EntryView,
  view: OpdView,
  items: readonly ItemFields[],
  disabled: boolean,
): ItemsSection {
  const value = entry.itemValue;
  const groups = entry.choices
    .map((choice) => ({
      level: choice.level,
      of: items.filter((f) => f.item.level === choice.level),
      node: h('fieldset', { class: 'item-level' }, h('legend', {}, t.itemLevel(choice.label))),
    }))
    .filter((g) => g.of.length > 0);
  for (const g of groups)
    append(
      g.node,
      g.of.map((f) => f.box),
    );
  const folded = h('p', { class: 'muted folded', id: 'items-folded' });
  const notes = h('input', { type: 'checkbox', id: 'item-notes-toggle' }) as HTMLInputElement;
  const section = h(
    'section',
    { class: 'items', 'aria-labelledby': 'items-title' },
    h('h3', { id: 'items-title' }, t.itemsTitle),
    h('p', { class: 'muted' }, t.itemsHelp),
    value
      ? h(
          'p',
          { class: 'item-value', id: 'item-value' },
          t.itemValue(value.rule, value.value === null ? null : numberText(value.value)),
        )
      : null,
    ...groups.map((g) => g.node),
    folded,
    h(
      'div',
      { class: 'under-field' },
      h('label', { class: 'check' }, notes, t.itemNotesToggle),
      probeButton(
        {
          opdKey: view.opd.key,
          code: entry.code,
          disabled,
          id: 'probe-items',
          label: t.probeItems,
        },
        () =>
          items
            .filter((f) => !f.box.closest('[hidden]'))
            .map((f) => itemValues(f).evidence)
            .join('\n'),
        () => refresh(view),
      ),
    ),
  );
  notes.addEventListener('change', () => section.classList.toggle('show-notes', notes.checked));
  const refresh = (now: OpdView) => {
    for (const f of items) {
      clear(f.links);
      for (const text of linksInCell(itemValues(f).evidence))
        append(f.links, [linkItem(text, statusOf(text, f.item.links, now))]);
    }
  };
  const arrange = (claim: number | null) => {
    const open = claim ?? 1;
    const shut = groups.filter(
      (g) => g.level > open && !g.of.some((f) => started(f.item) || itemTyped(f)),
    );
    for (const g of groups) g.node.hidden = shut.includes(g);
    folded.textContent =
      shut.length === 0
        ? ''
        : t.itemsFolded(
            shut.map((g) => g.level),
            shut.reduce((n, g) => n + g.of.length, 0),
          );
  };
  return { node: section, arrange, refresh };
}

/** Something typed in a butir's controls since the form opened. */
function itemTyped(f: ItemFields): boolean {
  return Object.values(itemValues(f)).some((v) => v !== '');
}
