import type { ExtractResult } from './extract';

/** Fewer words than this is a phrase, not something to summarize. */
const MIN_SELECTION_WORDS = 12;
/** The same ceiling the extractor puts on a story (utils/extract MAX_STORY_CHARS), in characters. */
const MAX_SELECTION_CHARS = 400_000;

/**
 * The reader's selection as a story to analyze, for pages where extraction fails: one paragraph
 * per line of the selection, titled after the page. Too short a selection gets a reason instead.
 */
export function storyFromSelection(
  text: string,
  { url, title }: { url: string; title: string | null },
): ExtractResult {
  const paragraphs = text
    .slice(0, MAX_SELECTION_CHARS)
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  const words = paragraphs.join(' ').split(' ').filter(Boolean).length;
  if (words < MIN_SELECTION_WORDS) {
    return {
      status: 'no-story',
      reason: `The selection has ${words === 1 ? 'one word' : `${words} words`}. Select at least a few sentences of the story, then choose “Analyze selected text” again.`,
    };
  }
  return {
    status: 'ok',
    story: {
      url,
      title: title?.trim() || 'Selected text',
      byline: null,
      siteName: 'Selected text',
      publishedTime: null,
      lang: null,
      excerpt: null,
      paragraphs,
    },
  };
}
