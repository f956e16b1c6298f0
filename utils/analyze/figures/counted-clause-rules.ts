/**
 * What a count measures when no narrower row of `COUNTED_RULES` answered: the counted noun with
 * the clause it stands in, read from the language layer's words around it, never from word lists
 * of a story ("300 workers" in "the plant will lay off 300 workers by June" → "workers the plant
 * will lay off by June"). The noun moves to the front and the clause follows as a relative clause
 * would: its subject and verb before the figure, then what the clause says after it (a
 * preposition's object, a time, a purpose). Evidence: on public news pages the counted noun alone
 * ("workers", "devices") holds about a sixth of the words a reader's label has.
 */
import { LEADING_TIME_DETERMINERS, LEADING_TIME_NOUNS } from '../lexicon/figure-words';
import { NUMBER_WORDS, SCALE_WORDS, TENS_WORDS } from '../lexicon/numbers';
import { alternation } from '../lexicon/words';
import { type MeasureContext, type MeasureRule, whenOf } from './describe';
import {
  dropTrailingFunctionWords,
  FUNCTION_WORDS,
  isDeterminer,
  isInflectedVerb,
  verbBase,
  wordsOf,
} from './grammar';
import { unitCategory } from './patterns';

/** Most words kept of the clause before the figure (unit: words). */
const MAX_BEFORE_WORDS = 7;
/** Most words kept of the clause after the figure (unit: words). */
const MAX_AFTER_WORDS = 8;
/** Words and marks that open or close a clause: the phrase read around a figure stops there. */
const CLAUSE_EDGE =
  /^(?:[,;:()—–“”"]|-|(?:that|which|who)['’]s|that|which|who|whom|whose|where|when|while|because|although|though|if|unless|and|but|or|nor|so|whether|including|such|said|says|told|added|noted)$/iu;
/** Words a figure's qualifier leaves before it ("all 40", "the first 10", "just 12"). */
const QUALIFIER_LEFT =
  /^(?:all|just|only|some|first|last|like|nearly|almost|about|roughly|around|another|other|additional|extra|mere|least|most)$/iu;
/** Words the clause may not end on though they are no function words ("over the next"). */
const EDGE_WORD =
  /^(?:next|past|last|first|nearly|about|almost|some|around|roughly|just|only|more|less|like|even|also|still|once|again|toward|towards|via|than|upon|within|without|despite|through|across|among|amid|near|beyond|behind|below|beside|besides|throughout)$/iu;
const SCALES: ReadonlySet<string> = new Set(SCALE_WORDS);
/** Spelled-out numbers ("two frames"): another figure, which ends the clause read before this one. */
const NUMBER_WORD_SET: ReadonlySet<string> = new Set([...NUMBER_WORDS, ...TENS_WORDS]);
/** A currency sign, a number, or a number's scale word: another figure inside the clause. */
const isFigureWord = (w: string): boolean =>
  /^[$£€¥]?\d/u.test(w) || SCALES.has(w.toLowerCase()) || /^(?:percent|%)$/iu.test(w);

/** Auxiliaries and modals: a verb follows them though the lexicon may not list it ("will lay off"). */
const AUXILIARY =
  /^(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must|do|does|did)$/iu;
/** Whether a word reads as a verb form: an auxiliary, a known verb, or a past form ("racked"). */
const isVerbWord = (w: string): boolean =>
  /^\p{Ll}/u.test(w) &&
  (AUXILIARY.test(w) || verbBase(w) !== null || isInflectedVerb(w) || /^\p{Ll}{3,}ed$/u.test(w));

/** Removes asides in parentheses ("(two vans and a bus)"), which are no part of the clause. */
const withoutAsides = (text: string): string => text.replace(/\([^()]*\)/gu, ' ');

/** A time phrase that may open a clause ("Last year the owners spent"): its determiner and noun. */
const LEADING_TIME_WORD = new RegExp(`^(?:${alternation(LEADING_TIME_DETERMINERS)})$`, 'iu');
const TIME_NOUN_WORD = new RegExp(`^(?:${alternation(LEADING_TIME_NOUNS)})$`, 'iu');
/** Relative pronouns: the clause they open is about the noun phrase before them. */
const RELATIVE = /^(?:that|which|who)$/iu;
/** Words an expletive clause opens with ("Here are 12 of …"), which name nothing. */
const EXPLETIVE = /^(?:here|there)$/iu;
/** Prepositions that open the phrase a relative clause hangs on ("Unlike most ferries, which …"). */
const OPENER = /^(?:unlike|like|despite|besides|amid|among|versus|than)$/iu;
/** Most words kept of the noun phrase a relative clause hangs on (unit: words). */
const MAX_HEAD_WORDS = 4;

/**
 * "a plant in Dayton that will employ": the noun phrase a relative pronoun at `edge` stands for,
 * its last words, or "" when the word before it is no noun ("said that").
 */
function relativeHeadBefore(words: readonly string[], edge: number): string {
  const head: string[] = [];
  for (let i = edge - 1; i >= 0 && head.length < MAX_HEAD_WORDS; i--) {
    const w = words[i] ?? '';
    // "the report, which runs": the comma before a relative pronoun is no end of the noun phrase.
    if (w === ',' && head.length === 0 && i === edge - 1) continue;
    if (CLAUSE_EDGE.test(w) || isFigureWord(w) || isDeterminer(w) || OPENER.test(w)) break;
    // "plant in Dayton": a preposition inside the noun phrase stays.
    const inside = /^(?:of|in|on|for)$/iu.test(w) && head.length > 0;
    if ((FUNCTION_WORDS.has(w.toLowerCase()) && !inside) || (head.length === 0 && isVerbWord(w)))
      break;
    head.unshift(w);
  }
  while (/^(?:of|in|on|for)$/iu.test(head[0] ?? '')) head.shift();
  return head.join(' ');
}

/**
 * The clause before the figure, from its opening word: its subject and verb ("the plant will lay
 * off"), or "" when it has no verb ("Out of", "each year"). A relative clause reads with the noun
 * it hangs on ("a plant that will employ" → "plant will employ").
 */
export function clauseBefore(before: string): string {
  const words = wordsOf(withoutAsides(before)).map((w) => w.text);
  const out: string[] = [];
  let edge = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    if (CLAUSE_EDGE.test(w) || isFigureWord(w) || NUMBER_WORD_SET.has(w.toLowerCase())) {
      edge = i;
      // "60 mph gusts knocked out power to": the unit after another figure is that figure's.
      if (!CLAUSE_EDGE.test(w) && unitCategory(`1 ${out[0] ?? ''}`) !== null) out.shift();
      break;
    }
    out.unshift(w);
  }
  // "all 40", "the first 10": the figure's own qualifier is no part of its clause.
  while (
    out.length > 0 &&
    (isDeterminer(out.at(-1) ?? '') || QUALIFIER_LEFT.test(out.at(-1) ?? ''))
  )
    out.pop();
  let kept = out.slice(-MAX_BEFORE_WORDS).filter((w) => !/^['’]/u.test(w));
  if (EXPLETIVE.test(kept[0] ?? '') && kept.length <= 2) return '';
  // "to pay out": a lower-case word after "to" is a verb though the lexicon may not list it.
  const infinitive = kept.some(
    (w, k) =>
      k > 0 &&
      kept[k - 1] === 'to' &&
      /^\p{Ll}+$/u.test(w) &&
      !FUNCTION_WORDS.has(w) &&
      !isDeterminer(w),
  );
  if (!infinitive && !kept.some(isVerbWord)) return '';
  // "Last year the owners spent": a time opening the clause is said after it ("the owners spent
  // last year").
  if (
    LEADING_TIME_WORD.test(kept[0] ?? '') &&
    TIME_NOUN_WORD.test(kept[1] ?? '') &&
    kept.length > 3
  )
    kept = [...kept.slice(2), ...kept.slice(0, 2).map((w) => w.toLowerCase())];
  // "Assuming each crossing lasts": a participle opening the clause is no part of what it says.
  if (/^\p{Lu}\p{Ll}+ing$/u.test(kept[0] ?? '') && kept.slice(1).some(isVerbWord))
    kept = kept.slice(1);
  // "a plant that will employ": a relative pronoun that is the clause's subject stands for the
  // noun before it; "hopes that the clinic will open" has a subject of its own.
  if (kept.length === out.length && RELATIVE.test(words[edge] ?? '') && isVerbWord(kept[0] ?? '')) {
    const head = relativeHeadBefore(words, edge);
    // "which runs 64 pages": a lone verb without the noun its relative clause is about names
    // nothing; "that is due to reopen" still says what happens to the count.
    if (!head && kept.length < 3) return '';
    if (head) kept = [...head.split(' '), ...kept];
  }
  // "The county has", "In early trials": the clause's first word reads lower-case inside the label.
  const first = kept[0] ?? '';
  if (isDeterminer(first) || (FUNCTION_WORDS.has(first.toLowerCase()) && first !== 'I'))
    kept[0] = first.toLowerCase();
  return kept.join(' ');
}

/**
 * What the clause says after the figure, up to its end: a preposition's object, a time, a
 * purpose or the predicate of a subject count ("on the night shift", "pay to the county's clinics"),
 * other figures left out. After an object count (`object`), a verb is the main clause's and ends it
 * ("anyone who has volunteered on three work days can join").
 */
export function clauseAfter(right: string, object: boolean): string {
  const out: string[] = [];
  // "workers in October were hurt": the time right after the figure is said last, by applyRules.
  const when = whenOf(right);
  const rest = when ? right.slice(right.indexOf(when) + when.length) : right;
  const words = wordsOf(withoutAsides(rest)).map((x) => x.text);
  for (const [k, w] of words.entries()) {
    if (CLAUSE_EDGE.test(w) || /^(?:what|how|why)$/iu.test(w) || out.length >= MAX_AFTER_WORDS)
      break;
    if (object && /^\p{Ll}/u.test(w) && (AUXILIARY.test(w) || isInflectedVerb(w))) break;
    // "on a rock nine miles offshore": a spelled-out number and its unit open another figure.
    if (NUMBER_WORD_SET.has(w.toLowerCase()) && unitCategory(`1 ${words[k + 1] ?? ''}`) !== null)
      break;
    if (isFigureWord(w)) continue;
    out.push(w);
  }
  while (out.length > 0 && EDGE_WORD.test(out.at(-1) ?? '')) {
    out.pop();
    dropTrailingFunctionWords(out);
  }
  dropTrailingFunctionWords(out);
  return out.join(' ');
}

/**
 * A noun phrase a figure measures ("$3 billion in emergency loans" → "emergency loans") with the
 * subject and verb of the clause before the figure ("emergency loans the fund handed out"), or
 * null when that clause has no verb.
 */
export function nounWithClauseBefore(noun: string, before: string): string | null {
  const clause = clauseBefore(before);
  if (!clause) return null;
  const words = `${noun} ${clause}`.split(' ');
  trimEnd(words);
  const label = words.join(' ');
  return label !== noun ? label : null;
}

/** A particle a label may end on after its verb ("handed out", "lay off"); not "in" or "over". */
const END_PARTICLE = /^(?:away|back|down|up|off|out)$/u;

/** Drops what a label may not end on (function words, "over the next"), keeping a verb's particle. */
function trimEnd(words: string[]): void {
  for (;;) {
    const last = words.at(-1) ?? '';
    // "to pay out": a verb the lexicon does not list still reads as one after "to".
    const verb = isVerbWord(words.at(-2) ?? '') || words.at(-3) === 'to';
    if (words.length > 1 && END_PARTICLE.test(last) && verb) return;
    if (words.length > 1 && EDGE_WORD.test(last)) words.pop();
    else if (words.length > 0 && (FUNCTION_WORDS.has(last.toLowerCase()) || isDeterminer(last)))
      words.pop();
    else return;
  }
}

/** The counted noun with its clause, or null when the clause says nothing around the figure. */
function countedInClause(ctx: MeasureContext): string | null {
  const before = clauseBefore(ctx.before);
  const after = clauseAfter(ctx.right, before !== '');
  if (!before && !after) return null;
  const words = [ctx.countedNoun ?? '', before, after].filter(Boolean).join(' ').split(' ');
  // A clause that ends on its preposition ("open to") ends the label on a function word.
  trimEnd(words);
  const label = words.join(' ');
  return label !== ctx.countedNoun ? label : null;
}

/** The clause rows, in order; they run just before the bare counted noun. */
export const COUNTED_CLAUSE_RULES: readonly MeasureRule[] = [
  {
    name: 'counted-in-clause',
    example: {
      sentence: 'Managers said the mill will lay off 300 workers before the holidays.',
      figure: '300 workers',
      measures: 'workers the mill will lay off before the holidays',
    },
    apply: countedInClause,
  },
];
