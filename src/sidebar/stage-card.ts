import { onlyBegun } from '../core/evaluation/current-stage';
import { decimalText } from '../core/kernel/decimal';
import type { CoordinatorView, StageScore } from '../shared/rpc';
import { append, h } from './dom';
import { sidebarText as t } from './sidebar-text';

const two = (n: number) => decimalText(n, 2);

/**
 * One stage of the index: its figure and predikat, and each domain (SPBE) or aspect (Pemdi)
 * by name against its target. A stage the verifiers have only begun says how many indicators
 * they have decided ("1 dari 47 diverifikasi"), not an index made mostly of placeholders; last
 * year's stage, with no levels typed, shows the index written in Pengaturan.
 */
export function stageCard(s: StageScore, view: CoordinatorView): HTMLElement {
  const lastYear = s.key === 'lastYear' && s.index === null ? view.headline.lastYear : null;
  const partial = onlyBegun(s);
  const decided = view.indicators - s.notAssessed;
  const figure =
    lastYear !== null
      ? two(lastYear)
      : s.index === null
        ? t.noData
        : partial
          ? t.decidedOf(decided, view.indicators, s.key)
          : `${two(s.index)} ${s.predicate}`;
  const card = h(
    'section',
    { class: 'stage' },
    h('h3', {}, s.stage, h('span', { class: 'score' }, figure)),
  );
  if (lastYear !== null) append(card, [h('p', { class: 'muted' }, t.lastYearFromSettings)]);
  if (s.index === null) return card;
  if (partial) {
    append(card, [h('p', { class: 'muted' }, t.provisional(two(s.index)))]);
    return card;
  }
  if (s.predicateNote) append(card, [h('p', { class: 'muted' }, s.predicateNote)]);
  for (const p of s.parts) append(card, [partRow(p)]);
  if (s.notAssessed > 0)
    append(card, [h('p', { class: 'muted' }, t.notAssessedCount(s.notAssessed))]);
  return card;
}

/** A domain or aspect: its name and figure, and a bar against its target. */
function partRow(p: StageScore['parts'][number]): HTMLElement {
  const below = p.value < p.target;
  return h(
    'div',
    { class: 'part', title: t.partTitle(p.id, p.name, two(p.value), two(p.target)) },
    h(
      'div',
      { class: 'part-head' },
      h('span', { class: 'part-name' }, `${p.id} ${p.name}`),
      h('span', { class: 'part-value' }, two(p.value)),
    ),
    h(
      'div',
      { class: 'bar', 'aria-hidden': 'true' },
      h('div', {
        class: below ? 'fill below' : 'fill reached',
        style: `width:${(p.value / 5) * 100}%`,
      }),
      h('div', { class: 'target', style: `left:${(p.target / 5) * 100}%` }),
    ),
  );
}
