/**
 * A figure's noun that the clause's subject did something with: "The ferry firm failed with a
 * 40-to-1 debt ratio", "The club finished with a 12-point lead". The noun alone ("debt ratio")
 * does not say whose it was (an eval article's failed bank was left out of its ratio's label).
 * The label is the noun, the subject and its verb. Likewise a hardship the figure sizes says
 * whom it hits ("towns facing 12% unemployment"; an eval article's label kept the hardship
 * alone). Rows of `MEASURE_RULES`, run before noun-after.
 */
import type { MeasureRule } from './describe';
import { FUNCTION_WORDS, nounLike, phraseAfter } from './grammar';
import { nounAfter, nounPhraseAfter } from './noun-after';

/** The end of the figure's clause: "<verb>ed with a ". */
const WITH_A = /(\p{Ll}+ed)\s+with\s+(?:a|an)\s+$/u;
/** A capitalized name opening the clause, its article dropped ("Harbor Lines"). */
const NAME =
  /^\s*(?:[Tt]he\s+)?(?!(?:The|A|An)\s)((?:\p{Lu}[\p{L}’'&.-]*\s+){0,3}\p{Lu}[\p{L}’'&.-]*)(?=\s)/u;
/** Most words between the subject and its verb (unit: words). */
const MAX_WORDS_TO_VERB = 7;
/** Most words in the subject (unit: words): a longer phrase is no name for it. */
const MAX_SUBJECT_WORDS = 4;

/** "island families suffering from ", "towns facing ": a plural noun and the hardship it bears. */
const BEARING =
  /(?<![\p{L}-])((?:\p{L}[\p{Ll}-]*\s+)?\p{L}[\p{Ll}-]*s)\s+(?:suffering|facing|struggling|coping|living)(?:\s+(?:from|with|under))?\s+$/u;

/** One or two words after the figure, then the clause's end. */
const ENDS_CLAUSE = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*(?:[,.;:)—–]|$)/u;

/** The "with" rows, in order. */
export const WITH_RULES: readonly MeasureRule[] = [
  {
    // "The ferry firm failed with a 40-to-1 debt ratio": the noun, whose, and what it did.
    name: 'noun-the-subject-did-with',
    example: {
      sentence: 'Harbor Lines entered the slump and failed with a 40-to-1 debt ratio.',
      figure: '40-to-1',
      measures: 'debt ratio with which Harbor Lines failed',
    },
    apply: (ctx) => {
      const after = nounAfter(ctx);
      const noun1 = after?.[1] ?? '';
      if (!after || !nounLike(noun1) || FUNCTION_WORDS.has(noun1)) return null;
      // The clause opens the sentence (or its quotation): a subject after a comma is another's.
      const clause = ctx.before.replace(/^\s*[“"]/u, '');
      if (/[,;:“”"—–()]/u.test(clause)) return null;
      const verb = WITH_A.exec(clause);
      if (!verb?.[1]) return null;
      const lead = clause.slice(0, verb.index);
      const subject = NAME.exec(lead)?.[1] ?? phraseAfter(lead);
      const gap = lead.split(/\s+/u).length - subject.split(' ').length;
      if (!subject || subject.split(' ').length > MAX_SUBJECT_WORDS || gap > MAX_WORDS_TO_VERB)
        return null;
      // "with which the ferry firm failed": a common noun keeps its article; the label ends on the verb.
      const who = /^\p{Ll}/u.test(subject) ? `the ${subject}` : subject;
      return `${nounPhraseAfter(ctx, after)} with which ${who} ${verb[1]}`;
    },
  },
  {
    // "island families facing 30% unemployment": the noun, among whom.
    name: 'noun-among-those-bearing-it',
    example: {
      sentence: 'The grant goes to island families facing 30% unemployment.',
      figure: '30%',
      measures: 'unemployment among island families',
    },
    apply: (ctx) => {
      const after = nounAfter(ctx);
      const noun1 = after?.[1] ?? '';
      const who = BEARING.exec(ctx.before)?.[1];
      if (!after || !who || !nounLike(noun1) || FUNCTION_WORDS.has(noun1)) return null;
      // The noun ends the clause: "20% tariffs cut jobs" would read "tariffs cut" as one noun.
      if (!ENDS_CLAUSE.test(ctx.right) || who.split(' ').some((w) => FUNCTION_WORDS.has(w)))
        return null;
      return `${nounPhraseAfter(ctx, after)} among ${who}`;
    },
  },
];
