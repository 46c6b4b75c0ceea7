import { trimSpaces } from '../core/catalogue/levels';
import { panelWordsOf } from '../core/entry/field-panel';
import type { EntryField, FieldKey } from '../core/entry/fields';
import { linksInCell } from '../core/evidence/links';
import type { EntryView, OpdView } from '../shared/rpc';
import { append, clear, h } from './dom';
import { linkItem, statusOf } from './link-list';
import { probeButton } from './link-probe';
import { sidebarText as t } from './sidebar-text';

/**
 * The form's controls, one per field of the entry descriptor (core/entry/fields.ts), made by
 * the field's type: a level is a list of choices with what each needs, text a box with a
 * counter, links a box with each link's status and Cek akses, a choice a drop-down. A field
 * added to the descriptor appears here without code of its own.
 */
export interface FieldControl {
  readonly key: FieldKey;
  readonly nodes: readonly (HTMLElement | null)[];
  read(): string | number | null;
  /** Brings what depends on the typing up to date (a counter, the links' statuses). */
  refresh(): void;
}

export interface FormContext {
  readonly view: OpdView;
  readonly entry: EntryView;
  readonly disabled: boolean;
  readonly changed: () => void;
}

type Make = (field: EntryField, c: FormContext) => FieldControl;

const levelControl: Make = (field, c) => {
  const key = field.key as FieldKey;
  // With butir, each level's evidence is listed under them: the levels are a row of choices,
  // and only the chosen one's name and criterion are spelled out below it.
  const compact = c.entry.items.length > 0;
  const box = h(
    'fieldset',
    { class: compact ? 'levels compact' : 'levels' },
    h('legend', {}, compact ? t.levelCompact : panelWordsOf(key).label),
  );
  const chosen = h('p', { class: 'level-chosen', id: 'level-chosen' });
  const option = (value: string, label: string, detail: string | null, checked: boolean) => {
    const [short, rest] = compact ? splitLabel(label) : [label, ''];
    return h(
      'label',
      { class: 'level' },
      h('input', {
        type: 'radio',
        name: key,
        value,
        checked,
        disabled: c.disabled,
        onchange: c.changed,
        ...(compact ? { 'aria-describedby': 'level-chosen' } : {}),
      }),
      h('span', { class: 'level-name' }, short),
      rest ? h('span', { class: 'visually-hidden' }, rest) : null,
      detail && !compact ? h('span', { class: 'level-detail' }, detail) : null,
    );
  };
  append(box, [option('', t.notAssessed, null, c.entry.level === null)]);
  for (const choice of c.entry.choices)
    append(box, [
      option(
        String(choice.level),
        choice.label,
        t.levelDetail(choice.criterion, choice.evidence),
        c.entry.level === choice.level,
      ),
    ]);
  const read = () => {
    const value =
      (box.querySelector(`input[name="${key}"]:checked`) as HTMLInputElement | null)?.value ?? '';
    return value === '' ? null : Number(value);
  };
  if (compact) append(box, [chosen]);
  return {
    key,
    nodes: [box],
    read,
    refresh: () => {
      if (!compact) return;
      const level = read();
      const choice = c.entry.choices.find((ch) => ch.level === level);
      chosen.textContent = choice ? `${choice.label}: ${choice.criterion}` : t.chooseLevel;
    },
  };
};

/** "3 – Terstandar" → ["3", " – Terstandar"]; "Belum dinilai" → ["Belum", " dinilai"]. */
function splitLabel(label: string): [string, string] {
  const at = label.indexOf(' ');
  return at < 0 ? [label, ''] : [label.slice(0, at), label.slice(at)];
}

const textControl: Make = (field, c) => {
  const key = field.key as FieldKey;
  const words = panelWordsOf(key);
  const box = h('textarea', {
    id: key,
    rows: c.entry.items.length > 0 ? 3 : 5,
    maxlength: field.maxLength,
    disabled: c.disabled,
    'aria-describedby': `${key}-help ${key}-count`,
    oninput: c.changed,
  }) as HTMLTextAreaElement;
  box.value = String(c.entry[key] ?? '');
  const counter = h('span', { class: 'counter', id: `${key}-count`, 'aria-live': 'polite' });
  // The explanation's minimum is the check's (and the tab's Status, LEN(TRIM(…))).
  const minimum = key === 'explanation' ? (c.view.rules?.minExplanation ?? 0) : 0;
  return {
    key,
    nodes: [
      h('label', { class: 'field', for: key }, words.label),
      t.fieldHint[key] ? h('p', { class: 'muted', id: `${key}-help` }, t.fieldHint[key]) : null,
      box,
      h('div', { class: 'under-field' }, counter, ...(TEXT_EXTRAS[key]?.(box, c) ?? [])),
    ],
    read: () => box.value,
    refresh: () => {
      const length = trimSpaces(box.value).length;
      counter.textContent = t.counter(length, minimum);
      counter.className = length >= minimum ? 'counter' : 'counter short';
    },
  };
};

/** What a text field offers beside its counter: the explanation's Fakta + Hasil analisis. */
const TEXT_EXTRAS: Partial<
  Record<FieldKey, (box: HTMLTextAreaElement, c: FormContext) => HTMLElement[]>
> = {
  explanation: (box, c) => [
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        id: 'template',
        title: t.useTemplateHelp,
        disabled: c.disabled,
        onclick: () => {
          box.value = box.value.trim() ? `${box.value.trim()}\n${t.template}` : t.template;
          box.focus();
          c.changed();
        },
      },
      t.useTemplate,
    ),
  ],
};

const linksControl: Make = (field, c) => {
  const key = field.key as FieldKey;
  const box = h('textarea', {
    id: key,
    rows: 3,
    maxlength: field.maxLength,
    disabled: c.disabled,
    placeholder: t.evidencePlaceholder,
    oninput: c.changed,
  }) as HTMLTextAreaElement;
  box.value = String(c.entry[key] ?? '');
  const list = h('ul', { class: 'links', id: 'links', 'aria-live': 'polite' });
  const refresh = () => {
    clear(list);
    for (const text of linksInCell(box.value))
      append(list, [linkItem(text, statusOf(text, c.entry.links, c.view))]);
  };
  return {
    key,
    nodes: [
      h('label', { class: 'field', for: key }, panelWordsOf(key).label),
      box,
      list,
      h(
        'div',
        { class: 'under-field' },
        probeButton(
          {
            opdKey: c.view.opd.key,
            code: c.entry.code,
            disabled: c.disabled,
            id: 'probe',
            label: t.probe,
          },
          () => box.value,
          refresh,
        ),
      ),
    ],
    read: () => box.value,
    refresh,
  };
};

const choiceControl: Make = (field, c) => {
  const key = field.key as FieldKey;
  const value = String(c.entry[key] ?? '');
  const select = h(
    'select',
    { id: key, disabled: c.disabled, onchange: c.changed },
    h('option', { value: '' }, t.kindNone),
    ...(field.choices ?? []).map((k) => h('option', { value: k, selected: k === value }, k)),
  ) as HTMLSelectElement;
  return {
    key,
    nodes: [h('label', { class: 'field', for: key }, panelWordsOf(key).label), select],
    read: () => select.value,
    refresh: () => undefined,
  };
};

const CONTROLS: Record<EntryField['type'], Make> = {
  level: levelControl,
  text: textControl,
  links: linksControl,
  choice: choiceControl,
};

export function fieldControl(field: EntryField, c: FormContext): FieldControl {
  return CONTROLS[field.type](field, c);
}
