import { shortNameOf } from '../core/entry/field-panel';
import {
  type FieldKey,
  ITEM_FIELDS,
  type ItemFieldKey,
  OPD_FIELDS,
  type OpdFieldKey,
} from '../core/entry/fields';
import type { EntryView, SaveRequest } from '../shared/rpc';
import { h } from './dom';
import { quiet } from './footer';
import { sidebarText as t } from './sidebar-text';
import { model, shell } from './state';

/** The user's unsaved version beside what the sheet holds now, with both ways out. */
export function showConflict(
  box: HTMLElement,
  mine: SaveRequest,
  theirs: EntryView,
  send: (request: SaveRequest, box: HTMLElement) => Promise<boolean>,
): void {
  document.getElementById('conflict')?.remove();
  const rows = conflictRows(mine, theirs);
  const section = h(
    'section',
    { class: 'conflict', id: 'conflict', 'aria-labelledby': 'conflict-title' },
    // Above the indicator's own heading: a heading of the same rank.
    h('h2', { id: 'conflict-title' }, t.conflictTitle),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, h('span', { class: 'visually-hidden' }, t.conflictField)),
          h('th', {}, t.conflictMine),
          h('th', {}, t.conflictTheirs),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows.map(([name, a, b]) =>
          h(
            'tr',
            { class: a.trim() === b.trim() ? 'same' : 'differs' },
            h('th', {}, name),
            h('td', {}, a || t.empty),
            h('td', {}, b || t.empty),
          ),
        ),
      ),
    ),
    conflictButtons(box, mine, theirs, send),
  );
  box.prepend(section);
  section.scrollIntoView({ block: 'start' });
}

/** Each field the save changes (its items' too), mine beside what the sheet holds now. */
function conflictRows(mine: SaveRequest, theirs: EntryView): [string, string, string][] {
  const levelLabel = (level: number | null) =>
    level === null ? t.notAssessed : (theirs.choices[level - 1]?.label ?? String(level));
  const shown = (key: FieldKey, value: unknown) =>
    key === 'level' ? levelLabel(value as number | null) : String(value ?? '');
  return [
    ...OPD_FIELDS.map((f): [string, string, string] => {
      const key = f.key as OpdFieldKey;
      return [shortNameOf(key), shown(key, mine[key]), shown(key, theirs[key])];
    }),
    // Each item the save changes, field by field, beside what its row holds now.
    ...(mine.items ?? []).flatMap((edit) => {
      const now = theirs.items.find((i) => i.code === edit.code);
      return ITEM_FIELDS.map((f): [string, string, string] => {
        const key = f.key as ItemFieldKey;
        return [shortNameOf(key, edit.code), edit[key], now?.[key] ?? ''];
      });
    }),
  ];
}

/** Keep mine (saved over what is there now) or take theirs (mine dropped). */
function conflictButtons(
  box: HTMLElement,
  mine: SaveRequest,
  theirs: EntryView,
  send: (request: SaveRequest, box: HTMLElement) => Promise<boolean>,
): HTMLElement {
  return h(
    'div',
    { class: 'buttons' },
    h(
      'button',
      {
        type: 'button',
        class: 'action',
        id: 'save-mine',
        onclick: () =>
          void send(
            {
              ...mine,
              version: theirs.version,
              ...(mine.items
                ? {
                    items: mine.items.map((edit) => ({
                      ...edit,
                      version:
                        theirs.items.find((i) => i.code === edit.code)?.version ?? edit.version,
                    })),
                  }
                : {}),
            },
            box,
          ),
      },
      t.saveMine,
    ),
    h(
      'button',
      {
        type: 'button',
        id: 'use-theirs',
        onclick: () => {
          if (model.view) model.view = { ...model.view, entry: theirs };
          model.dirty = false;
          quiet();
          shell.render();
        },
      },
      t.useTheirs,
    ),
  );
}
