/**
 * Page-noise removal that runs on a cloned document before Readability. Bare Readability keeps
 * blocks that look like prose even when they are page furniture (weather teasers, breadcrumbs
 * glued to the headline, newsletter boxes, ad labels, pull quotes, comments); these rules remove
 * them by structure and by the vocabulary sites use in class names, never by a story's words.
 */
import {
  closestWhere,
  descendantsWhere,
  firstDescendantWhere,
  linksSiblings,
  nextOutside,
  selectorSort,
  selectorTest,
} from './dom-walk';
import { endsOnOwnStop } from './linked-sentence';
import { isSentenceList } from './sentence-list';
import { hasUnspacedScript, isSpaceCode, lowerWords, wordCount, wordCountUpTo } from './words';

export { lowerWords, wordCount };

/** Elements that are never story text. */
const NOISE_TAGS =
  'script, style, noscript, template, iframe, frame, frameset, object, embed, button, input, select, textarea, svg, canvas, dialog, address';

/** ARIA landmarks and roles that are page furniture, not the story. */
const NOISE_ROLES =
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [role="dialog"], [role="alert"], [aria-hidden="true"], [hidden]';

/** The selectors removeNoise looks elements up by, as tests (see dom-walk). */
const NOISE_LANDMARKS = `${NOISE_ROLES}, nav, footer`;
const HEADLINE_TAGS = 'h1, h2';
const SUBHEADINGS = 'h2, h3, h4';
const SUMMARY_LABELS = 'h2, h3, h4, strong, b';
const INLINE_BYLINE_TAGS = 'span, a, em, strong, b';
const NAMED = '[class], [id]';
const CLASSED = '[class]';
const LABEL_OR_TEASER_BOXES = 'div, section, aside, ul, ol, p, span, header';
const PROSE_BOXES = 'div, section, figure';
const IS_P = selectorTest('p');
const IS_A = selectorTest('a');
const IS_H1 = selectorTest('h1');
const IS_HEADLINE_TAG = selectorTest(HEADLINE_TAGS);
const IS_SUBHEADING = selectorTest(SUBHEADINGS);
const IS_INLINE_PARENT = selectorTest('p, li, h2, h3, h4');

/** The elements removeNoise's first rules read, sorted in one walk (see removeNoise). */
const SORT_FIRST = selectorSort([
  'noscript',
  NOISE_TAGS,
  HEADLINE_TAGS,
  INLINE_BYLINE_TAGS,
  SUBHEADINGS,
  SUMMARY_LABELS,
]);
/** The elements removeNoise's other rules read, sorted in one walk (see removeNoise). */
const SORT_REST = selectorSort([
  'form',
  NOISE_LANDMARKS,
  NAMED,
  CLASSED,
  'p',
  LABEL_OR_TEASER_BOXES,
  PROSE_BOXES,
]);

/**
 * Class/id tokens (split on `-`, `_`, spaces and camelCase) that mark page furniture.
 * A token matches whole, so "ad" matches `ad-slot` but not `header` or `shadow`.
 */
const NOISE_TOKENS = new Set([
  'ad',
  'ads',
  'adslot',
  'advert',
  'advertisement',
  'advertising',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'crumbs',
  'comment',
  'comments',
  'disqus',
  'newsletter',
  'signup',
  'subscribe',
  'subscription',
  'promo',
  'promoted',
  'sponsor',
  'sponsored',
  'outbrain',
  'taboola',
  'share',
  'sharing',
  'social',
  'related',
  'recommended',
  'trending',
  'popular',
  'mostread',
  'teaser',
  'teasers',
  'weather',
  'alert',
  'alerts',
  'ticker',
  'pullquote',
  'toolbar',
  'paywall',
  'cookie',
  'consent',
  'modal',
  'popup',
  'widget',
  'rail',
  'sidebar',
  'nav',
  'navbar',
  'menu',
  'footer',
  'masthead',
  'listen',
  'audio',
  'player',
  'readmore',
  // A story's topic tags and a video's keyword strip: links to other pages, not text.
  'keyword',
  'keywords',
  // Captions, credits and decks/standfirsts: about the story, not the story.
  'caption',
  'captions',
  'credit',
  'credits',
  'dek',
  'deck',
  'standfirst',
  'strapline',
  'kicker',
  // A deck named as the article's summary ("articleabstract"); a bare "abstract" may be a paper's text.
  'articleabstract',
  // Bylines, author boxes and republishing notes: we read the byline from metadata first.
  'byline',
  'author',
  'authors',
  'bio',
  'republish',
  'upnext',
  'readnext',
]);

/** Two-token class names that mark furniture ("most-read", "read-more", "editors-note"). */
const NOISE_PAIRS = new Set([
  'most read',
  'read more',
  'up next',
  'read next',
  'more stories',
  'editors note',
  'editor note',
  'in case',
  // "article-abstract", "articleAbstract": the deck under the headline (see 'articleabstract').
  'article abstract',
]);

/** Two-token names so specific that the block goes whatever its size: other posts ("moreFrom"). */
const STRONG_NOISE_PAIRS = new Set(['more from']);

