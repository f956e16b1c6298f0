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
/**
 * Elements whose text is a visible publication date (a "post-time", a "posted" line, a
 * "timeago"), or holds one after the names (a byline or author line: "Written by Rosa Delgado
 * on 13 August 2011").
 */
const VISIBLE_DATE =
  'time, [itemprop="datePublished"], [class*="date"], [class*="Date"], [class*="published"], [class*="posted"], [class*="time"], [class*="Time"], [class*="byline"], [class*="author"]';
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
/**
 * Elements an author class marks ("article-author", "author_name"), and links to an author's
 * page ("/author/rosa-delgado/"): bylines, bios or posters.
 */
const AUTHOR_CLASS = '[class*="author"], [class*="Author"], a[href*="/author/"]';
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

/**
 * A link that holds a heading, or a small card whose heading is a link: another story's teaser.
 * Its heading is below the page's h1, which is the story's own (and may link to itself).
 */
const IS_LINK = selectorTest('a[href]');
const IS_HEADING = selectorTest('h2, h3, h4, h5, h6');
const IS_CARD = selectorTest('article, li');
/** How many of a date's ancestors are read for the teaser card around it (unit: elements). */
const CARD_LEVELS = 6;
/** A teaser card is short: a story's own <article> is longer (unit: characters). */
const CARD_MAX_CHARS = 600;

/** True when a link in `card` holds a heading or a heading holds a link. */
function linkedHeading(card: Element): boolean {
  return descendantsWhere(card, IS_HEADING).some(
    (heading) =>
      !!firstDescendantWhere(heading, IS_LINK) ||
      (() => {
        for (let node = heading.parentElement; node && node !== card; node = node.parentElement)
          if (IS_LINK(node)) return true;
        return false;
      })(),
  );
}

/**
 * True when `element` is in another story's teaser card: a link that also holds a heading
 * ('<a href="/next"><h3>Other story</h3><span class="date">May 2, 2025</span></a>'), or a short
 * <article> or <li> whose heading is a link ('<article><span class="date">May 2, 2025</span>
 * <h3><a href="/next">Other story</a></h3></article>').
 */
function inTeaserCard(element: Element): boolean {
  let node = element.parentElement;
  for (let level = 0; node && level < CARD_LEVELS; level++, node = node.parentElement) {
    if (IS_LINK(node)) return !!firstDescendantWhere(node, IS_HEADING);
    if (IS_CARD(node))
      return (node.textContent ?? '').length <= CARD_MAX_CHARS && linkedHeading(node);
  }
  return false;
}

/** A label that makes a printed date a revision's ("Updated", "last update", "最終更新日"). */
const REVISION_LABEL = /\b(?:last\s*)?(?:updated?|modified)\b|最終更新|更新日/i;

/**
 * The date an element prints, as ISO 8601 (null when none), and whether a label makes it a
 * revision's: "Updated: May 5, 2025" and "2025.05.05 last update" are, the first date of
 * "May 2, 2025 | Updated May 5" is not.
 */
function printedDate(element: Element): { date: string | null; revision: boolean } {
  // Microdata: an itemprop's content attribute holds its value as machines read it
  // ('<dd itemprop="datePublished" content="2025-03-03">March 2025</dd>').
  if (element.getAttribute('itemprop') === 'datePublished') {
    const declared = toIsoDate(element.getAttribute('content'));
    if (declared) return { date: declared, revision: false };
  }
  let text = normalizeSpace(element.textContent ?? '').replace(
    /^(?:published|posted|on)\s*:?\s*/i,
    '',
  );
  const revision = REVISION_LABEL.exec(text);
  if (revision) {
    // "May 2, 2025 | Updated May 5": the date before the label is the publication's;
    // "Updated: May 5, 2025" and "2025.05.05 last update" print only the revision's.
    const before = text.slice(0, revision.index);
    const after = text.slice(revision.index + revision[0].length);
    if (/\d{4}/.test(before) && after.trim()) text = before.replace(/[\s|·•,]+$/, '');
    else return { date: dateIn(`${before} ${after}`), revision: true };
  }
  return { date: dateIn(text), revision: false };
}

/** The date a printed date's text gives, as ISO 8601, or null. */
function dateIn(written: string): string | null {
  const text = normalizeSpace(written);
  if (!text || !/\d{4}/.test(text)) return null;
  // A short text that parses whole keeps its time of day; else the date written near its
  // start ("posted on Saturday, August 13th, 2011 | 4:35 PM ET").
  const whole =
    text.length <= VISIBLE_DATE_MAX_CHARS ? toIsoDate(text.replace(/\s+at\s+/i, ' ')) : null;
  return whole ?? toIsoDate(writtenDate(text));
}

/**
 * A date printed in the page ("March 3, 2025", "3 March 2025"), for pages that declare none: the
 * first, passing over comments' dates and teaser cards' (a link holding another story's
 * headline and date: '<a href="/next"><h3>Other story</h3><span class="date">May 2, 2025</span></a>').
 * A date labelled a revision's ("Updated: May 5, 2025") is shown only when no other is printed.
 */
function visibleDate(doc: Document): string | null {
  let revised: string | null = null;
  for (const element of elementsWhere(
    doc,
    VISIBLE_DATE,
    IS_VISIBLE_DATE,
    VISIBLE_DATE_CANDIDATES,
  )) {
    if (inComments(element) || inTeaserCard(element)) continue;
    const { date, revision } = printedDate(element);
    if (date && !revision) return date;
    if (date) revised ??= date;
  }
  return revised;
}

