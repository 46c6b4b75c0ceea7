import { checkText } from '../check-text';
import { hasEvidence } from '../completeness';
import type { Entry } from '../entries';
import type { Draft, RuleContext } from '../findings';

/** The answer itself: a level, an explanation long enough to convince, some evidence. */
export function answerFindings(e: Entry, ctx: RuleContext): Draft[] {
  const out: Draft[] = [];
  if (e.levelProblem)
    out.push({ severity: 'error', col: 'level', text: checkText.levelInvalid(e.levelProblem) });
  else if (e.level === null)
    out.push({ severity: 'error', col: 'level', text: checkText.levelMissing() });
  if (e.explanation === '')
    out.push({ severity: 'error', col: 'explanation', text: checkText.explanationMissing() });
  else if (e.explanationLength < ctx.input.settings.minExplanationChars)
    out.push({
      severity: 'error',
      col: 'explanation',
      text: checkText.explanationShort(e.explanationLength, ctx.input.settings.minExplanationChars),
    });
  if (!hasEvidence(e))
    out.push({
      severity: 'error',
      col: 'evidence',
      text: checkText.evidenceMissing(e.items.some((i) => i.active)),
    });
  return out;
}
