/** The verb that governs a figure, with its subject and object, read from the clause to its left. */

import { PREPOSITIONS } from '../lexicon';
import {
  FALL_STEMS,
  LIGHT_VERBS,
  PREDICTED_STATE_WORDS,
  RISE_STEMS,
  VERB_COMPANIONS,
} from '../lexicon/quantity-verbs';
import { appositive, contactHead, relativeHead } from './agent-subjects';
import { openingSubject } from './clause-frame';
import {
  FUNCTION_WORDS,
  isDeterminer,
  participle,
  phraseAfter,
  phraseBefore,
  verbBase,
  type Word,
  wordsOf,
} from './grammar';

/** Words scanned left of a figure to find its verb; further than this the verb is another clause's. */
const VERB_WINDOW_WORDS = 16;
/** A duration is what a verb took only this close to it ("took 104 days", "worked double shifts for six weeks") (unit: words, verb included). */
const DURATION_VERB_MAX_WORDS = 6;

const LIGHT: ReadonlySet<string> = new Set(LIGHT_VERBS);
const COMPANIONS: ReadonlySet<string> = new Set(VERB_COMPANIONS);
const PREDICTED: ReadonlySet<string> = new Set(PREDICTED_STATE_WORDS);
const CHANGE_NOUNS: [RegExp, string][] = [
  [new RegExp(`^(?:${RISE_STEMS.join('|')})`), 'rise'],
  [new RegExp(`^(?:${FALL_STEMS.join('|')})`), 'fall'],
];

/** The verb governing a figure, its subject and object. */
export interface Agent {
  /** The text from the verb to the figure. */
  between: string;
  /** A passive verb: `object` then holds its subject, what the figure is for. */
  passive?: boolean;
  verb: string;
  subject: string;
  object: string;
  /** The subject is the name before ", which" or ", who": the count rows read that clause themselves. */
  relative?: boolean;
  /** A past form the lexicon does not list ("racked"): it says only what was done to a counted or named object. */
  unlisted?: boolean;
}

/** Whether a light verb ("have", "take") hands its meaning to the noun or verb after it. */
export const isLightVerb = (base: string): boolean => LIGHT.has(base);

/** The change noun for a verb of change ("rose" → "rise"), or null. */
export function changeNoun(verb: string): string | null {
  for (const [pattern, noun] of CHANGE_NOUNS) if (pattern.test(verb)) return noun;
  return null;
}

/**
 * Whether an agent's verb acted on the figure's "of" complement: any verb but one of change,
 * and a verb of change too when the figure is its direct object, with no preposition between
 * ("The club lost 40% of its members", "could gain 10% of the market"; not "Debt rose to 45%
 * of income", where the share is the subject's level).
 */
export function actsOnComplement(agent: Agent): boolean {
  if (!changeNoun(agent.verb)) return true;
  const after = (agent.between.toLowerCase().match(/\p{L}+/gu) ?? []).slice(1);
  return after.every((w) => !PREPOSITIONS.has(w) && !isDeterminer(w));
}

/**
 * Whether the clause's verb says what a figure measures: always, except for a duration across
 * a comma or far from its verb ("Shares fell 11%, their worst day in more than two years";
 * "The patch adds a lamp that lights the next door after three minutes").
 */
export function agentReaches(agent: Agent, category: string): boolean {
  if (category !== 'duration') return true;
  const between = agent.between;
  return (
    !between.includes(',') &&
    between.split(/\s+/u).filter(Boolean).length <= DURATION_VERB_MAX_WORDS
  );
}

/**
 * "capital spending", "consumer borrowing": an -ing form right after a singular common noun is a
 * compound noun ("forces holding 26,000 square kilometers" is a verb, so is ", falling").
 */
