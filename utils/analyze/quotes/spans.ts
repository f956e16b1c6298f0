/**
 * Quotation detection: finds quoted spans in the story's paragraphs and classifies them as full
 * quotes, partial quotes, or text that only looks quoted (titles, headings, nicknames, scare
 * quotes). Decisions:
 * - A quote that runs on across paragraphs gives one Quote per paragraph, same speaker.
 * - A quote split by an attribution inside one sentence (“We did it,” she said, “and …”) is one
 *   Quote; split across sentences (“X,” he said. “Y.”) it is two Quotes.
 * - Scare quotes (a quoted phrase of 1–3 words inside a sentence) are reported, as partial,
 *   only when the sentence has a speech verb; otherwise they are skipped. Full quotes never
 *   include them.
 */
import type { AnnotatedDocument } from '../annotate';
import { SPEECH_VERBS, TITLE_SMALL_WORDS } from '../lexicon';

/** A quoted span of a paragraph with its classification, before speakers are attributed. */
export interface QuoteSpan {
  paragraph: number;
  /** Offset of the opening mark in the paragraph text. */
  start: number;
  /** Offset just after the closing mark (or the paragraph end for a run-on quote). */
  end: number;
  /** The quoted words without marks. */
  text: string;
  /** Index of the sentence where the quote starts. */
  sentence: number;
  partial: boolean;
  /** Paragraph opens with this quote and it continues a quote left open in the previous one. */
  continued: boolean;
  /** Offsets of further pieces merged into this quote (split by an attribution). */
  pieces: { start: number; end: number; after: number }[];
}

/** Longest quoted phrase, in words, treated as a scare quote when it sits inside a sentence. */
const SCARE_QUOTE_MAX_WORDS = 3;

/** Longest quotation, in words, that can be a title or a heading. */
const TITLE_MAX_WORDS = 10;

/** Share of capitalized content words from which a short quotation reads as a title (0–1). */
const TITLE_CASE_SHARE = 0.7;

/** Share of uppercase letters from which a quotation is an ALL-CAPS heading (0–1). */
const ALL_CAPS_SHARE = 0.8;

/** Nouns that announce a title in quotation marks ("his 1987 book “Trump: …”"). */
const TITLE_CUES =
  /\b(?:book|books|novel|memoir|biography|film|movie|documentary|series|show|programme|program|album|single|song|track|play|musical|opera|poem|painting|exhibition|paper|study|article|essay|column|report|podcast|episode|titled|entitled|headlined|slogan|campaign|hashtag|game|app)\s*,?\s*$/iu;

