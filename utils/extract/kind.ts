/**
 * What kind of piece a page is: news, opinion, analysis, review, live blog, press release or
 * sponsored content, read from what the page says about itself, strongest signal first: its
 * schema.org type, a paid or press-release marker, its section (JSON-LD articleSection,
 * article:section), the folders of its URL, and a short label by the headline ("Opinion").
 */
import type { StoryKind } from '../summary';
import {
  childElements,
  closestWhere,
  firstDescendantWhere,
  firstDocumentElementWhere,
  selectorTest,
} from './dom-walk';
import type { JsonLd } from './metadata';
import { normalizeSpace, textWordsExceed } from './noise';

/** schema.org types that say the kind outright. */
const TYPE_KINDS: [RegExp, StoryKind][] = [
  [/^OpinionNewsArticle$/, 'opinion'],
  [/^(Analysis|Background)NewsArticle$/, 'analysis'],
  [/^(ReviewNewsArticle|Review|CriticReview)$/, 'review'],
  [/^LiveBlogPosting$/, 'live'],
  [/^AdvertiserContentArticle$/, 'sponsored'],
];
/** schema.org types of plain reporting. */
const NEWS_TYPES = /^(NewsArticle|ReportageNewsArticle)$/;

/** Words that name a kind in a section name, a URL folder or a label (lower-case). */
const WORD_KINDS: [RegExp, StoryKind][] = [
  [
    /^(?:sponsored|sponsored content|paid post|paid content|partner content|advertorial|advertisement feature|promoted|brand ?studio|publireportage|contenu sponsorisé|contenido patrocinado)$/,
    'sponsored',
  ],
  [
    /^(?:press releases?|press-releases?|pressreleases?|news releases?|news-releases?|pressemitteilung(?:en)?|communiqués? de presse)$/,
    'press-release',
  ],
  [
    /^(?:opinion|opinions|comment|commentary|commentisfree|column|columns|columnists?|op-?eds?|editorials?|letters|perspective|perspectives|viewpoints?|meinung|kommentar|tribune|opinión|opinione)$/,
    'opinion',
  ],
  [/^(?:analysis|news analysis|analyse|análisis|analisi|explainer)$/, 'analysis'],
  [/^(?:reviews?|critique|kritik|crítica|recensione)$/, 'review'],
  [
    /^(?:live|live blog|liveblog|live-blog|live updates|live-updates|live-news|ticker|liveticker)$/,
    'live',
  ],
];

/** Wire services that carry press releases put their name in the opening line. */
const PRESS_WIRE =
  /\/\s*PRNewswire(?:-[\w-]+)?\s*\/|\(BUSINESS WIRE\)|GLOBE NEWSWIRE|\/CNW\/|ACCESSWIRE|\(EZ Newswire\)/;

function kindOfWord(word: string): StoryKind | null {
  const key = normalizeSpace(word)
    .toLowerCase()
    .replace(/[:|]+$/, '');
  for (const [pattern, kind] of WORD_KINDS) if (pattern.test(key)) return kind;
  return null;
}

function ldTypes(ld: JsonLd | null): string[] {
  return ([] as unknown[])
    .concat(ld?.['@type'] ?? [])
    .filter((type): type is string => typeof type === 'string');
}

/** The kind named by the folders of the page's URL ("/opinion/2025/…", "/live/…"). */
function urlKind(url: string | null): StoryKind | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  // Folders only: the last segment is the story's own slug, whose words say nothing of its kind.
  const folders = path.split('/').filter(Boolean).slice(0, -1);
  for (const folder of folders) {
    const kind = kindOfWord(folder.replace(/[-_]+/g, ' ')) ?? kindOfWord(folder);
    if (kind) return kind;
  }
  return null;
}

/** The selectors kinds are read by, as tests (see dom-walk). */
const IS_MENU = selectorTest('nav, footer, [role="navigation"], ul, ol, menu');
/** Controls: a button, or a link to a place in the page ("Comment" jumping to #comments). */
const IS_CONTROL = selectorTest('button, a[href*="#"]');
const IS_H1 = selectorTest('h1');
const IS_P = selectorTest('p');
const IS_CANONICAL = selectorTest('link[rel="canonical"]');

