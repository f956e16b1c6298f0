/**
 * What a count measures when the figure has a counted noun ("five insiders", "3,000 homes"):
 * the noun, said more precisely when the sentence says which ones. Ordered; first answer wins.
 */
import { DATE_OBJECT_WORDS, POST_MODIFIERS } from '../lexicon/figure-words';
import { alternation } from '../lexicon/words';
import { type MeasureRule, NOT_ENGLISH } from './describe';
import { FUNCTION_WORDS, objectPhrase } from './grammar';

/** Longest `measures` phrase built from a counted noun and its post-modifier (unit: words). */
const MAX_MEASURE_WORDS = 8;
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
    // Otherwise the counted noun alone: "24 police officers" → "police officers".
    name: 'counted-noun',
    example: {
      sentence: 'Volunteers planted 900 young oaks along the river.',
      figure: '900 young oaks',
      measures: 'young oaks',
    },
    apply: (ctx) => ctx.countedNoun,
  },
];