/** Whole-block texts that are labels, not prose (lower-cased, trimmed, no final punctuation). */
const LABEL_TEXTS = new Set([
  // The same labels in the languages of our non-English pages.
  'anzeige',
  'werbung',
  'publicidad',
  'publicité',
  'pubblicità',
  'reclame',
  'advertisement',
  'advertisements',
  'ad',
  'sponsored',
  'sponsored content',
  'story highlights',
  'key points',
  'story continues below',
  'story continues below advertisement',
  'continue reading',
  'read more',
  'share',
  'share this article',
  'share this',
  'listen to this article',
  'skip to content',
  'skip to main content',
  'comments',
  'related',
  'related articles',
  'related stories',
  'most read',
  'trending',
  'more stories',
  'recommended',
  'print',
  'email',
  'copy link',
  'text size',
  'font size',
]);

/** Tags a noise rule may remove; `main`/`article`/`body` are never removed by class. */
const REMOVABLE_CONTAINERS = new Set([
  'DIV',
  'SECTION',
  'ASIDE',
  'UL',
  'OL',
  'LI',
  'SPAN',
  'P',
  'A',
  'FIGURE',
  'HEADER',
  'FOOTER',
  'NAV',
  'TABLE',
  'DL',
  'BLOCKQUOTE',
]);

/** Tokens so specific that a block carrying them goes whatever its size (comment threads are long). */
const STRONG_NOISE_TOKENS = new Set([
  'comment',
  'comments',
  'disqus',
  'outbrain',
  'taboola',
  'newsletter',
  'pullquote',
]);

/**
 * A block named like furniture that still holds this many prose paragraphs is a story wrapper
 * with an unlucky class ("article-body ads-enabled"); keep it (unit: paragraphs of
 * PROSE_PARAGRAPH_MIN_WORDS words or more).
 */
const STORY_WRAPPER_MIN_PARAGRAPHS = 3;
/** A block with more than this share of the page's text is the page's wrapper (unit: ratio 0..1). */
const PAGE_WRAPPER_SHARE = 0.5;
/** A teaser's cut-off paragraph has at least this many words (unit: words). */
const TEASER_PROSE_MIN_WORDS = 8;
/** Words that make a paragraph prose rather than a label or teaser line (unit: words). */
const PROSE_PARAGRAPH_MIN_WORDS = 20;

/** Splits a class or id into lower-case tokens on separators and camelCase boundaries. */
export function classTokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** How strongly an element's class or id names page furniture: 0 none, 1 likely, 2 certain. */
export function noiseNameStrength(element: Element): 0 | 1 | 2 {
  const names = `${element.getAttribute('class') ?? ''} ${element.id ?? ''}`;
  let strength = nameStrengths.get(names);
  if (strength === undefined) {
    strength = namesStrength(names);
    if (nameStrengths.size >= NAME_STRENGTHS_MAX) nameStrengths.clear();
    nameStrengths.set(names, strength);
  }
  return strength;
}

/** Strengths already worked out, by class and id: a page repeats its names on many elements. */
const nameStrengths = new Map<string, 0 | 1 | 2>();
/** nameStrengths is emptied when it holds this many (unit: entries). */
const NAME_STRENGTHS_MAX = 4096;

/**
 * The strongest of the names' strengths (the names split on whitespace, as `\s` reads it),
 * read without splitting the string into a list; an empty name has none.
 */
