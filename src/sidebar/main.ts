import { decimalText } from '../core/decimal';
import { parseLink } from '../core/evidence/links';
import type { CoordinatorView, EntryView, OpdView, PanelState, PlanView } from '../shared/rpc';
import { append, clear, h } from './dom';
import { call } from './rpc-client';

/**
 * The SPBE sidebar: an OPD mode that follows the selected row and guides filling one
 * indicator, and a Diskominfo mode with completeness, the index per stage and the plan to the
 * target. Every server call shows its failure in plain words with a retry; a save cannot be
 * sent twice.
 */
interface Model {
  state: PanelState | null;
  mode: 'opd' | 'coord';
  opdKey: string | null;
  view: OpdView | null;
  dirty: boolean;
  busy: boolean;
  coordinator: CoordinatorView | null;
  plan: PlanView | null;
}

const model: Model = {
  state: null,
  mode: 'opd',
  opdKey: null,
  view: null,
  dirty: false,
  busy: false,
  coordinator: null,
  plan: null,
};
const root = document.getElementById('app') as HTMLElement;
const notice = document.getElementById('notice') as HTMLElement;
const POLL_MS = 4000;

/** Shows a message; an error offers "Coba lagi" with the action that failed. */
function say(message: string, tone: 'info' | 'ok' | 'error' = 'info', retry?: () => void): void {
  clear(notice);
  notice.className = `notice ${tone}`;
  notice.setAttribute('role', tone === 'error' ? 'alert' : 'status');
  append(notice, [h('span', {}, message)]);
  if (retry)
    append(notice, [h('button', { type: 'button', class: 'link', onclick: retry }, 'Coba lagi')]);
}

function quiet(): void {
  clear(notice);
  notice.className = 'notice';
}

async function guarded<T>(
  label: string,
  action: () => Promise<T>,
  retry: () => void,
): Promise<T | undefined> {
  try {
    say(label);
    const result = await action();
    quiet();
    return result;
  } catch (error) {
    say((error as Error).message, 'error', retry);
    return undefined;
  }
}

async function start(): Promise<void> {
  const state = await guarded(
    'Memuat…',
    () => call('panelState', {}),
    () => void start(),
  );
  if (!state) return;
  model.state = state;
  model.opdKey = state.selection?.opdKey ?? state.opds[0]?.key ?? null;
  if (state.role === 'viewer' && state.opds.length === 0) {
    render();
    return;
  }
  await loadOpd(state.selection?.code ?? null);
  window.setInterval(() => void follow(), POLL_MS);
}

/** Follows the row selected in the sheet, unless the user is typing in the panel. */
async function follow(): Promise<void> {
  if (model.mode !== 'opd' || model.dirty || model.busy) return;
  try {
    const state = await call('panelState', {});
    const sel = state.selection;
    if (sel && (sel.opdKey !== model.opdKey || sel.code !== model.view?.entry?.code)) {
      model.opdKey = sel.opdKey;
      await loadOpd(sel.code);
    }
  } catch {
    // Following is a convenience: a failed poll is retried at the next tick.
  }
}

async function loadOpd(code: string | null): Promise<void> {
  const key = model.opdKey;
  if (!key) return render();
  const view = await guarded(
    'Memuat indikator…',
    () => call('panelOpd', { opdKey: key, code }),
    () => void loadOpd(code),
  );
  if (view) {
    model.view = view;
    model.dirty = false;
  }
  render();
}

async function loadCoordinator(): Promise<void> {
  const view = await guarded(
    'Menghitung…',
    () => call('panelCoordinator', {}),
    () => void loadCoordinator(),
  );
  if (view) model.coordinator = view;
  render();
}

