import { trimSpaces } from '../core/catalogue/levels';
import { draftProblems } from '../core/evidence/draft-check';
import { linksInCell } from '../core/evidence/links';
import type { EntryView, OpdView, SaveRequest } from '../shared/rpc';
import { append, clear, h } from './dom';
import { guarded, quiet, say, setActions } from './footer';
import { itemFields, itemsSection } from './item-fields';
import { linkItem, statusOf } from './link-list';
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
let form: { draft(): SaveRequest; save(request: SaveRequest): Promise<boolean> } | null = null;

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
  if (view.entry) renderEntry(root, view, view.entry);
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

function renderEntry(root: HTMLElement, view: OpdView, entry: EntryView): void {
  const rules = view.rules;
  const disabled = !entry.canEdit;
  const box = h('form', { id: 'entry', novalidate: true });
  box.addEventListener('submit', (e) => {
    e.preventDefault();
    if (form && !model.busy && !disabled) void form.save(form.draft());
  });
  append(box, [
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
  ]);
  if (entry.verification)
    append(box, [
      h(
        'p',
        { class: `verification ${entry.verification.replace(/\s+/g, '-')}` },
        t.verification(entry.verification),
        entry.verifierNote ? h('span', { class: 'note' }, ` — ${entry.verifierNote}`) : null,
      ),
    ]);
  if (entry.checkNotes.length > 0)
    append(box, [
      h(
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
      ),
    ]);

  const levels = h('fieldset', { class: 'levels' }, h('legend', {}, t.levels));
  const option = (value: string, label: string, detail: string | null, checked: boolean) =>
    h(
      'label',
      { class: checked ? 'level current' : 'level' },
      h('input', { type: 'radio', name: 'level', value, checked, disabled, onchange: changed }),
      h('span', { class: 'level-name' }, label),
      detail ? h('span', { class: 'level-detail' }, detail) : null,
    );
  append(levels, [option('', t.notAssessed, null, entry.level === null)]);
  for (const c of entry.choices)
    append(levels, [
      option(
        String(c.level),
        c.label,
        t.levelDetail(c.criterion, c.evidence),
        entry.level === c.level,
      ),
    ]);

  const explanation = h('textarea', {
    id: 'explanation',
    rows: 5,
    maxlength: 5000,
    disabled,
    'aria-describedby': 'explanation-help explanation-count',
    oninput: changed,
  }) as HTMLTextAreaElement;
  explanation.value = entry.explanation;
  const counter = h('span', { class: 'counter', id: 'explanation-count', 'aria-live': 'polite' });
  const template = h(
    'button',
    {
      type: 'button',
      class: 'link',
      id: 'template',
      disabled,
      onclick: () => {
        explanation.value = explanation.value.trim()
          ? `${explanation.value.trim()}\n${t.template}`
          : t.template;
        explanation.focus();
        changed();
      },
    },
    t.useTemplate,
  );

  const evidence = h('textarea', {
    id: 'evidence',
    rows: 3,
    maxlength: 5000,
    disabled,
    placeholder: t.evidencePlaceholder,
    oninput: changed,
  }) as HTMLTextAreaElement;
  evidence.value = entry.evidence;
  const linkList = h('ul', { class: 'links', id: 'links', 'aria-live': 'polite' });
  const probe = h(
    'button',
    { type: 'button', id: 'probe', title: t.probeHelp },
    t.probe,
  ) as HTMLButtonElement;
  probe.addEventListener('click', async () => {
    if (model.busy) return;
    model.busy = true;
    probe.disabled = true;
    const request = { opdKey: view.opd.key, code: entry.code, evidence: evidence.value };
    const result = await guarded(
      t.probing,
      () => call('panelProbe', request),
      () => probe.click(),
    );
    model.busy = false;
    probe.disabled = false;
    if (!result) return;
    for (const link of result.links) model.probed.set(link.text, link);
    refresh();
    say(result.message, 'info');
  });

  const kind = h(
    'select',
    { id: 'kind', disabled, onchange: changed },
    h('option', { value: '' }, t.kindNone),
    ...entry.kinds.map((k) => h('option', { value: k, selected: k === entry.kind }, k)),
  ) as HTMLSelectElement;
  const problems = h('div', { class: 'problems', id: 'problems', 'aria-live': 'polite' });
  const items = entry.items.map((item) => itemFields(item, disabled, changed));

  const draft = (): SaveRequest => {
    const chosen =
      (box.querySelector('input[name="level"]:checked') as HTMLInputElement | null)?.value ?? '';
    return {
      opdKey: view.opd.key,
      code: entry.code,
      version: entry.version,
      level: chosen === '' ? null : Number(chosen),
      explanation: explanation.value,
      evidence: evidence.value,
      kind: kind.value,
      ...(items.length > 0
        ? {
            items: items
              .filter((f) => f.note.value !== f.item.note || f.evidence.value !== f.item.evidence)
              .map((f) => ({
                code: f.item.code,
                version: f.item.version,
                note: f.note.value,
                evidence: f.evidence.value,
              })),
          }
        : {}),
    };
  };

  function refresh(): void {
    const d = draft();
    // As the check and the tab's Status count it (LEN(TRIM(…))).
    const length = trimSpaces(d.explanation).length;
    const minimum = rules?.minExplanation ?? 0;
    counter.textContent = t.counter(length, minimum);
    counter.className = length >= minimum ? 'counter' : 'counter short';
    clear(linkList);
    for (const text of linksInCell(d.evidence))
      append(linkList, [linkItem(text, statusOf(text, entry.links, view))]);
    for (const f of items) {
      clear(f.links);
      for (const text of linksInCell(f.evidence.value))
        append(f.links, [linkItem(text, statusOf(text, f.item.links, view))]);
    }
    clear(problems);
    if (disabled || !rules) return;
    const found = draftProblems(
      {
        ...d,
        items: items.map((f) => ({
          code: f.item.code,
          level: f.item.level,
          evidence: f.evidence.value,
        })),
      },
      rules,
    );
    append(problems, [
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
  function changed(): void {
    model.dirty = true;
    refresh();
  }

  append(box, [
    levels,
    h('label', { class: 'field', for: 'explanation' }, t.explanation),
    h('p', { class: 'muted', id: 'explanation-help' }, t.explanationHelp),
    explanation,
    h('div', { class: 'under-field' }, counter, template),
    h('label', { class: 'field', for: 'evidence' }, t.evidence),
    evidence,
    linkList,
    h('div', { class: 'under-field' }, probe),
    h('label', { class: 'field', for: 'kind' }, t.kind),
    kind,
    items.length > 0 ? itemsSection(entry, items) : null,
    problems,
    disabled ? h('p', { class: 'muted' }, t.readOnly) : null,
  ]);
  append(root, [box, historySection(view, entry.code)]);
  refresh();
  model.dirty = false;

  form = {
    draft,
    save: (request) => send(request, box),
  };
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
    if (result.theirs) showConflict(box, request, result.theirs);
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

/** The user's unsaved version beside what the sheet holds now, with both ways out. */
function showConflict(box: HTMLElement, mine: SaveRequest, theirs: EntryView): void {
  document.getElementById('conflict')?.remove();
  const f = t.conflictField;
  const levelLabel = (level: number | null) =>
    level === null ? t.notAssessed : (theirs.choices[level - 1]?.label ?? String(level));
  const rows: [string, string, string][] = [
    [f.level, levelLabel(mine.level), levelLabel(theirs.level)],
    [f.explanation, mine.explanation, theirs.explanation],
    [f.evidence, mine.evidence, theirs.evidence],
    [f.kind, mine.kind, theirs.kind],
    // Each item the save changes, beside what its row holds now.
    ...(mine.items ?? []).flatMap((edit): [string, string, string][] => {
      const now = theirs.items.find((i) => i.code === edit.code);
      return [
        [f.itemEvidence(edit.code), edit.evidence, now?.evidence ?? ''],
        [f.itemNote(edit.code), edit.note, now?.note ?? ''],
      ];
    }),
  ];
  const section = h(
    'section',
    { class: 'conflict', id: 'conflict', 'aria-labelledby': 'conflict-title' },
    h('h3', { id: 'conflict-title' }, t.conflictTitle),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h('tr', {}, h('th', {}, ''), h('th', {}, t.conflictMine), h('th', {}, t.conflictTheirs)),
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
    h(
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
    ),
  );
  box.prepend(section);
  section.scrollIntoView({ block: 'start' });
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
