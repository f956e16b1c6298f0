/**
 * Extraction's first reading stage by stage (copy, metadata, noise rules, entry and list finding,
 * Readability, block cleaning), each timed by the caller's clock: CPU time in Node
 * (bench-stages.ts), `performance.now()` in a Chromium page (bench-chromium-stages-entry.ts).
 * No Node or browser API of its own, so both can load it.
 */
import { cloneWithinLimits } from '../utils/extract/bounded-copy';
import { cleanBlocks } from '../utils/extract/clean-blocks';
import { findEntryRuns } from '../utils/extract/entries';
import { readMetadata } from '../utils/extract/metadata';
import { removeNoise } from '../utils/extract/noise';
import { runReadability } from '../utils/extract/readability';
import { findStoryLists } from '../utils/extract/story-lists';
import { forgetWordCounts } from '../utils/extract/words';

export const STAGES = ['copy', 'metadata', 'noise', 'entries', 'readability', 'clean'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * One reading of `doc`, stage by stage, as extraction's first reading runs them. `readability`
 * includes finding the entry runs and story lists again (runReadability does, before it changes
 * the copy): callers take `entries` off it.
 */
export function stageTimes(
  doc: Document,
  url: string,
  time: (fn: () => void) => number,
): Record<Stage, number> {
  forgetWordCounts();
  let copy = doc;
  const copyTime = time(() => {
    copy = cloneWithinLimits(doc).doc;
  });
  let meta = readMetadata(doc, url);
  const metadata = time(() => {
    meta = readMetadata(copy, url);
  });
  const noise = time(() => removeNoise(copy, { description: meta.excerpt, title: meta.title }));
  const body = copy.body;
  // Read only: runReadability finds the entry runs and story lists again, before it changes the copy.
  const entries = time(() => {
    if (body) {
      findEntryRuns(body);
      findStoryLists(body);
    }
  });
  let article: ReturnType<typeof runReadability> = null;
  const readability = time(() => {
    article = runReadability(copy, { entries: true });
  });
  const found = article as ReturnType<typeof runReadability>;
  const clean = time(() => {
    if (found) cleanBlocks(found.blocks, meta.title ?? found.title ?? '');
  });
  forgetWordCounts();
  return { copy: copyTime, metadata, noise, entries, readability, clean };
}
