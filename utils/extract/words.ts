/**
 * Words in every script. Languages written with spaces (English, Arabic, Russian, Korean…) are
 * counted by their spaces; languages written without them (Chinese, Japanese, Thai, Lao, Khmer,
 * Burmese, Tibetan) by the platform's dictionary word segmenter, `Intl.Segmenter`. So "50 words"
 * means about the same amount of text in every language, and every threshold that counts words
 * holds for a Chinese page as for an English one.
 */
import { isSpaceCode } from '../space';

export { isSpaceCode };

/** Characters of the scripts written without spaces between words. */
export const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const UNSPACED_ALL = new RegExp(UNSPACED.source, 'gu');
/**
 * The blocks the unspaced scripts live in (Thai to Myanmar, Khmer, CJK, Myanmar extensions, CJK
 * compatibility and half-width forms, and every astral character by its high surrogate): a cheap
 * first test that lets Latin text with typographic quotes and dashes (U+2000–U+2BFF) skip UNSPACED.
 */
export const MAYBE_UNSPACED =
  /[\u0E00-\u109F\u1780-\u19FF\u2E80-\u9FFF\uA000-\uABFF\uF900-\uFAFF\uFF00-\uFFEF\uD800-\uDBFF]/;

function isUnspaced(text: string): boolean {
  return MAYBE_UNSPACED.test(text) && UNSPACED.test(text);
}
/** Chinese characters and Japanese kana: the scripts whose reading speed is measured in characters. */
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Without Intl.Segmenter (old browsers), a word of an unspaced script is about this many
 * characters long (Chinese averages 1.5–1.7 characters a word) (unit: characters per word).
 */
const FALLBACK_CHARS_PER_WORD = 1.6;

let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter(undefined, { granularity: 'word' })
        : null;
  }
  return segmenter;
}

/** True when a text holds characters of a script written without spaces between words. */
export function hasUnspacedScript(text: string): boolean {
  return isUnspaced(text);
}

/** How many words a text holds, in any script. */
export function wordCount(text: string): number {
  const remember = text.length <= SEGMENTED_TEXT_MAX_CHARS;
  const known = remember ? segmentedCounts.get(text) : undefined;
  if (known !== undefined) return known;
  const count = countWordsOf(text);
  if (remember) {
    if (segmentedCounts.size >= SEGMENTED_COUNTS_MAX) segmentedCounts.clear();
    segmentedCounts.set(text, count);
  }
  return count;
}

/** How many words a text holds (see wordCount), counted afresh. */
function countWordsOf(text: string): number {
  // One reading counts the words by their spaces and looks out for the blocks of the unspaced
  // scripts (MAYBE_UNSPACED); only a text that has one is tested again as a whole.
  const spaced = spacedWordsOrUnknown(text);
  if (spaced >= 0 || !UNSPACED.test(text)) return spaced >= 0 ? spaced : spacedWords(text);
  const seg = wordSegmenter();
  if (!seg) {
    const unspaced = text.match(UNSPACED_ALL)?.length ?? 0;
    return (
      spacedWords(text.replace(UNSPACED_ALL, ' ')) + Math.ceil(unspaced / FALLBACK_CHARS_PER_WORD)
    );
  }
  let count = 0;
  for (const segment of seg.segment(text)) if (segment.isWordLike) count++;
  return count;
}

/**
 * wordCount(text) when it is below `limit`, else `limit`: a text written with spaces is read only
 * as far as its `limit`-th word, so a page-sized text is judged "too long" after a few words.
 * Example: wordCountUpTo('one two three four', 3) → 3; wordCountUpTo('one two', 3) → 2.
 */
export function wordCountUpTo(text: string, limit: number): number {
  if (isUnspaced(text)) return unspacedWordsUpTo(text, limit);
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord && ++count >= limit) return limit;
    inWord = !space;
  }
  return count;
}

/**
 * Math.min(wordCount(text), limit) for a text with an unspaced script: a count already made is
 * read; else the segmenter's words are counted only up to `limit` (a box of a page in Chinese is
 * judged "too long for a teaser" after its 121st word, not after segmenting all of it).
 */
function unspacedWordsUpTo(text: string, limit: number): number {
  const seg = wordSegmenter();
  const known = text.length <= SEGMENTED_TEXT_MAX_CHARS ? segmentedCounts.get(text) : undefined;
  if (!seg || known !== undefined) return Math.min(known ?? wordCount(text), limit);
  let count = 0;
  for (const segment of seg.segment(text)) {
    if (segment.isWordLike && ++count >= limit) return limit;
  }
  return count;
}

