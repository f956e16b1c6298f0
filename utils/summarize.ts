import { analyzeStory } from './analyze';
import { extractStory } from './extract';
import { SCHEMA_VERSION, type StorySummary } from './summary';

/** The one composition root: extract the story from a document, then analyze it. */
export function summarizeDocument(doc: Document, url: string): StorySummary {
  const extracted = extractStory(doc, url);
  if (extracted.status === 'no-story') {
    return { schemaVersion: SCHEMA_VERSION, status: 'no-story', url, reason: extracted.reason };
  }
  return analyzeStory(extracted.story);
}
