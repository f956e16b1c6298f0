/**
 * The analysis's one word tokenizer: words with their offsets, punctuation left in the gaps
 * between them. A word is a run of letters and digits with inner apostrophes, dots and hyphens
 * ("don’t", "U.S.", "co-founder"); a final period stays only on initials, dotted abbreviations
 * and honorifics ("J.", "U.S.", "Mr.").
 */
import { HONORIFICS } from './lexicon';
import { memoized } from './memo';

/** A word of a text with its offsets (end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}.]|[\p{L}\p{N}]/gu;

/** The tokens of a text, computed once per story (memo.ts). */
const tokensOf = memoized((text: string): Token[] => {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    let word = m[0];
    // A trailing period belongs to the word only for abbreviations and initials ("U.S.", "J.").
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word) && !/\.\p{L}+\.$/u.test(word)) {
      const bare = word.slice(0, -1).toLowerCase();
      if (!HONORIFICS.has(bare) && bare !== 'jr' && bare !== 'sr') word = word.slice(0, -1);
    }
    tokens.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return tokens;
});

/** Splits text into word tokens with offsets; punctuation is skipped (see the gaps between). */
export function tokenize(text: string): Token[] {
  // A fresh list each call (callers may change it); its tokens are shared and never changed.
  return tokensOf(text).slice();
}

/** The words of a text, without offsets. */
export function wordList(text: string): string[] {
  return tokenize(text).map((t) => t.text);
}
