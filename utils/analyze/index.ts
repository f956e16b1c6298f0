/** analyzeStory: the one place composing the analysis stages into a StorySummary. */
import { readingMinutes, storyWordCount } from '../extract/words';
import { type OkSummary, SCHEMA_VERSION, type Story } from '../summary';
import { annotate } from './annotate';
import { rankClaims } from './claims';
import { findFigures } from './figures';
import { clearMemos } from './memo';
import { findQuotes } from './quotes';
import { findCitedSources } from './sources';

/**
 * Claims ranked per story: the most the reader can choose to show (the setting offers 3–10);
 * the UI shows the first N (unit: sentences).
 */
export const MAX_CLAIMS = 10;

/** Counts words in paragraphs, in every script (see utils/extract/words.ts). */
export function countWords(paragraphs: string[]): number {
  return storyWordCount(paragraphs);
}

/** Analyzes a story into a StorySummary: sentences, quotes, figures, sources and claims. */
export function analyzeStory(story: Story): OkSummary {
  clearMemos();
  const summary = analyzeOnce(story);
  clearMemos();
  return summary;
}

/** analyzeStory's work, between the clearing of the per-story memos. */
function analyzeOnce(story: Story): OkSummary {
  const doc = annotate(story);
  const { sentences } = doc;
  const quotes = findQuotes(doc);
  const figures = findFigures({
    sentences,
    title: story.title,
    excerpt: story.excerpt,
    doc,
    quotes,
  });
  const ranked = rankClaims(doc, { quotes, figures, limit: MAX_CLAIMS, standfirst: story.excerpt });
  // A claim is attributed to a listed source or to no one: the ranking's attribution phrase is
  // read by the source rules with every other phrase, so a clause fragment is never shown.
  const phrases = new Map<number, string>();
  for (const claim of ranked) if (claim.attribution) phrases.set(claim.sentence, claim.attribution);
  const { sources, claimSources } = findCitedSources(doc, quotes, phrases);
  const claims = ranked.map((claim) => ({
    ...claim,
    attribution: claimSources.get(claim.sentence) ?? null,
  }));
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
      readingMinutes: readingMinutes(story.paragraphs, story.lang, wordCount),
      // Optional fields, present only when the page says them.
      ...(story.authors?.length ? { authors: story.authors } : {}),
      ...(story.kind ? { kind: story.kind } : {}),
      ...(story.dateline ? { dateline: story.dateline } : {}),
    },
    paragraphs: story.paragraphs,
    sentences,
    claims,
    figures,
    quotes,
    sources,
  };
}
