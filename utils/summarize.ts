import { readPage } from './extract';
import { summarizeReading } from './page-reading';
import type { StorySummary } from './summary';

/**
 * The one composition root: read the page (extract, in the content script), then analyze the
 * reading (in the background). The CLI, bench, evals and golden tests run both halves here.
 */
export function summarizeDocument(doc: Document, url: string): StorySummary {
  return summarizeReading(readPage(doc, url));
}
