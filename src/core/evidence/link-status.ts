import { checkText } from './check-text';
import { type EvidenceFact, FOLDER_MIME } from './drive-facts';
import { parseLink } from './links';

/** How a link looks to the assessor, from its shape and the last Drive facts: for people. */
export function linkStatus(
  text: string,
  facts: ReadonlyMap<string, EvidenceFact>,
  allowedHosts?: readonly string[],
): { tone: 'ok' | 'warning' | 'error' | 'unknown'; message: string } {
  const say = checkText.linkStatus;
  const link = parseLink(text, allowedHosts);
  if (link.kind === 'not-a-link') return { tone: 'error', message: say.notALink() };
  if (link.kind === 'other-site')
    return { tone: 'warning', message: say.otherSite(link.host ?? '') };
  if (link.kind === 'published-form') return { tone: 'warning', message: say.publishedForm() };
  if (link.kind === 'drive-no-id') return { tone: 'error', message: say.driveWithoutId() };
  let fact = facts.get(link.id ?? '');
  if (fact?.shortcutTarget) fact = facts.get(fact.shortcutTarget) ?? fact;
  if (!fact) return { tone: 'unknown', message: say.notChecked() };
  const when = fact.checkedAt.slice(0, 10);
  if (fact.status === 'not-found') return { tone: 'error', message: say.notFound(when) };
  if (fact.status === 'no-access') return { tone: 'error', message: say.noAccess(when) };
  if (fact.status === 'error') return { tone: 'unknown', message: say.notYet(fact.detail) };
  if (fact.trashed) return { tone: 'error', message: say.trashed(fact.name) };
  if (fact.mimeType === FOLDER_MIME && fact.folderEmpty)
    return { tone: 'error', message: say.folderEmpty(fact.name) };
  if (fact.sharing === 'restricted') return { tone: 'error', message: say.restricted(fact.name) };
  if (fact.sharing === 'domain') return { tone: 'error', message: say.domainOnly(fact.name) };
  return { tone: 'ok', message: say.ok(fact.name, fact.modified.slice(0, 10), when) };
}
