/**
 * Blocks the teaser rules of cleanBlocks would drop that are the story's own text: the first
 * row whose `apply` says yes keeps the block. Each row carries an invented example
 * (tests/unit/story-block-rules.test.ts runs every row on its example, and shows the block is
 * dropped without the row).
 *
 * Evidence: CleanEval and news pages set a standfirst (deck) as the first line under the
 * headline, often without a final stop ("… Ada Quill reports from the levee"); Readability keeps
 * it, and our teaser rule (a line that stops mid-sentence before the story) took it for a teaser
 * of another story. trafilatura and DOM Distiller both keep the text right under the title.
 */
import { CITED_ADDRESS } from './cited-address';
import type { Block } from './readability';

/** A deck is a sentence or two, not a paragraph (unit: words). */
const DECK_MAX_WORDS = 60;
/** The prose right after a deck is the story's lede: a full sentence of this many words (unit: words). */
const LEDE_MIN_WORDS = 12;

/**
 * Words a sentence cannot end on: a line that stops on one was cut by a character count (a
 * teaser: "… Light snow could even"), not written to end there (a deck: "… reports from the levee").
 */
const CUT_ENDINGS = new Set(
  (
    'a an the and or but nor so yet of to in on at for with from by as into onto about than ' +
    'that which who whose whom if when while because although though is are was were be been ' +
    'being will would could should can may might must shall has have had do does did not even ' +
    'also just still only its their his her our your my this these those very more most'
  ).split(' '),
);

/** True when a line stops on a word no sentence ends on. */
function endsOnCutWord(text: string): boolean {
  const last = text.toLowerCase().match(/([\p{L}'’]+)\W*$/u)?.[1];
  return last !== undefined && CUT_ENDINGS.has(last);
}

/**
 * A web address a sentence ends on ("… go to www.example.org"; not an email address: "write to
 * us at desk@…" closes promo lines, and not a field: "Web: example.org" closes a contact block):
 * writers leave the stop off after one, and no teaser is cut there.
 */
const ENDS_ON_ADDRESS =
  /\b(?:at|to|visit|see|on|via|from)\s+(?:(?:https?:\/\/|www\.)[^\s@]+|(?<![@\p{L}\d.-])[\p{L}\d-]+\.(?:com|org|net|gov|edu|info|io)(?:\/[^\s@]*)?)$/iu;

/** The context a row reads: the reading's blocks, the block's index, and how many were kept. */
export interface StoryBlockContext {
  blocks: readonly Block[];
  index: number;
  /** Blocks kept before this one. */
  kept: number;
  wordCount: (text: string) => number;
  endsSentence: (text: string) => boolean;
}

export interface StoryBlockRule {
  name: string;
  /**
   * Invented blocks (prose, no links unless `linkedTail`: the kept block's last word is a link)
   * and the index of the block the row keeps.
   */
  example: { texts: string[]; index: number; linkedTail?: boolean };
  apply: (context: StoryBlockContext) => boolean;
}

export const STORY_BLOCK_RULES: readonly StoryBlockRule[] = [
  {
    // The first block of a reading, with no links, directly followed by the lede is the deck:
    // a teaser of another story links away or comes with its own heading.
    name: 'deck-before-lede',
    example: {
      texts: [
        'Rising water is reshaping the delta and the people who farm it. Ada Quill reports from the levee',
        'The river came over the road on a Tuesday, and by Friday the barley in the low fields was gone.',
      ],
      index: 0,
    },
    apply: ({ blocks, index, kept, wordCount, endsSentence }) => {
      const block = blocks[index];
      const next = blocks[index + 1];
      // Only a headline copy or a kicker, both dropped, may come before it; a heading is a teaser's.
      if (!block || !next || kept > 0 || blocks[index - 1]?.heading) return false;
      if (!block.prose || block.heading || block.boxed || block.linkChars > 0) return false;
      if (wordCount(block.text) > DECK_MAX_WORDS || endsOnCutWord(block.text)) return false;
      // A deck ends on a word; a line of dates and times ("Published 3:12 p.m. | Updated 6:48
      // p.m. Oct. 9, 2025") ends on a number and is set in fields.
      if (!/\p{L}$/u.test(block.text) || block.text.includes(' | ')) return false;
      return (
        next.prose &&
        !next.heading &&
        wordCount(next.text) >= LEDE_MIN_WORDS &&
        endsSentence(next.text)
      );
    },
  },
  {
    // A paragraph that ends on a web address ("… go to www.example.org") points the reader to a
    // site in its last sentence; the missing stop is the writer's, not a cut.
    name: 'ends-on-web-address',
    example: {
      texts: [
        'The harbor society meets on the first Monday of every month in the old customs house by the quay.',
        'Members pay ten dollars a year, which covers the newsletter and the boat tours. To join, write to them at www.harbor-society.example.org',
      ],
      index: 1,
      linkedTail: true,
    },
    apply: ({ blocks, index }) => ENDS_ON_ADDRESS.test(blocks[index]?.text ?? ''),
  },
  CITED_ADDRESS,
];

/** The name of the first row that keeps the block, or null. */
export function storyBlockRule(
  context: StoryBlockContext,
  rules: readonly StoryBlockRule[] = STORY_BLOCK_RULES,
): string | null {
  for (const rule of rules) if (rule.apply(context)) return rule.name;
  return null;
}
