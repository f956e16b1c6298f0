/**
 * What scripts/bench-chromium-stages.ts loads into a Chromium page: extraction's first reading
 * stage by stage (as bench-stages.ts reads it under happy-dom), bare Readability and the whole
 * extraction, each stage's least time over the rounds.
 */
import { Readability } from '@mozilla/readability';
import { extractStory } from '../utils/extract';
import { STAGES, stageTimes } from './stage-times';

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
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
    const times = stageTimes(document, url, time);
    for (const stage of STAGES) best[stage] = Math.min(best[stage] as number, times[stage]);
  }
  // Readability's time includes the entry runs and story lists it finds: their least time off.
  best.readability = (best.readability as number) - (best.entries as number);
  return best;
}

(globalThis as unknown as { storyLensStages: unknown }).storyLensStages = { run };
document.currentScript?.remove();
