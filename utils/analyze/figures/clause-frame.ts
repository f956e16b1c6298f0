/**
 * The clause a figure stands in, read as subject + verb chain ("the site had only penetrated",
 * "Gross debt increased") or as the main clause a fronted or inserted time phrase belongs to
 * ("Over the next two years, the mill doubled its output"). The rows that use it build labels
 * that keep whose and what was done (`frame-rules.ts`); everything here is a linear scan of
 * the words left or right of one figure.
 */
import { LEADING_TIME_NOUNS } from '../lexicon/figure-words';
import { NUMBER_WORDS, TENS_WORDS } from '../lexicon/numbers';
import { alternation } from '../lexicon/words';
import { FUNCTION_WORDS, isDeterminer, isInflectedVerb, verbBase, wordsOf } from './grammar';

/** Most words of a subject a frame keeps ("the average U.S. home") (unit: words). */
const MAX_SUBJECT_WORDS = 5;
/** Most words of a main clause a duration's label keeps, cut back to a phrase end (unit: words). */
const MAX_CLAUSE_WORDS = 9;

/** Words that open another clause: the frame is read after the last of them. */
const CLAUSE_BREAK =
  /[;:—–(“”"]|,\s|\b(?:that|which|who|because|while|when|whether|if|although|though|but|so|since|until|unless|where)\s/giu;
/** Auxiliaries, adverbs and raising words inside a verb chain ("has already", "is likely to"). */
const CHAIN_WORD =
  /^(?:has|have|had|will|would|could|can|should|may|might|must|is|are|was|were|be|been|did|does|do|already|only|just|also|still|now|never|even|ever|long|almost|soon|then|once|eventually|finally|likely|set|expected|going|about|able|to|not|\p{Ll}{3,}ly)$/u;
/** Words that may stand between a verb and its counted object ("expand to all", "sold another"). */
export const OBJECT_GAP = /\s+(?:all|of|the|another|some|its|their|his|her|our|only|just)$/iu;
/** Subject pronouns a label may keep ("languages she speaks"). */
const PRONOUN = /^(?:he|she|they|we|i|you|it)$/iu;
/** Spelled-out numbers: a subject holding one is another figure's ("the five commands"). */
const NUMBER_WORD_SET: ReadonlySet<string> = new Set([...NUMBER_WORDS, ...TENS_WORDS]);
/** Pronouns that are only subjects ("it" may be an object: "push it toward"). */
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you)$/iu;
/** Prepositions the figures' function words leave out; never a verb. */
const PREPOSITION =
  /^(?:toward|towards|across|through|within|without|onto|upon|via|among|beyond|despite|like|near|around|along|behind|below|beneath|inside|outside|past|versus)$/u;
/** A time phrase that may open a clause before its subject ("At the time", "In 2019", "Last year"). */
const LEADING_TIME = new RegExp(
  `^(?:(?:at|in|on|by|during|for|over)\\s+(?:the\\s+|that\\s+|this\\s+)?(?:\\d{4}|(?:${alternation(LEADING_TIME_NOUNS)})s?)|(?:last|this|next|each|every)\\s+(?:${alternation(LEADING_TIME_NOUNS)}))\\s+`,
  'iu',
);

/** A clause's subject and the verb chain that ends right before a figure. */
export interface LeftFrame {
  subject: string;
  verbs: string;
}

/** Whether a lower-case word reads as a verb form: a known verb, or a regular past form. */
function verbLike(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && (verbBase(word) !== null || /^\p{Ll}{3,}ed$/u.test(word));
}

/**
 * Asides between a subject and its verb: a parenthesis, a relative clause or an appositive set
 * between commas (", which the council built," / ", the city's largest employer,").
 */
const ASIDE = /\([^()]*\)|,\s(?:which|who|whose|where|the|a|an)\s[^,;:]*,(?=\s+\p{Ll})/gu;

/** The text of a figure's clause before it, asides left out, and the word that opened it. */
function clauseBefore(before: string): { clause: string; opener: string; prior: string } {
  const text = before.replace(ASIDE, ' ');
  let from = 0;
  let opener = '';
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    from = m.index + m[0].length;
    opener = m[0].trim().toLowerCase();
  }
  return { clause: text.slice(from).trim(), opener, prior: text.slice(0, from) };
}

/**
 * "The kiosk opened in May but has already sold 900 tickets": a verb after "but" or "and"
 * shares the subject that opens the clause before it, the words up to its first verb.
 */
