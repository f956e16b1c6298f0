/**
 * What the quote rules read around a quoted span (rules.ts): title case and capitals, the speech
 * verb after a quote or anywhere in its sentence outside quotation marks, the list of quotations
 * a span belongs to, and the cue patterns before a quote (title nouns, naming verbs, credits).
 */
import {
  ATTRIBUTION_VERBS,
  QUOTE_CUE_WORDS,
  QUOTE_SPEAKER_OPENERS,
  SPEECH_VERBS,
  TITLE_SMALL_WORDS,
} from '../lexicon';
import { memoized } from '../memo';
import { tokenize, wordList } from '../tokens';
import { rawSpans } from './marks';

/** Longest quoted phrase, in words, treated as a scare quote when it sits inside a sentence. */
export const SCARE_QUOTE_MAX_WORDS = 3;

/** Longest quotation, in words, that can be a title or a heading. */
export const TITLE_MAX_WORDS = 10;

/** Share of capitalized content words from which a short quotation reads as a title (0–1). */
export const TITLE_CASE_SHARE = 0.7;

/** Share of uppercase letters from which a quotation is an ALL-CAPS heading (0–1). */
const ALL_CAPS_SHARE = 0.8;

/**
 * Nouns that announce a title in quotation marks ("his 1987 book “Trump: …”"), lower case as
 * written mid-sentence ("Song" is a surname).
 */
export const TITLE_CUES =
  /\b(?:book|books|novel|memoir|biography|film|movie|documentary|album|song|play|musical|opera|poem|painting|exhibition|podcast|episode|titled|entitled|headlined)\s*,?\s*$/u;

/**
 * Nouns that announce a title only when the quotation is written like one: "the show “Harbour
 * Nights”" is a title, but "called the show “the best on radio”" and "a report “was wrong”"
 * quote someone.
 */
export const WEAK_TITLE_CUES =
  /\b(?:series|show|programme|program|single|track|paper|study|article|essay|column|report|slogan|campaign|hashtag|game|app)\s*,?\s*$/u;

/** A noun for a piece of writing or a show, then a comma, right before a quotation. */
export const TITLE_APPOSITION =
  /\b(?:commentary|column|op-ed|editorial|essay|article|piece|headline|book|novel|memoir|song|film|album|poem|play|documentary|podcast|show|series)\s*,\s*$/iu;

/** An invitation to follow an account ("Follow Ana Lima on Twitter @analima"). */
export const FOLLOW_LINE =
  /^Follow\b[^.!?]{0,80}\b(?:on|at)\s+(?:Twitter|Facebook|Instagram|Threads|Bluesky|X)\b/u;

/**
 * A credit line after a title: "by" and an author, possessive outlet first ("by Port Weekly’s
 * Ana Lima", "by the Harbour Gazette’s Ines Duarte") or two capitalized words ("by Ana Lima").
 */
