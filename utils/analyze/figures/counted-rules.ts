/**
 * What a count measures when the figure has a counted noun ("five insiders", "3,000 homes"):
 * the noun, said more precisely when the sentence says which ones. Ordered; first answer wins.
 */
import { DATE_OBJECT_WORDS, FIGURE_FUNCTION_WORDS, POST_MODIFIERS } from '../lexicon/figure-words';
import { alternation } from '../lexicon/words';
import { COUNTED_VERB_RULES } from './counted-verb-rules';
import { type MeasureRule, NOT_ENGLISH } from './describe';
import { FUNCTION_WORDS, objectPhrase, wordsOf } from './grammar';

/** Longest `measures` phrase built from a counted noun and its post-modifier (unit: words). */
const MAX_MEASURE_WORDS = 8;
/** Most words of a subject count's predicate kept ("troops still deployed in the region") (unit: words). */
const MAX_PREDICATE_WORDS = 7;
/** Auxiliaries and adverbs dropped at the start of a predicate ("are still fighting" → "still fighting"). */
const AUXILIARIES: ReadonlySet<string> = new Set(
  'are is was were will would could should may might have has had been be being do did'.split(' '),
);
/** Words a predicate never ends on: function words, adverbs of degree, abbreviations cut short. */
const PREDICATE_END = new RegExp(
  `^(?:${FIGURE_FUNCTION_WORDS.join('|')}|nearly|almost|about|just|only|very|[A-Z]\\.?)$`,
  'iu',
);
/** Longest "of X" complement kept after a counted noun (unit: words). */
const MAX_COMPLEMENT_WORDS = 3;
const POST_MODIFIER = new RegExp(`^\\s+(${alternation(POST_MODIFIERS)})\\s+([^,.;:—–()“”"]+)`, 'u');
const DATE_OBJECT = new RegExp(`^(?:${alternation(DATE_OBJECT_WORDS)})\\b`, 'iu');

/** The rules for counts, in order. */
export const COUNTED_RULES: readonly MeasureRule[] = [
  NOT_ENGLISH,
  {
    // A short "of" complement says of what: "12 acres of farmland" (tests/unit/figures.test.ts).
    name: 'counted-of-complement',
    example: {
      sentence: 'The storm flattened 40 barns of the valley co-op on Sunday.',
      figure: '40 barns',
      measures: 'barns of valley co-op',
    },
    apply: (ctx) => {
      const complement = ctx.ofComplement();
      return complement && complement.split(' ').length <= MAX_COMPLEMENT_WORDS
        ? `${ctx.countedNoun} of ${complement}`
        : null;
    },
  },
  {
    // A post-modifier says which ones: "five insiders familiar with Kremlin’s stance"; a date
    // after it ("in October") is when, not which.
    name: 'counted-post-modifier',
    example: {
      sentence: 'The plan was described by three engineers familiar with the design.',
      figure: 'three engineers',
      measures: 'engineers familiar with the design',
    },
    apply: (ctx) => {
      const post = POST_MODIFIER.exec(ctx.right);
      const object = post?.[2] ? objectPhrase(post[2]) : '';
      const candidate = object ? `${ctx.countedNoun} ${post?.[1]} ${object}` : '';
      return candidate &&
        !DATE_OBJECT.test(object) &&
        candidate.split(' ').length <= MAX_MEASURE_WORDS
        ? candidate
        : null;
    },
  },
  {
    // The head a relative clause hangs on: "the war, which has resulted in … deaths" → "deaths in the war".
    name: 'counted-relative-clause-head',
    example: {
      sentence: 'Officials said the drought, which has emptied 300 reservoirs, is not over.',
      figure: '300 reservoirs',
      measures: 'reservoirs in the drought',
    },
    apply: (ctx) => {
      const relative =
        /(?:the|a|an|this|its)\s+([\p{L}’'-]+(?:\s+[\p{L}’'-]+)?),\s+(?:which|that)\s[^,;:]*$/u.exec(
          ctx.before,
        );
      return relative?.[1] && !FUNCTION_WORDS.has(relative[1].toLowerCase())
        ? `${ctx.countedNoun} in the ${relative[1]}`
        : null;
    },
  },
  {
    // A count that opens its clause is its subject; what it does says which ones: "20,000
    // troops are still deployed in the region" → "troops still deployed in the region".
    name: 'counted-subject-predicate',
    example: {
      sentence: 'Last winter, 300 volunteers were clearing snow from the mountain roads.',
      figure: '300 volunteers',
      measures: 'volunteers clearing snow from the mountain roads',
    },
    apply: (ctx) => {
      const clause = ctx.before.split(/[,;:—–(“"]|\b(?:and|but|while|as)\s/u).at(-1) ?? '';
      if (clause.trim() !== '') return null;
      // Up to the end of the clause: punctuation or a word that opens another clause.
      const words: string[] = [];
      for (const { text } of wordsOf(ctx.right)) {
        if (/^[,;:()—–-]$/u.test(text) || /^(?:that|which|who|because|while|when)$/iu.test(text))
          break;
        words.push(text);
      }
      while (words.length > 0 && AUXILIARIES.has(words[0]?.toLowerCase() ?? '')) words.shift();
      const first = words[0] ?? '';
      // A verb form after the noun ("flew", "are fighting", "showed up"), not a preposition.
      if (!first || FUNCTION_WORDS.has(first.toLowerCase()) || !/^\p{Ll}/u.test(first)) return null;
      const predicate = words.slice(0, MAX_PREDICATE_WORDS);
      while (predicate.length > 0 && PREDICATE_END.test(predicate.at(-1) ?? '')) predicate.pop();
      return predicate.length > 0 ? `${ctx.countedNoun} ${predicate.join(' ')}` : null;
    },
  },
  // Hook (owned by the measures work): the count as its verb's object, in counted-verb-rules.ts.
  ...COUNTED_VERB_RULES,
  {
    // Otherwise the counted noun alone: "24 police officers" → "police officers".
    name: 'counted-noun',
    example: {
      sentence: 'The park now has 900 young oaks along the river.',
      figure: '900 young oaks',
      measures: 'young oaks',
    },
    apply: (ctx) => ctx.countedNoun,
  },
];