function sharedSubject(prior: string): string[] {
  // The clause the "but" or "and" closes, not the sentence's first ("…, which launched in 1998
  // and sold" has no subject of its own to share).
  const text = prior.replace(/\s*\b(?:but|and)\s*$/iu, '');
  let from = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  const words = wordsOf(text.slice(from)).map((w) => w.text);
  const out: string[] = [];
  for (const w of words) {
    if (/^[,;:()—–]$/u.test(w) || verbLike(w) || CHAIN_WORD.test(w)) break;
    out.push(w);
  }
  return out.length < words.length ? out : [];
}

/** Most words of an appositive between a name and its relative clause (unit: words). */
const MAX_APPOSITIVE_WORDS = 10;
/**
 * A name that opens its clause or follows "is"/"be", then an appositive that runs to the end
 * ("may be Dakota, a rural state last decade"); a name after a preposition ("a plant in Dayton that")
 * is no head.
 */
const NAME_THEN_APPOSITIVE =
  /(?:^|[,;:]\s*|\b(?:is|are|was|were|be|been)\s+)(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*),\s+([^,;:()—–]+?)[\s,]*$/u;
/** A name that opens its clause and ends the text ("…, Hoenig,"). */
const NAME_AT_END =
  /(?:^|[,;:]\s*|\b(?:is|are|was|were|be|been)\s+)(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)[\s,]*$/u;

/**
 * "Dakota, a rural state that is forecast to win", "Ohio, scene of the race, which is likely to
 * pick up": the name a relative clause without a subject of its own is about, read before its
 * "that", "which" or "who"; [] when no name stands there.
 */
function antecedent(prior: string): string[] {
  const text = prior.replace(/\s*\b(?:that|which|who)\s*$/iu, '');
  const apposed = NAME_THEN_APPOSITIVE.exec(text);
  const aside = apposed?.[2] ?? '';
  const asideWords = wordsOf(aside).map((w) => w.text);
  const name =
    apposed?.[1] &&
    asideWords.length <= MAX_APPOSITIVE_WORDS &&
    // A base form may be a noun ("a close race"); an inflected form is another clause's verb.
    !asideWords.some(
      (w) =>
        /^\p{Ll}+$/u.test(w) &&
        (isInflectedVerb(w) || /^\p{Ll}{3,}ed$/u.test(w) || /^(?:is|are|was|were)$/u.test(w)),
    )
      ? apposed[1]
      : (NAME_AT_END.exec(text)?.[1] ?? '');
  const words = name.split(/\s+/u).filter(Boolean);
  // A capital that only opens the sentence ("Then") or a function word is no name.
  return words.length > 0 && !FUNCTION_WORDS.has(words[0]?.toLowerCase() ?? '') ? words : [];
}

/** Most words of a subject read from a clause's start (unit: words). */
const MAX_OPENING_SUBJECT_WORDS = 4;

/**
 * The subject that opens the last clause of `text`, its determiner dropped ("Last spring, the
 * bakery rejected a bid" → "bakery"), or "" when it is no short noun phrase: a pronoun, a
 * number, a preposition, or no verb after it.
 */
export function openingSubject(text: string): string {
  const words = sharedSubject(text);
  if (words.length > 0 && isDeterminer(words[0] ?? '')) words.shift();
  const ok =
    words.length > 0 &&
    words.length <= MAX_OPENING_SUBJECT_WORDS &&
    words.every(
      (w, i) =>
        !/\d/u.test(w) &&
        !PRONOUN.test(w) &&
        !NUMBER_WORD_SET.has(w.toLowerCase()) &&
        (!FUNCTION_WORDS.has(w.toLowerCase()) || (i > 0 && w.toLowerCase() === 'of')) &&
        !isDeterminer(w),
    );
  return ok ? words.join(' ') : '';
}

/**
 * The subject and verb chain of the clause that ends right before a figure ("The site had only
 * penetrated 800 schools" → subject "The site", verbs "had only penetrated"), or null when the
 * words before the figure are no subject and verb. `gap` is what may stand between the verb and
 * the figure (a counted object's determiners, or "from 60 percent to" before a new level).
 */
