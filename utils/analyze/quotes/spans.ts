/**
 * Quotation detection: finds quoted spans in the story's paragraphs and classifies them as full
 * quotes, partial quotes, or text that only looks quoted (titles, headings, nicknames, scare
 * quotes). Decisions:
 * - A quote that runs on across paragraphs gives one Quote per paragraph, same speaker.
 * - A quote split by an attribution inside one sentence (“We did it,” she said, “and …”) is one
 *   Quote; split across sentences (“X,” he said. “Y.”) it is two Quotes.
 * - Scare quotes (a quoted phrase of 1–3 words inside a sentence) are reported, as partial,
 *   only when the sentence, or the one before or after it in the paragraph, has a speech verb
 *   or another attribution cue; otherwise they are skipped. Full quotes never include them.
 */
import type { AnnotatedDocument } from '../annotate';
import { rawSpans } from './marks';
import { SINGLE_MARKS } from './reading';
import { classifyQuote, QUOTE_RULES, type QuoteRule } from './rules';

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

/** Finds and classifies quoted spans in the sentences of a story (no speakers yet). */
export function findQuoteSpans(
  doc: AnnotatedDocument,
  rules: QuoteRule[] = QUOTE_RULES,
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // The story's quoting style: more double marks (“ ” " or a doubled '') than quotations opened
  // by single marks leaves single marks to headlines, scare quotes and quotes inside quotes
  // (rules.ts). Marks come in pairs: two double marks are one quotation.
  let doubleMarks = 0;
  let singles = 0;
  for (const [, para] of doc.paragraphTexts) {
    doubleMarks += para.text.match(/[“”"]|''/gu)?.length ?? 0;
    for (const { open } of rawSpans(para.text))
      if (SINGLE_MARKS.test(para.text[open] ?? '')) singles++;
  }
  const doubleMarkStory = doubleMarks / 2 > singles;
  let openAtEnd = false;
  for (const [p, para] of doc.paragraphTexts) {
    const { text } = para;
    const wasOpen = openAtEnd;
    openAtEnd = false;
    let previous: QuoteSpan | null = null;
    for (const { open, close } of rawSpans(text)) {
      const end = close < 0 ? text.length : close + 1;
      const inner = text.slice(open + 1, close < 0 ? text.length : close).trim();
      const at = para.sentences.findIndex((s) => open >= s.start && open < s.end);
      const sentence = para.sentences[at] ?? para.sentences[0];
      if (!sentence || inner === '') continue;
      const prevSentence = para.sentences[at - 1];
      const nextSentence = at >= 0 ? para.sentences[at + 1] : undefined;
      const verdict = classifyQuote(
        {
          inner,
          lead: text.slice(sentence.start, open),
          before: text.slice(0, open),
          tail: text.slice(end),
          sentence: text.slice(sentence.start, sentence.end),
          previous: prevSentence ? text.slice(prevSentence.start, prevSentence.end) : '',
          next: nextSentence ? text.slice(nextSentence.start, nextSentence.end) : '',
          closed: close >= 0,
          doubleMarkStory,
        },
        rules,
      );
      if (verdict === 'skip') continue;
      const partial = verdict === 'partial';
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