function render(): void {
  clear(root);
  const state = model.state;
  if (!state) return;
  const tabs = h('div', { class: 'modes', role: 'tablist' });
  const modeButton = (mode: Model['mode'], label: string) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        'aria-selected': model.mode === mode ? 'true' : 'false',
        class: model.mode === mode ? 'mode active' : 'mode',
        onclick: () => {
          model.mode = mode;
          if (mode === 'coord' && !model.coordinator) void loadCoordinator();
          else render();
        },
      },
      label,
    );
  append(tabs, [
    modeButton('opd', 'Isian OPD'),
    state.role === 'admin' ? modeButton('coord', 'Diskominfo') : null,
  ]);
  append(root, [tabs]);
  if (model.mode === 'coord') renderCoordinator();
  else renderOpd();
}

function renderOpd(): void {
  const state = model.state as PanelState;
  if (state.opds.length === 0) {
    append(root, [
      h(
        'p',
        { class: 'empty' },
        `Email ${state.user || 'Anda'} belum terdaftar sebagai PIC OPD mana pun. Minta admin Diskominfo menambahkannya di tab OPD.`,
      ),
    ]);
    return;
  }
  const view = model.view;
  const opdPicker = h(
    'select',
    {
      id: 'opd',
      'aria-label': 'OPD',
      onchange: (e: Event) => {
        model.opdKey = (e.target as HTMLSelectElement).value;
        void loadOpd(null);
      },
    },
    ...state.opds.map((o) =>
      h('option', { value: o.key, selected: o.key === model.opdKey }, `${o.name} (tab ${o.tab})`),
    ),
  );
  append(root, [
    state.opds.length > 1
      ? h('label', { class: 'field' }, 'OPD', opdPicker)
      : h('p', { class: 'opd-name' }, state.opds[0]?.name ?? ''),
  ]);
  if (!view) return;
  const percent = view.total === 0 ? 0 : Math.round((100 * view.complete) / view.total);
  append(root, [
    h(
      'div',
      {
        class: 'progress',
        role: 'progressbar',
        'aria-valuemin': 0,
        'aria-valuemax': view.total,
        'aria-valuenow': view.complete,
      },
      h('div', { class: 'bar' }, h('div', { class: 'fill', style: `width:${percent}%` })),
      h('span', {}, `${view.complete} dari ${view.total} indikator lengkap`),
    ),
  ]);
  const picker = h(
    'select',
    {
      id: 'indicator',
      'aria-label': 'Indikator',
      onchange: (e: Event) => void loadOpd((e.target as HTMLSelectElement).value),
    },
    ...view.indicators.map((i) =>
      h(
        'option',
        { value: i.code, selected: i.code === view.entry?.code },
        `${i.code} · ${i.status} · ${i.name}`,
      ),
    ),
  );
  append(root, [h('label', { class: 'field' }, 'Indikator', picker)]);
  if (view.nextIncomplete) {
    const next = view.nextIncomplete;
    append(root, [
      h(
        'button',
        { type: 'button', class: 'link', id: 'next', onclick: () => void loadOpd(next) },
        `Berikutnya yang belum lengkap: ${next}`,
      ),
    ]);
  }
  if (view.entry) renderEntry(view.entry);
}