export function leftFrame(
  before: string,
  gap: RegExp = OBJECT_GAP,
  copula = false,
): LeftFrame | null {
  const { clause: read, opener, prior } = clauseBefore(before);
  let clause = read;
  for (let strip = clause.replace(gap, ''); strip !== clause; strip = clause.replace(gap, ''))
    clause = strip;
  clause = clause.replace(LEADING_TIME, '');
  const words = wordsOf(clause).map((w) => w.text);
  // The verb ends the clause, or a particle follows it ("picked up", "racked up").
  let end = words.length - 1;
  // "to pick up": after "to", any word before a particle is a verb.
  if (
    /^(?:up|out|down|off)$/u.test(words[end] ?? '') &&
    (verbLike(words[end - 1] ?? '') || words[end - 2] === 'to')
  )
    end--;
  const last = words[end] ?? '';
  const isCopula = copula && /^(?:is|are|was|were|been|has|have|had)$/u.test(last);
  // A lower-case word right after a pronoun or an auxiliary is a verb ("she speaks", "had seen").
  const afterSubject =
    /^\p{Ll}+$/u.test(last) &&
    !FUNCTION_WORDS.has(last) &&
    !isDeterminer(last) &&
    !PREPOSITION.test(last) &&
    (SUBJECT_PRONOUN.test(words[end - 1] ?? '') || CHAIN_WORD.test(words[end - 1] ?? ''));
  if (!isCopula && ((!verbLike(last) && !afterSubject) || CHAIN_WORD.test(last))) return null;
  let k = end - 1;
  while (k >= 0 && CHAIN_WORD.test(words[k]?.toLowerCase() ?? '')) k--;
  // "wants to raise": a verb that takes "to" belongs to the chain.
  while (k >= 1 && words[k + 1] === 'to' && verbLike(words[k] ?? '')) {
    k--;
    while (k >= 0 && CHAIN_WORD.test(words[k]?.toLowerCase() ?? '')) k--;
  }
  let subject = words.slice(0, k + 1);
  if (subject.length === 0 && /^(?:but|and)$/u.test(opener)) subject = sharedSubject(prior);
  // Read on the text as written: an aside the clause reader drops may hold the name.
  if (subject.length === 0 && /^(?:that|which|who)$/u.test(opener))
    subject = antecedent(before.slice(0, before.toLowerCase().lastIndexOf(opener)));
  // "everyone knows you spent", "found they could save": a pronoun opens a clause of its own.
  const pronounAt = subject.findLastIndex((w) => PRONOUN.test(w));
  // "allows you to get": a pronoun before "to" is the object of the verb before it.
  if (pronounAt > 0 && pronounAt === subject.length - 1) {
    if (words[k + 1] === 'to') return null;
    subject = subject.slice(pronounAt);
  }
  if (subject.length === 0 || subject.length > MAX_SUBJECT_WORDS) return null;
  const ok = subject.every(
    (w, i) =>
      !/\d/u.test(w) &&
      !NUMBER_WORD_SET.has(w.toLowerCase()) &&
      !verbLike(w) &&
      (!FUNCTION_WORDS.has(w.toLowerCase()) ||
        (i === 0 && (isDeterminer(w) || PRONOUN.test(w))) ||
        (i > 0 && w.toLowerCase() === 'of')),
  );
  if (!ok || (subject.length > 1 && PRONOUN.test(subject[0] ?? ''))) return null;
  // "The remaining": a determiner and an adjective name nothing.
  const head = subject.at(-1) ?? '';
  if (isDeterminer(head) || /^\p{Ll}+ing$/u.test(head)) return null;
  // "The site" → "the site", "Winter timetable" → "winter timetable" (a capital that only opens
  // the clause; "New York" keeps its own); a pronoun reads lower-case inside a label.
  const first = subject[0] ?? '';
  const opensOnly =
    subject.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(first) && /^\p{Ll}/u.test(subject[1] ?? '');
  if (isDeterminer(first) || (PRONOUN.test(first) && first !== 'I') || opensOnly)
    subject[0] = first.toLowerCase();
  return { subject: subject.join(' '), verbs: words.slice(k + 1, end + 1).join(' ') };
}

/** Prepositions a clause may end on before a counted figure ("available to", "performed in"). */
const CLAUSE_PREPOSITION = /^(?:to|in|on|into|from|for|by|at|across|among|with)$/u;
/** Verb forms that may open a predicate after its subject, besides the known verbs. */
const PREDICATE_OPENER =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must)$/u;
/** Most words of a predicate read between a subject and a clause-final preposition (unit: words). */
const MAX_PREDICATE_WORDS = 6;

/** A clause that ends on a preposition before a figure: its subject, predicate and preposition. */
export interface PrepositionFrame {
  subject: string;
  predicate: string;
  preposition: string;
}

/**
 * "The network makes service available to 18 million people" → subject "the network",
 * predicate "makes service available", preposition "to": a clause whose last word is the
 * preposition that takes the figure; null when the words before it are no subject and verb.
 */
