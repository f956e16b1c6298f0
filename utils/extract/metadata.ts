import type { StoryKind } from '../summary';
import {
  bylineAgency,
  bylineCredit,
  bylinePeople,
  withoutPublication,
  withoutTimes,
} from './byline';
import {
  childElements,
  descendantsWhere,
  documentElementsUpTo,
  type ElementTest,
  firstDescendantWhere,
  hasNativeLookups,
  selectorSort,
  selectorTest,
} from './dom-walk';
import { readKind } from './kind';
import { normalizeSpace } from './noise';
import { agreesWithTitle, chooseHeadline, siteKeys, withoutSitePart } from './page-headline';
import { writtenDate } from './written-date';

/** Metadata a page declares about its story, read before any cleaning. */
export interface PageMetadata {
  title: string | null;
  /** The people who wrote the story, joined ("Jane Doe, Li Wei"), or the agency when it names none. */
  byline: string | null;
  /** The people in the byline, one name each, in order. */
  authors?: string[];
  /** What kind of piece the page says it is; null when it does not say. */
  kind?: StoryKind | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
}

/** Every meta tag's content by its property, name and itemprop: one pass over the page's meta tags. */
const metaIndexes = new WeakMap<Document, Map<string, string[]>>();

/** The selectors metadata is read by (see dom-walk). */
const IS_HEADLINE_NOISE = selectorTest('nav, ol, ul, small, [class*="crumb"]');
/** Elements whose text is a visible publication date (a "post-time", a "posted" line, a "timeago"). */
const VISIBLE_DATE =
  'time, [itemprop="datePublished"], [class*="date"], [class*="Date"], [class*="published"], [class*="posted"], [class*="time"], [class*="Time"]';
/**
 * The selector lists metadata reads every page by, sorted in one walk. Each is told by its tag
 * (an attribute is read only on a meta, script or time element), so the walk reads few
 * attributes; printed bylines and visible dates, told by the attributes of any element, are
 * looked for only on a page whose declared metadata lacks them, each in a walk that stops early.
 */
const DECLARED_LISTS = [
  'meta[content]',
  'script[type="application/ld+json"]',
  'h1',
  'time[datetime][pubdate], time[itemprop="datePublished"][datetime]',
  'time[datetime]',
  'link[rel="canonical"]',
  'p',
];
const SORT_DECLARED = selectorSort(DECLARED_LISTS);
const DECLARED_TESTS = DECLARED_LISTS.map(selectorTest);
/** Elements that hold a byline printed in the page. */
const NAMED_BYLINE =
  '[itemprop="author"], [rel="author"], address, [class*="byline"], [class*="Byline"], [id*="byline"], [class~="vcard"]';
/** Elements an author class marks ("article-author", "author_name"): bylines, bios or posters. */
const AUTHOR_CLASS = '[class*="author"], [class*="Author"]';
const PRINTED_BYLINE = `${NAMED_BYLINE}, ${AUTHOR_CLASS}`;
const IS_PRINTED_BYLINE = selectorTest(PRINTED_BYLINE);
const IS_NAMED_BYLINE = selectorTest(NAMED_BYLINE);
/** Blocks: an element holding one is a post or a box, not a byline's line. */
const IS_BLOCK = selectorTest(
  'p, div, h1, h2, h3, h4, h5, h6, ul, ol, table, section, article, blockquote, header, footer',
);
const IS_VISIBLE_DATE = selectorTest(VISIBLE_DATE);
/** Elements that may show a date read before giving up (unit: elements). */
const VISIBLE_DATE_CANDIDATES = 20;

/**
 * The elements of a page metadata reads on every page, in page order as `querySelectorAll`
 * finds them on the document (the root element included): its meta tags and JSON-LD scripts,
 * and the first h1, `<time>` that says it is the publication date, `<time>` with a datetime,
 * canonical link and paragraph (the only ones of those read), each null when the page has none.
 */
interface PageElements {
  metas: Element[];
  jsonLd: Element[];
  h1: Element | null;
  publishedTime: Element | null;
  time: Element | null;
  canonical: Element | null;
  paragraph: Element | null;
}

const pageElementsOf = new WeakMap<Document, PageElements>();