/**
 * Word counts made, by text: extraction asks for the count of one block or paragraph several
 * times (each rule that judges a block by its length), and segmenting is the slow part of
 * counting. At most
 * SEGMENTED_COUNTS_MAX texts of at most SEGMENTED_TEXT_MAX_CHARS each are kept (a few MB at
 * most); the map is emptied when full.
 */
const segmentedCounts = new Map<string, number>();

/** Empties the remembered word counts: one extraction's texts say nothing of the next page's. */
export function forgetWordCounts(): void {
  segmentedCounts.clear();
}
/** (unit: texts) */
const SEGMENTED_COUNTS_MAX = 1024;
/** A paragraph is shorter; a longer text is a container's, rarely asked about twice (unit: characters). */
const SEGMENTED_TEXT_MAX_CHARS = 4000;

/** Runs of non-space characters, counted without splitting the text into strings. */
function spacedWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * spacedWords(text), or -1 as soon as the text holds a character of MAYBE_UNSPACED's blocks
 * (U+0E00–U+109F, U+1780–U+19FF, U+2E80–U+9FFF, U+A000–U+ABFF, U+F900–U+FAFF, U+FF00–U+FFEF, and
 * high surrogates U+D800–U+DBFF): one pass where spacedWords after MAYBE_UNSPACED.test takes two.
 * Example: spacedWordsOrUnknown('one  two') → 2; spacedWordsOrUnknown('天气 good') → -1.
 */
function spacedWordsOrUnknown(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0e00 && maybeUnspacedCode(code)) return -1;
    const space = isSpaceCode(code);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** True for a character code in MAYBE_UNSPACED's blocks (the two must name the same blocks). */
export function maybeUnspacedCode(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x109f) ||
    (code >= 0x1780 && code <= 0x19ff) ||
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xabff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0xd800 && code <= 0xdbff)
  );
}

/** A word as a reader counts it: letters or digits, inner apostrophes, hyphens and decimal points kept. */
const READER_WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/** Words of a story as shown to the reader ("1,200 words"): in unspaced scripts, the segmenter's words. */
export function storyWordCount(paragraphs: readonly string[]): number {
  let count = 0;
  for (const text of paragraphs)
    count += isUnspaced(text) ? wordCount(text) : (text.match(READER_WORD)?.length ?? 0);
  return count;
}

/** The words of a text, lower-cased: runs of letters and digits, unspaced scripts cut into words. */
export function lowerWords(text: string): string[] {
  const runs = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const seg = wordSegmenter();
  if (!seg || !isUnspaced(text)) return runs;
  const words: string[] = [];
  for (const run of runs) {
    if (!UNSPACED.test(run)) {
      words.push(run);
      continue;
    }
    for (const segment of seg.segment(run)) if (segment.isWordLike) words.push(segment.segment);
  }
  return words;
}

/** A run of letters and digits: a word, or a run of an unspaced script. */
const LETTER_RUN = /[\p{L}\p{N}]+/gu;

/**
 * The words of `wanted` that lowerWords(text) holds once `key` is applied to each of its words:
 * lowerWords(text).map(key) filtered by `wanted`, without the list. `key(word)` must be a part of
 * `word` (a word with a suffix cut); then a run of an unspaced script that holds none of the words
 * still wanted as a substring cannot yield one, and is not segmented.
 */
export function wantedWords(
  text: string,
  wanted: ReadonlySet<string>,
  key: (word: string) => string,
): Set<string> {
  const found = new Set<string>();
  if (wanted.size === 0) return found;
  const lower = text.toLowerCase();
  // A word is found only inside a run that holds it: a word the text does not hold is not looked for.
  let findable = 0;
  for (const word of wanted) if (lower.includes(word)) findable++;
  if (findable === 0) return found;
  const seg = wordSegmenter();
  const segmenting = seg !== null && isUnspaced(text);
  if (!segmenting) return wantedRuns(lower, wanted, key, found);
  // Runs are read one at a time: once every findable word is found, the rest of the text is skipped.
  for (const match of lower.matchAll(LETTER_RUN)) {
    if (found.size === findable) break;
    const run = match[0];
    if (!segmenting || !UNSPACED.test(run)) {
      const word = key(run);
      if (wanted.has(word)) found.add(word);
      continue;
    }
    let worth = false;
    for (const word of wanted) {
      if (!found.has(word) && run.includes(word)) {
        worth = true;
        break;
      }
    }
    if (!worth) continue;
    for (const segment of seg.segment(run)) {
      if (!segment.isWordLike) continue;
      const word = key(segment.segment);
      if (wanted.has(word)) found.add(word);
    }
  }
  return found;
}

