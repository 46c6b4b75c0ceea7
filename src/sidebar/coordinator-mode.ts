import { byNeed } from '../core/evidence/by-need';
import { decimalText, numberText } from '../core/kernel/decimal';
import type { CoordinatorView, PlanView } from '../shared/rpc';
import { append, h } from './dom';
import { failed, guarded, quiet, say, setActions } from './footer';
import { call, type PanelMenuAction, runMenuAction } from './rpc-client';
import { sidebarText as t } from './sidebar-text';
import { stageCard } from './stage-card';
import { model, shell } from './state';

/**
 * Diskominfo mode: the headline (self-assessed index, the gap to target, last year), what each
 * OPD still owes with a button to its tab, the index per stage against target, and the
 * cheapest path to the target, one line per indicator.
 */
const two = (n: number) => decimalText(n, 2);
/**
 * The planner's highest level unless chosen: 4 (Terintegrasi). Level 5 asks for what few
 * Pemda reach in one year, and a plan of 2 → 5 jumps is no plan a leader can hold anyone to.
 */
const DEFAULT_CAP = 4;

export function renderCoordinator(root: HTMLElement): void {
  const view = model.coordinator;
  setActions();
  if (!view) return;
  renderHeadline(root, view);
  renderOpds(root, view);
  append(root, [h('h2', {}, t.stagesTitle)]);
  for (const s of view.stages) append(root, [stageCard(s, view)]);
  renderPlanner(root, view.targetIndex);
}

function renderHeadline(root: HTMLElement, view: CoordinatorView): void {
  const { index, predicate, target, lastYear, lastYearInstrument, claimed } = view.headline;
  const facts: string[] = [];
  if (index !== null) {
    facts.push(index >= target ? t.reached(two(target)) : t.gap(two(target - index), two(target)));
    if (lastYear !== null) {
      const change = index - lastYear;
      facts.push(
        t.versusLastYear(
          two(lastYear),
          `${change >= 0 ? '+' : ''}${two(change)}`,
          lastYearInstrument,
        ),
      );
    }
  }
  append(root, [
    h(
      'section',
      { class: 'headline', 'aria-label': t.headline },
      h('p', { class: 'muted' }, t.headline),
      h('p', { class: 'big' }, index === null ? t.noData : `${two(index)} ${predicate}`),
      facts.length > 0 ? h('p', {}, facts.join(' · ')) : null,
      claimed
        ? h(
            'p',
            {},
            t.claimed(
              claimed.index === null ? t.noData : two(claimed.index),
              claimed.accepted,
              claimed.items,
            ),
          )
        : null,
    ),
  ]);
}

function renderOpds(root: HTMLElement, view: CoordinatorView): void {
  append(root, [
    h('h2', {}, t.completenessTitle),
    h('p', { class: 'muted' }, t.checkedAt(view.checkedAt)),
  ]);
  const body = h('tbody');
  for (const o of byNeed(view.opds))
    append(body, [
      h(
        'tr',
        { class: o.errors > 0 ? 'bad' : '' },
        h(
          'td',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              title: t.openTab(o.tab),
              onclick: () =>
                void guarded(
                  t.loading,
                  () => call('panelGoTo', { tab: o.tab, row: 1 }),
                  () => undefined,
                ),
            },
            o.tab,
          ),
        ),
        h('td', {}, `${o.complete}/${o.assigned}`),
        h('td', {}, o.errors),
        h('td', {}, o.warnings),
      ),
    ]);
  append(root, [
    h(
      'table',
      { class: 'opds' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t.tableOpd),
          h('th', { scope: 'col' }, t.tableDone),
          h('th', { scope: 'col' }, t.tableErrors),
          h('th', { scope: 'col' }, t.tableWarnings),
        ),
      ),
      body,
    ),
    h(
      'div',
      { class: 'buttons' },
      menuButton('check', t.runCheck, t.runningCheck),
      menuButton('remind', t.sendReminders, t.sendingReminders),
      menuButton('report', t.makeReport, t.makingReport),
    ),
  ]);
}

