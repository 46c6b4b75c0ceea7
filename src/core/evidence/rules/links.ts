import { checkText } from '../check-text';
import { type EvidenceFact, FOLDER_MIME } from '../drive-facts';
import type { Entry } from '../entries';
import type { Draft, RuleContext } from '../findings';

/**
 * Each evidence link: its shape (a Drive file, another site, not a link) and, once Drive has
 * answered, what an assessor would meet. Gives the files that passed, for the level rules.
 */
export function linkFindings(
  e: Entry,
  ctx: RuleContext,
): { drafts: Draft[]; usable: EvidenceFact[] } {
  const drafts: Draft[] = [];
  const usable: EvidenceFact[] = [];
  const add = (severity: Draft['severity'], text: readonly string[]) =>
    drafts.push({ severity, col: 'evidence', text });
  const { settings } = ctx.input;
  for (const link of e.links) {
    if (link.kind === 'not-a-link') add('error', checkText.notALink(link.text));
    else if (link.kind === 'other-site') add('error', checkText.otherSite(link.host ?? ''));
    else if (link.kind === 'published-form') add('error', checkText.publishedForm());
    else if (link.kind === 'drive-no-id') add('error', checkText.driveWithoutId());
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