/** One letter or digit (a code point), as LETTER_RUN reads them. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The code point of `text` that ends just before `index`, as a string ('' at the start). */
function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text.charAt(index - 1);
}

/** The code point of `text` that starts at `index`, as a string ('' at the end). */
function codePointAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/**
 * wantedWords for a text read without a segmenter (`lower` is already lower-cased): each wanted
 * word is looked for where the text holds it, and the run of letters and digits around each
 * place is the word it is in. Every run whose key is a wanted word holds that word (the key is a
 * part of the run), so the runs looked at include every run the whole-text reading would find it
 * in, and the text is not cut into words.
 */
function wantedRuns(
  lower: string,
  wanted: ReadonlySet<string>,
  key: (word: string) => string,
  found: Set<string>,
): Set<string> {
  for (const word of wanted) {
    if (!word) continue;
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      let start = at;
      for (let before = codePointBefore(lower, start); before && LETTER_OR_DIGIT.test(before); ) {
        start -= before.length;
        before = codePointBefore(lower, start);
      }
      let end = at;
      for (let next = codePointAt(lower, end); next && LETTER_OR_DIGIT.test(next); ) {
        end += next.length;
        next = codePointAt(lower, end);
      }
      if (end > start && key(lower.slice(start, end)) === word) {
        found.add(word);
        break;
      }
    }
  }
  return found;
}

/**
 * Reading speed in words per minute by language, from the International Reading Speed Texts
 * (Trauzettel-Klosinski & Dietz 2012, IOVS 53(9): adults reading the same text translated into
 * 17 languages). English and languages not in the study keep the 230 words a minute of adult
 * non-fiction reading (Brysbaert 2019: ~238).
 */
const WORDS_PER_MINUTE: Record<string, number> = {
  ar: 138,
  de: 179,
  es: 218,
  fi: 161,
  fr: 195,
  he: 187,
  it: 188,
  nl: 202,
  pl: 166,
  pt: 181,
  ru: 184,
  sl: 180,
  sv: 199,
  tr: 166,
};
const DEFAULT_WORDS_PER_MINUTE = 230;
/** Chinese and Japanese are read in characters per minute (IReST: Chinese 255, Japanese 357). */
const CHINESE_CHARS_PER_MINUTE = 255;
const JAPANESE_CHARS_PER_MINUTE = 357;
/** Above this share of kana among its Chinese characters and kana, a text is Japanese (unit: ratio 0..1). */
const JAPANESE_KANA_SHARE = 0.1;

/**
 * Minutes a reader needs for a text in its language (at least 1): Chinese and Japanese by their
 * characters, every other language by its words at that language's reading speed. `lang` is the
 * page's declared language ("de", "pt-BR"); the script of the text itself decides for CJK,
 * because pages often declare the language of their template, not of their story. `words` is
 * the story's word count when the caller has it already.
 */
export function readingMinutes(
  paragraphs: readonly string[],
  lang: string | null,
  words: number = storyWordCount(paragraphs),
): number {
  let cjk = 0;
  let kana = 0;
  for (const text of paragraphs) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x3040) continue;
      if (code <= 0x30ff) {
        kana++;
        cjk++;
      } else if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) cjk++;
    }
  }
  let minutes: number;
  if (cjk > 0) {
    const perMinute =
      kana / cjk >= JAPANESE_KANA_SHARE ? JAPANESE_CHARS_PER_MINUTE : CHINESE_CHARS_PER_MINUTE;
    // Words in other scripts around the CJK text (names, numbers, English terms) add their time.
    const text = paragraphs.join('\n');
    const rest = text.replace(HAN_OR_KANA, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    minutes = cjk / perMinute + rest / DEFAULT_WORDS_PER_MINUTE;
  } else {
    const base = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
    minutes = words / (WORDS_PER_MINUTE[base] ?? DEFAULT_WORDS_PER_MINUTE);
  }
  return Math.max(1, Math.round(minutes));
}
