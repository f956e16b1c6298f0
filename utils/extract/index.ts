import { isProbablyReaderable } from '@mozilla/readability';
import type { PageReading } from '../page-reading';
import type { Story } from '../summary';
import {
  type BoundedCopy,
  cloneWithinLimits,
  copyWithinLimits,
  copyWithPauses,
  type PageCopy,
  parsePageCopy,
  truncateAtSentence,
} from './bounded-copy';
import { bylineAgency, bylinePeople, withoutPublication } from './byline';
import { cleanBlocks, comparable } from './clean-blocks';
import { splitDateline } from './dateline';
import {
  findHeadlineRegion,
  OFF_TOPIC_COVERAGE,
  topicCoverage,
  topicWords,
} from './headline-region';
import { hostSiteName, type PageMetadata, readMetadata, toIsoDate } from './metadata';
import { tooLittleTextReason } from './no-story';
import {
  hasVisibleText,
  linkTextLength,
  normalizedLength,
  normalizeSpace,
  removeNoise,
  wordCount,
} from './noise';
import { type Block, runReadability } from './readability';
import { headingAbove, storyTitle } from './title';
import { forgetWordCounts } from './words';

/** The outcome of extraction: a story, or a human reason why the page has none. */
export type ExtractResult =
  | { status: 'ok'; story: Story; limited?: string }
  | { status: 'no-story'; reason: string };

/** Fewer words than this is a caption or an error page, not a story; a news brief has more (unit: words). */
const MIN_STORY_WORDS = 50;
/** A page Readability's own heuristic rejects needs this many words to count as a story; short
 * articles (80–250 words) fail that heuristic but are stories (unit: words). */
const MIN_UNREADERABLE_WORDS = 80;
/**
 * A short text that covers this much of what the title and description say the page is about is
 * a news brief or a short post, and a story however few words it has (unit: ratio 0..1).
 */
const BRIEF_COVERAGE = 0.4;
/** Below this, even a text on the page's topic is a caption or a teaser (unit: words). */
const MIN_BRIEF_WORDS = 25;
/** Above this share of its characters in links, a text is a list of links (unit: ratio 0..1). */
const MAX_LINK_DENSITY = 0.5;
/** Pages larger than this are cut before analysis so the tab stays responsive (unit: characters). */
export const MAX_STORY_CHARS = 400_000;
/**
 * A block longer than this is cut at a sentence end rather than dropped: a paragraph is a few
 * thousand characters, so a longer one is a text dump that must not push the story out
 * (unit: characters).
 */
export const MAX_BLOCK_CHARS = 20_000;
/**
 * An oversized block is kept as paragraphs of at most MAX_BLOCK_CHARS, cut at sentence ends, up to
 * this many characters: an essay whose paragraph marks were lost (text between empty `<p>`s, which
 * Readability removes) reads whole, a text dump still cannot push the story out (unit: characters).
 */
export const MAX_OVERSIZED_BLOCK_CHARS = 100_000;

/**
 * A block as paragraphs: itself when it fits MAX_BLOCK_CHARS, else pieces cut at sentence ends,
 * at most MAX_OVERSIZED_BLOCK_CHARS of them in all.
 */
export function blockParagraphs(text: string): string[] {
  if (text.length <= MAX_BLOCK_CHARS) return [text];
  const pieces: string[] = [];
  let kept = 0;
  let rest = text;
  while (rest && kept < MAX_OVERSIZED_BLOCK_CHARS) {
    const piece = truncateAtSentence(
      rest,
      Math.min(MAX_BLOCK_CHARS, MAX_OVERSIZED_BLOCK_CHARS - kept),
    );
    if (!piece) break;
    pieces.push(piece);
    kept += piece.length;
    rest = rest.slice(piece.length).trimStart();
  }
  return pieces;
}

function countWords(texts: string[]): number {
  let total = 0;
  for (const text of texts) total += wordCount(text);
  return total;
}

function linkDensity(root: Element): number {
  const text = normalizedLength(root.textContent ?? '');
  if (text === 0) return 0;
  return linkTextLength(root) / text;
}

/** A second reading must cover this much more of the topic than the first to replace it (unit: ratio 0..1). */
const BETTER_COVERAGE = 0.2;

/**
 * Reads only the post around the page's headline, cleaned the same way: the second reading for
 * a page whose first reading is about something else.
 */
