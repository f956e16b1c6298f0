/**
 * What scripts/bench-chromium-stage-ab.ts loads into a Chromium page: the noise rules and the
 * block cleaning of this checkout and of another (the `story-lens-other` alias the bundler
 * resolves), each given the same input (a copy of the page as extraction's first reading makes
 * it; Readability's blocks of this checkout's reading), timed in turns, least time over the rounds.
 */
// @ts-expect-error: resolved by the bundler's alias only (see bench-chromium-stage-ab.ts)
import * as otherClean from 'story-lens-other/utils/extract/clean-blocks';
// @ts-expect-error: resolved by the bundler's alias only
import * as otherNoise from 'story-lens-other/utils/extract/noise';
// @ts-expect-error: resolved by the bundler's alias only
import * as otherWords from 'story-lens-other/utils/extract/words';
import { cloneWithinLimits } from '../utils/extract/bounded-copy';
import { cleanBlocks } from '../utils/extract/clean-blocks';
import { readMetadata } from '../utils/extract/metadata';
import { removeNoise } from '../utils/extract/noise';
import { runReadability } from '../utils/extract/readability';
import { forgetWordCounts } from '../utils/extract/words';

const theirs = {
  removeNoise: (otherNoise as { removeNoise: typeof removeNoise }).removeNoise,
  cleanBlocks: (otherClean as { cleanBlocks: typeof cleanBlocks }).cleanBlocks,
  forgetWordCounts: (otherWords as { forgetWordCounts: typeof forgetWordCounts }).forgetWordCounts,
};
const mine = { removeNoise, cleanBlocks, forgetWordCounts };

/**
 * Least times (ms) of each checkout's noise and clean stages over `rounds` rounds of `block`
 * calls each, and 1 when both gave the same.
 */
function run(rounds: number, block: number) {
  const url = location.href;
  const meta = readMetadata(document, url);
  const options = { description: meta.excerpt, title: meta.title };
  const copy = () => cloneWithinLimits(document).doc;
  const prepared = copy();
  removeNoise(prepared, options);
  const blocks = runReadability(prepared, { entries: true })?.blocks ?? [];
  const title = meta.title ?? '';
  const best: Record<string, number> = {
    mineNoise: Infinity,
    otherNoise: Infinity,
    mineClean: Infinity,
    otherClean: Infinity,
  };
  const contenders = [
    ['mine', mine],
    ['other', theirs],
  ] as const;
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? contenders : [...contenders].reverse();
    for (const [name, stage] of order) {
      const docs = Array.from({ length: block }, copy);
      let start = performance.now();
      for (const doc of docs) {
        stage.forgetWordCounts();
        stage.removeNoise(doc, options);
      }
      const noise = (performance.now() - start) / block;
      best[`${name}Noise`] = Math.min(best[`${name}Noise`] as number, noise);
      start = performance.now();
      for (let call = 0; call < block; call++) {
        stage.forgetWordCounts();
        stage.cleanBlocks(blocks, title);
      }
      const clean = (performance.now() - start) / block;
      best[`${name}Clean`] = Math.min(best[`${name}Clean`] as number, clean);
    }
  }
  const a = copy();
  const b = copy();
  const same =
    mine.removeNoise(a, options) === theirs.removeNoise(b, options) &&
    a.documentElement.outerHTML === b.documentElement.outerHTML &&
    JSON.stringify(mine.cleanBlocks(blocks, title)) ===
      JSON.stringify(theirs.cleanBlocks(blocks, title));
  return { ...best, same: same ? 1 : 0 };
}

(globalThis as unknown as { storyLensStageAB: unknown }).storyLensStageAB = { run };
document.currentScript?.remove();