function isCompoundIng(words: readonly Word[], i: number): boolean {
  const before1 = words[i - 1]?.text ?? '';
  return (
    /ing$/u.test(words[i]?.text ?? '') &&
    /^\p{Ll}+$/u.test(before1) &&
    !/s$/u.test(before1) &&
    !COMPANIONS.has(before1) &&
    !FUNCTION_WORDS.has(before1) &&
    !verbBase(before1)
  );
}

/** Nouns that share a verb's form ("cost", "record", "trade") count as verbs only after a subject. */
function isNounByPosition(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1]?.text.toLowerCase() ?? '';
  const prev2 = words[i - 2]?.text ?? '';
  // "suspended without pay", "a pass for travel": right after a preposition it is a noun ("for
  // defrauding" is a verb all the same).
  if (isDeterminer(prev) || prev === 'of') return true;
  // "a $7 million offer", "a 12-year deal": a verb form right after a number is a noun.
  if (/^(?:[$£€]?\d[\d.,]*|thousand|million|billion|trillion|bn)$/u.test(prev)) return true;
  if (/^(?:without|with|for|from|into)$/u.test(prev) && !/ing$/u.test(words[i]?.text ?? ''))
    return true;
  // "The economy grew", "the company raised": a past form after a noun is the verb.
  if (isPastForm(words[i]?.text ?? '')) return false;
  // "A pair costs $9", "the fund totals $40m": a present form right before the figure is the verb.
  if (i === words.length - 1 && /\p{Ll}s$/u.test(words[i]?.text ?? '') && !isDeterminer(prev))
    return false;
  // "the annual record" is a noun; "The Kenyan shaved", "The K9 sells" (a past or present
  // form after a proper noun) are not.
  const afterProperNoun =
    /(?:ed|s)$/u.test(words[i]?.text ?? '') && /^\p{Lu}/u.test(words[i - 1]?.text ?? '');
  return isDeterminer(prev2) && !FUNCTION_WORDS.has(prev) && !verbBase(prev) && !afterProperNoun;
}

/** A lower-case past form: "raised", "grew" (not a noun that shares a verb's base, like "record"). */
function isPastForm(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  const base = verbBase(word);
  return base !== null && base !== word && !/(?:s|ing)$/u.test(word);
}

/** Words right before a figure in which a past form not in the lexicon still reads as its verb ("racked up 800 views") (unit: words). */
const UNLISTED_VERB_REACH = 2;
/** A past form of a verb the lexicon does not list ("penetrated", "bolstered"); not after a determiner ("an estimated"). */
function isUnlistedPast(words: readonly Word[], i: number): boolean {
  const w = words[i]?.text ?? '';
  const prev = words[i - 1]?.text ?? '';
  return (
    /^\p{Ll}{3,}ed$/u.test(w) &&
    !/eed$/u.test(w) &&
    !isDeterminer(prev) &&
    // "bought or rented for $2": the listed verb before "or" governs.
    !/^(?:of|or|and)$/iu.test(prev) &&
    !FUNCTION_WORDS.has(w)
  );
}

/** A past participle: one ending in "-ed", "-en" or "-ught", or the lexicon's irregular one ("sold", "held"). */
function isPastParticiple(word: string): boolean {
  if (/ed$|en$|ught$/u.test(word)) return true;
  const base = verbBase(word);
  // "be cut", "was set": a participle that is its own base form is one all the same.
  return base !== null && participle(base) === word && (base !== word || !/ed$/u.test(word));
}