/**
 * A page's PageElements, remembered per document: in a browser's DOM from its native tag lookups,
 * each read only as far as it must be (see nativePageElements); elsewhere in one walk.
 */
function pageElements(doc: Document): PageElements {
  const found = pageElementsOf.get(doc);
  if (found) return found;
  if (hasNativeLookups(doc)) return nativePageElements(doc);
  const root = doc.documentElement;
  // One walk in JavaScript: in a DOM written in JavaScript (happy-dom) a tag lookup is a walk of
  // its own, seven of them slower than one.
  const lists = root ? SORT_DECLARED(root) : DECLARED_LISTS.map((): Element[] => []);
  if (root)
    DECLARED_TESTS.forEach((test, index) => {
      if (test(root)) lists[index]?.unshift(root);
    });
  return remember(
    doc,
    lists.slice(0, 2),
    lists.slice(2).map((list) => list[0] ?? null),
  );
}

/** The elements of a native tag lookup that pass `test`, in page order, read by index. */
function taggedWhere(doc: Document, tag: string, test: ElementTest): Element[] {
  const tagged = doc.getElementsByTagName(tag);
  const found: Element[] = [];
  for (let i = 0; i < tagged.length; i++) {
    const element = tagged[i] as Element;
    if (test(element)) found.push(element);
  }
  return found;
}

/** The first element of a native tag lookup that passes `test`, read no further than it. */
function firstTaggedWhere(doc: Document, tag: string, test: ElementTest): Element | null {
  const tagged = doc.getElementsByTagName(tag);
  for (let i = 0, element = tagged[0]; element; element = tagged[++i])
    if (test(element)) return element;
  return null;
}

/**
 * PageElements from a browser's native tag lookups, filtered by DECLARED_LISTS' tests: the same
 * elements as the walk (a tag lookup on the document is in page order, the root element
 * included), found in native code. The lists of firsts (h1, p) stop at their first element, so
 * a page's hundreds of paragraphs are not listed; the native walk behind a lookup costs far less
 * than a walk in JavaScript that reads every element's tag.
 */
function nativePageElements(doc: Document): PageElements {
  const [metas, jsonLd, h1, publishedTime, time, canonical, paragraph] = DECLARED_TESTS as [
    ElementTest,
    ElementTest,
    ElementTest,
    ElementTest,
    ElementTest,
    ElementTest,
    ElementTest,
  ];
  return remember(
    doc,
    [taggedWhere(doc, 'meta', metas), taggedWhere(doc, 'script', jsonLd)],
    [
      firstTaggedWhere(doc, 'h1', h1),
      firstTaggedWhere(doc, 'time', publishedTime),
      firstTaggedWhere(doc, 'time', time),
      firstTaggedWhere(doc, 'link', canonical),
      firstTaggedWhere(doc, 'p', paragraph),
    ],
  );
}

/**
 * The elements of a document that pass `test` (a selectorTest of `selectors`), in page order, the
 * root element included, at most `max`, each found only when the caller asks for it: in a
 * browser's DOM by its native querySelector, then querySelectorAll if the caller reads past the
 * first, filtered by `test` (the browser matches some attribute values, `rel`'s and `type`'s,
 * without regard to case, so it may find more, never fewer); elsewhere by a walk that stops at
 * the `max`-th.
 * Example: [...elementsWhere(doc, 'address', selectorTest('address'), 2)] → the page's first two
 * addresses.
 */
export function* elementsWhere(
  doc: Document,
  selectors: string,
  test: ElementTest,
  max: number,
  native = hasNativeLookups(doc),
): Generator<Element, void> {
  if (!native) {
    yield* documentElementsUpTo(doc, test, max);
    return;
  }
  if (max <= 0) return;
  // The first alone is found without listing the page's every match.
  const first = doc.querySelector(selectors);
  if (!first) return;
  let found = 0;
  if (test(first)) {
    yield first;
    if (++found >= max) return;
  }
  const matched = doc.querySelectorAll(selectors);
  for (let i = 1; i < matched.length; i++) {
    const element = matched[i] as Element;
    if (!test(element)) continue;
    yield element;
    if (++found >= max) return;
  }
}

