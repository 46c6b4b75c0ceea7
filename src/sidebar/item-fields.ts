import { panelWordsOf } from '../core/entry/field-panel';
import { ITEM_FIELDS, type ItemFieldKey } from '../core/entry/fields';
import { numberText } from '../core/kernel/decimal';
import type { EntryView, ItemView } from '../shared/rpc';
import { append, h } from './dom';
import { sidebarText as t } from './sidebar-text';

/**
 * An indicator's evidence items (Pemdi) in the entry form: grouped by level, each with its
 * status and a control for each field an item has (the descriptor's ITEM_FIELDS: its links,
 * with their status, then its note), and what the items give Mandiri.
 */

/** One evidence item's controls, by field. */
interface ItemFields {
  readonly item: ItemView;
  readonly box: HTMLElement;
  readonly inputs: ReadonlyMap<ItemFieldKey, HTMLInputElement | HTMLTextAreaElement>;
  readonly links: HTMLElement;
}

// Links first: what the verifier looks at; the note, if any, after.
const ORDER = [...ITEM_FIELDS].sort(
  (a, b) => Number(b.type === 'links') - Number(a.type === 'links'),
);

export function itemFields(item: ItemView, disabled: boolean, changed: () => void): ItemFields {
  const id = item.code.replace(/[^A-Za-z0-9]/g, '-');
  const links = h('ul', { class: 'links', 'aria-live': 'polite' });
  const inputs = new Map<ItemFieldKey, HTMLInputElement | HTMLTextAreaElement>();
  const nodes = ORDER.flatMap((field) => {
    const key = field.key as ItemFieldKey;
    const input = (
      field.type === 'links'
        ? h('textarea', { rows: 2, placeholder: t.evidencePlaceholder })
        : h('input', { type: 'text' })
    ) as HTMLInputElement | HTMLTextAreaElement;
    input.id = `item-${key}-${id}`;
    input.maxLength = field.maxLength;
    input.disabled = disabled;
    input.addEventListener('input', changed);
    input.value = item[key];
    inputs.set(key, input);
    const label = panelWordsOf(key).item?.(item.code) ?? item.code;
    return [
      h('label', { class: 'field', for: input.id }, label),
      input,
      field.type === 'links' ? links : null,
    ];
  });
  const box = h(
    'div',
    { class: 'item', id: `item-${id}` },
    h(
      'p',
      { class: 'item-head' },
      h('span', { class: 'item-name' }, `${item.code} ${item.name}`),
      ' ',
      h('span', { class: `item-status ${item.status}` }, item.status),
    ),
    item.status === 'revisi' && item.verifierNote
      ? h('p', { class: 'verification perlu-revisi' }, t.itemRevision(item.verifierNote))
      : null,
    ...nodes,
  );
  return { item, box, inputs, links };
}

/** What an item's controls hold now, field by field. */
export function itemValues(f: ItemFields): Record<ItemFieldKey, string> {
  return Object.fromEntries(
    ITEM_FIELDS.map((field) => [field.key, f.inputs.get(field.key as ItemFieldKey)?.value ?? '']),
  ) as Record<ItemFieldKey, string>;
}

/** The indicator's items, grouped by level, with what they give Mandiri. */
export function itemsSection(entry: EntryView, items: readonly ItemFields[]): HTMLElement {
  const value = entry.itemValue;
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
  );
  for (const choice of entry.choices) {
    const of = items.filter((f) => f.item.level === choice.level);
    if (of.length === 0) continue;
    append(section, [
      h(
        'fieldset',
        { class: 'item-level' },
        h('legend', {}, t.itemLevel(choice.label)),
        ...of.map((f) => f.box),
      ),
    ]);
  }
  return section;
}
