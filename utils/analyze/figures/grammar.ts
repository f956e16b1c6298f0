/**
 * The little grammar the figures stage reads around a number: words with offsets, verb forms,
 * and noun phrases read forwards or backwards from a point.
 */
import {
  DETERMINERS as DETERMINER_WORDS,
  FIGURE_FUNCTION_WORDS,
  NOT_NOUNS,
} from '../lexicon/figure-words';
import { SCALE_WORDS } from '../lexicon/numbers';
import { IRREGULAR_FORMS, IRREGULAR_PARTICIPLES, QUANTITY_VERBS } from '../lexicon/quantity-verbs';

/** Function words of the figures stage, as a set. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(FIGURE_FUNCTION_WORDS);
const DETERMINER_SET: ReadonlySet<string> = new Set(DETERMINER_WORDS);
/** Whether a word is a determiner, in any case ("The", "its"). */
export const isDeterminer = (w: string): boolean => DETERMINER_SET.has(w.toLowerCase());

const VERB_BASES: ReadonlySet<string> = new Set(QUANTITY_VERBS);
const FORM_TO_BASE = new Map<string, string>();
for (const [base, past] of Object.entries(IRREGULAR_PARTICIPLES)) FORM_TO_BASE.set(past, base);
for (const [form, base] of Object.entries(IRREGULAR_FORMS)) FORM_TO_BASE.set(form, base);

/** At most this many words in an "of X" complement or a subject phrase; longer ones stop being short. */
const MAX_PHRASE_WORDS = 6;
/** How far back a subject phrase is read to find its head before it is cut to MAX_PHRASE_WORDS (unit: words). */
const MAX_HEAD_SEARCH_WORDS = 10;
/** Most words in the object of a post-modifier ("close to the mayor" → "the mayor"). */
const MAX_OBJECT_WORDS = 5;

