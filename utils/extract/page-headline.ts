/**
 * The page's headline when its metadata names none: of its h1s, the one its `<title>` agrees
 * with, and the `<title>` itself, less its site part, when no h1 does. Many pages set their
 * logo, site name or section in the first h1 ("Engadget", "Business Monday", "MENU") and the
 * headline in a later one; the `<title>` ("Headline | Site") tells which.
 */
import { lowerWords } from './words';

/**
 * An h1 is the headline when the distinct words it shares with the `<title>` make at least this
 * F1 of both (unit: 0..1). A logo h1 shares one word of a ten-word title (about 0.2); the
 * headline h1 shares nearly all of its words (0.8 and more), a reworded one about 0.6.
 */
export const HEADLINE_AGREEMENT = 0.5;
/** A host's label this short ("cnn", "bbc") is not looked for inside a longer text (unit: letters). */
const SITE_KEY_MIN_LETTERS = 4;
/** A title part that names the site by containing its name is this short ("POPSUGAR Home") (unit: words). */
const SITE_PART_MAX_WORDS = 4;
/** The labels of a host that name no site (besides its last, the top-level domain). */
const GENERIC_LABELS = new Set([
  'www',
  'com',
  'org',
  'net',
  'co',
  'ac',
  'or',
  'ne',
  'go',
  'edu',
  'gov',
  'amp',
  'm',
]);
/**
 * Separators that set a site's name off a title: " | ", " - ", " – ", " — ", " • ", " · ", ": ",
 * " » ", and the full-width bar, colon and dash and the underscore of East Asian titles. Looser
 * than metadata's TITLE_SEPARATOR (a colon needs no space before it): a part is only cut here
 * when it names the site.
 */
const TITLE_SEPARATOR = /\s+[|–—•·-]\s+|\s*[:»]\s+|\s*[｜：－_]\s*/g;

/** Letters and digits only, lower-cased: "Rolling Stone" and "rollingstone.com" meet as "rollingstone". */
function lettersOf(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join('');
}

/**
 * The names a site goes by, as lettersOf keys: its declared name and its host's own labels.
 * Example (invented): ('The Daily Tide', 'https://www.dailytide.example/story') →
 * ['thedailytide', 'dailytide']; ('Ledger.co.uk', null) → ['ledgercouk', 'ledger'].
 */
export function siteKeys(siteName: string | null, url: string | null): string[] {
  const keys = siteName ? [lettersOf(siteName)] : [];
  // A site named by its domain ("Ledger.co.uk") goes by its labels too ("Ledger").
  if (siteName && /^[\w.-]+\.[a-z]{2,}$/i.test(siteName)) keys.push(...hostLabels(siteName));
  try {
    if (url) keys.push(...hostLabels(new URL(url).hostname));
  } catch {
    // No address, no host labels.
  }
  return [...new Set(keys.filter(Boolean))];
}

/** A host's labels that may name its site, as lettersOf keys: not its top-level domain, not "www". */
function hostLabels(host: string): string[] {
  return host
    .toLowerCase()
    .split('.')
    .slice(0, -1)
    .filter((label) => !GENERIC_LABELS.has(label))
    .map(lettersOf);
}

/**
 * True when a text is the site's name, written out or in a logo's doubled or labelled text
 * ("POLITICO Politico Logo", "lifehackerlifehacker"): its letters are a key, or hold a key of
 * SITE_KEY_MIN_LETTERS letters or more in a text of SITE_PART_MAX_WORDS words or fewer.
 */
export function namesSite(text: string, keys: readonly string[]): boolean {
  const letters = lettersOf(text);
  if (!letters) return false;
  const short = text.trim().split(/\s+/).length <= SITE_PART_MAX_WORDS;
  return keys.some(
    (key) =>
      letters === key || (short && key.length >= SITE_KEY_MIN_LETTERS && letters.includes(key)),
  );
}

/** F1 of the distinct words two texts share. */
export function wordAgreement(a: string, b: string): number {
  const left = new Set(lowerWords(a));
  const right = new Set(lowerWords(b));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}

/**
 * The headline among a page's h1 texts (in page order), given its `<title>`: the first h1 that
 * agrees with the title (HEADLINE_AGREEMENT), passing over any that names the site or is the
 * title's site part (isTitleEnd); when none agrees (or the page has no title), the first h1
 * not passed over; null when every h1 is the site's: the title is the headline then.
 * `furniture`: the h1 texts passed over as the site's, which also name the site in the title.
 * Example (invented): title "Harbor council votes to rebuild the old pier | The Daily Tide",
 * h1s ["The Daily Tide", "Harbor council votes to rebuild the old pier"] → the second.
 */
export function chooseHeadline(
  h1s: readonly string[],
  title: string,
  keys: readonly string[],
): { headline: string | null; furniture: string[] } {
  const isSite = (text: string) => namesSite(text, keys) || isTitleEnd(text, title, keys);
  const candidates = h1s.filter((text) => text && !isSite(text));
  const furniture = h1s.filter((text) => text && isSite(text));
  if (!title) return { headline: candidates[0] ?? null, furniture };
  const agreeing = candidates.find((text) => agreesWithTitle(text, title));
  return { headline: agreeing ?? candidates[0] ?? null, furniture };
}

/**
 * True when a text is the first or last part of a title (between TITLE_SEPARATOR), another part
 * is longer and no part names the site otherwise (by `keys`): the blog's or site's name the
 * title sets off, not its headline.
 * Example (invented): ('Marta’s Harbor Notes', 'Marta’s Harbor Notes - Why the old pier matters
 * to the town'); not ('Pier vote', 'Pier vote - The Daily Tide'), whose site part is known.
 */
function isTitleEnd(text: string, title: string, keys: readonly string[]): boolean {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2 || parts.some((part) => namesSite(part, keys))) return false;
  const letters = lettersOf(text);
  const longest = Math.max(...parts.map((part) => lettersOf(part).length));
  return [parts[0] as string, parts[parts.length - 1] as string].some(
    (part) => lettersOf(part) === letters && letters.length < longest,
  );
}

/** True when an h1's words and the title's agree (HEADLINE_AGREEMENT): the h1 is the headline. */
export function agreesWithTitle(text: string, title: string): boolean {
  return wordAgreement(text, title) >= HEADLINE_AGREEMENT;
}

/**
 * A title less its site part: a first or last part (between TITLE_SEPARATOR) that names the site
 * (namesSite) or is one of `furniture` (an h1 set apart as the site's), when the rest is no shorter.
 * Example (invented): ("Harbor council votes to rebuild the old pier | The Daily Tide",
 * ['thedailytide']) → "Harbor council votes to rebuild the old pier".
 */
export function withoutSitePart(
  title: string,
  keys: readonly string[],
  furniture: readonly string[] = [],
): string {
  const separators = [...title.matchAll(TITLE_SEPARATOR)];
  const firstSeparator = separators[0];
  const lastSeparator = separators[separators.length - 1];
  if (!firstSeparator || !lastSeparator) return title;
  const allKeys = [...keys, ...furniture.map(lettersOf).filter(Boolean)];
  // Only the separator the site part was set off by goes: the rest keeps its own marks.
  const last = title.slice(lastSeparator.index + lastSeparator[0].length);
  const beforeLast = title.slice(0, lastSeparator.index);
  if (namesSite(last, allKeys) && beforeLast.length >= last.length) return beforeLast;
  const first = title.slice(0, firstSeparator.index);
  const afterFirst = title.slice(firstSeparator.index + firstSeparator[0].length);
  if (namesSite(first, allKeys) && afterFirst.length >= first.length) return afterFirst;
  return title;
}
