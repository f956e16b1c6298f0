/**
 * Whether a reading holds its text twice (a page that renders its story a second time, for
 * another layout, in the same container): then a block that repeats an earlier one far from it
 * is the second copy's, and cleanBlocks drops it. A reading that repeats only a passage (a list
 * the writer restates further down, a refrain, a note at the top and the bottom of a guide)
 * holds it twice on purpose, and the repeat is the writer's text.
 *
 * Evidence: a blog essay in the htmltotext set restates its four-line list of "levels" later
 * in the argument, and a Readability test page repeats a paragraph two paragraphs on; bare
 * Readability keeps both copies, cleanBlocks dropped the second.
 */
import type { Block } from './readability';

/**
 * A second copy of a story holds about as many words as the first: from this share of a
 * reading's words in far repeats, the reading holds its text twice (unit: ratio 0..1).
 */
const RENDERED_TWICE_SHARE = 0.4;

/**
 * True when the blocks that repeat an earlier block, not right after it (`keys` are the blocks'
 * comparable texts), hold at least RENDERED_TWICE_SHARE of the reading's words. Example: true
 * for paragraphs A, B, C, A, B, C; false for A, B, C, D, B (a restated passage).
 */
export function readsTwice(
  blocks: readonly Block[],
  keys: readonly string[],
  wordCount: (text: string) => number,
): boolean {
  const seen = new Set<string>();
  let repeated = 0;
  let total = 0;
  for (const [index, block] of blocks.entries()) {
    const key = keys[index] ?? '';
    const words = wordCount(block.text);
    total += words;
    if (!block.heading && seen.has(key) && keys[index - 1] !== key) repeated += words;
    seen.add(key);
  }
  return total > 0 && repeated >= total * RENDERED_TWICE_SHARE;
}
