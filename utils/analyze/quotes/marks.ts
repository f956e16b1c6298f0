/** Quotation marks: where each quoted span of a paragraph opens and closes. */
import { memoized } from '../memo';

/** A quoted span's opening mark and closing mark offsets (close = -1 when left open). */
export interface QuotedSpan {
  open: number;
  close: number;
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‹': '›' };

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpaceOrStart = (ch: string | undefined): boolean =>
  ch === undefined || /[\s([{—–\-/:]/u.test(ch);

/** Whether a double mark at `j` can close a quotation ("…,” / "…" / "…“ of"). */
function closesAt(text: string, j: number): boolean {
  const ch = text[j];
  if (ch === '”' || ch === '"') return true;
  return ch === '“' && !/\s/u.test(text[j - 1] ?? ' ') && !isLetter(text[j + 1]);
}

/** Whether a double mark at `j` inside a quotation opens a nested one (“… said “no” to …”). */
const opensNested = (text: string, j: number): boolean =>
  (text[j] === '“' || text[j] === '"') && isSpaceOrStart(text[j - 1]) && isLetter(text[j + 1]);

/** Char codes of the double marks (“ ” "): `closesAt` and `opensNested` are false elsewhere. */
const DOUBLE_MARKS = new Set([0x201c, 0x201d, 0x22]);
/** Char codes of every mark `rawSpans` acts on; it steps over any other character. */
const QUOTE_MARKS = new Set([
  ...DOUBLE_MARKS,
  0x2018,
  0x27,
  ...Object.keys(PAIRS).map((m) => m.charCodeAt(0)),
]);

/** The first closing double mark at or after `from`, or -1. */
function nextCloser(text: string, from: number): number {
  for (let j = from; j < text.length; j++)
    if (DOUBLE_MARKS.has(text.charCodeAt(j)) && closesAt(text, j)) return j;
  return -1;
}

/** The last closing double mark of a text, or -1. */
function lastCloser(text: string): number {
  for (let j = text.length - 1; j >= 0; j--)
    if (DOUBLE_MARKS.has(text.charCodeAt(j)) && closesAt(text, j)) return j;
  return -1;
}

/**
 * The closing double mark of a quote opened at `from`, any mix of curly and straight marks
 * counting (ANNOTATION.md): the first ” or ", or a “ typed as the closer (after a non-space and
 * before a non-letter: "…an “expedited review“ of …"). A double mark between a space and a letter
 * opens a quotation nested in this one ("she said "no" to it"), skipped with its own closer when
 * another closer follows for the outer quote (`last`: the text's last closing mark). -1 when
 * the quote is left open.
 */
function doubleCloser(text: string, from: number, last: number): number {
  for (let j = from; j < text.length; j++) {
    if (!DOUBLE_MARKS.has(text.charCodeAt(j))) continue;
    if (opensNested(text, j)) {
      const inner = nextCloser(text, j + 1);
      if (inner >= 0 && inner < last) {
        j = inner;
        continue;
      }
      if (text[j] === '“') continue;
    }
    if (closesAt(text, j)) return j;
  }
  return -1;
}

/** Whether a stretch opens or closes a double quotation it does not also close or open. */
function unbalancedDoubles(stretch: string): boolean {
  const count = (re: RegExp): number => stretch.match(re)?.length ?? 0;
  return count(/“/gu) !== count(/”/gu) || count(/"/gu) % 2 === 1;
}

/**
 * Raw quoted spans of one paragraph or sentence: [open, close) offsets, close = -1 when left
 * open. Answered once per text and story (the quote rules ask again for each candidate); callers
 * only read the list.
 */
export const rawSpans = memoized((text: string): readonly QuotedSpan[] => {
  const spans: QuotedSpan[] = [];
  const last = lastCloser(text);
  let i = 0;
  while (i < text.length) {
    // Only a quotation mark opens a span (speed: a long read has few of them).
    while (i < text.length && !QUOTE_MARKS.has(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
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
    if (ch === '“') {
      close = doubleCloser(text, i + 1, last);
    } else if (pair) {
      close = text.indexOf(pair, i + 1);
      if (close < 0) close = -1;
    } else if (ch === '”' && isSpaceOrStart(text[i - 1]) && isLetter(text[i + 1])) {
      // A closing mark typed as the opener (said, ”We …”): it opens the quote.
      close = doubleCloser(text, i + 1, last);
    } else if (ch === '"' && isSpaceOrStart(text[i - 1]) && !/\s/u.test(text[i + 1] ?? ' ')) {
      close = doubleCloser(text, i + 1, last);
    } else if (ch === '"' && isLetter(text[i - 1]) && isLetter(text[i + 1])) {
      // A straight mark between two letters outside any quote is an opener missing its space
      // (about"joint …"), when a closer follows; otherwise a stray mark.
      const closer = doubleCloser(text, i + 1, last);
      if (closer >= 0) close = closer;
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
      // A single-quoted stretch holds whole double-quoted ones: one that opens a double quotation
      // it does not close began at an apostrophe (‘bout … “Tolls rise for residents’ cars”).
      if (close >= 0 && unbalancedDoubles(text.slice(i + 1, close))) close = -2;
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
});
