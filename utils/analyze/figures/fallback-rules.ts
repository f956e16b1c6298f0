/**
 * The last rows of `MEASURE_RULES`: when nothing around the figure or its verb says what it
 * measures, the noun phrase before it, then the gist of its clause, before the bare category.
 */
import { CONTRACTION_HEADS, NOT_NOUNS, SUBORDINATORS } from '../lexicon/figure-words';
import { NUMBER_WORDS, SCALE_WORDS, TENS_WORDS } from '../lexicon/numbers';
import { alternation } from '../lexicon/words';
import type { MeasureRule } from './describe';
import {
  FUNCTION_WORDS,
  isDeterminer,
  isInflectedVerb,
  participle,
  phraseAfter,
  phraseBefore,
  verbBase,
  wordsOf,
} from './grammar';
import { unitCategory } from './patterns';

const NOT_NOUN_SET: ReadonlySet<string> = new Set(NOT_NOUNS);
const CONTRACTIONS = new RegExp(`^(?:${alternation(CONTRACTION_HEADS)})['’]s$`, 'iu');
const OTHER_CLAUSE = new RegExp(`\\b(?:${alternation(SUBORDINATORS)})\\b|\\b\\p{Ll}+ed\\b`, 'u');

/** "who would pay", "which spent": a relative pronoun, a modal, then a money verb, right before the figure. */
const RELATIVE_MONEY_VERB =
  /\b(?:who|which|that)\s+(?:(would|could|will|might|should|can)\s+)?(pay|paid|spend|spent|charge|charged)\s+$/u;

