import { checkText } from '../check-text';
import { type EvidenceFact, FOLDER_MIME } from '../drive-facts';
import type { Draft, RuleContext } from '../findings';
import type { ParsedLink } from '../links';

/** Each evidence link's shape: a Drive file, or another site, a form, not a link at all. */
export function linkShapeFindings(links: readonly ParsedLink[]): Draft[] {
  const drafts: Draft[] = [];
  const add = (text: readonly string[]) =>
    drafts.push({ severity: 'error', col: 'evidence', text });
  for (const link of links) {
    if (link.kind === 'not-a-link') add(checkText.notALink(link.text));
    else if (link.kind === 'other-site') add(checkText.otherSite(link.host ?? ''));
    else if (link.kind === 'published-form') add(checkText.publishedForm());
    else if (link.kind === 'drive-no-id') add(checkText.driveWithoutId());
  }
  return drafts;
}

/**
 * Each linked file, once Drive has answered: what an assessor would meet. Gives the files
 * that passed, for the level rules.
 */
export function linkFactFindings(
  links: readonly ParsedLink[],
  ctx: RuleContext,
): { drafts: Draft[]; usable: EvidenceFact[] } {
  const drafts: Draft[] = [];
  const usable: EvidenceFact[] = [];
  const add = (severity: Draft['severity'], text: readonly string[]) =>
    drafts.push({ severity, col: 'evidence', text });
  const { settings } = ctx.input;
  for (const link of links) {
    if (!link.id || !settings.driveChecked) continue;
    const fact = ctx.factFor(link.id);
    if (!fact) continue;
    if (fact.status === 'not-found') add('error', checkText.notFound());
    else if (fact.status === 'no-access') add('error', checkText.noAccess());
    else if (fact.status === 'error') add('info', checkText.notCheckedYet(fact.detail));
    else if (fact.trashed) add('error', checkText.trashed());
    else if (fact.mimeType === FOLDER_MIME && fact.folderEmpty === true)
      add('error', checkText.folderEmpty());
    else {
      if (fact.sharing === 'restricted') add('error', checkText.restricted());
      else if (fact.sharing === 'domain') add('error', checkText.domainOnly());
      const day = fact.modified.slice(0, 10);
      const { windowStart, windowEnd } = settings;
      if (day && windowStart && windowEnd && (day < windowStart || day > windowEnd))
        add('warning', checkText.outsideWindow(day, windowStart, windowEnd));
      usable.push(fact);
    }
  }
  return { drafts, usable };
}
