/**
 * What a quoted span is, decided by the first row of QUOTE_RULES that gives a verdict: a
 * heading, a title of a work, a title-case name, a nickname or a scare quote is no quote
 * (`skip`); a quote that sits inside a clause is `partial`; anything else is a `full` quote.
 * Each row carries an invented example (tests/unit/quote-rules.test.ts runs every row on its
 * example, with and without the row).
 */
import {
  ATTRIBUTION_VERBS,
  CHANT_VERBS,
  QUOTE_CUE_WORDS,
  QUOTE_SPEAKER_OPENERS,
  SPEECH_VERBS,
  TITLE_SMALL_WORDS,
} from '../lexicon';
import { tokenize, wordList } from '../tokens';
import { rawSpans } from './marks';

/** Longest quoted phrase, in words, treated as a scare quote when it sits inside a sentence. */
const SCARE_QUOTE_MAX_WORDS = 3;

/** Longest quotation, in words, that can be a title or a heading. */
const TITLE_MAX_WORDS = 10;

/** Share of capitalized content words from which a short quotation reads as a title (0–1). */
const TITLE_CASE_SHARE = 0.7;

/** Share of uppercase letters from which a quotation is an ALL-CAPS heading (0–1). */
const ALL_CAPS_SHARE = 0.8;

/**
 * Nouns that announce a title in quotation marks ("his 1987 book “Trump: …”"), lower case as
 * written mid-sentence ("Song" is a surname).
 */
const TITLE_CUES =
  /\b(?:book|books|novel|memoir|biography|film|movie|documentary|album|song|play|musical|opera|poem|painting|exhibition|podcast|episode|titled|entitled|headlined)\s*,?\s*$/u;

/**
 * Nouns that announce a title only when the quotation is written like one: "the show “Harbour
 * Nights”" is a title, but "called the show “the best on radio”" and "a report “was wrong”"
 * quote someone.
 */
const WEAK_TITLE_CUES =
  /\b(?:series|show|programme|program|single|track|paper|study|article|essay|column|report|slogan|campaign|hashtag|game|app)\s*,?\s*$/u;

/** A noun for a piece of writing or a show, then a comma, right before a quotation. */
const TITLE_APPOSITION =
  /\b(?:commentary|column|op-ed|editorial|essay|article|piece|headline|book|novel|memoir|song|film|album|poem|play|documentary|podcast|show|series)\s*,\s*$/iu;

/**
 * A credit line after a title: "by" and an author, possessive outlet first ("by Port Weekly’s
 * Ana Lima", "by the Harbour Gazette’s Ines Duarte") or two capitalized words ("by Ana Lima").
 */
