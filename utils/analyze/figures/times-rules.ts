/**
 * How many times a thing happened ("was towed back to port twice"): a row of `SHAPE_RULES`,
 * kept apart from that table's file for its size.
 */
import type { MeasureRule } from './describe';
import { phraseAfter } from './grammar';

/** Words of the clause kept before "twice" when it has no auxiliary (unit: words). */
const TIMES_CONTEXT_WORDS = 4;
/** Most words of a verb phrase after its auxiliary kept whole before "twice" (unit: words; "times" + 8 stays within a label). */
const MAX_TIMES_PHRASE_WORDS = 8;

/** "was taken to hospital twice": how many times, and what. */
export const TIMES_RULE: MeasureRule = {
  name: 'times',
  example: {
    sentence: 'The ferry was towed back to port twice last winter.',
    figure: 'twice',
    measures: 'times towed back to port last winter',
  },
  apply: (ctx) => {
    if (!/\b(?:twice|thrice|once)(?: a \p{L}+)?$/iu.test(ctx.bareValue)) return null;
    // The verb phrase of the clause: after its auxiliary, or its last few words.
    const clause = ctx.before.split(/[,;:“"]|\b(?:that|which|who)\b/u).at(-1) ?? '';
    const afterAuxiliary = /\b(?:was|were|is|are|been|be|has|have|had|got|get)\s+(.+?)\s*$/u.exec(
      clause,
    )?.[1];
    const verbPhrase = (afterAuxiliary ?? clause)
      .replace(/^\s*(?:I|we|you|he|she|they|it|that|this)\s+/iu, '')
      .replace(/\s*\b(?:was|were|is|are|be|been)\s*$/u, '')
      .trim();
    const words = verbPhrase.split(/\s+/u).filter(Boolean);
    // "That was twice the old figure": no verb phrase; what it multiplies.
    if (words.length < 2 || /^\p{Lu}/u.test(words[0] ?? '')) {
      const of = phraseAfter(
        ctx.right.replace(/^\s+(?:the|as)\s+/u, '').replace(/^[\d.,%$]+\s*/u, ''),
      );
      return of ? `multiple of ${of}` : 'multiple';
    }
    // "was flown by helicopter to the city hospital twice": after an auxiliary the verb
    // phrase is kept from its verb, articles left out; without one, its last words.
    const fromVerb = words
      .join(' ')
      .replace(/^(?:(?:to|be|been|being)\s+)+/u, '')
      .split(' ')
      .filter((w) => !/^(?:the|a|an)$/iu.test(w));
    const phrase =
      afterAuxiliary && fromVerb.length <= MAX_TIMES_PHRASE_WORDS
        ? fromVerb.join(' ')
        : words.slice(-TIMES_CONTEXT_WORDS).join(' ');
    return phrase ? `times ${phrase}` : 'times';
  },
};