function namesStrength(names: string): 0 | 1 | 2 {
  let strength: 0 | 1 | 2 = 0;
  let start = -1;
  for (let i = 0; i <= names.length; i++) {
    if (i < names.length && !isSpaceCode(names.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const own = nameStrength(names.slice(start, i));
    if (own === 2) return 2;
    if (own === 1) strength = 1;
    start = -1;
  }
  return strength;
}

/**
 * Strengths of single class names already worked out, for the page being cleaned: one name
 * ("card") comes back in many class lists ("card card--wide", "card promo").
 */
const singleNameStrengths = new Map<string, 0 | 1 | 2>();

/** How strongly one class name or id names page furniture (see noiseNameStrength). */
function nameStrength(name: string): 0 | 1 | 2 {
  let strength = singleNameStrengths.get(name);
  if (strength === undefined) {
    strength = tokensStrength(classTokens(name));
    if (singleNameStrengths.size >= NAME_STRENGTHS_MAX) singleNameStrengths.clear();
    singleNameStrengths.set(name, strength);
  }
  return strength;
}

/** The first words of NOISE_PAIRS and STRONG_NOISE_PAIRS: only a token among them can open a pair. */
const PAIR_FIRST_WORDS = new Set(
  [...NOISE_PAIRS, ...STRONG_NOISE_PAIRS].map((pair) => pair.split(' ')[0] as string),
);

function tokensStrength(tokens: readonly string[]): 0 | 1 | 2 {
  // "no-caption", "without-ads", "has-no-comments" say the furniture is absent.
  for (const token of tokens) if (token === 'no' || token === 'without') return 0;
  let strength: 0 | 1 | 2 = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (STRONG_NOISE_TOKENS.has(token)) return 2;
    if (NOISE_TOKENS.has(token)) strength = 1;
    if (i + 1 < tokens.length && PAIR_FIRST_WORDS.has(token)) {
      const pair = `${token} ${tokens[i + 1]}`;
      if (STRONG_NOISE_PAIRS.has(pair)) return 2;
      if (NOISE_PAIRS.has(pair)) strength = 1;
    }
  }
  return strength;
}

/**
 * A block with this many words outside links is a body of text, whatever its class says: a blog
 * entry classed "entry_author_jane" or a post written with <br> instead of <p>. Author boxes,
 * share bars and rails are shorter or made of links (unit: words).
 */
const BODY_OF_TEXT_MIN_WORDS = 150;
/** ...and at most this share of its characters in links (unit: ratio 0..1). */
const BODY_OF_TEXT_MAX_LINK_DENSITY = 0.25;

/**
 * A blog page lists its posts as entries of one kind, each classed with its own details
 * ("entry entry_author_jane", "entry entry_author_sam"): the long posts are kept as bodies of
 * text, and a short post beside them is one more entry, not an author box. An element whose
 * first class name is not furniture and is shared by an element built the same way (see
 * entryBuild) that holds a body of text is kept, by the furniture rules and by the teaser rule. Returns the test, with its answers cached per tag and class name.
 * Example: `<div class="entry entry_author_sam">Two lines.</div>` beside a 200-word
 * `<div class="entry entry_author_jane">` stays.
 */
function entryOfKeptList(
  body: HTMLElement,
  classed: readonly Element[],
): (node: Element) => boolean {
  const known = new Map<string, boolean>();
  // The body's elements by class name (`classed`: those with a class attribute, in page order),
  // indexed when first needed. The rules that ask only remove elements, so an element is one of
  // the body's still when the body contains it.
  let byClass: Map<string, Element[]> | null = null;
  const withClass = (name: string): Element[] => {
    if (!byClass) {
      byClass = new Map();
      for (const element of classed) {
        for (const token of new Set((element.getAttribute('class') ?? '').split(CLASS_SEPARATOR))) {
          if (!token) continue;
          const elements = byClass.get(token);
          if (elements) elements.push(element);
          else byClass.set(token, [element]);
        }
      }
    }
    return byClass.get(name) ?? [];
  };
  return (node) => {
    const first = (node.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
    if (!first || classTokens(first).some((token) => NOISE_TOKENS.has(token))) return false;
    const key = entryBuild(node, first);
    let kept = known.get(key);
    if (kept === undefined) {
      kept = false;
      for (const other of withClass(first)) {
        if (
          other !== node &&
          entryBuild(other, first) === key &&
          body.contains(other) &&
          isBodyOfText(other)
        ) {
          kept = true;
          break;
        }
      }
      known.set(key, kept);
    }
    return kept;
  };
}

/** What separates the names in a class attribute: ASCII whitespace, as getElementsByClassName reads it. */
const CLASS_SEPARATOR = /[\t\n\f\r ]+/;

/** Block children whose shapes say how an entry is built (unit: elements). */
const ENTRY_BUILD_CHILDREN = 2;
const ENTRY_BLOCK_TAGS = new Set(
  'DIV P SECTION ARTICLE ASIDE HEADER FOOTER H1 H2 H3 H4 H5 H6 UL OL DL TABLE BLOCKQUOTE FIGURE PRE'.split(
    ' ',
  ),
);

/**
 * How an entry is built: its tag, its first class and the tags and classes of its first block
 * children. Entries of one kind are built alike; a pull quote and a sidebar box that share a
 * layout class ("left") are not.
 */
function entryBuild(element: Element, first: string): string {
  const parts = [element.tagName, first];
  const add = (child: Element): boolean => {
    // Inline elements (a line break, an emoticon, a link) are the text's, not the build's.
    if (ENTRY_BLOCK_TAGS.has(child.tagName))
      parts.push(`${child.tagName}.${child.getAttribute('class') ?? ''}`);
    return parts.length < ENTRY_BUILD_CHILDREN + 2;
  };
  // Along the sibling links in a browser's DOM, which would set up a list of children.
  if (linksSiblings(element)) {
    for (let child = element.firstElementChild; child; child = child.nextElementSibling)
      if (!add(child)) break;
  } else {
    for (const child of element.children) if (!add(child)) break;
  }
  return parts.join(' ');
}

function isBodyOfText(element: Element): boolean {
  const raw = element.textContent ?? '';
  // A word and its space take two characters at the very least: too short to count.
  if (raw.length < BODY_OF_TEXT_MIN_WORDS * 2) return false;
  const text = normalizeSpace(raw);
  if (wordCountUpTo(text, BODY_OF_TEXT_MIN_WORDS) < BODY_OF_TEXT_MIN_WORDS) return false;
  return linkTextLength(element) <= text.length * BODY_OF_TEXT_MAX_LINK_DENSITY;
}

function proseParagraphCount(element: Element): number {
  return proseParagraphsAmong(descendantsWhere(element, IS_P));
}

/**
 * proseParagraphCount(element) >= min, read only until `min` prose paragraphs are found: a story
 * wrapper's paragraphs after its third are not read. `known` holds the answers already read for
 * paragraphs whose text has not changed since (see removeNoise).
 * Example: holdsProseParagraphs(div, 3) for a div of forty 25-word paragraphs reads three.
 */
function holdsProseParagraphs(
  element: Element,
  min: number,
  known?: Map<Element, boolean>,
): boolean {
  if (min <= 0) return true;
  let count = 0;
  return (
    firstDescendantWhere(
      element,
      (node) => IS_P(node) && isProseParagraph(node, known) && ++count >= min,
    ) !== null
  );
}

/** True for a paragraph of PROSE_PARAGRAPH_MIN_WORDS words or more (kept in `known` if given). */
function isProseParagraph(p: Element, known?: Map<Element, boolean>): boolean {
  let prose = known?.get(p);
  if (prose === undefined) {
    prose =
      wordCountUpTo(p.textContent ?? '', PROSE_PARAGRAPH_MIN_WORDS) >= PROSE_PARAGRAPH_MIN_WORDS;
    known?.set(p, prose);
  }
  return prose;
}

/** How many of `paragraphs` are prose: PROSE_PARAGRAPH_MIN_WORDS words or more. */
function proseParagraphsAmong(paragraphs: readonly Element[]): number {
  let count = 0;
  for (const p of paragraphs) if (isProseParagraph(p)) count++;
  return count;
}

/**
 * True when an element's text holds a character other than whitespace (what trim() keeps), read
 * from its text nodes only up to the first such character.
 */
export function hasVisibleText(element: Element): boolean {
  return textNodesExceed(element, 0, visibleCount);
}

/** 1 for a text with a character other than whitespace, else 0. */
const visibleCount = (text: string): number => (/\S/u.test(text) ? 1 : 0);

/**
 * True when the counts of an element's text nodes, summed in document order, pass `max`; each
 * node is counted only up to what is left of the budget (`count(text, limit)` may stop at
 * `limit`). Reads no further than it must and builds no text.
 */
export function textNodesExceed(
  element: Element,
  max: number,
  count: (text: string, limit: number) => number,
): boolean {
  let total = 0;
  let node: Node | null = element.firstChild;
  while (node) {
    if (node.nodeType === 3 /* Node.TEXT_NODE */) {
      total += count(node.nodeValue ?? '', max - total + 1);
      if (total > max) return true;
    } else if (node.nodeType === 1 /* Node.ELEMENT_NODE */ && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    node = nextOutside(node, element);
  }
  return false;
}

/** Whitespace that collapsing changes: a character other than a plain space, or two spaces in a row. */
const UNCOLLAPSED_SPACE = /[^\S ]| {2}/;

/**
 * True when the text of an element (its textContent) holds more than `max` words separated by
 * whitespace (`normalizeSpace(text).split(' ').length > max` for a text with any), read from its
 * text nodes without building the text. A word runs on across text nodes ("<b>Head</b>line").
 */
export function textWordsExceed(element: Element, max: number): boolean {
  let inWord = false;
  return textNodesExceed(element, max, (text) => {
    let words = 0;
    for (let i = 0; i < text.length; i++) {
      const space = isSpaceCode(text.charCodeAt(i));
      if (!space && !inWord) words++;
      inWord = !space;
    }
    return words;
  });
}

/** Collapses whitespace. */
export function normalizeSpace(text: string): string {
  // Text already collapsed (as block texts are) is only trimmed: no new string is built.
  return UNCOLLAPSED_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/**
 * normalizeSpace(text).length, counted without building the collapsed text: the characters
 * other than whitespace, and one for each run of whitespace between two of them.
 * Example: normalizedLength('  One \n two ') → 7 ('One two').
 */
export function normalizedLength(text: string): number {
  let length = 0;
  let started = false;
  let spaced = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) spaced = started;
    else {
      length += spaced ? 2 : 1;
      spaced = false;
      started = true;
    }
  }
  return length;
}

/** The longest label (unit: characters). */
const LABEL_MAX_CHARS = Math.max(...Array.from(LABEL_TEXTS, (label) => label.length));

/**
 * True when a text holds more than `max` letters: ASCII letters and characters from U+00C0 on
 * that are neither spaces nor general punctuation (U+2000–U+206F). Reads only as far as it must,
 * so a page-sized text is rejected as a label or a link trail after a few dozen characters.
 */
export function lettersExceed(text: string, max: number): boolean {
  return countLetters(text, max + 1) > max;
}

/** The letters of a text as lettersExceed counts them, counted only up to `limit` (at least 1). */
function countLetters(text: string, limit: number): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const letter =
      code < 0xc0
        ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
        : (code < 0x2000 || code > 0x206f) && !isSpaceCode(code);
    if (letter && ++letters >= limit) return letters;
  }
  return letters;
}