/** Short labels printed by the headline: a kicker, an eyebrow, a flag (unit: words). */
const LABEL_MAX_WORDS = 3;
/** How many elements before the headline are read for a label, and how far up its ancestors. */
const LABEL_CANDIDATES = 12;
const LABEL_LEVELS = 3;

function labelOf(element: Element): StoryKind | null {
  // A long block (a menu bar, a story) is no label: its text need not be built.
  if (textWordsExceed(element, LABEL_MAX_WORDS)) return null;
  const text = normalizeSpace(element.textContent ?? '');
  if (!text || text.split(' ').length > LABEL_MAX_WORDS) return null;
  const kind = kindOfWord(text);
  // A menu's item is no label, nor is a control ("Comment" is a button to the comments, not the
  // comment section); its ancestors are looked at only for a text that names a kind.
  if (!kind || closestWhere(element, IS_MENU)) return null;
  return closestWhere(element, IS_CONTROL) || firstDescendantWhere(element, IS_CONTROL)
    ? null
    : kind;
}

/**
 * A label above the headline ("Opinion", "Sponsored content", "Analysis"), outside menus: the
 * elements before the page's first h1, and their children, a few levels up. Only before the headline:
 * labels inside the story are ad slots and section links of other stories.
 */
function labelKind(h1: Element | null): StoryKind | null {
  let seen = 0;
  let node: Element | null = h1;
  for (let level = 0; node && level < LABEL_LEVELS; level++, node = node.parentElement) {
    for (
      let sibling = node.previousElementSibling;
      sibling;
      sibling = sibling.previousElementSibling
    ) {
      for (const element of [sibling, ...childElements(sibling)]) {
        const kind = labelOf(element);
        if (kind) return kind;
        if (++seen >= LABEL_CANDIDATES) return null;
      }
    }
  }
  return null;
}

/** The section the page files the story under. */
function sectionKind(ld: JsonLd | null, section: string | null): StoryKind | null {
  const sections = ([] as unknown[])
    .concat(ld?.articleSection ?? [])
    .filter((value): value is string => typeof value === 'string');
  if (section) sections.push(section);
  for (const section of sections) {
    const kind = kindOfWord(section);
    if (kind) return kind;
  }
  return null;
}

/**
 * The elements of a page kinds are read by, each the first in page order (the root element
 * included) or null: a caller that has already walked the page passes them (see metadata.ts).
 */
export interface KindElements {
  /** The first `link[rel="canonical"]`. */
  canonical: Element | null;
  /** The first h1: what the selector list 'article h1, main h1, h1' finds. */
  h1: Element | null;
  /** The first paragraph: what the selector list 'article p, main p, p' finds. */
  paragraph: Element | null;
}

/** A page's KindElements, each found by a walk that stops at it. */
function kindElements(doc: Document): KindElements {
  return {
    canonical: firstDocumentElementWhere(doc, IS_CANONICAL),
    h1: firstDocumentElementWhere(doc, IS_H1),
    paragraph: firstDocumentElementWhere(doc, IS_P),
  };
}

/** What kind of piece the page is, or null when it does not say. */
export function readKind(
  doc: Document,
  ld: JsonLd | null,
  pageUrl: string | null = null,
  declared: { section?: string | null; url?: string | null } = {},
  elements: KindElements = kindElements(doc),
): StoryKind | null {
  const types = ldTypes(ld);
  for (const [pattern, kind] of TYPE_KINDS)
    if (types.some((type) => pattern.test(type))) return kind;
  const url = elements.canonical?.getAttribute('href') ?? declared.url ?? pageUrl;
  const byLabel = labelKind(elements.h1);
  if (byLabel === 'sponsored') return byLabel;
  const opening = normalizeSpace(elements.paragraph?.textContent?.slice(0, 300) ?? '');
  if (PRESS_WIRE.test(opening)) return 'press-release';
  const said = sectionKind(ld, declared.section ?? null) ?? urlKind(url) ?? byLabel;
  if (said) return said;
  return types.some((type) => NEWS_TYPES.test(type)) ? 'news' : null;
}