/** Index of the last word before the verb at `i` that is not an auxiliary, and whether the verb is passive. */
function subjectEnd(words: readonly Word[], i: number): { j: number; passive: boolean } {
  const w = words[i]?.text ?? '';
  let j = i - 1;
  let passive = false;
  for (;;) {
    while (
      j >= 0 &&
      COMPANIONS.has(words[j]?.text.toLowerCase() ?? '') &&
      // "is set to cost" skips "set"; in "a set costs $25" it is the subject.
      !(PREDICTED.has(words[j]?.text.toLowerCase() ?? '') && words[j + 1]?.text !== 'to')
    ) {
      if (/^(?:be|been|being|is|are|was|were)$/u.test(words[j]?.text.toLowerCase() ?? ''))
        passive = passive || isPastParticiple(w);
      j--;
    }
    // "agreed to invest", "plans to spend": the subject is before the verb that takes "to".
    const head = words[j]?.text ?? '';
    if (
      words[j + 1]?.text === 'to' &&
      j >= 0 &&
      // "has gone to attract": forms of "go" are no quantity verb but take "to" all the same.
      (verbBase(head) !== null || /^(?:\p{Ll}+(?:ed|s)|go|went|gone)$/u.test(head))
    ) {
      j--;
      continue;
    }
    // "went on to attract", "set out to hire": a verb and its particle take the "to" as well.
    if (
      words[j + 1]?.text === 'to' &&
      j >= 1 &&
      /^(?:on|out|ahead)$/u.test(head) &&
      /^\p{Ll}{2,}$/u.test(words[j - 1]?.text ?? '') &&
      !FUNCTION_WORDS.has(words[j - 1]?.text ?? '')
    ) {
      j -= 2;
      continue;
    }
    break;
  }
  return { j, passive };
}

/** Particles a verb may take before its object ("racked up", "paid out"). */
const DIRECT_PARTICLE = /^(?:up|down|out|off|back|away)$/u;

/** Words that open a clause: the subject is read after them. */
const CLAUSE_OPENERS =
  /^(?:that|which|who|when|while|because|if|whether|after|before|as|and|but)$/iu;
/** Most words of a subject read forwards from its clause's start (unit: words). */
const MAX_SUBJECT_WORDS = 5;

/** Prepositions that may open a sentence before its subject. */
const OPENING_PREPOSITION =
  /^(?:unlike|like|despite|besides|amid|among|after|before|during|in|on|at|for|with|without|since|by|from|under|over)$/iu;

/**
 * The subject at the start of the clause when a participle phrase hides it from the verb ("A
 * clip of the mayor dancing on a table racked up 800,000 views" → "clip of the mayor"), else "".
 */