/**
 * A Diskominfo menu action from the view: it runs as its menu item does, its questions and
 * result in Sheets' own dialogs; the view is counted again after.
 */
function menuButton(id: PanelMenuAction, label: string, doing: string): HTMLElement {
  const button = h('button', { type: 'button', id: `run-${id}` }, label) as HTMLButtonElement;
  button.addEventListener('click', async () => {
    if (model.busy) return;
    model.busy = true;
    button.disabled = true;
    say(doing);
    try {
      await runMenuAction(id);
      quiet();
      model.coordinator = null;
      await shell.loadCoordinator();
    } catch (error) {
      failed(error, () => button.click());
    } finally {
      model.busy = false;
      button.disabled = false;
    }
  });
  return button;
}

/** "3,5" and "3.5" both mean three and a half; anything else outside 1–5 is refused. */
function parseTarget(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'));
  return Number.isFinite(n) && n >= 1 && n <= 5 ? n : null;
}

function renderPlanner(root: HTMLElement, defaultTarget: number): void {
  const input = h('input', {
    id: 'target',
    type: 'text',
    inputmode: 'decimal',
    value: two(model.plan?.target ?? defaultTarget),
  }) as HTMLInputElement;
  const cap = h(
    'select',
    { id: 'max-level' },
    ...[3, 4, 5].map((n) =>
      h('option', { value: n, selected: n === (model.plan?.maxLevel ?? DEFAULT_CAP) }, String(n)),
    ),
  ) as HTMLSelectElement;
  const run = h('button', { type: 'button', class: 'action', id: 'plan' }, t.plan);
  run.addEventListener('click', async () => {
    if (model.busy) return;
    const target = parseTarget(input.value);
    if (target === null) {
      say(t.badTarget, 'error');
      input.focus();
      return;
    }
    model.busy = true;
    const request = { target, maxLevel: Number(cap.value) };
    const plan = await guarded(
      t.planning,
      () => call('panelPlan', request),
      () => run.click(),
    );
    model.busy = false;
    if (plan) model.plan = plan;
    shell.render();
    document.getElementById('plan-result')?.scrollIntoView({ block: 'start' });
  });
  append(root, [
    h('h2', {}, t.planTitle),
    h('label', { class: 'field', for: 'target' }, t.target),
    input,
    h('label', { class: 'field', for: 'max-level' }, t.maxLevel),
    cap,
    h('div', { class: 'buttons' }, run),
  ]);
  if (model.plan) renderPlan(root, model.plan);
}

function renderPlan(root: HTMLElement, plan: PlanView): void {
  const summary =
    plan.steps.length === 0 && plan.reached
      ? t.planAlready(two(plan.start))
      : plan.reached
        ? t.planReached(two(plan.start), two(plan.end), plan.steps.length)
        : t.planShort(two(plan.end), plan.maxLevel);
  const write = h('button', { type: 'button', id: 'write-plan' }, t.writePlan) as HTMLButtonElement;
  write.addEventListener('click', async () => {
    if (model.busy) return;
    model.busy = true;
    write.disabled = true;
    const request = { target: plan.target, maxLevel: plan.maxLevel };
    const result = await guarded(
      t.writingPlan,
      () => call('panelWritePlan', request),
      () => write.click(),
    );
    model.busy = false;
    write.disabled = false;
    if (result) say(result.message, 'ok');
  });
  append(root, [
    h('p', { id: 'plan-result' }, summary),
    h(
      'ol',
      { class: 'plan' },
      ...plan.steps.map((s) =>
        h(
          'li',
          {},
          h('strong', { title: s.name }, `${s.code} ${s.shortName}`),
          h('div', { class: 'muted' }, t.planLine(numberText(s.from), s.to, two(s.after), s.opds)),
        ),
      ),
    ),
    plan.steps.length > 0 ? h('div', { class: 'buttons' }, write) : null,
  ]);
}