function remember(doc: Document, lists: Element[][], firsts: (Element | null)[]): PageElements {
  const [metas, jsonLd] = lists as [Element[], Element[]];
  const [h1, publishedTime, time, canonical, paragraph] = firsts as [
    Element | null,
    Element | null,
    Element | null,
    Element | null,
    Element | null,
  ];
  const found = { metas, jsonLd, h1, publishedTime, time, canonical, paragraph };
  pageElementsOf.set(doc, found);
  return found;
}

function metaIndex(doc: Document): Map<string, string[]> {
  const index = metaIndexes.get(doc);
  if (index) return index;
  const found = new Map<string, string[]>();
  const add = (key: string | null, value: string): void => {
    if (!key) return;
    const values = found.get(key);
    if (values) values.push(value);
    else found.set(key, [value]);
  };
  for (const element of pageElements(doc).metas) {
    const value = normalizeSpace(element.getAttribute('content') ?? '');
    if (!value) continue;
    // Each of its keys once: a tag whose name and property agree counts once under it. Keys are
    // read without regard to case, as HTML reads names: <meta name="AUTHOR"> is an author tag.
    const property = element.getAttribute('property')?.toLowerCase() ?? null;
    const name = element.getAttribute('name')?.toLowerCase() ?? null;
    const itemprop = element.getAttribute('itemprop')?.toLowerCase() ?? null;
    add(property, value);
    if (name !== property) add(name, value);
    if (itemprop !== property && itemprop !== name) add(itemprop, value);
  }
  metaIndexes.set(doc, found);
  return found;
}

/** The first value of the first of `keys` a meta tag has, keys read without regard to case. */
function metaContent(doc: Document, ...keys: string[]): string | null {
  const index = metaIndex(doc);
  for (const key of keys) {
    const value = index.get(key.toLowerCase())?.[0];
    if (value) return value;
  }
  return null;
}

export type JsonLd = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(News|Report|Scholarly|Tech|Satirical|AdvertiserContent)?Article$|^(BlogPosting|LiveBlogPosting|Review|CriticReview|Recipe|HowTo|(Opinion|Analysis|Review|Background|Reportage|AskPublic)NewsArticle)$/;

/** schema.org types of a page that may carry its story's date and author when no Article node does. */
const PAGE_TYPES = /^(?:WebPage|ItemPage)$/;
/** Fields of the article node that may point at another node of the page's graph by its @id. */
const REFERENCE_FIELDS = ['author', 'publisher'];

function typesOf(record: JsonLd): string[] {
  return ([] as unknown[])
    .concat(record['@type'] ?? [])
    .filter((type): type is string => typeof type === 'string');
}

/** Every object node of a parsed JSON-LD value, in order, through arrays and @graph lists. */
function jsonLdNodes(parsed: unknown): JsonLd[] {
  const nodes: JsonLd[] = [];
  const queue: unknown[] = [parsed];
  while (queue.length > 0) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      queue.push(...item);
    } else if (item && typeof item === 'object') {
      const record = item as JsonLd;
      nodes.push(record);
      if (record['@graph']) queue.push(record['@graph']);
    }
  }
  return nodes;
}

/** A reference ({"@id": …}) replaced by the node of that @id, each item of a list on its own. */
function resolved(value: unknown, byId: Map<string, JsonLd>): unknown {
  if (Array.isArray(value)) return value.map((item) => resolved(item, byId));
  const id = value && typeof value === 'object' ? (value as JsonLd)['@id'] : undefined;
  if (typeof id !== 'string' || typeof (value as JsonLd).name === 'string') return value;
  return byId.get(id) ?? value;
}

/**
 * The page's JSON-LD node for its story: the first Article-like node, else a WebPage node that
 * carries a datePublished (generated graphs put the date and author there), with its author and
 * publisher references resolved against the page's graph: {"author":{"@id":"#/person/1"}} reads
 * the name of the node whose @id is "#/person/1".
 */
