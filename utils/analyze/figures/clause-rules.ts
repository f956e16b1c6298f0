/**
 * Rows of `MEASURE_RULES` that read the clause a figure stands in: a share that opens its
 * clause and what it does, a plural noun a figure sizes ("tax cuts of $400"), and the thing
 * counted before a colon. Each row has its own invented example (tests/unit/figure-rules.test.ts).
 */
import { NOT_NOUNS } from '../lexicon/figure-words';
import { type MeasureRule, pastFigure } from './describe';
import {
  dropTrailingFunctionWords,
  FUNCTION_WORDS,
  isDeterminer,
  phraseAfter,
  phraseBefore,
  verbBase,
  wordsOf,
} from './grammar';

const NOT_NOUN_SET: ReadonlySet<string> = new Set(NOT_NOUNS);

/** "the number of X", "the total of X": X is what a figure after a colon counts. */
const COUNT_OF = /\b(?:number|amount|total|count|share|level|value|size|cost|price)\s+of\s+(.+)$/iu;

/** Words that only stress a share that opens its clause ("a whopping", "a mere", "fully"). */
const INTENSIFIER_BEFORE =
  /^\s*(?:(?:a|an)\s+(?:whopping|mere|staggering|full)|fully|just|only)\s*$/iu;

/** Whether a figure opens its clause: nothing before it, or only a clause opener ("that", "and"). */
function opensClause(before: string): boolean {
  return (
    (before.split(/[,;:—–(“"]|\b(?:and|but|while|as|that|because|since)\s/u).at(-1) ?? '')
      // "A whopping 70% of …", "Fully 40% of …": an intensifier before the share opens nothing.
      .replace(INTENSIFIER_BEFORE, '')
      .trim() === ''
  );
}

/** Auxiliaries and adverbs dropped at the start of a predicate ("had either been directly"). */
const PREDICATE_LEAD =
  /^(?:had|has|have|been|be|is|are|was|were|will|would|could|should|may|might|can|either|directly|now|also|already|reportedly)$/iu;
/** Words a predicate ends before: another clause. */
const PREDICATE_STOP =
  /^(?:that|which|who|whom|because|while|when|if|but|whether|so|said|says|say|told|according)$/iu;
/** Most words of a subject share's predicate kept (unit: words). */
const MAX_SHARE_PREDICATE_WORDS = 6;

/**
 * What the thing an "of" complement names does, read after it: "of the apples in the orchard
 * were lost to frost" → "in the orchard lost to frost"; "" when nothing follows but another clause.
 */
function predicateAfter(right: string, complement: string): string {
  const out: string[] = [];
  for (const w of wordsAfterComplement(right, complement)) {
    if (/^[,;:()—–-]$/u.test(w) || PREDICATE_STOP.test(w)) break;
    if (PREDICATE_LEAD.test(w)) continue;
    // "of TV a day": a determiner is no predicate; nor a capitalised word.
    if (out.length === 0 && (!/^\p{Ll}/u.test(w) || isDeterminer(w))) return '';
    out.push(w);
    if (out.length >= MAX_SHARE_PREDICATE_WORDS) break;
  }
  dropTrailingFunctionWords(out);
  return out.join(' ');
}

/** The words after an "of" complement ("of the oil that spilled" → ["that", "spilled"]). */
export function wordsAfterComplement(right: string, complement: string): string[] {
  const of = /^\.?\s+of\s+(.*)/u.exec(right)?.[1] ?? '';
  const words = wordsOf(pastFigure(of)).map((w) => w.text);
  let k = 0;
  while (k < words.length && isDeterminer(words[k] ?? '')) k++;
  return words.slice(k + complement.split(' ').length);
}

export const OF_COMPLEMENT_SUBJECT: MeasureRule = {
  // "62% of voters in rural counties back the plan": a share that opens its clause is its
  // subject, and what it does says which part.
  name: 'of-complement-subject',
  example: {
    sentence: 'About 40% of the apples in the orchard were lost to frost.',
    figure: 'About 40%',
    measures: 'share of apples in the orchard lost to frost',
  },
  apply: (ctx) => {
    const complement = ctx.ofComplement();
    if (!complement || !opensClause(ctx.before)) return null;
    const predicate = predicateAfter(ctx.right, complement);
    return predicate ? `${ctx.category} of ${complement} ${predicate}` : null;
  },
};

/** A place the sentence opens with before its comma ("In Tarn Bay, "), as the label says it. */
const FRONTED_PLACE =
  /^(In|At|Across|Throughout)\s+((?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*),\s*$/u;

export const MEASURE_SUBJECT: MeasureRule = {
  // "In Tarn Bay, 210 liters fell in six hours", "About $4 million was spent on the bridge": a
  // quantity that opens its clause is its subject, and what it did says what it measures.
  name: 'measure-subject-predicate',
  example: {
    sentence: 'In Tarn Bay, 210 liters fell in six hours.',
    figure: '210 liters',
    measures: 'volume that fell in six hours in Tarn Bay',
  },
  apply: (ctx) => {
    if (ctx.ofComplement() || !opensClause(ctx.before) || ctx.category === 'number') return null;
    const words = wordsOf(ctx.right).map((w) => w.text);
    let k = 0;
    while (k < words.length && PREDICATE_LEAD.test(words[k] ?? '')) k++;
    const verb = words[k] ?? '';
    if (!/^\p{Ll}+$/u.test(verb) || !verbBase(verb) || verbBase(verb) === verb) return null;
    const out: string[] = [];
    for (const w of words.slice(k)) {
      if (/^[,;:()—–-]$/u.test(w) || PREDICATE_STOP.test(w)) break;
      out.push(w);
      if (out.length >= MAX_SHARE_PREDICATE_WORDS) break;
    }
    dropTrailingFunctionWords(out);
    if (out.length < 2) return null;
    // "was spent on the bridge" reads without "that"; "fell in eight hours" needs it.
    const label = `${ctx.category} ${k > 0 ? '' : 'that '}${out.join(' ')}`;
    const place = FRONTED_PLACE.exec(ctx.before);
    return place ? `${label} ${place[1]?.toLowerCase()} ${place[2]}` : label;
  },
};

export const PLURAL_OF: MeasureRule = {
  // "tax cuts of $400 per person", "pay rises of 4%": the plural noun phrase the figure sizes.
  name: 'plural-of',
  example: {
    sentence: 'The board approved pay rises of 4% for nurses.',
    figure: '4%',
    measures: 'pay rises for nurses',
  },
  apply: (ctx) => {
    if (!/\b\p{L}[\p{Ll}-]*[^s]s\s+of\s*$/u.test(ctx.before)) return null;
    const all = phraseBefore(wordsOf(ctx.before.replace(/\s+of\s*$/u, ''))).split(' ');
    // "firm reported sales", "including tax cuts": the noun phrase after the last verb form.
    const verbAt = all.findLastIndex(
      (w, k) => k < all.length - 1 && /^\p{Ll}+(?:ing|ed)$/u.test(w),
    );
    const words = all.slice(verbAt + 1);
    const head = words.at(-1) ?? '';
    // Followed by "of", a plural verb form ("cuts", "rises") is a noun.
    if (!head || FUNCTION_WORDS.has(head) || NOT_NOUN_SET.has(head)) return null;
    const whose = /^\s+(for|to|in)\s+(.*)/u.exec(ctx.right);
    const who = whose?.[2] ? phraseAfter(whose[2]) : '';
    return who ? `${words.join(' ')} ${whose?.[1]} ${who}` : words.join(' ');
  },
};

export const AFTER_COLON: MeasureRule = {
  // "the number of seats each party won: 40 for the Greens": the thing counted before the colon,
  // and whose after the figure.
  name: 'after-colon',
  example: {
    sentence: 'Each council publishes the number of trees planted: 4,210 for Riverside.',
    figure: '4,210',
    measures: 'trees planted for Riverside',
  },
  apply: (ctx) => {
    if (!/:\s*$/u.test(ctx.before)) return null;
    const clause =
      ctx.before
        .replace(/:\s*$/u, '')
        .split(/[,;:—–()]/u)
        .at(-1) ?? '';
    const counted = COUNT_OF.exec(clause)?.[1];
    const thing = counted
      ? phraseAfter(counted)
      : phraseBefore(wordsOf(clause.replace(/\s+(?:of|on|in|for|to|at)\s*$/u, '')));
    if (!thing) return null;
    const whose = /^\s+(for|in|at|of)\s+(.*)/u.exec(ctx.right);
    const owner = whose?.[2] ? phraseAfter(whose[2]).replace(/\s+(?:versus|vs\.?)$/u, '') : '';
    return owner ? `${thing} ${whose?.[1]} ${owner}` : thing;
  },
};

/** Auxiliaries that open a main clause's verb after a relative clause ("… that spilled is now gone"). */
const MAIN_AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might)$/iu;

/**
 * "40% of the grain that was stored is now spoiled": what a share that opens its clause does
 * once its relative clause is said ("now spoiled"), or "" when the figure does not open the
 * clause or no auxiliary opens a main verb right after the relative clause.
 */
export function predicateAfterRelative(
  before: string,
  right: string,
  complement: string,
  relative: string,
): string {
  if (!opensClause(before)) return '';
  const words = wordsAfterComplement(right, complement);
  const last = relative.split(' ').at(-1) ?? '';
  const end = words.indexOf(last);
  if (end < 0 || !MAIN_AUXILIARY.test(words[end + 1] ?? '')) return '';
  const out: string[] = [];
  for (const w of words.slice(end + 1)) {
    if (/^[,;:()—–-]$/u.test(w) || PREDICATE_STOP.test(w) || /^\d/u.test(w)) break;
    // "is now spoiled": the auxiliaries go, an adverb stays.
    // "could still be present" → "still present".
    if ((out.length === 0 && MAIN_AUXILIARY.test(w)) || /^(?:been|be|being)$/u.test(w)) continue;
    if (out.length === 0 && (!/^\p{Ll}/u.test(w) || isDeterminer(w))) return '';
    out.push(w);
    if (out.length >= MAX_SHARE_PREDICATE_WORDS) break;
  }
  dropTrailingFunctionWords(out);
  return out.join(' ');
}
