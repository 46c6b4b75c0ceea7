import { numberText } from '../core/kernel/decimal';
import type { EntryView, ItemView } from '../shared/rpc';
import { append, h } from './dom';
import { sidebarText as t } from './sidebar-text';

/**
 * An indicator's evidence items (Pemdi) in the entry form: grouped by level, each with its
 * status, a field for its links and one for a note, and what the items give Mandiri.
 */

/** One evidence item's fields: its links, with their status, and a note. */
interface ItemFields {
  readonly item: ItemView;
  readonly box: HTMLElement;
  readonly evidence: HTMLTextAreaElement;
  readonly note: HTMLInputElement;
  readonly links: HTMLElement;
}

export function itemFields(item: ItemView, disabled: boolean, changed: () => void): ItemFields {
  const id = item.code.replace(/[^A-Za-z0-9]/g, '-');
  const evidence = h('textarea', {
    id: `item-evidence-${id}`,
    rows: 2,
    maxlength: 5000,
    disabled,
    placeholder: t.evidencePlaceholder,
    oninput: changed,
  }) as HTMLTextAreaElement;
  evidence.value = item.evidence;
  const note = h('input', {
    id: `item-note-${id}`,
    type: 'text',
    maxlength: 5000,
    disabled,
    oninput: changed,
  }) as HTMLInputElement;
  note.value = item.note;
  const links = h('ul', { class: 'links', 'aria-live': 'polite' });
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
    h('label', { class: 'field', for: `item-evidence-${id}` }, t.itemEvidence(item.code)),
    evidence,
    links,
    h('label', { class: 'field', for: `item-note-${id}` }, t.itemNote(item.code)),
    note,
  );
  return { item, box, evidence, note, links };
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