/** Verbs that make a short quoted phrase a speaker's words rather than a scare quote. */
const NAMING_VERBS =
  /\b(?:call|calls|called|calling|describ(?:e|es|ed|ing)|dubb(?:ed|s)|term(?:s|ed))\b/u;

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‹': '›' };

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpaceOrStart = (ch: string | undefined): boolean =>
  ch === undefined || /[\s([{—–\-/:]/u.test(ch);

/** Raw quoted spans of one paragraph: [open, close) offsets, close = -1 when left open. */
function rawSpans(text: string): { open: number; close: number }[] {
  const spans: { open: number; close: number }[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    let close = -2;
    const pair = PAIRS[ch];
    // A doubled opening mark (""Text…") is one mark: the second one opens the quote.
    if (ch === '"' && text[i + 1] === '"' && isSpaceOrStart(text[i - 1]) && isLetter(text[i + 2])) {
      i++;
      const doubled = text.indexOf('"', i + 1);
      spans.push({ open: i, close: doubled });
      if (doubled < 0) break;
      i = doubled + 1;
      continue;
    }
    if (pair) {
      close = text.indexOf(pair, i + 1);
      if (close < 0) close = -1;
    } else if (ch === '”' && isSpaceOrStart(text[i - 1]) && isLetter(text[i + 1])) {
      // A closing mark typed as the opener (said, ”We …”): it opens the quote.
      close = text.indexOf('”', i + 1);
      if (close < 0) close = -1;
    } else if (ch === '"' && isSpaceOrStart(text[i - 1]) && !/\s/u.test(text[i + 1] ?? ' ')) {
      close = text.indexOf('"', i + 1);
      if (close < 0) close = -1;
    } else if ((ch === '‘' || ch === "'") && isSpaceOrStart(text[i - 1]) && isLetter(text[i + 1])) {
      const closer = ch === '‘' ? '’' : "'";
      // The closing single mark is followed by a non-letter ("didn’t" is an apostrophe).
      close = -1;
      for (let j = text.indexOf(closer, i + 1); j >= 0; j = text.indexOf(closer, j + 1)) {
        if (!isLetter(text[j + 1]) && !/\s/u.test(text[j - 1] ?? ' ')) {
          close = j;
          break;
        }
      }
      // A straight single mark with no partner is an apostrophe ("'90s"), not a quote.
      if (close < 0 && (ch === "'" || i > 0)) close = -2;
    }
    if (close === -2) {
      i++;
      continue;
    }
    spans.push({ open: i, close });
    if (close < 0) break;
    i = close + 1;
  }
  return spans;
}

const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];

/** Share of content words (small words aside) that are capitalized (0–1). */
function titleCaseShare(text: string): number {
  const content = wordsOf(text).filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  if (content.length === 0) return 0;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length;
}

/** Whether a short quotation is written like a title ("The Orchard Year", "Here Comes the Sun"). */
function titleCase(text: string): boolean {
  const words = wordsOf(text);
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

/** Whether the text right after a quote attributes it ("…,” she said"). */
function followedBySpeech(after: string): boolean {
  const m = /^[\s,]*((?:[\p{L}’'.-]+\s+){0,6}?)([\p{Ll}]+)\b/u.exec(after);
  return m?.[2] !== undefined && SPEECH_VERBS.has(m[2]);
}

/** Whether the sentence around a span has a speech or naming verb outside quotation marks. */
function hasSpeechVerb(sentence: string): boolean {
  const outside = sentence.replace(/“[^”]*”|"[^"]*"|‘[^’]*’|«[^»]*»/gu, ' ');
  return wordsOf(outside).some((w) => SPEECH_VERBS.has(w)) || NAMING_VERBS.test(outside);
}

/** Finds and classifies quoted spans in the sentences of a story (no speakers yet). */
export function findQuoteSpans(doc: AnnotatedDocument): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAtEnd = false;
  for (const [p, para] of doc.paragraphTexts) {
    const { text } = para;
    const raw = rawSpans(text);
    const wasOpen = openAtEnd;
    openAtEnd = false;
    let previous: QuoteSpan | null = null;
    for (const { open, close } of raw) {
      const end = close < 0 ? text.length : close + 1;
      const inner = text.slice(open + 1, close < 0 ? text.length : close).trim();
      const sentence =
        para.sentences.find((s) => open >= s.start && open < s.end) ?? para.sentences[0];
      if (!sentence || inner === '') continue;
      const sentText = text.slice(sentence.start, sentence.end);
      const lead = text.slice(sentence.start, open);
      const tail = text.slice(end);
      const words = wordsOf(inner).length;
      const wholeParagraph = text.slice(0, open).trim() === '' && tail.trim() === '';
      // Headings and subheadings set in quotation marks.
      if (
        wholeParagraph &&
        (allCaps(inner) || (titleCase(inner) && !/[.?!,]$/u.test(inner))) &&
        words <= TITLE_MAX_WORDS
      ) {
        continue;
      }
      const before = text.slice(0, open);
      // Titles of works: cued by a noun before them, or written in title case mid-text.
      // A long title is still a title when written in title case ("her book “A Year Built on …”").
      if (
        TITLE_CUES.test(before) &&
        (words <= TITLE_MAX_WORDS || titleCaseShare(inner) >= TITLE_CASE_SHARE)
      )
        continue;
      const clauseStart =
        /^[\s"“”]*$/u.test(lead) ||
        /[:,;—–-]\s*$/u.test(lead) ||
        SPEECH_VERBS.has(wordsOf(lead).pop() ?? '');
      if (titleCase(inner) && !followedBySpeech(tail) && !/:\s*$/u.test(lead) && close >= 0) {
        const startsSentence = lead.trim() === '';
        if (!startsSentence || !/[.?!]$/u.test(inner)) continue;
      }
      // Nicknames: Gavin “Big Mac” McAllister.
      if (
        /\p{Lu}[\p{L}'’-]*\s$/u.test(lead) &&
        /^\s\p{Lu}/u.test(tail) &&
        words <= SCARE_QUOTE_MAX_WORDS
      ) {
        continue;
      }
      let partial = !clauseStart;
      if (partial && words <= SCARE_QUOTE_MAX_WORDS && !hasSpeechVerb(sentText)) continue;
      // A full quote needs some weight: a short quote after a comma with no attribution is a
      // list item or a scare quote ("calling the pair “couple goals”").
      if (
        !partial &&
        words <= SCARE_QUOTE_MAX_WORDS &&
        lead.trim() !== '' &&
        !/:\s*$/u.test(lead) &&
        !followedBySpeech(tail) &&
        !SPEECH_VERBS.has(wordsOf(lead).pop() ?? '')
      ) {
        partial = true;
        if (!hasSpeechVerb(sentText)) continue;
      }
      // Split by an attribution within one sentence: “We did it,” she said, “and we …”.
      const between = previous ? text.slice(previous.end, open) : '';
      if (
        previous &&
        !previous.partial &&
        !partial &&
        /^\p{Ll}/u.test(inner) &&
        /,\s*$/u.test(between) &&
        !/[.?!]/u.test(between) &&
        previous.sentence === sentence.index
      ) {
        previous.text = `${previous.text} ${inner}`;
        previous.pieces.push({ start: open, end, after: previous.end });
        previous.end = end;
        continue;
      }
      const span: QuoteSpan = {
        paragraph: p,
        start: open,
        end,
        text: inner,
        sentence: sentence.index,
        partial,
        continued: wasOpen && open === 0,
        pieces: [],
      };
      spans.push(span);
      previous = span;
      if (close < 0) openAtEnd = !partial;
    }
  }
  return spans;
}