function renderEntry(entry: EntryView): void {
  const form = h('form', { id: 'entry', novalidate: true });
  const disabled = !entry.canEdit;
  append(form, [
    h('h2', {}, `${entry.code} ${entry.name}`),
    h('p', { class: 'muted' }, `Aspek ${entry.aspect}`),
  ]);
  if (entry.verification) {
    append(form, [
      h(
        'p',
        { class: `verification ${entry.verification.replace(/\s+/g, '-')}` },
        `Verifikasi: ${entry.verification}`,
        entry.verifierNote ? h('span', { class: 'note' }, ` — ${entry.verifierNote}`) : null,
      ),
    ]);
  }
  const levels = h(
    'fieldset',
    { class: 'levels' },
    h('legend', {}, 'Tingkat (kumulatif: tingkat 3 juga memerlukan bukti tingkat 1 dan 2)'),
  );
  const option = (value: string, label: string, detail: string | null, checked: boolean) =>
    h(
      'label',
      { class: checked ? 'level current' : 'level' },
      h('input', {
        type: 'radio',
        name: 'level',
        value,
        checked,
        disabled,
        onchange: () => markDirty(),
      }),
      h('span', { class: 'level-name' }, label),
      detail ? h('span', { class: 'level-detail' }, detail) : null,
    );
  append(levels, [option('', 'Belum dinilai', null, entry.level === null)]);
  for (const c of entry.choices)
    append(levels, [
      option(
        String(c.level),
        c.label,
        `${c.criterion} Bukti: ${c.evidence}`,
        entry.level === c.level,
      ),
    ]);
  const explanation = h('textarea', {
    id: 'explanation',
    name: 'explanation',
    rows: 4,
    maxlength: 5000,
    disabled,
    oninput: () => markDirty(),
  }) as HTMLTextAreaElement;
  explanation.value = entry.explanation;
  const evidence = h('textarea', {
    id: 'evidence',
    name: 'evidence',
    rows: 3,
    maxlength: 5000,
    disabled,
    placeholder: 'https://drive.google.com/file/d/…',
    oninput: () => checkLinks(),
  }) as HTMLTextAreaElement;
  evidence.value = entry.evidence;
  const linkList = h('ul', { class: 'links', id: 'links', 'aria-live': 'polite' });
  const checkLinks = () => {
    markDirty();
    clear(linkList);
    for (const line of evidence.value
      .split(/\n+/)
      .map((l) => l.trim())
      .filter(Boolean)) {
      const known = entry.links.find((l) => l.text === line);
      const shape = parseLink(line);
      const status = known ?? {
        tone:
          shape.kind === 'drive-file' || shape.kind === 'drive-folder'
            ? 'unknown'
            : shape.kind === 'not-a-link' || shape.kind === 'drive-no-id'
              ? 'error'
              : 'warning',
        message:
          shape.kind === 'drive-file' || shape.kind === 'drive-folder'
            ? 'Tautan Drive; status diketahui setelah Cek kelengkapan'
            : shape.kind === 'not-a-link'
              ? 'Bukan tautan'
              : shape.kind === 'drive-no-id'
                ? 'Tautan Drive tanpa file'
                : 'Bukan tautan file Google Drive',
      };
      append(linkList, [
        h(
          'li',
          { class: `link-status ${status.tone}` },
          h('span', { class: 'link-text' }, line),
          h('span', { class: 'link-message' }, status.message),
        ),
      ]);
    }
  };
  const kind = h(
    'select',
    { id: 'kind', name: 'kind', disabled, onchange: () => markDirty() },
    h('option', { value: '' }, '— pilih —'),
    ...entry.kinds.map((k) => h('option', { value: k, selected: k === entry.kind }, k)),
  ) as HTMLSelectElement;
  const save = h(
    'button',
    { type: 'submit', class: 'action', id: 'save', disabled },
    'Simpan',
  ) as HTMLButtonElement;
  append(form, [
    levels,
    h(
      'label',
      { class: 'field', for: 'explanation' },
      'Penjelasan: mengapa tingkat ini tercapai, dan dokumen buktinya',
    ),
    explanation,
    h(
      'label',
      { class: 'field', for: 'evidence' },
      'Data dukung: tautan Google Drive, satu per baris',
    ),
    evidence,
    linkList,
    h('label', { class: 'field', for: 'kind' }, 'Jenis bukti'),
    kind,
    h('div', { class: 'buttons' }, save),
    disabled ? h('p', { class: 'muted' }, 'Anda hanya dapat melihat indikator ini.') : null,
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (model.busy || disabled) return;
    const chosen =
      (form.querySelector('input[name="level"]:checked') as HTMLInputElement | null)?.value ?? '';
    const request = {
      opdKey: model.opdKey as string,
      code: entry.code,
      version: entry.version,
      level: chosen === '' ? null : Number(chosen),
      explanation: explanation.value,
      evidence: evidence.value,
      kind: kind.value,
    };
    const send = async () => {
      model.busy = true;
      save.disabled = true;
      save.textContent = 'Menyimpan…';
      try {
        const result = await call('panelSave', request);
        if (result.ok) {
          model.view = result.view;
          model.dirty = false;
          render();
          say(result.message, 'ok');
        } else {
          say(result.message, 'error');
          if (result.theirs) showTheirs(result.theirs);
        }
      } catch (error) {
        say((error as Error).message, 'error', () => void send());
      } finally {
        model.busy = false;
        if (document.body.contains(save)) {
          save.disabled = false;
          save.textContent = 'Simpan';
        }
      }
    };
    void send();
  });
  append(root, [form, historySection(entry.code)]);
  checkLinks();
  model.dirty = false;
}