/**
 * lettersExceed(element.textContent, max), read from the element's text nodes without building
 * its text, and only until the count passes `max`.
 */
export function textLettersExceed(element: Element, max: number): boolean {
  return textNodesExceed(element, max, countLetters);
}

/** True when a block's whole text is a label such as "Advertisement" or "Read more". */
export function isLabelText(text: string): boolean {
  // Every letter survives the key's normalization: more letters than the longest label has is no label.
  if (lettersExceed(text, LABEL_MAX_CHARS)) return false;
  const key = normalizeSpace(text)
    .toLowerCase()
    .replace(/[\s:.!…›»>|-]+$/u, '')
    .replace(/\s+\d+$/, '');
  return LABEL_TEXTS.has(key);
}

/** Characters of an element's text that sit inside links. */
export function linkTextLength(element: Element): number {
  let total = 0;
  for (const link of descendantsWhere(element, IS_A))
    total += normalizedLength(link.textContent ?? '');
  return total;
}

/** A heading sharing this much of the title's words is the page's headline (unit: Jaccard 0..1). */
const HEADLINE_SIMILARITY = 0.6;

/** The page's headline: the first h1 or h2 whose words match the title's, or null. */
export function findHeadline(root: Element, title: string | null): Element | null {
  return headlineAmong(() => descendantsWhere(root, IS_HEADLINE_TAG), title);
}