/** Words that label a date as a revision's, not the publication's ("Updated:", "Last modified"). */
const UPDATED_LABEL =
  /(?:updated|modified|edited|revised|aktualisiert|geändert|mis à jour|modifié|actualizado|更新日?)\s*[:：]?$/i;
/** A label before a date is short (unit: characters). */
const DATE_LABEL_MAX_CHARS = 30;
/** How many of a <time>'s ancestors may hold its label (unit: elements). */
const DATE_LABEL_LEVELS = 3;
/** How many <time datetime> elements are read for the publication date (unit: elements). */
const TIME_CANDIDATES = 4;
const IS_DATED_TIME = selectorTest('time[datetime]');

/**
 * True when a <time> says it is when the story was revised: its class says so
 * ('<time class="updated">'), or its text or the label printed just before it
 * ("Updated: <time>…</time>", "<dt>Last modified</dt><dd><time>…</time></dd>").
 */
function revisionTime(time: Element): boolean {
  if (/updated|modified/i.test(time.getAttribute('class') ?? '')) return true;
  if (/^(?:updated|last updated|modified)\b/i.test(normalizeSpace(time.textContent ?? '')))
    return true;
  let node: Element | null = time;
  for (let level = 0; node && level < DATE_LABEL_LEVELS; level++, node = node.parentElement) {
    let before = node.previousSibling;
    while (before && !normalizeSpace(before.textContent ?? '')) before = before.previousSibling;
    if (!before) continue;
    const label = normalizeSpace(before.textContent ?? '');
    return label.length <= DATE_LABEL_MAX_CHARS && UPDATED_LABEL.test(label);
  }
  return false;
}

/**
 * The datetime of the page's first <time> that is not a revision's (see revisionTime): the first
 * <time datetime> on most pages, read further only when that one is labelled "Updated"; when
 * every one is, the printed dates are read next (visibleDate).
 */
function firstPublishedTime(doc: Document): string | null {
  const first = pageElements(doc).time;
  if (!first || !revisionTime(first)) return first?.getAttribute('datetime') ?? null;
  for (const time of elementsWhere(doc, 'time[datetime]', IS_DATED_TIME, TIME_CANDIDATES))
    if (!revisionTime(time)) return time.getAttribute('datetime');
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

/** A page's or a story's header: its comment count or link is no comment thread. */
const IS_HEADER = selectorTest('header');

/**
 * True when `element` is in a comment thread: it or an ancestor below the body says so, unless
 * that ancestor lies in a <header>, where a comments class marks the story's line with its
 * comment count ("<header><div class="meta post-comments"><span class="author">Rosa Delgado</span>
 * · 12 comments</div></header>"); a thread's own headers sit inside the thread.
 */
function inComments(element: Element): boolean {
  let comments = false;
  for (let node: Element | null = element; node && !IS_PAGE(node); node = node.parentElement) {
    if (IS_HEADER(node)) comments = false;
    if (IS_COMMENTS(node)) comments = true;
  }
  return comments;
}
/** Text that is code, not words on the page. */
const IS_CODE = selectorTest('script, style, template');

/**
 * An element's text without its scripts and styles ("By Jane Doe<script>…</script>"), with a
 * space where two elements' texts meet glued, a lower-case letter against a capital: a name and
 * the label set beside it by the page's styles ("<span>Jane Doe</span><span>Staff</span>" reads
 * "Jane Doe Staff", not "Jane DoeStaff"); a capital inside one text node ("McAdams") stays.
 */
function shownText(node: Node): string {
  let text = '';
  let boundary = false;
  const visit = (current: Node): void => {
    if (current.nodeType === 3) {
      const data = current.nodeValue ?? '';
      if (boundary && /\p{Ll}$/u.test(text) && /^\p{Lu}/u.test(data)) text += ' ';
      text += data;
      boundary = false;
      return;
    }
    if (current.nodeType !== 1 || IS_CODE(current as Element)) return;
    boundary = true;
    for (let child = current.firstChild; child; child = child.nextSibling) visit(child);
    boundary = true;
  };
  visit(node);
  return normalizeSpace(text);
}

/** A piece of a byline that is one word ("Ana" in <span>Ana</span> <span>Ruiz</span>). */
const ONE_WORD = /^\p{L}[\p{L}'’.-]*$/u;

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
  // A given name and a surname in elements of their own, apart by a space only, are one name
  // (<span>Ana</span> <span>Ruiz</span>): one-word pieces with a space between them are joined.
  const pieces: string[] = [];
  let spaced = false;
  let lastOneWord = false;
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 1 && IS_CODE(child as Element)) continue;
    const piece = shownText(child);
    if (!piece) {
      spaced ||= child.nodeType === 3 && /\s/.test(child.nodeValue ?? '');
      continue;
    }
    if (/^\p{L}+\s*:$/u.test(piece)) continue;
    const oneWord = ONE_WORD.test(piece);
    if (spaced && oneWord && lastOneWord) pieces[pieces.length - 1] += ` ${piece}`;
    else pieces.push(piece);
    lastOneWord = oneWord;
    spaced = false;
  }
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
    // "<p><span class=byline-prefix>By</span> <a>Jane Doe</a>, <a>Li Wei</a></p>": an element
    // that holds only the "By" is the label of its parent's line, which names the people.
    let byline = printedByline(element);
    if (byline && /^by:?$/i.test(byline) && element.parentElement)
      byline = printedByline(element.parentElement);
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
    () => firstPublishedTime(doc),
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
