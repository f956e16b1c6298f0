/**
 * A paragraph that ends on a web address written out in full, linked by nothing but that
 * address, cites a page: a reference list's entry ("… Harbor Review, spring issue http://…"), a
 * resource guide's "See also http://…". The teaser rule of cleanBlocks (a line that
 * stops without a sentence end and links away) took such entries for teasers of other stories;
 * a teaser links its headline words, not an address shown to the reader.
 *
 * Evidence: CleanEval's resource pages (reading lists, research summaries) end entry after entry
 * on an address with no stop; bare Readability keeps them, and they are the page's own text.
 */
import type { StoryBlockContext, StoryBlockRule } from './story-block-rules';

/**
 * A web address written out in full, scheme and all, at the end of a line: references copy the
 * whole address ("http://…"); "visit www.…" after a verb is the ends-on-web-address row's.
 */
const TRAILING_ADDRESS = /\bhttps?:\/\/[^\s@]+$/iu;
/** A citation names what it cites: this many words at least before the address (unit: words). */
const CITATION_MIN_WORDS = 4;

/**
 * True when the block ends on a written-out address that is its only link, after a few words of
 * its own and no field label, and holds no email address (a contact block: "E-Mail: desk@… Web:
 * http://…"). Example: "Tidal Records of the Alder Estuary, 1950-2000. Harbor Review, spring
 * issue http://harbor-review.example.org/tides.html".
 */
export function citesAddress({ blocks, index, wordCount }: StoryBlockContext): boolean {
  const block = blocks[index];
  if (!block || block.heading || block.text.includes('@')) return false;
  const address = TRAILING_ADDRESS.exec(block.text)?.[0];
  if (!address || block.linkChars > address.length) return false;
  const before = block.text.slice(0, block.text.length - address.length).trimEnd();
  // A field label before the address ("Web: http://…", "go to: http://…") is a contact block's
  // or a notice's; a citation runs its title or "see also" straight into the address.
  return !before.endsWith(':') && wordCount(before) >= CITATION_MIN_WORDS;
}

/** The row of STORY_BLOCK_RULES that keeps a cited address's paragraph. */
export const CITED_ADDRESS: StoryBlockRule = {
  name: 'cites-web-address',
  example: {
    texts: [
      'Sources on the estuary, for readers who want to go further than this guide goes.',
      'Tidal Records of the Alder Estuary, 1950-2000. Harbor Review, spring issue http://harbor-review.example.org/tides.html',
    ],
    index: 1,
    linkedTail: true,
  },
  apply: citesAddress,
};

/** A line that is one web address written out in full, nothing else. */
const WHOLE_ADDRESS = /^(?:https?:\/\/|www\.)[^\s@]+$/iu;

/**
 * True when a block is nothing but a web address written out in full: in a thread, the link a
 * poster shared on a line of its own, which a board's buttons ("Quote", "Reply") never are.
 * Example: a reply whose second line is "https://tide-tables.example.org/alder-bay/2025".
 */
export function isWrittenAddress(text: string): boolean {
  return WHOLE_ADDRESS.test(text);
}