/** findHeadline over the h1 and h2 elements `headings` gives, in page order (asked only with a title). */
function headlineAmong(headings: () => Element[], title: string | null): Element | null {
  const wanted = tokenSet(title ?? '');
  if (wanted.size === 0) return null;
  for (const heading of headings()) {
    const words = tokenSet(heading.textContent ?? '');
    if (jaccard(words, wanted) >= HEADLINE_SIMILARITY) return heading;
  }
  return null;
}

/** A breadcrumb trail is short (unit: characters). */
const LINK_TRAIL_MAX_CHARS = 120;

/** True for an element that only holds a short run of links, like a breadcrumb trail. */
function isLinkTrail(element: Element, raw = element.textContent ?? ''): boolean {
  if (lettersExceed(raw, LINK_TRAIL_MAX_CHARS)) return false;
  const text = normalizeSpace(raw);
  if (!text || text.length > LINK_TRAIL_MAX_CHARS) return false;
  if (descendantsWhere(element, IS_A).length < 2) return false;
  return linkTextLength(element) >= text.replace(/[\s›»>/|·•-]/g, '').length * 0.9;
}

/**
 * The length of an element's text (`textContent.length`), summed from its text nodes' lengths
 * without building the text; each element's length is kept in `known`, which must be emptied
 * when the text of an element in it changes.
 * Example: rawTextLength(`<p>One <b>two</b></p>`, new Map()) → 7.
 */
export function rawTextLength(element: Element, known: Map<Element, number>): number {
  const cached = known.get(element);
  if (cached !== undefined) return cached;
  let length = 0;
  const add = (child: Node): void => {
    const type = child.nodeType;
    // Text nodes and CDATA sections (which are text nodes too): what textContent concatenates.
    if (type === 3 || type === 4) length += (child as CharacterData).length;
    else if (type === 1) length += rawTextLength(child as Element, known);
  };
  if (linksSiblings(element)) {
    for (let child = element.firstChild; child; child = child.nextSibling) add(child);
  } else {
    for (const child of element.childNodes) add(child);
  }
  known.set(element, length);
  return length;
}

/** A teaser card is short (unit: words). */
const TEASER_MAX_WORDS = 120;

/** More letters than this make a text neither a label nor a link trail (unit: letters). */
const LONGER_THAN_TRAIL_LETTERS = Math.max(LABEL_MAX_CHARS, LINK_TRAIL_MAX_CHARS);

/**
 * True when an element's text has more letters than a label or a link trail may (as
 * lettersExceed counts them) and more than TEASER_MAX_WORDS words by its spaces, read from its
 * text nodes only until both pass. A word is counted where it starts after whitespace inside one
 * text node, so the count never passes the text's own ("<b>Head</b>line" counts no word, which
 * only makes the answer false more often). isLabelText, isLinkTrail and, for a text without the
 * unspaced scripts, isTruncatedTeaser are false for such an element.
 * Example: a div of three 60-word paragraphs → true after its 122nd word; `<div>Read more</div>` → false.
 */
export function longerThanTeaser(element: Element): boolean {
  let letters = 0;
  let words = 0;
  let node: Node | null = element.firstChild;
  while (node) {
    if (node.nodeType === 3 /* Node.TEXT_NODE */) {
      const text = node.nodeValue ?? '';
      let spaced = false;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const space = isSpaceCode(code);
        if (space) spaced = true;
        else {
          if (spaced && ++words > TEASER_MAX_WORDS && letters > LONGER_THAN_TRAIL_LETTERS)
            return true;
          spaced = false;
          if (
            code < 0xc0
              ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
              : code < 0x2000 || code > 0x206f
          )
            letters++;
        }
      }
      if (letters > LONGER_THAN_TRAIL_LETTERS && words > TEASER_MAX_WORDS) return true;
    } else if (node.nodeType === 1 /* Node.ELEMENT_NODE */ && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    node = nextOutside(node, element);
  }
  return false;
}

/**
 * True for a teaser card: a small block that links elsewhere and whose prose stops mid-sentence
 * ("Light snow could even"), the shape of a promo for another story.
 */
function isTruncatedTeaser(element: Element, raw = element.textContent ?? ''): boolean {
  // Collapsing spaces changes no count of space-separated words: only unspaced text is normalized first.
  const words = wordCountUpTo(
    hasUnspacedScript(raw) ? normalizeSpace(raw) : raw,
    TEASER_MAX_WORDS + 1,
  );
  if (words === 0 || words > TEASER_MAX_WORDS) return false;
  if (!firstDescendantWhere(element, IS_A) && closestWhere(element, IS_A) === null) return false;
  // The cut is in the teaser's prose, not in a credit or a "Full forecast" link after it.
  const paragraphs = descendantsWhere(element, IS_P);
  return (paragraphs.length > 0 ? paragraphs : [element]).some((p) => {
    const prose = normalizeSpace(p.textContent ?? '');
    return (
      wordCount(prose) >= TEASER_PROSE_MIN_WORDS &&
      /(\p{L}|\p{N}|,|，|、|…|\.\.\.)$/u.test(prose) &&
      !endsWithAddress(prose)
    );
  });
}

/** A web address as a link's whole text: "http://example.org/guide.html", "www.example.org". */
const WEB_ADDRESS = /(?:https?:\/\/|\bwww\.)[^\s/]+\S*$/iu;

/**
 * True for prose that ends with a web address: an item citing where to read more ("Ana Ruiz's
 * guide to knots http://example.org/knots") ends where it should, not cut like a teaser's.
 */
