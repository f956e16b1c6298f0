/**
 * What tests/e2e/golden-parity.e2e.test.ts bundles into each golden page: every way the
 * extension reads a page, each answering with what it found (status and paragraphs).
 */
import {
  type ExtractResult,
  extractFromPageCopy,
  extractStory,
  readPageInSteps,
} from '../../utils/extract';
import { copyPageInSteps } from '../../utils/extract/bounded-copy';

/** What the parity check compares with a golden: the status, and a story's paragraphs. */
export interface Reading {
  status: string;
  paragraphs?: string[];
  reason?: string;
}

function reading(result: ExtractResult): Reading {
  return result.status === 'ok'
    ? { status: 'ok', paragraphs: result.story.paragraphs }
    : { status: result.status, reason: result.reason };
}

const noPause = () => Promise.resolve();

/** The page read each way: as Chromium's extension does, as Firefox's does, and as the goldens do. */
async function readAllWays(): Promise<Record<string, Reading>> {
  const copy = await copyPageInSteps(document, location.href, noPause);
  return {
    // Chromium: the content script serializes a bounded copy, the offscreen document parses it.
    offscreen: reading(extractFromPageCopy(copy)),
    // Firefox: the content script copies the page and extracts from the copy itself.
    'in-page': reading((await readPageInSteps(document, location.href, noPause)).extracted),
    // summarizeDocument's reading (goldens, CLI, bench): a clone of the document.
    clone: reading(extractStory(document, location.href)),
  };
}

(globalThis as unknown as { storyLensParity: unknown }).storyLensParity = { readAllWays };