export const CREDIT_LINE =
  /^\s*,?\s*by\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*(?:['’]s?)\s+\p{Lu}|\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+\b(?!\.))/u;

/**
 * "… as “…”" right before a quote: someone characterizes something in those words ("rejected
 * the plan as “reckless”", "cast her as “the safe choice”"), a partial quote, not a scare quote.
 */
export const CHARACTERIZED_AS = /\bas\s+(?:(?:a|an|the)\s+)?$/iu;

/** "a blog called", "an account named", "the hacker known as", "so-called" right before a quote. */
export const NAMED_THING =
  /(?:\bso-?\s?called|\b(?:an?|the|its|his|her|their|this|that)\s+(?:[\p{L}-]+\s+){0,2}[\p{Ll}-]+,?\s+(?:called|named|known as|dubbed|nicknamed))\s+(?:the\s+)?$/iu;

/**
 * A naming verb, its object and an optional "as" right before a quote: "called Rubio “Little
 * Marco”", "hailed the mayor as “The Harbour Queen”", "referring to the port as the “Jewel”".
 * Someone names the object in those words (ANNOTATION.md: partial quotes after naming verbs
 * count), even in title case. The object is one to four words and no bare article ("a blog
 * called the “…”" names the blog) nor a preposition ("called for the “…” act").
 */
export const NAMING_VERB_OBJECT =
  /\b(?:call|calls|called|calling|dubs|dubbed|dubbing|brands|branded|branding|labels|labeled|labelled|labeling|labelling|hails|hailed|hailing|(?:refer|refers|referred|referring)\s+to)\s+(?!(?:a|an|the|on|for|in|at|to|off|up|out|from|into|by|with|upon|back|it|this|that)\s+$)(?!(?:on|for|in|at|to|off|up|out|from|into|by|with|upon|back)\s)(?:[\p{L}\p{N}.’'-]+\s+){1,4}(?:as\s+(?:(?:a|an|the)\s+)?)?$/u;

/**
 * The noun "reference(s) to" with its object and "as" right before a quote: "her references to
 * the mayor as “Captain No”" names the object in someone's words, like "referring to … as".
 */
export const REFERENCE_AS =
  /\breferences?\s+to\s+(?:[\p{L}\p{N}.’'-]+\s+){1,4}as\s+(?:(?:a|an|the)\s+)?$/iu;

/**
 * Verbs that make a short quoted phrase a speaker's words rather than a scare quote, in any
 * case: a sentence may open with one ("Calls rivals names like “…”" in a list of charges).
 */
const NAMING_VERBS =
  /\b(?:call|calls|called|calling|describ(?:e|es|ed|ing)|dubb(?:ed|s)|termed)\b/iu;

/** "as the mayor put it", "as she puts it": the author hands the words to someone. */
const AS_SOMEONE_PUT_IT = /\bas\s+[^,.;:]{1,60}?\s+(?:put|puts)\s+it\b/iu;

/** A quotation that is one letter, punctuation aside ("R,", "D"). */
export const SINGLE_LETTER = /^[^\p{L}\p{N}]*\p{L}[^\p{L}\p{N}]*$/u;

/** Single quotation marks, the headline convention for quoting ("Mayor vows ‘no more queues’"). */
export const SINGLE_MARKS = /^['‘]$/u;

/** Share of content words (small words aside) that are capitalized (0–1). */
export function titleCaseShare(text: string): number {
  const content = wordList(text).filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  if (content.length === 0) return 0;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length;
}

/** Whether a short quotation is written like a title ("The Orchard Year", "Here Comes the Sun"). */
export function titleCase(text: string): boolean {
  const words = wordList(text);
  if (words.length < 2 || words.length > TITLE_MAX_WORDS) return false;
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return false;
  const content = words.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  const capped = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return content.length > 0 && capped / content.length >= TITLE_CASE_SHARE && !/^I\b/u.test(text);
}

/** Whether a quotation is an ALL-CAPS line ("HARSH REALITY: RUSSIA IS GAINING GROUND"). */
export function allCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= ALL_CAPS_SHARE;
}

/** Most words between a quote and the speech verb after it ("…,” the port's chief engineer said). */
const TAIL_VERB_WINDOW = 7;
/** Characters of a quote's tail read for its speech verb (unit: chars): seven words fit well. */
const TAIL_READ_CHARS = 200;

/**
 * A name and a comma right after a quote, where an appositive may follow before the speech verb:
 * "…,” Ana Lima, 30, of Porto, who runs the ferry, said". The verb comes after a comma within
 * APPOSITIVE_CHARS, before any quotation mark, "!" or "?".
 */
const NAME_THEN_COMMA = /^[\s,]*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},/u;
/** Longest appositive read between a name and its speech verb (unit: chars). */
const APPOSITIVE_CHARS = 150;

/**
 * Whether the text right after a quote attributes it ("…,” she said", "…,” said Ana Lima",
 * "…,” Sen. Ana Lima told reporters"): a speech verb among its first words, with only spaces
 * between them, and those before the verb a name, a pronoun or a description ("the mayor").
 */
export function followedBySpeech(tail: string): boolean {
  let last = 0;
  const after = tail.slice(0, TAIL_READ_CHARS);
  const name = NAME_THEN_COMMA.exec(after);
  if (name) {
    const aside = after.slice(name[0].length, name[0].length + APPOSITIVE_CHARS);
    const stop = aside.search(/[“”"!?]/u);
    for (const m of (stop < 0 ? aside : aside.slice(0, stop)).matchAll(/,\s+(\p{Ll}+)\b/gu))
      if (SPEECH_VERBS.has(m[1] ?? '')) return true;
  }
  const words = tokenize(after);
  const first = words[0]?.text ?? '';
  if (!/^\p{Lu}/u.test(first) && !QUOTE_SPEAKER_OPENERS.has(first) && !SPEECH_VERBS.has(first))
    return false;
  for (const [k, t] of words.entries()) {
    const gap = after.slice(last, t.start);
    if (k >= TAIL_VERB_WINDOW || !(k === 0 ? /^[\s,]*$/u : /^\s+$/u).test(gap)) return false;
    if (SPEECH_VERBS.has(t.text)) return true;
    last = t.end;
  }
  return false;
}

/**
 * A sentence with its quoted stretches blanked, found as the quote stage finds them, so that
 * mixed marks (“… ," … "…") blank the quoted words and not the attribution between them.
 */
function outsideQuotes(sentence: string): string {
  let out = '';
  let last = 0;
  for (const { open, close } of rawSpans(sentence)) {
    out += `${sentence.slice(last, open)} `;
    last = close < 0 ? sentence.length : close + 1;
  }
  return out + sentence.slice(last);
}

/**
 * Speech-verb forms that are also plural nouns naming no speech: "the states", "11 states",
 * "several questions" attribute nothing, while "the report states …" or "she notes" do. (Nouns
 * for what someone said, "his claims", "her remarks", do attribute and stay out.)
 */
const NOUN_LIKE_CUES = new Set(['states', 'questions', 'notes']);
/** A word before a plural noun: a determiner, quantifier, number, preposition or conjunction. */
const BEFORE_A_NOUN =
  /^(?:the|a|an|all|many|several|some|these|those|other|both|few|its|his|her|their|our|your|my|of|in|and|or|with|for|on|to|by|from|at|about|into|\d[\d,.]*)$/iu;
/** A word after a plural noun that is a clause's subject: an auxiliary or a copula ("states have"). */
const AFTER_A_NOUN = /^(?:have|are|were|had|will|would|can|could|should|may|might|must|do|did)$/u;

/** Whether a speech-verb form that is also a plural noun reads as the noun between these words. */
function readsAsNoun(before: string | undefined, after: string | undefined): boolean {
  return BEFORE_A_NOUN.test(before ?? '') || AFTER_A_NOUN.test(after ?? '');
}

/**
 * Whether the sentence around a span has a speech or naming verb outside quotation marks. A
 * capitalized word after the sentence's first word is part of a name ("the United States"),
 * not a verb.
 */
export const hasSpeechVerb = memoized((sentence: string): boolean => {
  const outside = outsideQuotes(sentence);
  const words = wordList(outside);
  return (
    words.some((w, k) => {
      if (k > 0 && /^\p{Lu}/u.test(w)) return false;
      const lower = w.toLowerCase();
      if (NOUN_LIKE_CUES.has(lower) && readsAsNoun(words[k - 1], words[k + 1])) return false;
      return SPEECH_VERBS.has(lower) || ATTRIBUTION_VERBS.has(lower) || QUOTE_CUE_WORDS.has(lower);
    }) ||
    NAMING_VERBS.test(outside) ||
    AS_SOMEONE_PUT_IT.test(outside)
  );
});

/** What may stand between two quotations of one list ("“a”, “b” and the “c”", "“a” and general “b”"). */
const LIST_JOINT =
  /^\s*,?\s*(?:(?:and|or|but|as well as|nor)\s+(?:[\p{Ll}-]+\s+)?)?(?:(?:a|an|the)\s+)?$/u;

/**
 * The candidate's list in its sentence: the quotations joined to it by commas, "and" or "or"
 * ("a “tired” and “reckless” plan"), the candidate's own words left out, and the sentence's text
 * before the list's first quotation.
 */
export function listOf(c: QuoteCandidate): { others: string[]; lead: string } {
  const spans = rawSpans(c.sentence);
  const at = spans.findIndex((s) => s.open === c.lead.length);
  if (at < 0) return { others: [], lead: c.lead };
  const inner = (k: number): string => {
    const s = spans[k];
    if (!s) return '';
    return c.sentence.slice(s.open + 1, s.close < 0 ? c.sentence.length : s.close);
  };
  const joined = (k: number): boolean => {
    const a = spans[k];
    const b = spans[k + 1];
    return !!a && !!b && a.close >= 0 && LIST_JOINT.test(c.sentence.slice(a.close + 1, b.open));
  };
  const others: string[] = [];
  let first = at;
  for (let k = at - 1; k >= 0 && joined(k); k--) {
    others.push(inner(k));
    first = k;
  }
  for (let k = at; joined(k); k++) others.push(inner(k + 1));
  return { others, lead: c.sentence.slice(0, spans[first]?.open ?? c.lead.length) };
}

/** Speech verbs whose object is the person or show addressed ("told “Morning Tide”"), not the words. */
const ADDRESSEE_VERBS = new Set(['told', 'tells', 'asked', 'asks', 'informed', 'answered']);

/**
 * Whether the text before a quote ends with a speech verb that takes the words as its object, a
 * comma after it allowed ("she said, “…”").
 */
export function afterSpeechVerb(lead: string): boolean {
  const verb = /(\p{Ll}+)\s*,?\s*$/u.exec(lead)?.[1] ?? '';
  return SPEECH_VERBS.has(verb) && !ADDRESSEE_VERBS.has(verb);
}

/** A quoted span in its sentence, with what the rules read around it. */
export interface QuoteCandidate {
  /** The quoted words without marks. */
  inner: string;
  /** The sentence's text before the opening mark. */
  lead: string;
  /** The paragraph's text before the opening mark. */
  before: string;
  /** The paragraph's text after the closing mark. */
  tail: string;
  /** The sentence holding the opening mark. */
  sentence: string;
  /** The sentence before it in the paragraph ('' for the first). */
  previous?: string;
  /** The sentence after it in the paragraph ('' for the last). */
  next?: string;
  /** Whether the closing mark was found in the paragraph. */
  closed: boolean;
  /** Whether the story opens more quotations with double marks than with single ones. */
  doubleMarkStory?: boolean;
}

export type QuoteVerdict = 'skip' | 'partial' | 'full';

export interface QuoteRule {
  name: string;
  /**
   * A paragraph and the verdict on its (first) quoted span; `story`, when given, holds the
   * paragraphs after it, for rules that read the rest of the story.
   */
  example: { paragraph: string; story?: string[]; verdict: QuoteVerdict };
  apply: (c: QuoteCandidate) => QuoteVerdict | null;
}

export const wordCount = (c: QuoteCandidate): number => wordList(c.inner).length;
/** The quote opens a clause: at the sentence start, after punctuation or right after a speech verb. */
export const opensClause = (lead: string): boolean =>
  /^[\s"“”]*$/u.test(lead) ||
  /[:,;—–-]\s*$/u.test(lead) ||
  SPEECH_VERBS.has(wordList(lead).pop() ?? '');