export function articleJsonLd(doc: Document): JsonLd | null {
  const byId = new Map<string, JsonLd>();
  let article: JsonLd | null = null;
  let page: JsonLd | null = null;
  for (const script of pageElements(doc).jsonLd) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Broken JSON-LD is common; the other sources of metadata still apply.
    }
    for (const node of jsonLdNodes(parsed)) {
      const id = node['@id'];
      if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
      const types = typesOf(node);
      if (!article && types.some((type) => ARTICLE_TYPES.test(type))) article = node;
      if (!page && node.datePublished && types.some((type) => PAGE_TYPES.test(type))) page = node;
    }
    if (article) break;
  }
  const found = article ?? page;
  if (!found) return null;
  const copy: JsonLd = { ...found };
  for (const field of REFERENCE_FIELDS) if (copy[field]) copy[field] = resolved(copy[field], byId);
  return copy;
}

function jsonLdNames(value: unknown): string[] {
  return ([] as unknown[])
    .concat(value ?? [])
    .map((item) => (typeof item === 'string' ? item : (item as JsonLd | null)?.name))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map((name) => normalizeSpace(name));
}

function jsonLdName(value: unknown): string | null {
  const names = jsonLdNames(value);
  return names.length > 0 ? names.join(', ') : null;
}

/** The web began in 1991: an earlier date is a placeholder ("0001-01-01") or a parse error. */
const EARLIEST_YEAR = 1991;
/** A story is not published more than a day ahead (time zones) (unit: milliseconds). */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/** Returns an ISO 8601 timestamp for a parseable, plausible publication date, else null. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  // A bare number is not a date ("1" parses as 2001 in some engines).
  if (/^\d{1,4}$/.test(text)) return null;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  if (date.getUTCFullYear() < EARLIEST_YEAR || time > Date.now() + FUTURE_SLACK_MS) return null;
  return date.toISOString();
}

/** Every value of a meta tag, in page order (a story with three authors has three author tags). */
function metaContents(doc: Document, key: string): string[] {
  return metaIndex(doc).get(key.toLowerCase()) ?? [];
}

/** An HTML tag written out in a text: a letter (or "/" and a letter) after "<", up to ">". */
const WRITTEN_TAG = /<\/?([a-z][a-z0-9]*)[^<>]*>/gi;
/** Tags inside a line of text: they go without leaving a space ("<a>guide</a>," stays "guide,"). */
const INLINE_TAGS = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'u', 'small', 'sup', 'sub']);

/**
 * A description with the markup of the deck it was copied from ("For more, see &lt;a
 * href=…&gt;our guide&lt;/a&gt;"): the tags are not words of the page's topic, and the
 * popup shows the excerpt as text.
 */
function withoutMarkup(text: string | null): string | null {
  if (!text?.includes('<')) return text;
  const plain = text.replace(WRITTEN_TAG, (_tag, name: string) =>
    INLINE_TAGS.has(name.toLowerCase()) ? '' : ' ',
  );
  return normalizeSpace(plain) || null;
}

/** Site names that are layout words or platform defaults, not the name of a publication. */
const LAYOUT_SITE_NAMES =
  /^(?:hosted|home|homepage|home page|news|blog|website|site|web site|index|default|untitled|article|articles|page|main|null|undefined|wordpress|blogger|medium|substack|ghost|wix)$/i;

function siteNameOrNull(value: string | null | undefined): string | null {
  const name = normalizeSpace(value ?? '');
  if (!name || LAYOUT_SITE_NAMES.test(name) || /^https?:/i.test(name)) return null;
  return name;
}

/** The publication named by a URL's host: "www.example.co.uk" gives "example.co.uk". */
export function hostSiteName(url: string): string | null {
  try {
    const host = new URL(url).hostname.replace(/^www\d*\./, '');
    return host || null;
  } catch {
    return null;
  }
}

/** A visible date is short (unit: characters). */
const VISIBLE_DATE_MAX_CHARS = 60;

/** A date printed in the page ("March 3, 2025", "3 March 2025"), for pages that declare none. */
function visibleDate(doc: Document): string | null {
  for (const element of elementsWhere(
    doc,
    VISIBLE_DATE,
    IS_VISIBLE_DATE,
    VISIBLE_DATE_CANDIDATES,
  )) {
    if (inComments(element)) continue;
    const text = normalizeSpace(element.textContent ?? '')
      .replace(/^(?:published|posted|updated|on)\s*:?\s*/i, '')
      .replace(/\s*(?:\||·|•|,)?\s*(?:updated|last updated).*$/i, '');
    if (!text || !/\d{4}/.test(text)) continue;
    // A short text that parses whole keeps its time of day; else the date written near its
    // start ("posted on Saturday, August 13th, 2011 | 4:35 PM ET").
    const whole =
      text.length <= VISIBLE_DATE_MAX_CHARS ? toIsoDate(text.replace(/\s+at\s+/i, ' ')) : null;
    const iso = whole ?? toIsoDate(writtenDate(text));
    if (iso) return iso;
  }
  return null;
}

