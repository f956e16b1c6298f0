import type { Sentence } from '../summary';
import {
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  SOFT_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
} from './lexicon';

/** Closing marks that belong to the sentence they follow (quotes, brackets). */
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', '\u00bb', '\u203a', ')', ']']);

/** Opening marks that may begin a sentence. */
const OPENERS = new Set([
  '"',
  "'",
  '\u201c',
  '\u2018',
  '\u00ab',
  '\u2039',
  '(',
  '[',
  '\u2014',
  '-',
]);

const isUpper = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** The word (letters and inner dots) that ends right before position `end` (exclusive). */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end);
}

/** The first word starting at `pos`, after any opening marks. */
function wordAt(text: string, pos: number): string {
  let p = pos;
  while (p < text.length && OPENERS.has(text[p] ?? '')) p++;
  const match = /^[\p{L}\p{N}']+/u.exec(text.slice(p));
  return match ? match[0] : '';
}

/** Whether a period at `dot` (with `next` the start of the following word) ends a sentence. */
function periodEndsSentence(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  const bare = word.replace(/\./g, '').toLowerCase();
  const following = wordAt(text, next);
  const startsLikeSentence = SENTENCE_STARTERS.has(following.toLowerCase());
  if (word === '') return true;
  // A period followed by a closing quotation mark ends what was said: `said “no.” Putin`.
  if (CLOSERS.has(text[dot + 1] ?? '')) return true;
  if (NUMBER_ABBREVIATIONS.has(bare)) return !isDigit(text[next]);
  // Ellipsis made of periods: a break only before a capital, checked by the caller.
  if (/^\.+$/.test(word)) return true;
  if (TITLE_ABBREVIATIONS.has(bare) && !word.includes('.')) return false;
  // Single capital initial ("J. K. Rowling"), unless it is a pronoun-like "I".
  if (/^\p{Lu}$/u.test(word)) return word === 'I';
  // Dotted acronyms ("U.S.", "a.m.", "e.g.") and soft abbreviations ("Nov.", "Inc.").
  if (word.includes('.') || SOFT_ABBREVIATIONS.has(bare)) {
    if (isDigit(text[next])) return false;
    return startsLikeSentence;
  }
  return true;
}

/** Sentence-end offsets (exclusive) within one paragraph. */
function boundaries(text: string): number[] {
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '.' || ch === '?' || ch === '!' || ch === '\u2026') {
      let end = i + 1;
      while (end < text.length && /[.?!\u2026]/.test(text[end] ?? '')) end++;
      while (end < text.length && CLOSERS.has(text[end] ?? '')) end++;
      let next = end;
      while (next < text.length && isSpace(text[next])) next++;
      if (next === end || next >= text.length) {
        i = end;
        continue;
      }
      const lead = text[next];
      const opener = OPENERS.has(lead ?? '');
      let startChar = lead;
      if (opener) {
        let q = next;
        while (q < text.length && (OPENERS.has(text[q] ?? '') || isSpace(text[q]))) q++;
        startChar = text[q];
      }
      const plausibleStart = isUpper(startChar) || isDigit(startChar);
      const lastMark = text.slice(i, end).replace(/[^.?!\u2026]/g, '');
      let ends_ = plausibleStart;
      if (plausibleStart && lastMark === '.') ends_ = periodEndsSentence(text, i, next);
      if (ends_) ends.push(end);
      i = end;
      continue;
    }
    i++;
  }
  return ends;
}

/** Splits paragraphs into sentences whose text is a verbatim substring of its paragraph. */
export function splitSentences(paragraphs: string[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    let start = 0;
    const pieces: string[] = [];
    for (const end of [...boundaries(paragraph), paragraph.length]) {
      const piece = paragraph.slice(start, end).trim();
      if (piece !== '') pieces.push(piece);
      start = end;
    }
    for (const text of pieces) sentences.push({ index: sentences.length, paragraph: p, text });
  });
  return sentences;
}
