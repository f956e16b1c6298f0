/** analyzeStory: the one place composing the analysis stages into a StorySummary. */
import { type OkSummary, SCHEMA_VERSION, type Story } from '../summary';
import { annotate } from './annotate';
import { rankClaims } from './claims';
import { findFigures } from './figures';
import { findQuotes } from './quotes';
import { findSources } from './sources';

/**
 * Claims ranked per story: the most the reader can choose to show (the setting offers 3–10);
 * the UI shows the first N (unit: sentences).
 */
export const MAX_CLAIMS = 10;

/** Adult silent reading speed for non-fiction, in words per minute (Brysbaert 2019: ~238). */
const WORDS_PER_MINUTE = 230;

/** Counts words (runs of letters or digits, inner apostrophes and hyphens kept) in paragraphs. */
export function countWords(paragraphs: string[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return n;
}

/** Analyzes a story into a StorySummary: sentences, quotes, figures, sources and claims. */
export function analyzeStory(story: Story): OkSummary {
  const doc = annotate(story);
  const { sentences } = doc;
  const quotes = findQuotes(doc);
  const figures = findFigures(sentences);
  const sources = findSources(doc, quotes);
  const claims = rankClaims(doc, { quotes, figures, limit: MAX_CLAIMS });
  const wordCount = countWords(story.paragraphs);
  return {
    schemaVersion: SCHEMA_VERSION,
    status: 'ok',
    url: story.url,
    meta: {
      title: story.title,
      byline: story.byline,
      siteName: story.siteName,
      publishedTime: story.publishedTime,
      lang: story.lang,
      excerpt: story.excerpt,
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    },
    paragraphs: story.paragraphs,
    sentences,
    claims,
    figures,
    quotes,
    sources,
  };
}