/** Separators between a title and what is glued to it: "Headline | Site", "Headline • Jane Doe". */
const TITLE_SEPARATOR = /\s+[|–—•·-]\s+|\s+[:»]\s+/;

/**
 * A title without the names of its authors glued after it ("Headline - Jane Doe and Li Wei"
 * when the byline names Jane Doe and Li Wei).
 */
function stripAuthors(title: string, authors: string[]): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2 || authors.length === 0) return title;
  const named = bylinePeople(parts[parts.length - 1]).map((name) => name.toLowerCase());
  const wanted = authors.map((name) => name.toLowerCase());
  const same = named.length === wanted.length && named.every((name) => wanted.includes(name));
  return same ? parts.slice(0, -1).join(' - ') : title;
}

/**
 * The page's title, with the h1s the headline choice passed over as the site's (`furniture`,
 * see pageHeadline): its og:title (or Twitter's), unless that is the document's <title> with a
 * tail glued on ("Headline • Jane Doe" where <title> says "Headline"); its JSON-LD headline; its
 * headline h1 or <title> (pageHeadline).
 */
function pageTitle(
  doc: Document,
  ld: JsonLd | null,
  keys: readonly string[],
): { title: string | null; furniture: string[] } {
  const docTitle = normalizeSpace(doc.title ?? '');
  const social = metaContent(doc, 'og:title', 'twitter:title');
  if (social) {
    const tail = docTitle && social.startsWith(docTitle) ? social.slice(docTitle.length) : '';
    const title =
      tail && new RegExp(`^(?:${TITLE_SEPARATOR.source})`).test(tail) ? docTitle : social;
    return { title, furniture: [] };
  }
  if (typeof ld?.headline === 'string' && normalizeSpace(ld.headline))
    return { title: normalizeSpace(ld.headline), furniture: [] };
  const { headline, furniture } = pageHeadline(doc, keys);
  return { title: headline, furniture };
}

/** Text of an h1 without any links, breadcrumbs or labels nested in it. */
function headlineText(h1: Element): string | null {
  if (!firstDescendantWhere(h1, IS_HEADLINE_NOISE)) {
    const text = normalizeSpace(h1.textContent ?? '');
    return text || null;
  }
  const copy = h1.cloneNode(true) as Element;
  for (const nested of descendantsWhere(copy, IS_HEADLINE_NOISE)) nested.remove();
  const text = normalizeSpace(copy.textContent ?? '');
  return text || null;
}

/**
 * The page's headline from its h1s and its `<title>` (see chooseHeadline), or its `<title>`.
 * The first h1 (what the selector list 'article h1, main h1, h1' finds) is read first: on most
 * pages it agrees with the title and no other h1 is read.
 */
function pageHeadline(
  doc: Document,
  keys: readonly string[],
): { headline: string | null; furniture: string[] } {
  const title = normalizeSpace(doc.title ?? '');
  const h1 = pageElements(doc).h1;
  const first = h1 ? headlineText(h1) : null;
  if (!first) {
    if (!h1) return { headline: title || null, furniture: [] };
  } else if (!title || agreesWithTitle(first, title)) {
    const chosen = chooseHeadline([first], title, keys);
    if (chosen.headline) return chosen;
  }
  const h1s: string[] = [];
  const tagged = doc.getElementsByTagName('h1');
  for (let i = 0; i < tagged.length; i++) h1s.push(headlineText(tagged[i] as Element) ?? '');
  const chosen = chooseHeadline(h1s, title, keys);
  return { headline: chosen.headline ?? (title || null), furniture: chosen.furniture };
}

/** A byline longer than this is a bio or a paragraph, not a byline (unit: words). */
const BYLINE_MAX_WORDS = 12;