function endsWithAddress(prose: string): boolean {
  return WEB_ADDRESS.test(prose);
}

/** A paragraph this many times longer than an inline element makes it part of a sentence (unit: ratio). */
const INLINE_SHARE = 3;

/**
 * True for a link or span inside a sentence: a company name marked up as a stock ticker
 * ("<span class=ticker>TiVo</span>"), a link with a "share" or "promo" class. Removing it
 * would cut words out of the story; furniture sits beside paragraphs, not inside them.
 */
function isInlineMention(node: Element): boolean {
  if (node.tagName !== 'SPAN' && node.tagName !== 'A') return false;
  const paragraph = node.parentElement && closestWhere(node.parentElement, IS_INLINE_PARENT);
  if (!paragraph) return false;
  const own = normalizedLength(node.textContent ?? '');
  return normalizedLength(paragraph.textContent ?? '') > own * INLINE_SHARE;
}

/** Class, id and rel of an inline element, where a byline's name would be. */
function inlineNames(node: Element): string {
  return `${node.getAttribute('class') ?? ''} ${node.id ?? ''} ${node.getAttribute('rel') ?? ''}`;
}
const BYLINE_NAME = /byline|author|dateline|writtenby/i;

/**
 * Readability takes the first element whose class says "byline" or "dateline" for the byline
 * and deletes it, even a dateline inside the lede ("<p><span class=dateline>CAIRO —</span>
 * Gunmen…"). An inline element inside a longer paragraph is never a byline: drop its class.
 */
function protectInlineBylines(inlines: readonly Element[]): void {
  // 'p span, p a, p em, p strong, p b': the inline elements (`inlines`, the page's span, a, em,
  // strong and b in page order) inside a paragraph. Those named like a byline: the names are
  // read before the ancestors, a cheaper question.
  const inParagraphs = inlines.filter(
    (node) =>
      // Without attributes an element has no name to read (most em, strong and b).
      node.hasAttributes() &&
      BYLINE_NAME.test(inlineNames(node)) &&
      node.parentElement !== null &&
      closestWhere(node.parentElement, IS_P) !== null,
  );
  for (const node of inParagraphs) {
    const paragraph = closestWhere(node, IS_P);
    const own = normalizedLength(node.textContent ?? '');
    if (paragraph && normalizedLength(paragraph.textContent ?? '') > own * 3) {
      node.removeAttribute('class');
      node.removeAttribute('id');
      node.removeAttribute('rel');
    }
  }
}

/** Share of word tokens a heading must share with the page's description to be its deck (unit: Jaccard 0..1). */
const DECK_SIMILARITY = 0.7;
/** Decks are sentences, not labels (unit: words). */
const DECK_MIN_WORDS = 6;

function tokenSet(text: string): Set<string> {
  return new Set(lowerWords(text));
}

/** Shared words over all words of two word sets (0 when both are empty). */
function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * The standfirst set as a heading: an h2–h4 that repeats the page's meta description (the
 * summary sites write for search and sharing). A paragraph that does is the lede and stays.
 */
export function findDecks(body: HTMLElement, description: string): Element[] {
  return decksAmong(descendantsWhere(body, IS_SUBHEADING), description);
}

/** findDecks over the page's h2–h4 elements `subheadings`, in page order. */
function decksAmong(subheadings: readonly Element[], description: string): Element[] {
  const wanted = tokenSet(description);
  if (wanted.size < DECK_MIN_WORDS) return [];
  return subheadings.filter((heading) => {
    const words = tokenSet(heading.textContent ?? '');
    if (words.size < DECK_MIN_WORDS) return false;
    return jaccard(words, wanted) >= DECK_SIMILARITY;
  });
}

/** Labels of a box that sums the story up in bullets. */
const SUMMARY_LABEL =
  /^(?:story highlights|highlights|key points|in brief|at a glance|the big picture)\s*:?$/iu;

/** A heading this long that ends a sentence is prose set large (a list article's items) (unit: words). */
const PROSE_HEADING_MIN_WORDS = 12;

/**
 * List articles set each item as a full sentence in an <h2>; Readability scores such items as
 * headings and drops them with their image and credit. A heading that is a whole sentence is
 * prose: it becomes a paragraph.
 */