const CREDIT_LINE =
  /^\s*,?\s*by\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*(?:['’]s?)\s+\p{Lu}|\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+\b(?!\.))/u;

/**
 * "… as “…”" right before a quote: someone characterizes something in those words ("rejected
 * the plan as “reckless”", "cast her as “the safe choice”"), a partial quote, not a scare quote.
 */
const CHARACTERIZED_AS = /\bas\s+(?:(?:a|an|the)\s+)?$/iu;

/** "a blog called", "an account named", "the hacker known as", "so-called" right before a quote. */
const NAMED_THING =
  /(?:\bso-?\s?called|\b(?:an?|the|its|his|her|their|this|that)\s+(?:[\p{L}-]+\s+){0,2}[\p{Ll}-]+,?\s+(?:called|named|known as|dubbed|nicknamed))\s+(?:the\s+)?$/iu;

/**
 * A naming verb, its object and an optional "as" right before a quote: "called Rubio “Little
 * Marco”", "hailed the mayor as “The Harbour Queen”", "referring to the port as the “Jewel”".
 * Someone names the object in those words (ANNOTATION.md: partial quotes after naming verbs
 * count), even in title case. The object is one to four words and no bare article ("a blog
 * called the “…”" names the blog) nor a preposition ("called for the “…” act").
 */
const NAMING_VERB_OBJECT =
  /\b(?:call|calls|called|calling|dubs|dubbed|dubbing|brands|branded|branding|labels|labeled|labelled|labeling|labelling|hails|hailed|hailing|(?:refer|refers|referred|referring)\s+to)\s+(?!(?:a|an|the|on|for|in|at|to|off|up|out|from|into|by|with|upon|back|it|this|that)\s+$)(?!(?:on|for|in|at|to|off|up|out|from|into|by|with|upon|back)\s)(?:[\p{L}\p{N}.’'-]+\s+){1,4}(?:as\s+(?:(?:a|an|the)\s+)?)?$/u;

/** Verbs that make a short quoted phrase a speaker's words rather than a scare quote. */
const NAMING_VERBS =
  /\b(?:call|calls|called|calling|describ(?:e|es|ed|ing)|dubb(?:ed|s)|termed)\b/u;

/** "as the mayor put it", "as she puts it": the author hands the words to someone. */
const AS_SOMEONE_PUT_IT = /\bas\s+[^,.;:]{1,60}?\s+(?:put|puts)\s+it\b/iu;

/** Share of content words (small words aside) that are capitalized (0–1). */
function titleCaseShare(text: string): number {
  const content = wordList(text).filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  if (content.length === 0) return 0;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length;
}

/** Whether a short quotation is written like a title ("The Orchard Year", "Here Comes the Sun"). */
function titleCase(text: string): boolean {
  const words = wordList(text);
  if (words.length < 2 || words.length > TITLE_MAX_WORDS) return false;
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return false;
  const content = words.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  const capped = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return content.length > 0 && capped / content.length >= TITLE_CASE_SHARE && !/^I\b/u.test(text);
}

/** Whether a quotation is an ALL-CAPS line ("HARSH REALITY: RUSSIA IS GAINING GROUND"). */
function allCaps(text: string): boolean {
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
function followedBySpeech(tail: string): boolean {
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
 * Whether the sentence around a span has a speech or naming verb outside quotation marks. A
 * capitalized word after the sentence's first word is part of a name ("the United States"),
 * not a verb.
 */
function hasSpeechVerb(sentence: string): boolean {
  const outside = outsideQuotes(sentence);
  return (
    wordList(outside).some((w, k) => {
      if (k > 0 && /^\p{Lu}/u.test(w)) return false;
      const lower = w.toLowerCase();
      return SPEECH_VERBS.has(lower) || ATTRIBUTION_VERBS.has(lower) || QUOTE_CUE_WORDS.has(lower);
    }) ||
    NAMING_VERBS.test(outside) ||
    AS_SOMEONE_PUT_IT.test(outside)
  );
}

/** What may stand between two quotations of one list ("“a”, “b” and the “c”", "“a” and general “b”"). */
const LIST_JOINT =
  /^\s*,?\s*(?:(?:and|or|but|as well as|nor)\s+(?:[\p{Ll}-]+\s+)?)?(?:(?:a|an|the)\s+)?$/u;

/**
 * The candidate's list in its sentence: the quotations joined to it by commas, "and" or "or"
 * ("a “tired” and “reckless” plan"), the candidate's own words left out, and the sentence's text
 * before the list's first quotation.
 */
function listOf(c: QuoteCandidate): { others: string[]; lead: string } {
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
function afterSpeechVerb(lead: string): boolean {
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
}

export type QuoteVerdict = 'skip' | 'partial' | 'full';

export interface QuoteRule {
  name: string;
  /** A paragraph and the verdict on its (first) quoted span. */
  example: { paragraph: string; verdict: QuoteVerdict };
  apply: (c: QuoteCandidate) => QuoteVerdict | null;
}

const wordCount = (c: QuoteCandidate): number => wordList(c.inner).length;
/** The quote opens a clause: at the sentence start, after punctuation or right after a speech verb. */
const opensClause = (lead: string): boolean =>
  /^[\s"“”]*$/u.test(lead) ||
  /[:,;—–-]\s*$/u.test(lead) ||
  SPEECH_VERBS.has(wordList(lead).pop() ?? '');

export const QUOTE_RULES: QuoteRule[] = [
  {
    name: 'a heading set in quotation marks',
    example: { paragraph: '“HARBOUR REBORN.”', verdict: 'skip' },
    apply: (c) =>
      c.lead.trim() === '' &&
      c.before.trim() === '' &&
      c.tail.trim() === '' &&
      (allCaps(c.inner) ||
        (titleCase(c.inner) && !/[.?!,]$/u.test(c.inner)) ||
        /^\p{Lu}[\p{L}-]*:$/u.test(c.inner)) &&
      wordCount(c) <= TITLE_MAX_WORDS
        ? 'skip'
        : null,
  },
  {
    // Page furniture set in quotation marks: a paragraph that only invites readers to follow
    // the author's account is nobody's words about the story.
    name: 'a follow-the-author line',
    example: { paragraph: '“Follow Ana Lima on Twitter @analima_port.”', verdict: 'skip' },
    apply: (c) =>
      c.before.trim() === '' &&
      c.tail.trim() === '' &&
      /^Follow\b[^.!?]{0,80}\b(?:on|at)\s+(?:Twitter|Facebook|Instagram|Threads|Bluesky|X)\b/u.test(c.inner)
        ? 'skip'
        : null,
  },
  {
    // Cued by a noun before it; a long title is still a title when written in title case
    // ("her book “A Year Built on …”").
    name: 'the title of a work',
    example: {
      paragraph:
        'She read from her memoir “the years we spent waiting for the tide to turn” on Friday.',
      verdict: 'skip',
    },
    apply: (c) =>
      TITLE_CUES.test(c.before) &&
      (wordCount(c) <= TITLE_MAX_WORDS || titleCaseShare(c.inner) >= TITLE_CASE_SHARE)
        ? 'skip'
        : null,
  },
  {
    // A headline or title credited to its author ("“Tolls to rise,” by Port Weekly’s Ana
    // Lima"): the title of a work, whatever its case.
    name: 'a title credited with by and its author',
    example: {
      paragraph: '“Harbour tolls to rise in spring,” by Port Weekly’s Ana Lima, is worth a read.',
      verdict: 'skip',
    },
    apply: (c) =>
      CREDIT_LINE.test(c.tail) && (/,['’]?$/u.test(c.inner) || /^\s*,/u.test(c.tail))
        ? 'skip'
        : null,
  },
  {
    // "Her column, “Nobody asked the ferry crews,” ran on Sunday": a quotation set off by
    // commas right after a noun for a piece of writing or a show names it, whatever its case.
    name: 'a title set off by commas after a noun for a work',
    example: {
      paragraph: 'Ana Lima’s column, “nobody asked the ferry crews,” ran on Sunday.',
      verdict: 'skip',
    },
    apply: (c) =>
      TITLE_APPOSITION.test(c.lead) && /,$/u.test(c.inner) && !followedBySpeech(c.tail)
        ? 'skip'
        : null,
  },
  {
    // "show", "report", "campaign"… announce a title only when the quotation is written like
    // one; after them a lowercase quotation is someone's words ("called the show “the best on
    // radio”", "the report “was wrong”").
    name: 'a capitalized title after a noun like show or column',
    example: {
      paragraph: 'She said her weekly column “Tidewater” would move to Sundays.',
      verdict: 'skip',
    },
    apply: (c) =>
      WEAK_TITLE_CUES.test(c.before) &&
      /^\p{Lu}/u.test(c.inner) &&
      titleCaseShare(c.inner) >= TITLE_CASE_SHARE &&
      wordCount(c) <= TITLE_MAX_WORDS
        ? 'skip'
        : null,
  },
  {
    // A show, paper or programme named after its owner's possessive ("on Channel 9’s “Morning
    // Tide,” the mayor said"): a title even when a speech verb follows it.
    name: 'a capitalized title after a possessive name',
    example: {
      paragraph:
        'Speaking on Harbour Radio’s “Morning Tide,” Mayor Ana Lima said the plan was sound.',
      verdict: 'skip',
    },
    apply: (c) =>
      /[\p{L}\p{N}.&-]+(?:['’]s|s['’])\s*$/u.test(c.lead) &&
      /^\p{Lu}/u.test(c.inner) &&
      !/[.?!]$/u.test(c.inner) &&
      titleCaseShare(c.inner) >= TITLE_CASE_SHARE &&
      wordCount(c) <= TITLE_MAX_WORDS
        ? 'skip'
        : null,
  },
  {
    // Before the title-case rules: "called Rubio “Little Marco”" is someone's words even in
    // title case; "a blog called “…”" (no object) stays a name.
    name: 'a name someone gives an object after a naming verb',
    example: {
      paragraph: 'At the rally she called the harbour master “Captain No” twice.',
      verdict: 'partial',
    },
    apply: (c) => (NAMING_VERB_OBJECT.test(listOf(c).lead) ? 'partial' : null),
  },
  {
    // After a preposition a title-case quotation is a name ("appeared on “Morning Tide,” the
    // mayor said"), even when a speech verb follows it: someone's words do not follow "on".
    name: 'a title-case name after a preposition',
    example: {
      paragraph: 'Speaking on “Harbour Nights,” Mayor Ana Lima said the pier would reopen.',
      verdict: 'skip',
    },
    apply: (c) =>
      titleCase(c.inner) &&
      !/[!?]/u.test(c.inner) &&
      /\b(?:on|in|at|from|during)\s+(?:the\s+)?$/iu.test(listOf(c).lead)
        ? 'skip'
        : null,
  },
  {
    // A catalogue line: "“Harbour Lights” (1987)", a title, poster or slogan with its year.
    name: 'a quotation dated in parentheses',
    example: {
      paragraph: 'The show opens with “we were never asked” (1998), a poster by Ana Lima.',
      verdict: 'skip',
    },
    apply: (c) => (/^\s*\((?:[^()]*\s)?(?:1[89]|20)\d\d\)/u.test(c.tail) ? 'skip' : null),
  },
  {
    name: 'a title-case name mid-text',
    example: {
      paragraph: 'The band opened with “Harbour Lights Over the Bay” to a full hall.',
      verdict: 'skip',
    },
    apply: (c) => {
      if (
        !titleCase(c.inner) ||
        followedBySpeech(c.tail) ||
        /:\s*$/u.test(c.lead) ||
        afterSpeechVerb(c.lead) ||
        !c.closed
      )
        return null;
      // An exclamation or a question is someone's words ("Ted! Ted!"), and so is a chant.
      if (/[!?]/u.test(c.inner) || CHANT_VERBS.has(wordList(c.lead).pop() ?? '')) return null;
      const startsSentence = c.lead.trim() === '';
      return !startsSentence || !/[.?!]$/u.test(c.inner) ? 'skip' : null;
    },
  },
  {
    // "a blog called “…”", "an account named “…”", "the so-called “…”": the name of a thing
    // or the author's own distance from a term, not anyone's words. "He called it “…”" (a
    // subject calling something) is not this: the word before "called" is no noun after an article.
    name: 'a name after a noun and called, or after so-called',
    example: {
      paragraph:
        'The crews started a blog called “the slow boat,” and it is read by many, she said.',
      verdict: 'skip',
    },
    apply: (c) => (NAMED_THING.test(c.lead) ? 'skip' : null),
  },
  {
    name: 'a nickname',
    example: { paragraph: 'Winger Tomas “the Ghost” Berg said he was fit.', verdict: 'skip' },
    apply: (c) =>
      /\p{Lu}[^\s,;:]*\s$/u.test(c.lead) &&
      /^\s\p{Lu}/u.test(c.tail) &&
      !/[.,!?;:]$/u.test(c.inner) &&
      wordCount(c) <= SCARE_QUOTE_MAX_WORDS
        ? 'skip'
        : null,
  },
  {
    // A quoted word opening a sentence as its subject ("“Slack water” has been …"), with no one
    // speaking in the sentence: a term mentioned, not someone's words.
    name: 'a term opening a sentence, no one speaking',
    example: {
      paragraph: '“Slack water” has been the pilots’ term for the lull since 1900.',
      verdict: 'skip',
    },
    apply: (c) =>
      c.lead.trim() === '' &&
      wordCount(c) <= SCARE_QUOTE_MAX_WORDS &&
      !/[.,!?;:]$/u.test(c.inner) &&
      /^\s\p{Ll}/u.test(c.tail) &&
      !hasSpeechVerb(c.sentence)
        ? 'skip'
        : null,
  },
  {
    // A short phrase listed with a longer quotation is the same speaker's words: "called the
    // plan a “costly mistake that nobody asked for” and a “vanity project”". A list of short
    // phrases alone proves nothing (search terms, labels), nor a list of titles.
    name: 'a short quote listed with a longer quotation',
    example: {
      paragraph:
        'Sales fell, and the pier was a “wreck” and “a place nobody wants to visit after dark.”',
      verdict: 'partial',
    },
    apply: (c) =>
      !opensClause(c.lead) &&
      wordCount(c) <= SCARE_QUOTE_MAX_WORDS &&
      listOf(c).others.some(
        (q) => wordList(q).length > SCARE_QUOTE_MAX_WORDS && titleCaseShare(q) < TITLE_CASE_SHARE,
      )
        ? 'partial'
        : null,
  },
  {
    // No one speaking: no speech verb or attribution cue in the sentence nor in the sentences
    // next to it in the paragraph ("Lima told the council the plan was late. It was “a
    // fantasy.”" attributes it), and no "… as “…”".
    name: 'a scare quote inside a clause, no one speaking',
    example: { paragraph: 'The “smart” meters failed in March.', verdict: 'skip' },
    apply: (c) =>
      !opensClause(c.lead) &&
      wordCount(c) <= SCARE_QUOTE_MAX_WORDS &&
      !hasSpeechVerb(c.sentence) &&
      !hasSpeechVerb(c.previous ?? '') &&
      !hasSpeechVerb(c.next ?? '') &&
      !CHARACTERIZED_AS.test(c.lead)
        ? 'skip'
        : null,
  },
  {
    name: 'a quote inside a clause',
    example: {
      paragraph: 'The mayor said the plan was “a gift to the town” on Monday.',
      verdict: 'partial',
    },
    apply: (c) => (opensClause(c.lead) ? null : 'partial'),
  },
  {
    // A full quote needs some weight: a short quote after a comma with no attribution is a
    // list item or a scare quote ("calling the pair, “couple goals”").
    name: 'a short quote after a comma, unattributed',
    example: {
      paragraph: 'Fans chanted, “one more year”, as she left, a steward said.',
      verdict: 'partial',
    },
    apply: (c) => {
      const short =
        wordCount(c) <= SCARE_QUOTE_MAX_WORDS &&
        c.lead.trim() !== '' &&
        !/:\s*$/u.test(c.lead) &&
        !followedBySpeech(c.tail) &&
        !SPEECH_VERBS.has(wordList(c.lead).pop() ?? '');
      if (!short) return null;
      return hasSpeechVerb(c.sentence) ? 'partial' : 'skip';
    },
  },
];

/** The verdict on a quoted span: the first rule's, or a full quote. */
export function classifyQuote(c: QuoteCandidate, rules: QuoteRule[] = QUOTE_RULES): QuoteVerdict {
  for (const rule of rules) {
    const verdict = rule.apply(c);
    if (verdict) return verdict;
  }
  return 'full';
}