/** The fallback rows, in order. */
export const FALLBACK_RULES: readonly MeasureRule[] = [
  {
    // "few can say who might pay millions for a rival": no subject to name, but the verb and
    // what the money is for say what the amount is. Without it the label was the bare category.
    name: 'money-paid-for-by-relative',
    example: {
      sentence: 'It is hard to see who would pay millions for a second-rate ferry.',
      figure: 'millions',
      measures: 'amount to pay for a second-rate ferry',
    },
    apply: (ctx) => {
      const verb = ctx.kind === 'money' ? RELATIVE_MONEY_VERB.exec(ctx.before) : null;
      const what = /^\s+for\s+((?:an?|the|this|that)\s+)?([^,.;:—–()]+)/u.exec(ctx.right);
      const thing = what?.[2] ? phraseAfter(what[2]) : '';
      if (!verb?.[2] || !thing) return null;
      const base = verbBase(verb[2]) ?? verb[2];
      const how = verb[1] ? `to ${base}` : participle(base);
      return `${ctx.category} ${how} for ${what?.[1] ?? ''}${thing}`;
    },
  },
  {
    // Last: the noun phrase before the figure, or the category word alone. A lone verb or adverb
    // ("she has seen in 22 years", "over the next two years") says nothing of what is measured,
    // nor does a piece of another clause ("whether Pouncey accepted") or a phrase that ends on a
    // verb ("the time now earns").
    name: 'phrase-before',
    example: {
      sentence: 'Estimate for crowds near 4,200.',
      figure: 'near 4,200',
      measures: 'Estimate for crowds',
    },
    apply: (ctx) => {
      const near = phraseBefore(
        wordsOf(
          ctx.before
            .replace(/\s*\([^()]*\)/gu, '')
            // "expectations of perhaps $300bn": a hedge before the figure is part of neither.
            .replace(/\s+(?:perhaps|possibly|maybe|probably)\s*$/u, '')
            .replace(/\s+(?:of|at|to|by|for|with|in|on)\s*$/, ''),
        ),
      ).replace(/^(?:versus|vs\.?)\s+/iu, '');
      const last = near.split(' ').at(-1) ?? '';
      const endsOnVerb = /^\p{Ll}/u.test(last) && isInflectedVerb(last);
      if (
        !near ||
        endsOnVerb ||
        CONTRACTIONS.test(near) ||
        OTHER_CLAUSE.test(near) ||
        (!near.includes(' ') &&
          ((verbBase(near) && /^\p{Ll}/u.test(near)) ||
            NOT_NOUN_SET.has(near) ||
            ctx.category === 'duration'))
      )
        return null;
      if (ctx.category !== 'duration') return near;
      // A duration is the time of what the phrase names: "I've known Mira for 15 years" → "time
      // I've known Mira"; "five festivals in three years" → "time of five festivals".
      const words = near.split(' ');
      const final = words.at(-1) ?? '';
      const hasVerb =
        words.some(
          (w) => /^\p{Ll}/u.test(w) && (isInflectedVerb(w) || /(?:ed|wn|ing)$/u.test(w)),
        ) ||
        (/^\p{Ll}+$/u.test(final) && verbBase(final) === final && words.length > 1) ||
        (/^\p{Ll}+s$/u.test(final) && verbBase(final) !== null && words.length > 1);
      return hasVerb || /['’](?:ve|d|ll|re)\b/u.test(near) ? `time ${near}` : `time of ${near}`;
    },
  },
  {
    // Before the bare category: the verb phrase of the figure's clause, which says what the
    // number is about ("squeeze $40 billion in savings out over the next four years" → "time to
    // squeeze savings"; "fuel loading will take about a month" → "time fuel loading will take").
    name: 'clause-gist',
    example: {
      sentence: 'The county plans to repave the old harbor road over the next three years.',
      figure: 'three years',
      measures: 'time repave old harbor road',
    },
    apply: (ctx) => {
      const gist = clauseGist(ctx.before) || clauseGist(ctx.right, true);
      if (!gist) return null;
      return ctx.category === 'duration' ? `time ${gist}` : gist;
    },
  },
];

/** Words that end a gist without saying anything ("over the next", "about", "some"). */
const GIST_EDGE =
  /^(?:next|past|last|first|nearly|about|almost|some|around|roughly|just|only|more|less|than|another|other|over|under|within|least|most|up|down|full|whole|entire|total|mere|additional|extra)$/iu;
const SCALE_SET: ReadonlySet<string> = new Set(SCALE_WORDS);
const NUMBER_WORD_SET: ReadonlySet<string> = new Set([...NUMBER_WORDS, ...TENS_WORDS]);
/** Most words a clause gist keeps (unit: words). */
const MAX_GIST_WORDS = 6;

/**
 * The content words of the figure's clause next to it: read backwards from the figure (or
 * forwards when `forwards`), numbers, determiners and edge function words left out.
 */
export function clauseGist(text: string, forwards = false): string {
  // A clause ends at punctuation and at a word that opens another ("who", "whether").
  const clauses = text.split(/[,;:—–()“”"]|\b(?:who|which|that|whether|because|if)\b/u);
  const clause = forwards ? (clauses[0] ?? '') : (clauses.at(-1) ?? '');
  let words = wordsOf(clause)
    .map((w) => w.text)
    .filter(
      (w) =>
        !/\d/u.test(w) &&
        !isDeterminer(w) &&
        !SCALE_SET.has(w.toLowerCase()) &&
        !NUMBER_WORD_SET.has(w.toLowerCase()) &&
        !/^(?:it|they|he|she|we|i|you|percent|bbl\.?)$/iu.test(w),
    );
  if (!forwards) words = words.slice(-MAX_GIST_WORDS - 3);
  const edge = (w: string | undefined): boolean =>
    w !== undefined &&
    (FUNCTION_WORDS.has(w.toLowerCase()) || GIST_EDGE.test(w) || unitCategory(`1 ${w}`) !== null);
  const trim = (list: string[]): string[] => {
    const out = [...list];
    // "to wring out": a leading "to" before a lower-case word reads as a purpose; kept.
    while (edge(out[0]) && !(out[0] === 'to' && /^\p{Ll}/u.test(out[1] ?? ''))) out.shift();
    while (edge(out.at(-1))) out.pop();
    return out;
  };
  words = trim(forwards ? words.slice(0, MAX_GIST_WORDS) : words.slice(-MAX_GIST_WORDS));
  const content = words.filter((w) => w.length > 3 && !FUNCTION_WORDS.has(w.toLowerCase()));
  // Not a description: a negation ("don't remember"), a list ("PC and consoles and takes"), or a
  // phrase that ends on a present-tense verb ("now earns").
  const last = words.at(-1) ?? '';
  const junk =
    words.some((w) => /n['’]t$/u.test(w)) ||
    words.filter((w) => w === 'and').length > 1 ||
    (/^\p{Ll}+s$/u.test(last) && isInflectedVerb(last));
  return words.length >= 2 && content.length > 0 && !junk ? words.join(' ') : '';
}
