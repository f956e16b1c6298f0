/**
 * An amount or share named by a clause right after it, with no relative pronoun (a contact
 * clause): "for every $40 they lend out", "the $500 she borrowed". The clause's subject and verb
 * say what the money is; without this row the verb before the figure took it ("amount kept by
 * lenders") and the clause was lost. A "they" or "she" in the label is named by the referent
 * rows after (group-pronoun, person-pronoun). Rows of `MEASURE_RULES`, run before the verb rows.
 */
import type { MeasureRule } from './describe';
import { FUNCTION_WORDS, phraseBefore, wordsOf } from './grammar';

/** A determiner that makes the figure a noun phrase a clause can hang on: "the", "every". */
const NOUN_SLOT = /(?<!\p{L})(?:the|every|each|any)\s+$/iu;
/**
 * The contact clause: a subject pronoun, auxiliaries or adverbs, the verb, an optional particle
 * ("they lend out", "she had borrowed").
 */
const CONTACT_CLAUSE =
  /^\s+(they|we|he|she|you)\s+((?:(?:have|has|had|will|would|could|can|must|should|did|do|does|still|already|now)\s+)*)(\p{Ll}+)(\s+(?:out|up|off|back|down|away)(?!\p{L}))?/u;

/**
 * ", which will barely pass" up to the figure: a relative clause, a reporting verb and its
 * subject left out ("which analysts say will pass").
 */
const RELATIVE_TO_FIGURE =
  /,\s+which\s+(?:(?:[\p{L}-]+\s+){1,2}(?:say|says|said|expect|expects|estimate|estimates|predict|predicts)\s+)?((?:\p{Ll}+\s+){0,3}\p{Ll}+)\s+$/u;
/** A preposition opening the sentence, written capitalised, is no part of the head ("Unlike"). */
const OPENING_PREPOSITION = /^(?:Unlike|Like|Despite|Besides|Including|Beyond|Apart from)\s+/u;

/** The contact-clause rows, in order. */
export const CONTACT_CLAUSE_RULES: readonly MeasureRule[] = [
  {
    // "Lenders keep $1 for every $40 they lend out" → "amount they lend out" (then named).
    name: 'amount-contact-clause',
    example: {
      sentence: 'She paid back the $600 she had borrowed from her uncle.',
      figure: '$600',
      measures: 'amount she had borrowed',
    },
    apply: (ctx) => {
      if (ctx.category !== 'amount' && ctx.category !== 'share') return null;
      if (!NOUN_SLOT.test(ctx.before)) return null;
      const m = CONTACT_CLAUSE.exec(ctx.right);
      const verb = m?.[3] ?? '';
      if (!m || FUNCTION_WORDS.has(verb) || /ly$/u.test(verb)) return null;
      return `${ctx.category} ${m[1]} ${m[2] ?? ''}${verb}${m[4] ?? ''}`;
    },
  },
  {
    // "Ferry spending, which will pass $2 billion": a verb the lexicon does not know leaves no
    // agent; the relative clause's head and its words say what the amount is.
    name: 'amount-relative-head',
    example: {
      sentence: 'Unlike ferry spending, which will barely pass $2 billion, rail grew.',
      figure: '$2 billion',
      measures: 'amount ferry spending will barely pass',
    },
    apply: (ctx) => {
      if (ctx.category !== 'amount' && ctx.category !== 'share') return null;
      const relative = RELATIVE_TO_FIGURE.exec(ctx.before);
      if (!relative || ctx.agent()) return null;
      const head = phraseBefore(wordsOf(ctx.before.slice(0, relative.index))).replace(
        OPENING_PREPOSITION,
        '',
      );
      if (!head || FUNCTION_WORDS.has(head.toLowerCase())) return null;
      return `${ctx.category} ${head} ${relative[1]}`;
    },
  },
];