function readHeadlineRegion(doc: Document, title: string, description: string | null) {
  const region = findHeadlineRegion(doc, title);
  if (!region) return null;
  const regionDoc = doc.implementation.createHTMLDocument('');
  regionDoc.body.append(regionDoc.importNode(region, true));
  removeNoise(regionDoc, { description, title });
  const article = runReadability(regionDoc);
  return article ? cleanBlocks(article.blocks, title) : null;
}

const NO_ARTICLE_TEXT =
  'Story Lens found no story on this page: it has no long run of article text.';

function noStory(reason: string): ExtractResult {
  return { status: 'no-story', reason };
}

const NO_TEXT = 'This page has no text to read.';

/**
 * Extracts the story from a document without touching it: cleaning runs on a bounded copy. When the
 * cleaned reading finds no story, a second reading without our noise rules gets its chance:
 * "no story" is for pages where Readability itself finds no body of article text.
 */
export function extractStory(doc: Document, url: string): ExtractResult {
  return extractFromCopy(cloneWithinLimits(doc), () => copyWithinLimits(doc).doc, url);
}

/** Extracts the story from a page copy serialized off the page (the offscreen document's job). */
export function extractFromPageCopy(copy: PageCopy): ExtractResult {
  return extractFromCopy(parsePageCopy(copy), () => parsePageCopy(copy).doc, copy.url);
}

/**
 * Extracts the story from a bounded copy of a page (the copy is ours to change); says so when the
 * copy left text out. A second reading, rare, reads the unchanged page again from `fresh`.
 */
function extractFromCopy(
  { doc, limited }: BoundedCopy,
  fresh: () => Document,
  url: string,
): ExtractResult {
  forgetWordCounts();
  const result = extractFromDocument(doc, fresh, url);
  forgetWordCounts();
  if (!limited) return result;
  return result.status === 'ok'
    ? { ...result, limited }
    : { status: 'no-story', reason: `${result.reason} ${limited}` };
}

function extractFromDocument(doc: Document, fresh: () => Document, url: string): ExtractResult {
  const body = doc.body;
  // Stops at the first text node with a visible character, without building the text.
  if (!body || !hasVisibleText(body)) return noStory(NO_TEXT);
  const meta = readMetadata(doc, url);
  // One copy of the unchanged page for every later reading: the cleaned reading's checks only
  // read it (its link density, the headline's region, which is copied out, the heading above a
  // story without a title, Readability's readerable test), and the uncleaned reading, which
  // changes it, comes last.
  let pristine: Document | null = null;
  const page = () => {
    pristine ??= fresh();
    return pristine;
  };
  const cleaned = extractCleaned(doc, page, url, meta);
  if (cleaned.status === 'ok') return cleaned;
  return extractUncleaned(page(), fresh, url, meta) ?? cleaned;
}

/**
 * The reading without our noise rules: bare Readability, its blocks cleaned of bylines, labels
 * and teasers. A story only when it is a body of text (MIN_STORY_WORDS) and not a list of links.
 * `doc` is ours to change; `fresh` gives a new copy of the unchanged page each call.
 */
function extractUncleaned(
  doc: Document,
  fresh: () => Document,
  url: string,
  meta: PageMetadata,
): ExtractResult | null {
  const article = runReadability(doc);
  if (!article) return null;
  const title = meta.title ?? article.title ?? '';
  const blocks = cleanBlocks(article.blocks, title);
  const chars = blocks.reduce((sum, block) => sum + block.text.length, 0);
  const linkChars = blocks.reduce((sum, block) => sum + block.linkChars, 0);
  if (chars === 0 || linkChars / chars > MAX_LINK_DENSITY) return null;
  const story = toStory(url, title, blocks, meta, article, (opening) =>
    headingAbove(fresh(), opening),
  );
  return countWords(story.paragraphs) >= MIN_STORY_WORDS ? { status: 'ok', story } : null;
}

/**
 * Our reading: noise rules, Readability, cleaned blocks, and a second reading around the headline.
 * `page` gives a copy of the unchanged page that this reading only reads.
 */