/** Base form of a verb form, or null when the word does not look like one of the known verbs. */
export function verbBase(word: string): string | null {
  const w = word.toLowerCase();
  const irregular = FORM_TO_BASE.get(w);
  if (irregular) return irregular;
  if (VERB_BASES.has(w)) return w;
  const candidates: string[] = [];
  for (const suffix of ['ing', 'ed', 'es', 's', 'd']) {
    if (!w.endsWith(suffix) || w.length <= suffix.length + 2) continue;
    const stem = w.slice(0, -suffix.length);
    candidates.push(stem, `${stem}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
    if (stem.endsWith('i')) candidates.push(`${stem.slice(0, -1)}y`);
  }
  return candidates.find((c) => VERB_BASES.has(c)) ?? null;
}

/** Whether a word is an inflected form of a known verb ("held", "rising"), not its base. */
export function isInflectedVerb(word: string): boolean {
  const base = verbBase(word);
  return base !== null && base !== word;
}

/** Past participle of a base verb form ("hold" → "held", "occupy" → "occupied"); a past form of a verb not in the lexicon ("racked") stays as it is. */
export function participle(base: string): string {
  const irregular = IRREGULAR_PARTICIPLES[base];
  if (irregular) return irregular;
  if (/ed$/u.test(base) && !VERB_BASES.has(base)) return base;
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  // "top" → "topped": a one-syllable base ending on one vowel and one consonant doubles it.
  if (/^[^aeiou]*[aeiou][b-df-hj-np-tv-z]$/u.test(base) && !/[wxy]$/u.test(base))
    return `${base}${base.at(-1)}ed`;
  return `${base}ed`;
}

/** A word or punctuation mark with its offsets in the text it was read from. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** The figures stage's tokenizer: words (inner apostrophes, dots, hyphens kept) and clause punctuation. */
export function wordsOf(text: string): Word[] {
  return [
    ...text.matchAll(
      /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,;:()—–]|(?<=\s)-(?=\s)/gu,
    ),
  ].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** An irregular past form, lowercase and unlike its base ("rose", "grew"; not "cut"). */
const isIrregularPast = (w: string): boolean => {
  const base = /^\p{Ll}+$/u.test(w) ? FORM_TO_BASE.get(w) : undefined;
  return base !== undefined && base !== w;
};

const isBoundary = (w: string): boolean => /^[,;:()—–-]$/.test(w) || /^\d/.test(w);

/** A noun phrase read forwards from the start of `text` ("the Kharkiv region, …" → "Kharkiv region"). */
export function phraseAfter(text: string): string {
  const out: string[] = [];
  const words = wordsOf(text);
  for (const [index, { text: w }] of words.entries()) {
    if (isBoundary(w) || out.length >= MAX_PHRASE_WORDS) break;
    const lower = w.toLowerCase();
    if (out.length === 0 && isDeterminer(w)) continue;
    if (lower === 'and' && out.length > 0) {
      // "in Canada and outstripped …": a coordinated verb ends the noun phrase.
      if (/^\p{Ll}+(?:ed|ing)$/u.test(words[index + 1]?.text ?? '')) break;
      // "of sales and rose …": an irregular past tense ends it too.
      if (isIrregularPast(words[index + 1]?.text ?? '')) break;
      out.push(w);
      continue;
    }
    if (FUNCTION_WORDS.has(lower) && !(lower === 'of' && out.length > 0)) break;
    if (verbBase(w) && out.length > 0 && !/^[A-Z]/.test(w) && /(?:ed|ing)$/.test(lower)) break;
    out.push(w);
  }
  while (out.length > 0 && /^(?:and|of)$/i.test(out.at(-1) ?? '')) out.pop();
  return out.join(' ');
}

/** The object of a preposition, its determiner kept, cut before a verb ("the mayor resigned" → "the mayor"). */
export function objectPhrase(text: string): string {
  const out: string[] = [];
  for (const { text: w } of wordsOf(text)) {
    if (isBoundary(w) || out.length >= MAX_OBJECT_WORDS) break;
    const lower = w.toLowerCase();
    if (out.length === 0 && isDeterminer(w)) {
      out.push(w);
      continue;
    }
    if (FUNCTION_WORDS.has(lower) || isDeterminer(w)) break;
    // "daughter doesn't watch", "crew won't sail": a negated auxiliary opens the predicate.
    if (/n['’]t$/u.test(lower)) break;
    if (
      /^\p{Ll}/u.test(w) &&
      (/(?:ed|ing)$/u.test(lower) || (verbBase(w) && verbBase(w) !== lower))
    )
      break;
    out.push(w);
  }
  return out.length > 0 && isDeterminer(out[out.length - 1] ?? '') ? '' : out.join(' ');
}

/** Adverbs between a subject and its verb ("They almost have to run"), never its last word. */
const BARE_ADVERBS =
  /^(?:almost|just|only|even|still|never|already|also|now|then|soon|often|ever|once|together)$/u;
const SCALES: ReadonlySet<string> = new Set(SCALE_WORDS);
/** "Kleiner Perkins and Sequoia Capital": "and" between two capitalised words joins one name list. */
const joinsNames = (words: Word[], i: number): boolean =>
  /^\p{Lu}/u.test(words[i - 1]?.text ?? '') && /^\p{Lu}/u.test(words[i + 1]?.text ?? '');

/** A noun phrase read backwards from the end of `words` (the subject before a verb). */
export function phraseBefore(words: Word[]): string {
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < MAX_HEAD_SEARCH_WORDS; i--) {
    const w = words[i]?.text ?? '';
    const lower = w.toLowerCase();
    // "the 20-largest lenders": a number glued to an adjective is part of the phrase.
    if (isBoundary(w) && !/^\d+-\p{Ll}+$/u.test(w)) break;
    // "two clerks and a bailiff": a determiner after "and" stays inside the phrase.
    const beforeAnd = words[i - 2]?.text ?? '';
    if (
      isDeterminer(w) &&
      out.length > 0 &&
      words[i - 1]?.text.toLowerCase() === 'and' &&
      beforeAnd !== '' &&
      !isBoundary(beforeAnd) &&
      !FUNCTION_WORDS.has(beforeAnd.toLowerCase())
    ) {
      out.unshift(words[i - 1]?.text ?? '', w);
      i--;
      continue;
    }
    // "the ad spend in the U.S.": a determiner after a preposition after a noun stays inside.
    const beforePreposition = words[i - 2]?.text ?? '';
    if (
      isDeterminer(w) &&
      out.length > 0 &&
      /^(?:in|of|on|for)$/iu.test(words[i - 1]?.text ?? '') &&
      /^\p{L}[\p{L}-]*$/u.test(beforePreposition) &&
      !/^\p{Ll}+(?:ed|ing)$/u.test(beforePreposition) &&
      !FUNCTION_WORDS.has(beforePreposition.toLowerCase()) &&
      !SCALES.has(beforePreposition.toLowerCase()) &&
      !isDeterminer(beforePreposition) &&
      // "ran the program at the time", "in the past": a time is no part of the noun phrase.
      !THAT_TIME.test(out[0]?.toLowerCase() ?? '') &&
      !/^(?:past|next|last|first|same|following|previous)$/iu.test(out[0] ?? '')
    ) {
      out.unshift(words[i - 1]?.text ?? '', w);
      i--;
      continue;
    }
    if (isDeterminer(w)) break;
    // "If Apple could gain": a subordinator opens the clause the subject stands in.
    if (/^(?:if|unless|although|because|whether|once)$/iu.test(w)) break;
    // "We cannot keep sending", "you’re": a negation or a pronoun's contraction is no subject.
    if (/^(?:cannot|\p{L}+n['’]t|(?:you|we|they|i|he|she|it)['’]\p{L}+)$/iu.test(w)) return '';
    // "83 million households": the number is the figure's, not part of the phrase.
    if (SCALES.has(lower)) break;
    if (lower === 'and' && out.length > 0 && joinsNames(words, i)) {
      out.unshift(w);
      continue;
    }
    if (FUNCTION_WORDS.has(lower) && !(/^(?:of|on|for)$/.test(lower) && out.length > 0)) break;
    if ((/ly$/.test(lower) || BARE_ADVERBS.test(lower)) && out.length === 0) continue;
    // "Jobs emerged unscathed": a past form right before the verb is another verb, no subject.
    if (out.length === 0 && /^\p{Ll}{3,}ed$/u.test(w)) break;
    out.unshift(w);
  }
  while (out.length > 0 && /^(?:of|on|for)$/i.test(out[0] ?? '')) out.shift();
  return shortenPhrase(out).join(' ');
}

/**
 * A phrase over the word cap keeps its head: "average leverage of the largest lenders in the
 * region" loses its last prepositional phrase ("in the region") before its head, and only a
 * phrase still too long keeps its last words, as before.
 */
function shortenPhrase(out: string[]): string[] {
  let kept = out;
  while (kept.length > MAX_PHRASE_WORDS) {
    const at = kept.findLastIndex((w, k) => k > 1 && /^(?:in|on|at|for|from)$/u.test(w));
    // Only a phrase whose head comes before an "of" is shortened at its end.
    if (at < 0 || !kept.slice(0, at).includes('of')) return kept.slice(-MAX_PHRASE_WORDS);
    kept = kept.slice(0, at);
  }
  return kept;
}

const NOT_NOUN_SET: ReadonlySet<string> = new Set(NOT_NOUNS);
/** Whether a word can be the noun a figure measures: not a function word, adverb or verb form. */
export function nounLike(w: string): boolean {
  return (
    !FUNCTION_WORDS.has(w) &&
    !NOT_NOUN_SET.has(w) &&
    !/(?:ly|ed|ing)$/.test(w) &&
    !isInflectedVerb(w)
  );
}

/** Auxiliaries dropped inside a relative clause ("that were captured" → "captured"). */
const RELATIVE_AUX =
  /^(?:is|are|was|were|be|been|being|has|have|had|will|would|could|should|can|may|might|either|also|now)$/iu;
/** Subject pronouns that open a contact relative clause ("the lessons we learned"). */
const CONTACT_PRONOUN = /^(?:we|they|he|she|i|you)(?:['’](?:ve|d))?$/iu;
/** Time nouns after "that" ("that year", "that night"): a time, not a relative clause. */
const THAT_TIME =
  /^(?:day|week|month|year|season|night|morning|evening|afternoon|time|summer|winter|spring|autumn|fall)s?$/u;
/** Most words of a relative clause kept (unit: words). */
const MAX_RELATIVE_WORDS = 6;

/** Drops function words and determiners from the end of a phrase's words, in place ("rate of the" → "rate"). */
export function dropTrailingFunctionWords(out: string[]): void {
  while (
    out.length > 0 &&
    (FUNCTION_WORDS.has(out.at(-1)?.toLowerCase() ?? '') || isDeterminer(out.at(-1) ?? ''))
  )
    out.pop();
}

/**
 * The relative clause right after a noun, its auxiliaries dropped: " who took part in the
 * race, …" → "who took part in the race"; " we’ve learned about apps" → "learned about apps";
 * "" when none follows.
 */
export function relativeAfter(text: string): string {
  const words = wordsOf(text).map((w) => w.text);
  const first = words[0] ?? '';
  let rest: string[];
  let lead = '';
  if (/^(?:that|who|which)$/iu.test(first)) {
    lead = first.toLowerCase();
    rest = words.slice(1);
  } else if (
    CONTACT_PRONOUN.test(first) &&
    /^\p{Ll}+ed$/u.test(words.find((w, k) => k > 0 && !RELATIVE_AUX.test(w)) ?? '')
  ) {
    rest = words.slice(1);
  } else return '';
  const out: string[] = [];
  let verbs = 0;
  for (const [k, w] of rest.entries()) {
    // Punctuation or another figure ("account for about 60%") ends the clause.
    const qualifier = /^(?:about|nearly|almost|roughly|some|around)$/iu.test(w);
    // "companies that account for about 60%": a clause cut by a figure says nothing whole.
    if (/^\d/u.test(w) || (qualifier && /^\d/u.test(rest[k + 1] ?? ''))) {
      if (
        FUNCTION_WORDS.has(out.at(-1)?.toLowerCase() ?? '') ||
        /^(?:past|near)$/u.test(out.at(-1) ?? '')
      )
        return '';
      break;
    }
    if (isBoundary(w)) break;
    if (/^(?:that|which|who|because|while|when|if|but|and)$/iu.test(w) && out.length > 0) break;
    // An auxiliary opens the clause ("who had fallen"), or, later, the main clause's verb.
    if (RELATIVE_AUX.test(w)) {
      if (out.some((x) => !RELATIVE_AUX.test(x))) break;
      if (lead) out.push(w);
      continue;
    }
    // "the workers she needed for the harvest showed up": a second verb is the main clause's.
    if (/^\p{Ll}+ed$/u.test(w) && verbs++ > 0) break;
    out.push(w);
    if (out.length >= MAX_RELATIVE_WORDS) break;
  }
  dropTrailingFunctionWords(out);
  // "that" + a noun ("that the council", "that year") is a complement or a time, no relative clause.
  const head = out[0] ?? '';
  if (!/^\p{Ll}/u.test(head) || isDeterminer(head) || THAT_TIME.test(head)) return '';
  return lead ? `${lead} ${out.join(' ')}` : out.join(' ');
}