/** How many elements that may hold a printed byline are read before giving up (unit: elements). */
const BYLINE_CANDIDATES = 8;
/** A class on this many of those elements marks a thread's posters, not a byline (unit: elements). */
const REPEATED_CLASS = 3;
/** Elements that name one author each: their like siblings name the co-authors. */
const IS_ONE_AUTHOR = selectorTest('[itemprop="author"], [rel="author"]');
/** An hCard's formatted name: the person, without the title printed beside it. */
const IS_CARD_NAME = selectorTest('[class~="fn"]');
/** Comment threads print their authors and dates too: not the story's. */
const IS_COMMENTS = selectorTest('[class*="comment"], [id*="comment"]');
/** The page's outer elements, whose classes describe the whole page ("comments-open"). */
const IS_PAGE = selectorTest('html, body');

/** True when `element` is in a comment thread: it or an ancestor below the body says so. */
function inComments(element: Element): boolean {
  for (let node: Element | null = element; node && !IS_PAGE(node); node = node.parentElement)
    if (IS_COMMENTS(node)) return true;
  return false;
}
/** Text that is code, not words on the page. */
const IS_CODE = selectorTest('script, style, template');

/** An element's text without its scripts and styles ("By Jane Doe<script>…</script>"). */
function shownText(element: Element): string {
  if (!firstDescendantWhere(element, IS_CODE)) return normalizeSpace(element.textContent ?? '');
  const copy = element.cloneNode(true) as Element;
  for (const code of descendantsWhere(copy, IS_CODE)) code.remove();
  return normalizeSpace(copy.textContent ?? '');
}

/**
 * One printed byline as text, or null when it is too long to be one: its hCard names when it has
 * any; else child by child, so that a name and the title set beside it ("Helen Marsh <span>Science
 * correspondent</span>") stay apart, a label ending in a colon ("Written:") left out; with the
 * like siblings of an element that names one author (<a rel="author">Jane Doe</a> / <a
 * rel="author">Li Wei</a>).
 */
function printedByline(element: Element): string | null {
  const whole = withoutTimes(shownText(element));
  if (!whole || whole.split(' ').length > BYLINE_MAX_WORDS) return null;
  const cards = descendantsWhere(element, IS_CARD_NAME);
  if (IS_CARD_NAME(element)) cards.unshift(element);
  if (cards.length > 0) return cards.map(shownText).filter(Boolean).join(', ');
  const pieces = Array.from(element.childNodes)
    .filter((child) => child.nodeType !== 1 || !IS_CODE(child as Element))
    .map((child) => normalizeSpace(child.textContent ?? ''))
    .filter((piece) => piece && !/^\p{L}+\s*:$/u.test(piece));
  if (IS_ONE_AUTHOR(element) && element.parentElement)
    for (const sibling of childElements(element.parentElement))
      if (sibling !== element && IS_ONE_AUTHOR(sibling) && !sibling.contains(element))
        pieces.push(',', shownText(sibling));
  return pieces.join(' | ').replace(/^by\s+/i, '');
}

/**
 * The byline printed in the page ("By Jane Doe", an <address>, rel=author, an hCard, a line with
 * an author class), for pages without author metadata: the first of the candidates that names
 * people, else the first short enough to be a byline (it may credit a desk). Candidates in a
 * comment thread are not the story's, nor are author-class lines sharing their class with two
 * others (a forum's "Post by …" lines).
 */
function domByline(doc: Document): string | null {
  const candidates = [...elementsWhere(doc, PRINTED_BYLINE, IS_PRINTED_BYLINE, BYLINE_CANDIDATES)];
  // An author class on several of them marks the posters of a thread or a list's authors.
  const classCounts = new Map<string, number>();
  for (const element of candidates) {
    const name = element.getAttribute('class') ?? '';
    classCounts.set(name, (classCounts.get(name) ?? 0) + 1);
  }
  let first: string | null = null;
  for (const element of candidates) {
    if (inComments(element)) continue;
    // An element told only by an author class is a byline when it is a line of text, and one of
    // its kind.
    if (
      !IS_NAMED_BYLINE(element) &&
      (firstDescendantWhere(element, IS_BLOCK) ||
        (classCounts.get(element.getAttribute('class') ?? '') ?? 0) >= REPEATED_CLASS)
    )
      continue;
    const byline = printedByline(element);
    if (!byline) continue;
    if (bylinePeople(byline).length > 0) return byline;
    first ??= byline;
  }
  return first;
}

