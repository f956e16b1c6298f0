/**
 * "The harbour board condemned the strike and pledged to act against what it called “a threat
 * to trade.”": the "it" of a naming clause inside the quote's own sentence is the organisation
 * or document that is the sentence's subject (issue 11, pronoun chains). The main "what X
 * called" row (./inner-clause.ts) resolves "it" from earlier sentences only.
 */
import { maskQuotations } from '../attribution';
import { describe } from '../coreference';
import { fromClauseSubject, isThing } from './clause';
import { at } from './coverage-lead';
import { WHAT_X_CALLED_RULE } from './inner-clause';
import type { SpeakerRule } from './rules';

/** "what it termed “", "which it has described as “": "it" and a naming verb right before the quote. */
const WHAT_IT_CALLED_LEAD =
  /\b(?:what|which)\s+it\s+(?:(?:has|had|also|once)\s+)?(?:called|calls|dubbed|dubs|termed|terms|labeled|labelled|branded|described\s+as|describes\s+as)\s+(?:(?:an?|the)\s+)?$/u;

/**
 * A capitalized organisation name opening the sentence ("The Northern Ports Harbour Board on
 * Tuesday …"), which the clause reader may split at its inner name.
 */
const ORGANIZATION_OPENING = /^\s*((?:The|the)\s+(?:\p{Lu}[\p{L}.’'&-]*\s+){1,6})(?=\p{Ll})/u;

export const WHAT_IT_CALLED_RULE: SpeakerRule = {
  name: 'the organisation opening the sentence of a “what it called” quote',
  example: {
    paragraphs: [
      'Ana Lima chairs the port.',
      'The Northern Ports Harbour Board on Tuesday voted a sharp rebuke of the ferry line’s latest breach and vowed to impose fines as a deterrent to what it termed “an open threat to trade.”',
    ],
    speaker: 'the Northern Ports Harbour Board',
  },
  apply: (ctx, site) => {
    const m = WHAT_IT_CALLED_LEAD.exec(maskQuotations(site.lead));
    if (!m) return null;
    const clause = site.lead.slice(0, m.index);
    const found = fromClauseSubject(ctx, clause, at(site));
    if (found?.speaker && found.anonymous && isThing(found.speaker)) return found;
    const opening = ORGANIZATION_OPENING.exec(clause)?.[1]?.trim();
    return opening && isThing(opening)
      ? { speaker: describe(opening), role: null, anonymous: true }
      : null;
  },
};

/** 'what X called “…”' (a named or described X), then 'what it called “…”' (the organisation subject). */
export const WHAT_CALLED_RULES: SpeakerRule[] = [WHAT_X_CALLED_RULE, WHAT_IT_CALLED_RULE];