function extractCleaned(
  doc: Document,
  page: () => Document,
  url: string,
  meta: PageMetadata,
): ExtractResult {
  removeNoise(doc, { description: meta.excerpt, title: meta.title });
  const article = runReadability(doc, { entries: true });
  if (!article) {
    // The noise rules changed the copy: the page as it was is read again (a rare path).
    return noStory(
      linkDensity(page().body) > MAX_LINK_DENSITY
        ? 'This page is a list of links, not a story.'
        : NO_ARTICLE_TEXT,
    );
  }
  const title = meta.title ?? article.title ?? '';
  let blocks = cleanBlocks(article.blocks, title);
  const topic = topicWords(title, meta.excerpt);
  const coverage = (candidate: Block[]) =>
    topicCoverage(
      candidate.map((block) => block.text),
      topic,
    );
  let covered = coverage(blocks);
  if (covered !== null && covered < OFF_TOPIC_COVERAGE) {
    const second = readHeadlineRegion(page(), title, meta.excerpt);
    const secondCovered = second && coverage(second);
    if (second && secondCovered !== null && secondCovered >= covered + BETTER_COVERAGE) {
      blocks = second;
      covered = secondCovered;
    }
  }
  const chars = blocks.reduce((sum, block) => sum + block.text.length, 0);
  const linkChars = blocks.reduce((sum, block) => sum + block.linkChars, 0);
  if (chars === 0) return noStory(NO_ARTICLE_TEXT);
  if (linkChars / chars > MAX_LINK_DENSITY) {
    return noStory('This page is a list of links, not a story.');
  }
  const story = toStory(url, title, blocks, meta, article, (opening) =>
    headingAbove(page(), opening),
  );
  const words = countWords(story.paragraphs);
  const brief = words >= MIN_BRIEF_WORDS && covered !== null && covered >= BRIEF_COVERAGE;
  if (
    !brief &&
    (words < MIN_STORY_WORDS || (words < MIN_UNREADERABLE_WORDS && !isProbablyReaderable(page())))
  ) {
    return noStory(tooLittleTextReason(story.paragraphs, words));
  }
  return { status: 'ok', story };
}

/** The story of a reading: its blocks up to MAX_STORY_CHARS, with the page's metadata. */
function toStory(
  url: string,
  title: string,
  blocks: Block[],
  meta: PageMetadata,
  article: PageMetadata,
  lineAbove: (opening: string) => string | null,
): Story {
  const paragraphs: string[] = [];
  let total = 0;
  // An oversized block is split and bounded, not allowed to end the story before it starts.
  outer: for (const block of blocks) {
    for (const text of blockParagraphs(block.text)) {
      if (total + text.length > MAX_STORY_CHARS) break outer;
      paragraphs.push(text);
      total += text.length;
    }
  }
  const kept = paragraphs.filter(
    (text, index) => index > 0 || comparable(text) !== comparable(title),
  );
  const dateline = splitDateline(kept[0] ?? '');
  if (dateline) kept[0] = dateline.rest;
  const siteName =
    meta.siteName ?? (article.siteName ? normalizeSpace(article.siteName) : hostSiteName(url));
  const authors = meta.authors?.length
    ? meta.authors
    : withoutPublication(bylinePeople(article.byline), [meta.siteName, article.siteName]);
  const story: Story = {
    url,
    title: storyTitle({
      titles: [title, article.title],
      firstParagraph: kept[0],
      siteName,
      lineAbove,
    }),
    byline: meta.byline ?? (authors.length > 0 ? authors.join(', ') : bylineAgency(article.byline)),
    siteName,
    publishedTime: meta.publishedTime ?? toIsoDate(article.publishedTime),
    lang: meta.lang ?? article.lang,
    excerpt: meta.excerpt ?? paragraphs[0] ?? null,
    paragraphs: kept,
  };
  if (authors.length > 0) story.authors = authors;
  if (meta.kind) story.kind = meta.kind;
  if (dateline) story.dateline = dateline.dateline;
  return story;
}

/** The content script's whole job: the story of a document and the address it was read at. */
export function readPage(doc: Document, url: string): PageReading {
  return { url, extracted: extractStory(doc, url) };
}

/**
 * readPage for the page's own thread: `pause` is awaited between steps of the copy, so a huge
 * page's walk is many short tasks instead of one long one.
 */
export async function readPageInSteps(
  doc: Document,
  url: string,
  pause: () => Promise<void>,
): Promise<PageReading> {
  return {
    url,
    extracted: extractFromCopy(
      await copyWithPauses(doc, pause),
      () => copyWithinLimits(doc).doc,
      url,
    ),
  };
}
