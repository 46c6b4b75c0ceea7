import type { EvidenceRule } from '../../catalogue/framework';
import { checkText } from '../check-text';
import { type EvidenceFact, FOLDER_MIME } from '../drive-facts';
import type { Entry } from '../entries';
import type { Draft, RuleContext } from '../findings';

/** Kinds of evidence a file's type shows, beside the kind the OPD declared. */
function kindsOf(fact: EvidenceFact): string[] {
  if (fact.status !== 'ok') return [];
  if (fact.mimeType.startsWith('image/')) return ['Tangkapan layar'];
  if (fact.mimeType.startsWith('video/')) return ['URL/demo aplikasi'];
  if (fact.mimeType === FOLDER_MIME) return [];
  return ['Dokumen'];
}

/**
 * What the claimed level needs (Aturan bukti): enough links, of the right kinds. Judged only
 * once the links are sound and Drive has answered for each of them.
 */
export function evidenceNeedFindings(
  e: Entry,
  ctx: RuleContext,
  usable: readonly EvidenceFact[],
  linksSound: boolean,
): Draft[] {
  const { settings, rules } = ctx.input;
  const unanswered =
    settings.driveChecked &&
    e.links.some((l) => l.id && (ctx.factFor(l.id)?.status ?? 'error') === 'error');
  if (e.level === null || e.links.length === 0 || !linksSound || unanswered) return [];
  const level = e.level;
  const counted = settings.driveChecked ? usable.length : e.links.filter((l) => l.id).length;
  const kinds = new Set([e.evidenceKind, ...usable.flatMap(kindsOf)].filter(Boolean));
  const applicable = rules.filter(
    (r) => r.indicators.includes(e.indicator.no) && level >= r.fromLevel,
  );
  const out: Draft[] = [];
  // The strictest count once; each missing kind once.
  const strictest = applicable.reduce<EvidenceRule | undefined>(
    (best, r) => (!best || r.minLinks > best.minLinks ? r : best),
    undefined,
  );
  if (strictest && counted < strictest.minLinks)
    out.push({
      severity: 'warning',
      col: 'evidence',
      text: checkText.tooFewLinks(level, counted, strictest.minLinks, strictest.explanation),
    });
  for (const rule of applicable)
    if (rule.kinds.length > 0 && !rule.kinds.some((k) => kinds.has(k)))
      out.push({
        severity: 'warning',
        col: 'evidenceKind',
        text: checkText.wrongKinds(level, rule.kinds, rule.explanation),
      });
  return out;
}
