/**
 * What scripts/bench-chromium-ab.ts loads into a Chromium page: this checkout's extraction, another
 * checkout's (the `story-lens-other` alias the bundler resolves) and bare Readability, each one's
 * least time over the rounds on the page's document.
 */
import { Readability } from '@mozilla/readability';
// @ts-expect-error: resolved by the bundler's alias only (see bench-chromium-ab.ts)
import * as other from 'story-lens-other/utils/extract';
import { extractStory } from '../utils/extract';

const otherExtract = (other as { extractStory: typeof extractStory }).extractStory;

/** Every order of `items` (3 items: 6 orders). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [
      item,
      ...rest,
    ]),
  );
}

/**
 * Each contender's least time (ms) over `rounds` rounds of `block` calls, in an order that turns
 * through every permutation round after round, after one untimed call of each.
 */
function run(rounds: number, block: number) {
  const url = location.href;
  const contenders: Record<string, () => unknown> = {
    mine: () => extractStory(document, url),
    other: () => otherExtract(document, url),
    bare: () => new Readability(document.cloneNode(true) as Document).parse(),
  };
  const names = Object.keys(contenders);
  const best: Record<string, number> = {};
  for (const name of names) {
    contenders[name]?.();
    best[name] = Number.POSITIVE_INFINITY;
  }
  // Every order of the three in turn: a contender's place in the round (first, after bare
  // Readability's garbage, last) would otherwise favour one checkout (turning only the list round
  // left `other` always in the middle: the same code timed against itself read 0.945).
  const orders = permutations(names);
  for (let round = 0; round < rounds; round++) {
    const order = orders[round % orders.length] as string[];
    for (const name of order) {
      const fn = contenders[name] as () => unknown;
      const start = performance.now();
      for (let call = 0; call < block; call++) fn();
      best[name] = Math.min(best[name] as number, (performance.now() - start) / block);
    }
  }
  // The two checkouts must read the page alike: 1 when they do, 0 when not.
  best.same =
    JSON.stringify(extractStory(document, url)) === JSON.stringify(otherExtract(document, url))
      ? 1
      : 0;
  return best;
}

(globalThis as unknown as { storyLensAB: unknown }).storyLensAB = { run };

// As in bench-chromium-entry.ts: the page is timed as served, without this script's tag.
document.currentScript?.remove();