/** Who changed this indicator, when, from what to what (from the Log), on request. */
function historySection(code: string): HTMLElement {
  const list = h('ol', { class: 'history', id: 'history' });
  const details = h(
    'details',
    { class: 'history-box' },
    h('summary', {}, 'Riwayat perubahan'),
    list,
  );
  details.addEventListener('toggle', async () => {
    if (!(details as HTMLDetailsElement).open || list.childElementCount > 0 || !model.opdKey)
      return;
    const key = model.opdKey;
    const history = await guarded(
      'Memuat riwayat…',
      () => call('panelHistory', { opdKey: key, code }),
      () => details.dispatchEvent(new Event('toggle')),
    );
    if (!history) return;
    if (history.entries.length === 0)
      append(list, [h('li', { class: 'muted' }, 'Belum ada perubahan yang tercatat.')]);
    for (const e of history.entries) {
      append(list, [
        h(
          'li',
          {},
          h('span', { class: 'muted' }, `${e.when} · ${e.who}`),
          h('div', {}, `${e.detail}: ${e.old || '—'} → ${e.now || '—'}`),
        ),
      ]);
    }
  });
  return details;
}

/** When someone else changed the row meanwhile: their values, beside the user's unsaved ones. */
function showTheirs(theirs: EntryView): void {
  const box = h(
    'div',
    { class: 'theirs', role: 'region', 'aria-label': 'Isian terbaru di lembar' },
    h('h3', {}, 'Isian terbaru di lembar'),
    h('p', {}, `Tingkat: ${theirs.level ?? 'belum dinilai'}`),
    h('p', {}, `Penjelasan: ${theirs.explanation}`),
    h('p', {}, `Data dukung: ${theirs.evidence}`),
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        onclick: () => {
          if (model.view) model.view = { ...model.view, entry: theirs };
          render();
        },
      },
      'Pakai isian terbaru',
    ),
  );
  append(root, [box]);
}

function markDirty(): void {
  model.dirty = true;
}