function hiddenSubject(words: readonly Word[], j: number): string {
  let from = j;
  while (from > 0) {
    const w = words[from - 1]?.text ?? '';
    // "wearing a hat and jumping into a pond": "and" between two participles opens no clause.
    const participles = /^and$/iu.test(w) && /^\p{Ll}+ing$/u.test(words[from]?.text ?? '');
    if (/^[,;:()—–]$/u.test(w) || (CLAUSE_OPENERS.test(w) && !participles)) break;
    from--;
  }
  const clause = words.slice(from, j + 1).map((w) => w.text);
  // "Unlike radio spending, which …, print ad revenue totaled": a clause that opens on a
  // preposition opens on no subject.
  if (OPENING_PREPOSITION.test(clause[0] ?? '')) return '';
  const ing = clause.findIndex(
    // "borrowing costs rose": an -ing word right before the verb's noun is a modifier.
    // "the mayor dancing on a table": a preposition or determiner after it makes it a verb.
    (w, k) =>
      k > 0 &&
      k < clause.length - 2 &&
      /^\p{Ll}+ing$/u.test(w) &&
      (!isCompoundIng(words, from + k) ||
        FUNCTION_WORDS.has(words[from + k + 1]?.text.toLowerCase() ?? '')),
  );
  if (ing < 0) return '';
  const out: string[] = [];
  for (const w of clause.slice(0, ing)) {
    const lower = w.toLowerCase();
    if (out.length === 0 && isDeterminer(w)) continue;
    if (out.length >= MAX_SUBJECT_WORDS || /^\d/u.test(w)) break;
    // "video of the mayor": a determiner after "of" stays.
    if (isDeterminer(w) && out.at(-1) === 'of') {
      out.push(w);
      continue;
    }
    if (FUNCTION_WORDS.has(lower) && !(lower === 'of' && out.length > 0)) break;
    out.push(w);
  }
  while (out.at(-1)?.toLowerCase() === 'of') out.pop();
  // "you’re looking": a pronoun's contraction is no subject a label can name.
  if (/^(?:you|we|they|i|he|she|it)['’]\p{L}+$/iu.test(out[0] ?? '')) return '';
  return out.join(' ');
}

/** Words that open a subordinate clause: a participle after one does not share the main subject. */
const SUBORDINATE =
  /\b(?:that|which|who|because|while|when|whether|if|although|though|since|until|unless|where|after|before)\b/iu;
/** Most tokens of an "of" phrase that sizes a passive subject ("of more than $1,600 a month" is 7: the tokenizer splits "1,600") (unit: tokens). */
const MAX_SIZE_WORDS = 8;

/** The verb governing a figure at `start` and its subject, read from the clause to its left. */
export function findAgent(sentence: string, start: number): Agent | null {
  // Relative clauses and participle phrases between a subject and its verb hide the subject:
  // ", which sells the H100 chip,", ", used by steelmakers and builders,".
  const left = sentence
    .slice(0, start)
    .replace(/,\s(?:which|who|whose|where|\p{Ll}+ed\s(?:by|in|for|as))\s[^,]*,/gu, (m) =>
      ' '.repeat(m.length),
    )
    // "the rate on reserves (IOER) at 25bp": a parenthesis is an aside.
    .replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length));
  const words = wordsOf(left);
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < VERB_WINDOW_WORDS; i--, seen++) {
    const w = words[i]?.text ?? '';
    if (/^[;:()—–]$/.test(w)) return null;
    // "Ferry spending, which will pass $2 billion": a relative clause without a verb the lexicon
    // knows before the figure; the words left of its pronoun are another clause's.
    if (/^(?:which|who)$/iu.test(w) && words[i - 1]?.text === ',') return null;
    if (/^[A-Z]/.test(w) && i > 0) continue;
    let base = verbBase(w);
    // An unlisted past form governs only a figure right after it ("racked up 800", "signed a"):
    // "hovered near 40", "studied this problem three times" are no objects.
    const unlisted =
      !base &&
      seen < UNLISTED_VERB_REACH + 1 &&
      isUnlistedPast(words, i) &&
      words.slice(i + 1).every((x) => isDeterminer(x.text) || DIRECT_PARTICLE.test(x.text));
    if (unlisted) base = w;
    if (!base) continue;
    if (isCompoundIng(words, i)) continue;
    // "borrowing costs", "rising prices": a plural after an -ing modifier is a noun, and so is
    // the modifier itself.
    if (/s$/u.test(w) && /ing$/u.test(words[i - 1]?.text ?? '')) {
      i--;
      seen++;
      continue;
    }
    // "tax cuts of $40": a verb form followed by "of" is a noun.
    if (words[i + 1]?.text.toLowerCase() === 'of') continue;
    // "worked double shifts": a base form right after a past form is its object's modifier.
    if (base === w.toLowerCase() && /^\p{Ll}+ed$/u.test(words[i - 1]?.text ?? '')) continue;
    // A noun that shares a listed verb's form ("the annual record"); an unlisted past form is none.
    if (!unlisted && isNounByPosition(words, i)) continue;
    let verbIndex = i;
    const next = words[i + 1]?.text ?? '';
    if (LIGHT.has(base) && verbBase(next) && !LIGHT.has(verbBase(next) ?? '')) {
      base = verbBase(next) ?? base;
      verbIndex = i + 1;
    }
    // "had been to seven weddings": a form of have or be says nothing a figure measures.
    if (base === 'have' || base === 'be') return null;
    const { j, passive } = subjectEnd(words, i);
    const between = sentence.slice(words[i]?.start ?? 0, start);
    // "movies can be bought for $2": the subject of a passive is what the figure is for.
    if (passive) {
      // "Pensions of more than $1,600 a month will be cut": the noun a figure sizes with "of".
      const of = words.findLastIndex((x, k) => k <= j && x.text === 'of');
      const size = words.slice(of + 1, j + 1);
      const sized =
        of > 0 &&
        size.length <= MAX_SIZE_WORDS &&
        size.some((x) => /\d/u.test(x.text)) &&
        !/[;:()—–]|,\s/u.test(left.slice(words[of]?.end ?? 0, words[j]?.end ?? 0)) &&
        !size.some((x) => CLAUSE_OPENERS.test(x.text));
      const patient = phraseBefore(words.slice(0, sized ? of : j + 1));
      return patient ? { between, verb: base, subject: '', object: patient, passive: true } : null;
    }
    // "rejected a $7 million bid, holding out for $9 million": a participle right after
    // a comma shares the subject of the clause before it, not the noun the comma follows.
    // Not after a subordinate clause ("since a storm cracked the dock, ending a shutdown").
    if (
      /^\p{Ll}+ing$/u.test(w) &&
      words[j]?.text === ',' &&
      j === i - 1 &&
      !SUBORDINATE.test(sentence.slice(0, words[j]?.start ?? 0))
    ) {
      const main = findAgent(sentence, words[j]?.start ?? 0);
      const shared =
        main?.subject && !main.passive
          ? main.subject
          : openingSubject(sentence.slice(0, words[j]?.start ?? 0));
      if (shared) return { between, verb: base, subject: shared, object: '' };
    }
    const read =
      relativeHead(words, j) ||
      hiddenSubject(words, j) ||
      contactHead(words, j) ||
      phraseBefore(words.slice(0, j + 1)) ||
      appositive(words, j);
    // "Last spring she sold": a time word left of a pronoun subject is no subject.
    // "based on soundings taken": a phrase opened by a participle is no subject either.
    // "in return Lima gave": a noun right after a preposition is its object; the name after it
    // is the subject.
    const size = read.split(/\s+/u).length;
    const split = /^\p{Ll}[\p{L}-]*\s+(\p{Lu}.*)$/u.exec(read);
    const named =
      split?.[1] && PREPOSITIONS.has(words[j - size]?.text.toLowerCase() ?? '') ? split[1] : read;
    const subject =
      /^(?:last|this|next|each|every)$/iu.test(named) || /^\p{Ll}+ed\b/u.test(named) ? '' : named;
    const object = phraseAfter(
      words
        .slice(verbIndex + 1)
        .map((x) => x.text)
        .join(' '),
    );
    // "Cargoes held up better, falling just 2.5%": a participle after a comma shares the
    // subject of the clause before it.
    if (!subject && /ing$/u.test(w) && words[i - 1]?.text === ',') {
      const main = findAgent(sentence, words[i - 1]?.start ?? 0);
      if (main?.subject) return { between, verb: base, subject: main.subject, object: '' };
    }
    // "Kestrel raised $5 million and topped a $40 million valuation": a verb right after "and"
    // shares the subject of the verb before it.
    if (!subject && j === i - 1 && /^(?:and|or)$/iu.test(words[j]?.text ?? '')) {
      const main = findAgent(sentence, words[j]?.start ?? 0);
      // Only the verb of the same clause: none across a comma or a relative pronoun.
      const sameClause = main && !/[,;:—–()]|\b(?:which|who|that)\b/iu.test(main.between);
      if (main?.subject && !main.passive && sameClause)
        return { between, verb: base, subject: main.subject, object };
    }
    const relative =
      subject !== '' &&
      words[j - 1]?.text === ',' &&
      /^(?:which|who)$/iu.test(words[j]?.text ?? '');
    const found: Agent = { between, verb: base, subject, object };
    if (unlisted) found.unlisted = true;
    if (relative) found.relative = true;
    return found;
  }
  return null;
}
