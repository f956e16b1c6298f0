import type { Sentence } from '../summary';

/** Abbreviations that are never the end of a sentence: they always precede a name or a number. */
const TITLE_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'st',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'cmdr',
  'sgt',
  'maj',
  'adm',
  'mt',
  'ft',
  'rev',
  'fr',
  'hon',
  'pres',
  'supt',
  'insp',
  'vs',
  'v',
  'approx',
  'dept',
  'univ',
  'ave',
  'blvd',
]);

/** Abbreviations that precede a number ("No. 5", "Vol. 2"); elsewhere they are ordinary words. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'pp', 'fig', 'art', 'sec', 'ch']);

/** Month abbreviations as written before a day ("Nov. 20"). */
export const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** Abbreviations that usually continue the sentence but may end one ("... of Apple Inc. The firm"). */
const SOFT_ABBREVIATIONS = new Set([
  ...MONTH_ABBREVIATIONS,
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'jr',
  'sr',
  'etc',
  'bros',
  'est',
  'min',
  'max',
  'mo',
]);

/**
 * Words that typically start a sentence. After a soft abbreviation or a dotted acronym
 * ("U.S.", "a.m."), a sentence break is accepted only before one of these, because
 * "U.S. President" and "Nov. 20" are far more common than "... the U.S. The".
 */
export const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'for',
  'if',
  'when',
  'while',
  'after',
  'before',
  'there',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'however',
  'meanwhile',
  'still',
  'since',
  'as',
  'some',
  'many',
  'most',
  'no',
  'not',
  'one',
  'two',
  'three',
  'last',
  'earlier',
  'later',
  'then',
  'now',
  'today',
  'yesterday',
  'what',
  'why',
  'how',
  'who',
  'where',
]);

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