function proseHeadingsToParagraphs(subheadings: readonly Element[]): void {
  for (const heading of subheadings) {
    const text = normalizeSpace(heading.textContent ?? '');
    if (wordCount(text) < PROSE_HEADING_MIN_WORDS || !/[.!?。！？]["”’」]?$/.test(text)) continue;
    const paragraph = heading.ownerDocument.createElement('p');
    paragraph.append(...Array.from(heading.childNodes));
    heading.replaceWith(paragraph);
  }
}

/**
 * A page saved or read without scripts (a parser with scripting off reads `<noscript>` as
 * markup) may hold its only copy of the story there: a blog that renders its posts from a
 * script template keeps the post in `<noscript>` for readers without scripts. A noscript that
 * holds a body of text is the story, not a "please enable JavaScript" notice: its content stays.
 * With scripts on, a browser parses noscript content as raw text, and nothing here applies.
 */
function unwrapNoscriptText(noscripts: readonly Element[]): Set<Element> {
  const unwrapped = new Set<Element>();
  for (const node of noscripts) {
    if (node.firstElementChild && isBodyOfText(node)) {
      node.replaceWith(...Array.from(node.childNodes));
      unwrapped.add(node);
    }
  }
  return unwrapped;
}

/** Removes page noise from a document (mutates it: pass a clone). Returns how many nodes went. */
export function removeNoise(
  doc: Document,
  { description = null, title = null }: { description?: string | null; title?: string | null } = {},
): number {
  // Class-name strengths are remembered for one page at a time.
  nameStrengths.clear();
  singleNameStrengths.clear();
  let removed = 0;
  const remove = (node: Element) => {
    node.remove();
    removed++;
  };
  const body = doc.body;
  if (!body) return 0;

  // The elements the first rules look at, found in one walk. Until the prose headings become
  // paragraphs, the rules only remove elements or unwrap noscripts (whose content stays in
  // place), so the elements a fresh walk would find are those of a list the body still contains.
  const [noscripts, noiseTags, headlineTags, inlines, subheadings, summaryLabels] = SORT_FIRST(
    body,
  ) as [Element[], Element[], Element[], Element[], Element[], Element[]];
  const present = (elements: readonly Element[]) =>
    elements.filter((element) => body.contains(element));
  const unwrapped = unwrapNoscriptText(noscripts);
  for (const node of noiseTags) if (!unwrapped.has(node)) remove(node);
  // No rule removes the block holding the page's headline. Without a title match, any h1 counts
  // (a rail of other posts with their own h1s is then kept: that is the cost of not knowing).
  const headline = headlineAmong(() => present(headlineTags), title);
  const containsHeadline = (element: Element): boolean =>
    headline ? element.contains(headline) : firstDescendantWhere(element, IS_H1) !== null;
  protectInlineBylines(present(inlines));
  if (description) {
    for (const deck of decksAmong(present(subheadings), description)) remove(deck);
  }
  // A summary box ("STORY HIGHLIGHTS", "Key points") repeats the story in bullets, like a deck.
  for (const heading of present(summaryLabels)) {
    if (!SUMMARY_LABEL.test(normalizeSpace(heading.textContent ?? ''))) continue;
    const list = heading.nextElementSibling;
    if (list && (list.tagName === 'UL' || list.tagName === 'OL')) remove(list);
    remove(heading);
  }
  proseHeadingsToParagraphs(present(subheadings));
  // The elements the other rules look at, found in one walk. From here on the rules only remove
  // elements (and change classes the walk's tests do not read): each rule's elements are those
  // of its list the body still contains.
  const [forms, landmarks, named, classed, paragraphs, labelOrTeaserBoxes, proseBoxes] = SORT_REST(
    body,
  ) as [Element[], Element[], Element[], Element[], Element[], Element[], Element[]];
  // The class and id of the elements the rules below ask about do not change until
  // unpenalizeProseBlocks: each element's name strength is worked out once.
  const strengths = new Map<Element, 0 | 1 | 2>();
  const strengthOf = (node: Element): 0 | 1 | 2 => {
    let strength = strengths.get(node);
    if (strength === undefined) {
      strength = noiseNameStrength(node);
      strengths.set(node, strength);
    }
    return strength;
  };
  // Raw text lengths (rawTextLength), kept from here on: the rules below only remove text, so
  // a length kept is never shorter than the element's text is now. Collapsing spaces only
  // shortens a text too: a kept length at or under a limit rules out the normalized text's.
  const rawLengths = new Map<Element, number>();
  // A wrapper holding most of the page's text is the page, whatever its class says ("ad-wallpaper").
  // Only the forms and the elements named like furniture (strength 1) are asked about: on a page
  // with neither, the page's text is not read.
  // The page's text as it is now, when read: the rules after only remove text, so every
  // element's text later is a part of it.
  const pageText =
    forms.length > 0 ||
    named.some((node) => REMOVABLE_CONTAINERS.has(node.tagName) && strengthOf(node) === 1)
      ? (body.textContent ?? '')
      : null;
  const pageChars = pageText === null ? 0 : normalizedLength(pageText);
  // Collapsing spaces only shortens a text: one whose raw length is within the share is no wrapper.
  const holdsPage = (node: Element) =>
    rawTextLength(node, rawLengths) > pageChars * PAGE_WRAPPER_SHARE &&
    normalizedLength(node.textContent ?? '') > pageChars * PAGE_WRAPPER_SHARE;
  // Forms are signup and search boxes, except on sites (ASP.NET) that wrap the whole page in one.
  // Each loop below visits its elements in page order and removes only the one it visits, so
  // when it judges an element, nothing inside it has changed since the loop began: a paragraph's
  // prose answer read for one element holds for every element around it that the loop judges
  // later. A loop's answers are kept for that loop (`known`).
  let known = new Map<Element, boolean>();
  for (const node of forms) {
    if (!body.contains(node) || holdsPage(node)) continue;
    if (!holdsProseParagraphs(node, STORY_WRAPPER_MIN_PARAGRAPHS, known)) remove(node);
  }
  for (const node of landmarks) {
    if (body.contains(node) && !containsHeadline(node)) remove(node);
  }
  // Items sharing one furniture-like name (numbered or not: "result-3-teaser") that together
  // hold most of the page's text are the page's own list (job ads, search results, notices),
  // not teasers beside a story.
  const nameShape = (node: Element) =>
    `${node.tagName} ${node.getAttribute('class') ?? ''} ${node.id ?? ''}`.replace(/\d+/g, '#');
  let listShapes: Set<string> | null = null;
  const inPageList = (node: Element): boolean => {
    if (!listShapes) {
      listShapes = new Set();
      const items = new Map<string, Element[]>();
      for (const item of named) {
        if (strengthOf(item) !== 1 || !body.contains(item)) continue;
        const shape = nameShape(item);
        const same = items.get(shape);
        if (same) same.push(item);
        else items.set(shape, [item]);
      }
      // Collapsing spaces only shortens a text: the items' raw lengths, summed without building
      // their texts, rule out most shapes; only the others' texts are read.
      const raw = rawLengths;
      const half = pageChars * PAGE_WRAPPER_SHARE;
      for (const [shape, elements] of items) {
        let upper = 0;
        for (const item of elements) upper += rawTextLength(item, raw);
        if (upper <= half) continue;
        let total = 0;
        for (const item of elements) total += normalizedLength(item.textContent ?? '');
        if (total > half) listShapes.add(shape);
      }
    }
    return listShapes.has(nameShape(node));
  };
  const sharesEntryName = entryOfKeptList(body, classed);
  known = new Map();
  for (const node of named) {
    if (!REMOVABLE_CONTAINERS.has(node.tagName) || !body.contains(node)) continue;
    const strength = strengthOf(node);
    if (strength === 0 || containsHeadline(node)) continue;
    if (strength === 1 && isInlineMention(node)) continue;
    if (
      strength === 1 &&
      (holdsPage(node) ||
        inPageList(node) ||
        holdsProseParagraphs(node, STORY_WRAPPER_MIN_PARAGRAPHS, known) ||
        isBodyOfText(node) ||
        sharesEntryName(node))
    )
      continue;
    remove(node);
  }
  // The prose paragraphs the page holds as this loop starts, counted when a teaser first asks:
  // those in the body then, and those inside the elements this loop removed before.
  let pageProse = -1;
  const removedHere: Element[] = [];
  const knownProse = () => {
    if (pageProse < 0)
      pageProse = proseParagraphsAmong(
        paragraphs.filter(
          (p) => body.contains(p) || removedHere.some((removedNode) => removedNode.contains(p)),
        ),
      );
    return pageProse;
  };
  let spacedPage: boolean | null = null;
  for (const node of labelOrTeaserBoxes) {
    if (!body.contains(node)) continue;
    // A paragraph or span is never judged a teaser, and one with more letters than a link trail
    // (or a label) holds is neither: its text need not be built.
    const inline = node.tagName === 'P' || node.tagName === 'SPAN';
    if (inline && textLettersExceed(node, LINK_TRAIL_MAX_CHARS)) continue;
    // A box too long for a label, a link trail and a teaser is none of them: on a page without
    // the unspaced scripts (whose words are not counted by spaces), its text need not be built.
    // The page's text is read once, to know that.
    if (!inline) {
      if (spacedPage === null) spacedPage = !hasUnspacedScript(pageText ?? body.textContent ?? '');
      if (spacedPage && longerThanTeaser(node)) continue;
    }
    const text = node.textContent ?? '';
    if (isLabelText(text) || (isLinkTrail(node, text) && !endsOnOwnStop(node))) {
      if (!containsHeadline(node)) {
        remove(node);
        if (pageProse < 0) removedHere.push(node);
      }
      continue;
    }
    if (
      !inline &&
      isTruncatedTeaser(node, text) &&
      !containsHeadline(node) &&
      !isSentenceList(node) &&
      // A short post among long ones of the same kind is an entry of the page's list, not a promo.
      !sharesEntryName(node)
    ) {
      // A teaser promotes another story: this page's own story must remain. A blog page whose
      // only prose is an excerpt ending in "…" keeps it.
      const page = knownProse();
      const own = proseParagraphCount(node);
      if (page - own >= STORY_WRAPPER_MIN_PARAGRAPHS) {
        pageProse -= own;
        remove(node);
      }
    }
  }
  unpenalizeProseBlocks(present(proseBoxes));
  return removed;
}

/**
 * Class words Readability scores as "probably not the story" that name a layout, not
 * furniture: an in-story box of paragraphs classed "wide-media" or "meta" is story text.
 * Furniture words (ads, comments, related, share…) are our own rules' to judge, above.
 */
const LAYOUT_WORDS = /media|meta|tags|scroll|contact|shopping/i;
/** A box needs this many prose paragraphs to be story text and not a caption (unit: paragraphs). */
const BOX_MIN_PARAGRAPHS = 2;

/**
 * Readability drops a box whose class contains a word such as "media" unless it scored as the
 * story itself, losing boxed story passages ("<div class=browser_wide_media>" with a heading and
 * two paragraphs). A box that survived our noise rules and holds prose paragraphs loses the
 * layout words from its class so Readability judges it by its text.
 */
function unpenalizeProseBlocks(boxes: readonly Element[]): void {
  // Only classes change here: a paragraph's answer holds for the whole loop.
  const known = new Map<Element, boolean>();
  for (const node of boxes) {
    const names = node.getAttribute('class') ?? '';
    if (!LAYOUT_WORDS.test(names) || noiseNameStrength(node) > 0) continue;
    if (!holdsProseParagraphs(node, BOX_MIN_PARAGRAPHS, known)) continue;
    node.setAttribute(
      'class',
      names
        .split(/\s+/)
        .filter((name) => !LAYOUT_WORDS.test(name))
        .join(' '),
    );
  }
}
