/**
 * Runs of blocks that are page furniture as a whole, though each of their lines reads like text:
 * the first row whose `apply` gives a length drops that many blocks from the one it starts at.
 * Each row carries an invented example (tests/unit/furniture-runs.test.ts runs every row on its
 * example, and shows the run stays without the row).
 *
 * Evidence: CleanEval pages and old news pages carry boxes of paid text ads under a label
 * ("Sponsored links", "Ads by …") with no class name our noise rules know; each ad is a linked
 * title and a sentence of copy, which Readability keeps. trafilatura drops such boxes by their
 * label too. Blogs' sidebars list the latest comments as linked lines cut short with an
 * ellipsis, which Readability keeps when the sidebar is a cell beside the post.
 */
import type { Block } from './readability';

/** A box label is a few words, never a sentence (unit: words). */
const LABEL_MAX_WORDS = 6;
/** One text ad is a title and a line or two of copy (unit: words). */
const AD_MAX_WORDS = 40;

/** Labels of a box of paid text ads. */
const PAID_LINKS_LABEL =
  /\b(?:sponsored|advertiser|paid|partner|promoted)\s+(?:links?|results?|listings?|offers?|stories)\b|\bads\s+by\b/iu;

/** Labels of a box promoting the site's next post: "Read this next", "Up next", "Next story". */
const READ_NEXT_LABEL =
  /^(?:(?:read|watch|listen to)\s+(?:this\s+)?next|up next|next\s+(?:story|article|post|read))\s*:?$/iu;
/** A teaser is a link: at least this share of its text is in links (unit: ratio 0..1). */
const TEASER_LINK_SHARE = 0.5;

/** A box of excerpts shows at least this many (unit: blocks). */
const EXCERPTS_MIN = 3;
/** An excerpt is a line or two (unit: words). */
const EXCERPT_MAX_WORDS = 25;
/** An excerpt cut by a character count ends in an ellipsis: "… you 'feeding' th...". */
const CUT_ELLIPSIS = /(?:\.\.\.|…)\s*$/u;

/** A line of a box of excerpts: short, with a link (the post or the commenter), cut with an ellipsis. */
function isCutExcerpt(block: Block | undefined, wordCount: (text: string) => number): boolean {
  return (
    block !== undefined &&
    !block.heading &&
    block.linkChars > 0 &&
    wordCount(block.text) <= EXCERPT_MAX_WORDS &&
    CUT_ELLIPSIS.test(block.text)
  );
}

export interface FurnitureRunContext {
  blocks: readonly Block[];
  index: number;
  wordCount: (text: string) => number;
}

export interface FurnitureRun {
  name: string;
  /** Invented blocks (`linked`: indexes of blocks that are links), and the run's start and length. */
  example: { texts: string[]; linked: number[]; start: number; length: number };
  /** How many blocks from `index` on are the run; 0 when none starts there. */
  apply: (context: FurnitureRunContext) => number;
}

export const FURNITURE_RUNS: readonly FurnitureRun[] = [
  {
    // A label naming paid links, then the linked ads under it up to the first heading or
    // unlinked line.
    name: 'paid-links-box',
    example: {
      texts: [
        'The ferry timetable changes on Monday, when the winter crossings start at seven and end at nine.',
        'Sponsored links',
        'Harbor Loans Today. Fast approval for boat owners. Apply online in minutes.',
        'Sea Kayak Sale. Last season’s models at half price, while stocks last.',
        'The port authority said the later crossings would return in April, weather permitting.',
      ],
      linked: [2, 3],
      start: 1,
      length: 3,
    },
    apply: ({ blocks, index, wordCount }) => {
      const label = blocks[index];
      if (!label || wordCount(label.text) > LABEL_MAX_WORDS) return 0;
      if (!PAID_LINKS_LABEL.test(label.text) || /[.!?]$/.test(label.text)) return 0;
      let end = index + 1;
      for (; end < blocks.length; end++) {
        const ad = blocks[end];
        if (!ad || ad.heading || ad.linkChars === 0 || wordCount(ad.text) > AD_MAX_WORDS) break;
      }
      return end - index;
    },
  },
  {
    // A "Read this next" label, then the promoted post's title and excerpt, both links.
    name: 'read-next-box',
    example: {
      texts: [
        'The ferry timetable changes on Monday, when the winter crossings start at seven and end at nine.',
        'Read this next',
        'Why the night ferry was cancelled',
        'The harbor board voted last spring to end the late crossing, citing the cost of a second crew and the low numbers.',
      ],
      linked: [1, 2, 3],
      start: 1,
      length: 3,
    },
    apply: ({ blocks, index }) => {
      const label = blocks[index];
      if (!label || !READ_NEXT_LABEL.test(label.text.trim())) return 0;
      let end = index + 1;
      for (; end < blocks.length; end++) {
        const teaser = blocks[end];
        if (!teaser || teaser.linkChars < teaser.text.length * TEASER_LINK_SHARE) break;
      }
      return end - index;
    },
  },
  {
    // A sidebar's box of latest comments or posts under its label: linked lines cut short with
    // an ellipsis, one under another ("Ana: Loved the photos of the ...", "Ben: Welcome back, we missed th...").
    name: 'cut-excerpts-box',
    example: {
      texts: [
        'The ferry timetable changes on Monday, when the winter crossings start at seven and end at nine.',
        'Latest comments',
        'Ana: Loved the photos of the lighthouse, especially the one at du...',
        'Ben: Welcome back! We missed your harbor stories all wi...',
        'Cleo: Is the night ferry really gone for good? I used to ta...',
      ],
      linked: [2, 3, 4],
      start: 1,
      length: 4,
    },
    apply: ({ blocks, index, wordCount }) => {
      // The box's label ("Latest comments") goes with it: a few words, no stop, no link.
      const first = blocks[index];
      const label =
        first !== undefined &&
        !isCutExcerpt(first, wordCount) &&
        first.linkChars === 0 &&
        wordCount(first.text) <= LABEL_MAX_WORDS &&
        !/[.!?]$/u.test(first.text);
      let end = label ? index + 1 : index;
      while (end < blocks.length && isCutExcerpt(blocks[end], wordCount)) end++;
      const excerpts = end - index - (label ? 1 : 0);
      return excerpts >= EXCERPTS_MIN ? end - index : 0;
    },
  },
];

/** The blocks without the furniture runs the rows find. */
export function dropFurnitureRuns(
  blocks: readonly Block[],
  wordCount: (text: string) => number,
  rules: readonly FurnitureRun[] = FURNITURE_RUNS,
): Block[] {
  const kept: Block[] = [];
  for (let index = 0; index < blocks.length; ) {
    let length = 0;
    for (const rule of rules) {
      length = rule.apply({ blocks, index, wordCount });
      if (length > 0) break;
    }
    if (length === 0) kept.push(blocks[index] as Block);
    index += Math.max(1, length);
  }
  return kept;
}
