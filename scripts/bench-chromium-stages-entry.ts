/**
 * What scripts/bench-chromium-stages.ts loads into a Chromium page: extraction's first reading
 * stage by stage (as bench-stages.ts reads it under happy-dom), bare Readability and the whole
 * extraction, each stage's least time over the rounds.
 */
import { Readability } from '@mozilla/readability';
import { extractStory } from '../utils/extract';
import { cloneWithinLimits } from '../utils/extract/bounded-copy';
import { cleanBlocks } from '../utils/extract/clean-blocks';
import { findEntryRuns } from '../utils/extract/entries';
import { readMetadata } from '../utils/extract/metadata';
import { removeNoise } from '../utils/extract/noise';
import { runReadability } from '../utils/extract/readability';
import { findStoryLists } from '../utils/extract/story-lists';
import { forgetWordCounts } from '../utils/extract/words';

const STAGES = ['copy', 'metadata', 'noise', 'entries', 'readability', 'clean'] as const;
type Stage = (typeof STAGES)[number];

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function stageTimes(url: string): Record<Stage, number> {
  forgetWordCounts();
  let copy = document;
  const copyTime = time(() => {
    copy = cloneWithinLimits(document).doc;
  });
  let meta = readMetadata(document, url);
  const metadata = time(() => {
    meta = readMetadata(copy, url);
  });
  const noise = time(() => removeNoise(copy, { description: meta.excerpt, title: meta.title }));
  const body = copy.body;
  const entries = time(() => {
    if (body) {
      findEntryRuns(body);
      findStoryLists(body);
    }
  });
  let article: ReturnType<typeof runReadability> = null;
  // With the entry runs and story lists it finds; run() takes their least time off.
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

/** Least times (ms) over `rounds` rounds: bare Readability, whole extraction, each stage. */
function run(rounds: number) {
  const url = location.href;
  const best: Record<string, number> = { bare: Infinity, whole: Infinity };
  for (const stage of STAGES) best[stage] = Infinity;
  extractStory(document, url);
  for (let round = 0; round < rounds; round++) {
    best.bare = Math.min(
      best.bare as number,
      time(() => new Readability(document.cloneNode(true) as Document).parse()),
    );
    best.whole = Math.min(
      best.whole as number,
      time(() => extractStory(document, url)),
    );
    const times = stageTimes(url);
    for (const stage of STAGES) best[stage] = Math.min(best[stage] as number, times[stage]);
  }
  best.readability = (best.readability as number) - (best.entries as number);
  return best;
}

(globalThis as unknown as { storyLensStages: unknown }).storyLensStages = { run };
document.currentScript?.remove();
