import { isProbablyReaderable } from '@mozilla/readability';
import type { Story } from '../summary';
import { cleanBlocks, comparable } from './clean-blocks';
import { readMetadata, toIsoDate } from './metadata';
import { linkTextLength, normalizeSpace, removeNoise, wordCount } from './noise';
import { runReadability } from './readability';

/** The outcome of extraction: a story, or a human reason why the page has none. */
export type ExtractResult = { status: 'ok'; story: Story } | { status: 'no-story'; reason: string };

/** Fewer words than this is a caption or an error page, not a story; a news brief has more (unit: words). */
const MIN_STORY_WORDS = 50;
/** A page Readability's own heuristic rejects needs this many words to count as a story; short
 * articles (80–250 words) fail that heuristic but are stories (unit: words). */
const MIN_UNREADERABLE_WORDS = 80;
/** Above this share of its characters in links, a text is a list of links (unit: ratio 0..1). */
const MAX_LINK_DENSITY = 0.5;
/** Pages larger than this are cut before analysis so the tab stays responsive (unit: characters). */
export const MAX_STORY_CHARS = 400_000;

function countWords(texts: string[]): number {
  let total = 0;
  for (const text of texts) total += wordCount(text);
  return total;
}

function linkDensity(root: Element): number {
  const text = normalizeSpace(root.textContent ?? '').length;
  if (text === 0) return 0;
  return linkTextLength(root) / text;
}

function noStory(reason: string): ExtractResult {
  return { status: 'no-story', reason };
}

/** Extracts the story from a document without touching it: cleaning runs on a clone. */
export function extractStory(doc: Document, url: string): ExtractResult {
  const clone = doc.cloneNode(true) as Document;
  const body = clone.body;
  if (!body || !normalizeSpace(body.textContent ?? '')) {
    return noStory('This page has no text to read.');
  }
  const meta = readMetadata(clone);
  // Read-only, so it may look at the original (happy-dom cannot match selectors on a cloned document's root).
  const readerable = isProbablyReaderable(doc);
  const pageLinkDensity = linkDensity(body);
  removeNoise(clone, { description: meta.excerpt });
  const article = runReadability(clone);
  if (!article) {
    return noStory(
      pageLinkDensity > MAX_LINK_DENSITY
        ? 'This page is a list of links, not a story.'
        : 'Story Lens found no story on this page: it has no long run of article text.',
    );
  }
  const title = meta.title ?? article.title ?? '';
  const blocks = cleanBlocks(article.blocks, title);
  const chars = blocks.reduce((sum, block) => sum + block.text.length, 0);
  const linkChars = blocks.reduce((sum, block) => sum + block.linkChars, 0);
  if (chars === 0 || linkChars / chars > MAX_LINK_DENSITY) {
    return noStory('This page is a list of links, not a story.');
  }
  const paragraphs: string[] = [];
  let total = 0;
  for (const block of blocks) {
    if (total + block.text.length > MAX_STORY_CHARS) break;
    paragraphs.push(block.text);
    total += block.text.length;
  }
  const words = countWords(paragraphs);
  if (words < MIN_STORY_WORDS || (!readerable && words < MIN_UNREADERABLE_WORDS)) {
    return noStory(`This page has too little text to be a story (${words} words).`);
  }
  const story: Story = {
    url,
    title: title || paragraphs[0] || '',
    byline: meta.byline ?? article.byline,
    siteName: meta.siteName ?? article.siteName,
    publishedTime: meta.publishedTime ?? toIsoDate(article.publishedTime),
    lang: meta.lang ?? article.lang,
    excerpt: meta.excerpt ?? paragraphs[0] ?? null,
    paragraphs: paragraphs.filter(
      (text, index) => index > 0 || comparable(text) !== comparable(title),
    ),
  };
  return { status: 'ok', story };
}
