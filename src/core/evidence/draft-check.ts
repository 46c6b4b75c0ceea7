import type { DraftRules } from '../../shared/rpc';
import { checkText } from './check-text';
import { linksInCell, parseLink } from './links';

/**
 * What keeps a draft from being lengkap, judged by the check's own rules that need no Drive:
 * the panel shows these while staff type and again after a save, so that nothing saves as
 * "lengkap" that the coordinator's check would then send back.
 */
interface Draft {
  readonly level: number | null;
  readonly explanation: string;
  readonly evidence: string;
  /** The indicator's evidence items, with their links as drafted (Pemdi). */
  readonly items?: readonly {
    readonly code: string;
    readonly level: number;
    readonly evidence: string;
  }[];
}

export function draftProblems(draft: Draft, rules: DraftRules): string[] {
  const problems: string[] = [];
  const say = ([problem]: readonly string[]) => problems.push(problem ?? '');
  if (draft.level === null) say(checkText.levelMissing());
  const explanation = draft.explanation.trim();
  if (explanation === '') say(checkText.explanationMissing());
  else if (explanation.length < rules.minExplanation)
    say(checkText.explanationShort(explanation.length, rules.minExplanation));
  const parsed = (text: string) => linksInCell(text).map((l) => parseLink(l, rules.allowedHosts));
  const items = (draft.items ?? []).map((i) => ({ ...i, links: parsed(i.evidence) }));
  const links = [...parsed(draft.evidence), ...items.flatMap((i) => i.links)];
  if (links.length === 0) say(checkText.evidenceMissing());
  for (const i of items)
    if (draft.level !== null && i.level <= draft.level && i.links.length === 0)
      say(checkText.itemWithoutEvidence(i.code, i.level, draft.level));
  for (const link of links) {
    if (link.kind === 'not-a-link') say(checkText.notALink(link.text));
    else if (link.kind === 'other-site') say(checkText.otherSite(link.host ?? ''));
    else if (link.kind === 'published-form') say(checkText.publishedForm());
    else if (link.kind === 'drive-no-id') say(checkText.driveWithoutId());
  }
  return problems;
}