/** The people of the first source that names any, the publication's own names left out. */
function peopleIn(sources: string[], publications: (string | null)[]): string[] {
  for (const source of sources) {
    const people = withoutPublication(bylinePeople(source), publications);
    if (people.length > 0) return people;
  }
  return [];
}

function isPerson(item: unknown): boolean {
  return !!item && typeof item === 'object' && typesOf(item as JsonLd).includes('Person');
}

/** Reads title, byline, site, date, language and excerpt from meta tags, JSON-LD and the DOM. */
export function readMetadata(doc: Document, url: string | null = null): PageMetadata {
  const ld = articleJsonLd(doc);
  const siteName =
    siteNameOrNull(metaContent(doc, 'og:site_name')) ??
    siteNameOrNull(jsonLdName((ld?.publisher as JsonLd | undefined)?.name)) ??
    siteNameOrNull(metaContent(doc, 'application-name'));
  const keys = siteKeys(siteName, url);
  const { title: rawTitle, furniture } = pageTitle(doc, ld, keys);
  // Bylines from every source, strongest first; the first that names people wins. The page's
  // own byline element is looked up only when the metadata names nobody.
  // JSON-LD authors typed Person come first: they say outright that they are people, where an
  // author meta tag may hold the publishing company.
  const ldAuthors = ([] as unknown[]).concat(ld?.author ?? []);
  const publications = [siteName, jsonLdName((ld?.publisher as JsonLd | undefined)?.name)];
  const bylineSources = [
    jsonLdNames(ldAuthors.filter(isPerson)).join(', '),
    ...['author', 'article:author', 'byl', 'sailthru.author', 'parsely-author'].map((key) =>
      metaContents(doc, key).join(', '),
    ),
    jsonLdNames(ldAuthors.filter((item) => !isPerson(item))).join(', '),
  ].filter((source) => source && !/^https?:/.test(source));
  let authors = peopleIn(bylineSources, publications);
  if (authors.length === 0) {
    const printed = domByline(doc);
    if (printed) {
      bylineSources.push(printed);
      authors = withoutPublication(bylinePeople(printed), publications);
    }
  }
  const agency = bylineSources.map(bylineAgency).find(Boolean) ?? null;
  const byline =
    authors.length > 0 ? authors.join(', ') : (agency ?? bylineCredit(bylineSources[0]));
  // Dates from every source, strongest first, each read only if the ones before it fail.
  const declared: (() => string | null | undefined)[] = [
    ...[
      'article:published_time',
      'datePublished',
      'pubdate',
      'publishdate',
      'date',
      'DC.date.issued',
      'DC.date',
      'parsely-pub-date',
      'sailthru.date',
    ].map((key) => () => metaContent(doc, key)),
    () => (typeof ld?.datePublished === 'string' ? ld.datePublished : null),
    () => (typeof ld?.dateCreated === 'string' ? ld.dateCreated : null),
    () => pageElements(doc).publishedTime?.getAttribute('datetime'),
    () => pageElements(doc).time?.getAttribute('datetime'),
    () => visibleDate(doc),
  ];
  let publishedTime: string | null = null;
  for (const read of declared) {
    publishedTime = toIsoDate(read());
    if (publishedTime) break;
  }
  const lang =
    normalizeSpace(doc.documentElement?.getAttribute('lang') ?? '') ||
    metaContent(doc, 'og:locale', 'language');
  const elements = pageElements(doc);
  return {
    title: rawTitle ? stripAuthors(withoutSitePart(rawTitle, keys, furniture), authors) : null,
    byline,
    authors,
    kind: readKind(
      doc,
      ld,
      url,
      { section: metaContent(doc, 'article:section'), url: metaContent(doc, 'og:url') },
      {
        canonical: elements.canonical,
        h1: elements.h1,
        paragraph: elements.paragraph,
      },
    ),
    siteName,
    publishedTime,
    lang: lang || null,
    excerpt: withoutMarkup(
      metaContent(doc, 'og:description', 'description', 'twitter:description'),
    ),
  };
}
