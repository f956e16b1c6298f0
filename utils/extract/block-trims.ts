/**
 * Furniture glued to the end of a block of story text, cut off: the first row whose `apply`
 * returns a shorter text gives the block's text. Each row carries an invented example
 * (tests/unit/block-trims.test.ts runs every row on its example, and shows the text stays whole
 * without the row).
 *
 * Evidence: listing pages (classified ads, a blog's front page) print each entry as an excerpt
 * cut with "…" and a link to the whole entry ("… View this ad", "… Read more") in the same
 * paragraph; Readability keeps the link's words as text. trafilatura and DOM Distiller drop
 * such "read more" links.
 */
import type { Block } from './readability';

/** A link to the rest of an entry is a few words (unit: words). */
const MORE_LINK_MAX_WORDS = 4;

/** An excerpt's cut ("...", "…") and the words after it, at the end of a block. */
const CUT_THEN_TAIL = /(?:\.\.\.|…)\s*([^.…]+)$/u;

export interface BlockTrim {
  name: string;
  /** An invented block text, how many of its last characters are a link, and the text kept. */
  example: { text: string; linkChars: number; kept: string };
  /** The block's text without the furniture, or null when the row does not apply. */
  apply: (block: Block) => string | null;
}

export const BLOCK_TRIMS: readonly BlockTrim[] = [
  {
    // An excerpt cut with "…" and ending in a short link: the link is "read the rest".
    name: 'more-link-after-excerpt',
    example: {
      text: 'Harbor cottage, two bedrooms, wood stove, view of the quay. Available from... View this listing',
      linkChars: 17,
      kept: 'Harbor cottage, two bedrooms, wood stove, view of the quay. Available from...',
    },
    apply: (block) => {
      const tail = CUT_THEN_TAIL.exec(block.text)?.[1]?.trim();
      if (!tail || block.linkChars < tail.length) return null;
      if (tail.split(/\s+/).length > MORE_LINK_MAX_WORDS) return null;
      const kept = block.text.slice(0, block.text.length - tail.length).trimEnd();
      return kept.length > 0 ? kept : null;
    },
  },
];

/** Characters of a cut tail a link can hold: its words and the spaces between them. */
function linkishLength(tail: string): number {
  return tail.replace(/[^\p{L}\p{N}\s]/gu, '').trim().length;
}

/** A block without the furniture at its end (itself when no row applies). */
export function trimBlock(block: Block, rules: readonly BlockTrim[] = BLOCK_TRIMS): Block {
  for (const rule of rules) {
    const text = rule.apply(block);
    if (text !== null)
      return {
        ...block,
        text,
        // The link is the cut tail's words: brackets and arrows around it ("[read]") are not.
        linkChars: Math.max(0, block.linkChars - linkishLength(block.text.slice(text.length))),
      };
  }
  return block;
}
