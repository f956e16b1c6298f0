import { analyzeStory } from './analyze';
import type { ExtractResult } from './extract';
import { SCHEMA_VERSION, type StorySummary } from './summary';

/**
 * What the content script reads from a page: the extraction and the address it was read at.
 * The content script does the DOM half (utils/extract, `readPage`); the background does the
 * string half here (utils/analyze), off the page's main thread. This module imports the
 * extraction for its types only, so the background bundle does not carry Readability.
 */
export interface PageReading {
  url: string;
  extracted: ExtractResult;
}

/** The second half of the composition: a page reading analyzed into the StorySummary contract. */
export function summarizeReading({ url, extracted }: PageReading): StorySummary {
  if (extracted.status === 'no-story') {
    return { schemaVersion: SCHEMA_VERSION, status: 'no-story', url, reason: extracted.reason };
  }
  const summary = analyzeStory(extracted.story);
  return extracted.limited ? { ...summary, readLimit: extracted.limited } : summary;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): boolean => value === null || typeof value === 'string';

/** True when a value received from a content script is a page reading the background can analyze. */
export function isPageReading(value: unknown): value is PageReading {
  if (!value || typeof value !== 'object') return false;
  const { url, extracted } = value as Record<string, unknown>;
  if (!isText(url) || !extracted || typeof extracted !== 'object') return false;
  const result = extracted as Record<string, unknown>;
  if (result.status === 'no-story') return isText(result.reason);
  if (result.status !== 'ok' || !result.story || typeof result.story !== 'object') return false;
  if (result.limited !== undefined && !isText(result.limited)) return false;
  const story = result.story as Record<string, unknown>;
  return (
    isText(story.url) &&
    isText(story.title) &&
    ['byline', 'siteName', 'publishedTime', 'lang', 'excerpt'].every((key) =>
      isTextOrNull(story[key]),
    ) &&
    Array.isArray(story.paragraphs) &&
    story.paragraphs.every(isText)
  );
}
