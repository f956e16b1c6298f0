/**
 * What scripts/bench-chromium.ts loads into a Chromium page: Story Lens's extraction and bare
 * Readability, as the content script runs them, and the timing of both on the page's document.
 */
import { Readability } from '@mozilla/readability';
import { extractStory } from '../utils/extract';

/** Mean time of `block` calls of `fn` in a row (unit: ms). */
function timed(fn: () => unknown, block: number): number {
  const start = performance.now();
  for (let call = 0; call < block; call++) fn();
  return (performance.now() - start) / block;
}

/**
 * Each contender's least time over `rounds` rounds on this page, in an order that alternates
 * (starting with extraction when `flip` is even), after one untimed call of each.
 */
function run(rounds: number, block: number, flip: number) {
  const extract = () => extractStory(document, location.href);
  const readability = () => new Readability(document.cloneNode(true) as Document).parse();
  extract();
  readability();
  let e = Number.POSITIVE_INFINITY;
  let r = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    if ((round + flip) % 2 === 0) {
      e = Math.min(e, timed(extract, block));
      r = Math.min(r, timed(readability, block));
    } else {
      r = Math.min(r, timed(readability, block));
      e = Math.min(e, timed(extract, block));
    }
  }
  return { extract: e, readability: r };
}

(globalThis as unknown as { storyLensBench: unknown }).storyLensBench = {
  run,
  // One call of each, for scripts/profile-chromium.ts.
  extract: () => extractStory(document, location.href),
  readability: () => new Readability(document.cloneNode(true) as Document).parse(),
};

// The page is timed as served: this script's own tag (a text node of the whole bundle, longer
// than READ_LIMITS.maxTextNodeChars) would send extraction's copy down the slow, bounded walk.
document.currentScript?.remove();
