/**
 * What a quoted span is, decided by the first row of QUOTE_RULES that gives a verdict: a
 * heading, a title of a work, a title-case name, a nickname or a scare quote is no quote
 * (`skip`); a quote that sits inside a clause is `partial`; anything else is a `full` quote.
 * Each row carries an invented example (tests/unit/quote-rules.test.ts runs every row on its
 * example, with and without the row).
 */
import { CHANT_VERBS, SPEECH_VERBS } from '../lexicon';
import { wordList } from '../tokens';
import {
  afterSpeechVerb,
  allCaps,
  CHARACTERIZED_AS,
  CREDIT_LINE,
  FOLLOW_LINE,
  followedBySpeech,
  hasSpeechVerb,
  listOf,
  NAMED_THING,
  NAMING_VERB_OBJECT,
  opensClause,
  type QuoteCandidate,
  type QuoteRule,
  type QuoteVerdict,
  REFERENCE_AS,
  SCARE_QUOTE_MAX_WORDS,
  SINGLE_LETTER,
  SINGLE_MARKS,
  TITLE_APPOSITION,
  TITLE_CASE_SHARE,
  TITLE_CUES,
  TITLE_MAX_WORDS,
  titleCase,
  titleCaseShare,
  WEAK_TITLE_CUES,
  wordCount,
} from './reading';

export type { QuoteCandidate, QuoteRule, QuoteVerdict };

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
      c.before.trim() === '' && c.tail.trim() === '' && FOLLOW_LINE.test(c.inner) ? 'skip' : null,
  },
  {
    // In a story that quotes in double marks, single marks outside them belong to a headline
    // or deck ("Mayor vows ‘no more queues’"), a scare quote, or a quote inside a speaker's own
    // words whose double marks were lost: ANNOTATION.md counts double-quoted stretches only. A
    // paragraph that is only the single-quoted line (a subhead) is left to the other rules.
    // Before the naming rules: "referring to him as ‘Captain No’" in such a story is a label
    // set off by the author, at most optional.
    name: 'a single-quoted phrase in a story that quotes in double marks',
    example: {
      paragraph: 'Mayor vows to end the ‘endless queues’ at the ferry.',
      story: ['“We will fix it,” the mayor said on Monday.', '“It is late,” a clerk said.'],
      verdict: 'skip',
    },
    apply: (c) =>
      SINGLE_MARKS.test(c.sentence[c.lead.length] ?? '') &&
      c.doubleMarkStory === true &&
      /\p{L}/u.test(c.before + c.tail)
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
    apply: (c) => {
      const lead = listOf(c).lead;
      return NAMING_VERB_OBJECT.test(lead) || REFERENCE_AS.test(lead) ? 'partial' : null;
    },
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
    // A lone letter in quotation marks is a symbol or a grade ("vote “R” or “D”", "the letter
    // “Q”"), a word mentioned, not anyone's words (ANNOTATION.md).
    name: 'a single letter in quotation marks',
    example: {
      paragraph: 'Most voters tick “R” or “D” on the ballot by habit, the clerk said.',
      verdict: 'skip',
    },
    apply: (c) => (SINGLE_LETTER.test(c.inner) ? 'skip' : null),
  },
  {
    // A quoted word opening a sentence as its subject ("“Slack water” has been …", or before its
    // gloss: "“Slack water” (the lull) is …"), with no one speaking in the sentence: a term
    // mentioned, not someone's words.
    name: 'a term opening a sentence, no one speaking',
    example: {
      paragraph: '“Slack water” has been the pilots’ term for the lull since 1900.',
      verdict: 'skip',
    },
    apply: (c) =>
      c.lead.trim() === '' &&
      wordCount(c) <= SCARE_QUOTE_MAX_WORDS &&
      !/[.,!?;:]$/u.test(c.inner) &&
      /^\s(?:\p{Ll}|\()/u.test(c.tail) &&
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