function renderCoordinator(): void {
  const view = model.coordinator;
  if (!view) return;
  append(root, [
    h('h2', {}, 'Kelengkapan per OPD'),
    h(
      'p',
      { class: 'muted' },
      view.checkedAt
        ? `Status Drive dari pemeriksaan ${view.checkedAt}.`
        : 'Status Drive belum diperiksa: jalankan SPBE › Diskominfo › Cek kelengkapan.',
    ),
  ]);
  const table = h(
    'table',
    { class: 'opds' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, 'OPD'),
        h('th', {}, 'Lengkap'),
        h('th', {}, 'Galat'),
        h('th', {}, 'Per.'),
      ),
    ),
  );
  const body = h('tbody');
  for (const o of view.opds) {
    append(body, [
      h(
        'tr',
        { class: o.errors > 0 ? 'bad' : '' },
        h('td', {}, o.tab),
        h('td', {}, `${o.complete}/${o.assigned}`),
        h('td', {}, o.errors),
        h('td', {}, o.warnings),
      ),
    ]);
  }
  append(table, [body]);
  append(root, [table, h('h2', {}, 'Indeks per tahap')]);
  for (const s of view.stages) {
    const card = h(
      'section',
      { class: 'stage' },
      h(
        'h3',
        {},
        s.stage,
        h(
          'span',
          { class: 'score' },
          s.index === null ? '—' : `${decimalText(s.index, 2)} ${s.predicate}`,
        ),
      ),
    );
    if (s.index !== null) {
      for (const p of s.parts) {
        append(card, [
          h(
            'div',
            {
              class: 'part',
              title: `${p.id} ${p.name}: ${decimalText(p.value, 2)} (target ${decimalText(p.target, 2)})`,
            },
            h('span', { class: 'part-id' }, p.id),
            h(
              'div',
              { class: 'bar' },
              h('div', {
                class: p.value < p.target ? 'fill below' : 'fill',
                style: `width:${(p.value / 5) * 100}%`,
              }),
              h('div', { class: 'target', style: `left:${(p.target / 5) * 100}%` }),
            ),
            h('span', { class: 'part-value' }, decimalText(p.value, 2)),
          ),
        ]);
      }
      if (s.notAssessed > 0)
        append(card, [
          h(
            'p',
            { class: 'muted' },
            `${s.notAssessed} indikator belum dinilai, dihitung tingkat 1.`,
          ),
        ]);
    }
    append(root, [card]);
  }
  renderPlanner(view.targetIndex);
}

function renderPlanner(defaultTarget: number): void {
  const input = h('input', {
    id: 'target',
    type: 'number',
    min: 1,
    max: 5,
    step: 0.01,
    value: (model.plan?.target ?? defaultTarget).toFixed(2),
  }) as HTMLInputElement;
  const run = h(
    'button',
    { type: 'button', class: 'action', id: 'plan' },
    'Susun rencana',
  ) as HTMLButtonElement;
  const write = h(
    'button',
    { type: 'button', id: 'write-plan', disabled: !model.plan },
    'Tulis ke tab Rencana',
  ) as HTMLButtonElement;
  run.addEventListener('click', async () => {
    if (model.busy) return;
    model.busy = true;
    const target = Number(input.value);
    const plan = await guarded(
      'Menyusun rencana…',
      () => call('panelPlan', { target }),
      () => run.click(),
    );
    model.busy = false;
    if (plan) model.plan = plan;
    render();
  });
  write.addEventListener('click', async () => {
    if (model.busy || !model.plan) return;
    model.busy = true;
    write.disabled = true;
    const target = model.plan.target;
    const result = await guarded(
      'Menulis rencana…',
      () => call('panelWritePlan', { target }),
      () => write.click(),
    );
    model.busy = false;
    write.disabled = false;
    if (result) say(result.message, 'ok');
  });
  append(root, [
    h('h2', {}, 'Rencana mencapai target'),
    h('label', { class: 'field', for: 'target' }, 'Target indeks'),
    h('div', { class: 'buttons' }, input, run),
  ]);
  const plan = model.plan;
  if (plan) {
    append(root, [
      h(
        'p',
        {},
        plan.reached
          ? `Dari ${decimalText(plan.start, 2)} ke ${decimalText(plan.end, 2)} dengan ${plan.steps.length} kenaikan satu tingkat:`
          : `Target tidak tercapai; tertinggi ${decimalText(plan.end, 2)} dengan semua kenaikan berikut:`,
      ),
    ]);
    const list = h('ol', { class: 'plan' });
    for (const s of plan.steps)
      append(list, [
        h(
          'li',
          {},
          h('strong', {}, `${s.code} ${s.from}→${s.to}`),
          ` ${decimalText(s.after, 2)} · ${s.opds}`,
        ),
      ]);
    append(root, [list, h('div', { class: 'buttons' }, write)]);
  }
}

void start();