export function prepositionFrame(before: string): PrepositionFrame | null {
  const { clause: read, opener } = clauseBefore(before);
  let clause = read;
  for (
    let strip = clause.replace(OBJECT_GAP, '');
    strip !== clause;
    strip = clause.replace(OBJECT_GAP, '')
  )
    clause = strip;
  clause = clause.replace(LEADING_TIME, '');
  const words = wordsOf(clause).map((w) => w.text);
  const preposition = words.pop() ?? '';
  if (!CLAUSE_PREPOSITION.test(preposition)) return null;
  const v = words.findIndex((w) => verbLike(w) || PREDICATE_OPENER.test(w));
  if (v < 0) return null;
  let subject = words.slice(0, v);
  let relative = /^(?:that|which|who)$/u.test(opener) ? opener : '';
  // "driving, which troopers cited as a factor in 2,870 crashes": the relative pronoun is the
  // verb's object, so the clause says nothing whole without it.
  // ("is that the pass is valid on": "that" with a subject of its own is a conjunction.)
  if (/^(?:which|who)$/u.test(relative) && subject.length > 0) return null;
  // "Ana Lima, who's dissented from": a contracted relative pronoun opens the clause as well.
  const contracted = /^(that|which|who)['’]\p{Ll}+$/iu.exec(subject[0] ?? '');
  if (contracted?.[1] && subject.length === 1) {
    relative = contracted[1].toLowerCase();
    subject = [];
  }
  if (subject.length === 0 && relative) {
    const at = before.toLowerCase().lastIndexOf(relative);
    subject = at < 0 ? [] : antecedent(before.slice(0, at));
  }
  const predicate = words.slice(v);
  const ok =
    subject.length > 0 &&
    subject.length <= MAX_SUBJECT_WORDS &&
    predicate.length <= MAX_PREDICATE_WORDS &&
    [...subject, ...predicate].every((w) => !/\d/u.test(w) && !/^[,;:()—–]$/u.test(w)) &&
    subject.every(
      (w, i) =>
        !NUMBER_WORD_SET.has(w.toLowerCase()) &&
        !PRONOUN.test(w) &&
        (!FUNCTION_WORDS.has(w.toLowerCase()) ||
          (i === 0 && isDeterminer(w)) ||
          (i > 0 && w.toLowerCase() === 'of')),
    );
  if (!ok) return null;
  if (isDeterminer(subject[0] ?? '')) subject[0] = subject[0]?.toLowerCase() ?? '';
  return { subject: subject.join(' '), predicate: predicate.join(' '), preposition };
}

/** Drops words from the end until the phrase ends on a content word ("grew into a" → "grew"). */
function trimEnd(words: string[]): string[] {
  const out = [...words];
  while (
    out.length > 0 &&
    (FUNCTION_WORDS.has(out.at(-1)?.toLowerCase() ?? '') ||
      isDeterminer(out.at(-1) ?? '') ||
      CHAIN_WORD.test(out.at(-1) ?? ''))
  )
    out.pop();
  return out;
}

/**
 * The words of a main clause read from the start of `text` up to its end, cut back to the end
 * of a phrase when it runs past MAX_CLAUSE_WORDS; "" when it has no verb.
 */
export function mainClause(text: string): string {
  const words: string[] = [];
  for (const { text: w } of wordsOf(text)) {
    if (/^[,;:()—–]$/u.test(w) || /^\d/u.test(w)) break;
    if (/^(?:that|which|who|because|while|when|whether|if|although|but|so)$/iu.test(w)) break;
    words.push(w);
  }
  let out = words;
  if (out.length > MAX_CLAUSE_WORDS) {
    out = out.slice(0, MAX_CLAUSE_WORDS);
    // Cut before the last preposition so no noun phrase is left half ("into a massive").
    const cut = out.findLastIndex((w, i) => i > 1 && FUNCTION_WORDS.has(w.toLowerCase()));
    if (cut > 1) out = out.slice(0, cut);
  }
  out = trimEnd(out);
  const hasVerb = out.some(
    (w, i) => i > 0 && (verbLike(w) || /^(?:is|are|was|were|has|have|had|will)$/u.test(w)),
  );
  return out.length >= 2 && hasVerb ? out.join(' ') : '';
}

/** A participle phrase after a comma, up to the figure (", towering at", ", rising to"). */
const PARTICIPLE_TAIL = /,\s*\p{Ll}+ing\s+(?:\p{Ll}+\s+)?$/u;
/** The subject before a copula or verb of standing that opens a clause ("the old mill is"). */
const STANDING_SUBJECT =
  /^(?:the\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*|[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+(?:it\s+)?(?:is|was|are|were|stands|stood|rises|rose)\b/u;

/** The subject of the clause a participle phrase before the figure follows, or "". */
export function participleOwner(before: string): string {
  const tail = PARTICIPLE_TAIL.exec(before);
  if (!tail) return '';
  const clause =
    before
      .slice(0, tail.index)
      .split(/[,;:—–(]/u)
      .at(-1)
      ?.trim() ?? '';
  return STANDING_SUBJECT.exec(clause)?.[1] ?? '';
}
