/**
 * Sentence splitting: the platform's `Intl.Segmenter` (Unicode sentence boundaries, every
 * script) with one thin pass that re-joins the splits ICU makes inside a sentence of news copy.
 * Chosen by the bake-off in docs/decisions/0001-nlp-layer.md: it ties the hand-written splitter
 * it replaces on UD GUM and EWT (F1 0.953 / 0.865 vs 0.957 / 0.847), is faster, adds no bytes and
 * splits Chinese, Japanese or Thai as well as English. V8 ignores ICU's own abbreviation
 * suppressions (`-u-ss-standard`), hence the pass, whose words come from the lexicon.
 */
import type { Sentence } from '../summary';
import {
  MONTH_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  SOFT_ABBREVIATIONS,
  SPEECH_VERBS,
  TITLE_ABBREVIATIONS,
} from './lexicon';
import { tokenize } from './tokens';

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The last word of a piece with its inner and final periods ("Sen.", "U.S.", "J."). */
const LAST_WORD = /(?:^|[\s(“"‘'\-–—/])([\p{L}\p{N}][\p{L}\p{N}.]*)\.$/u;

/**
 * Whether ICU's break between `before` and `after` falls inside one sentence:
 * - after a number abbreviation before a number: "rose to No. 8.";
 * - after a title or month abbreviation or a single capital initial: "Sen. Ana Lima", "Jan. 5",
 *   "J. K. Rowling" ("I." ends a sentence);
 * - after a dotted acronym or a soft abbreviation unless a usual sentence opener follows:
 *   "the U.S. Senate", "at 5 p.m. Tuesday", "Acme Inc. Chief" (but "in the U.S. The rest…");
 * - after a question or exclamation closed by a quotation mark when the next word is lowercase
 *   or a capitalized speaker with a speech verb follows: "“Are you ready?” he asked.",
 *   "“Who pays?” Mayor Ana Lima asked."
 */
function breaksInside(before: string, after: string): boolean {
  if (/[?!]["”’']+$/u.test(before)) return /^\s*\p{Ll}/u.test(after) || speakerThenVerb(after);
  const word = LAST_WORD.exec(before)?.[1];
  if (!word) return false;
  const bare = word.replace(/\./gu, '').toLowerCase();
  if (/^\p{Lu}$/u.test(word)) return word !== 'I';
  if (!word.includes('.') && (TITLE_ABBREVIATIONS.has(bare) || MONTH_ABBREVIATIONS.includes(bare)))
    return true;
  // "shot to No. 8.": a number abbreviation before a number (ICU splits when the number ends it).
  if (!word.includes('.') && NUMBER_ABBREVIATIONS.has(bare) && /^\s*\d/u.test(after)) return true;
  if (word.includes('.') || SOFT_ABBREVIATIONS.has(bare)) {
    const next = /^\s*[“"‘'(]*([\p{L}\p{N}']+)/u.exec(after)?.[1] ?? '';
    return !SENTENCE_STARTERS.has(next.toLowerCase());
  }
  return false;
}

/** Most capitalized words of a speaker before its speech verb ("Mayor Ana Lima asked"). */
const SPEAKER_MAX_WORDS = 4;

/** Whether a text opens with capitalized words and then a speech verb ("Ana Lima asked …"). */
function speakerThenVerb(text: string): boolean {
  let last = 0;
  for (const [k, t] of tokenize(text).entries()) {
    if (k > SPEAKER_MAX_WORDS || !/^\s*$/u.test(text.slice(last, t.start))) return false;
    if (SPEECH_VERBS.has(t.text)) return k > 0;
    if (!/^\p{Lu}/u.test(t.text)) return false;
    last = t.end;
  }
  return false;
}

/**
 * Whether the end of a piece is an opening quotation mark glued to the next sentence
 * ("…she said.“We lost.”"): a curly opener, or a straight mark that opens (an even number of
 * straight marks before it), right after the sentence's final punctuation.
 */
function endsWithOpener(paragraph: string, end: number): boolean {
  const mark = paragraph[end - 1];
  if (!/[.?!]/u.test(paragraph[end - 2] ?? '') || !/\p{L}/u.test(paragraph[end] ?? ''))
    return false;
  if (mark === '“') return true;
  return mark === '"' && (paragraph.slice(0, end - 1).match(/"/gu)?.length ?? 0) % 2 === 0;
}

/** Sentence pieces of one paragraph as [start, end) offsets. */
function pieces(paragraph: string): [number, number][] {
  const out: [number, number][] = [];
  for (const { index, segment } of SEGMENTER.segment(paragraph)) {
    const prev = out[out.length - 1];
    if (prev && breaksInside(paragraph.slice(prev[0], prev[1]).trimEnd(), segment)) {
      prev[1] = index + segment.length;
    } else {
      out.push([index, index + segment.length]);
    }
  }
  // An opening mark glued to the end of a sentence belongs to the next one.
  for (let k = 0; k + 1 < out.length; k++) {
    const piece = out[k];
    const next = out[k + 1];
    if (piece && next && piece[1] === next[0] && endsWithOpener(paragraph, piece[1])) {
      piece[1]--;
      next[0]--;
    }
  }
  return out;
}

/** Splits paragraphs into sentences whose text is a verbatim substring of its paragraph. */
export function splitSentences(paragraphs: string[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const [start, end] of pieces(paragraph)) {
      const text = paragraph.slice(start, end).trim();
      if (text !== '') sentences.push({ index: sentences.length, paragraph: p, text });
    }
  });
  return sentences;
}
