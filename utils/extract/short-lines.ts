/**
 * Short lines cleanBlocks would drop as a widget's label or counter (a lone word in a paragraph
 * of its own) or as a kicker (a few words before the story starts) that are the text's own: a
 * section heading set as a bold paragraph, the cells of a table column, a letter's salutation.
 * The first row whose `apply` says yes keeps the block. Each row carries an invented example
 * (tests/unit/short-lines.test.ts runs every row on its example, and shows the block is dropped
 * without the row).
 *
 * Evidence: CleanEval pages (reports, papers, open letters) set "Abstract", "Summary" and
 * "Conclusion" as `<p><b>…</b></p>`, print tables whose cells hold a `<p>` (one word each), and
 * open letters with "Dear …,"; Readability keeps them, and the lone-label and kicker rules took
 * them for furniture. trafilatura keeps headings and table cells inside the main text.
 */
import type { Block } from './readability';

/** The prose after a section heading is a paragraph: a full sentence of this many words (unit: words). */
const SECTION_MIN_WORDS = 12;
/** Lone words in a row from this many on are a table's column, not a widget's labels (unit: blocks). */
const COLUMN_MIN_CELLS = 4;
/** How far a column is read each way from a cell, so a page of lone words is not read once per word (unit: blocks). */
const COLUMN_SCAN = 32;

/** One word of letters, capitalised, with an optional colon: "Abstract", "Methods:". */
const SECTION_WORD = /^\p{Lu}[\p{L}'’-]*:?$/u;
/** A letter's salutation: "Dear Ms Quill,", "Dear Harbor Board". */
const SALUTATION = /^dear\s+\p{Lu}[\p{L}.'’ -]{0,40},?$/iu;

/** The context a row reads: the reading's blocks and the block's index. */
export interface ShortLineContext {
  blocks: readonly Block[];
  index: number;
  wordCount: (text: string) => number;
  endsSentence: (text: string) => boolean;
}

export interface ShortLine {
  name: string;
  /** Invented blocks (prose, no links) and the index of the block the row keeps. */
  example: { texts: string[]; index: number };
  apply: (context: ShortLineContext) => boolean;
}

/** A lone word in a paragraph of its own, without links. */
function isLoneWord(block: Block | undefined, wordCount: (text: string) => number): boolean {
  return Boolean(
    block?.prose && !block.heading && block.linkChars === 0 && wordCount(block.text) === 1,
  );
}

export const SHORT_LINES: readonly ShortLine[] = [
  {
    // A capitalised word between two paragraphs of the story heads the section it opens.
    name: 'section-heading-word',
    example: {
      texts: [
        'The harbor survey took six weeks of soundings from the pilot boat.',
        'Methods',
        'Soundings were taken at low water from the pilot boat, and repeated at high water over the bar.',
      ],
      index: 1,
    },
    apply: ({ blocks, index, wordCount, endsSentence }) => {
      const block = blocks[index];
      const previous = blocks[index - 1];
      const next = blocks[index + 1];
      if (!block || !previous || !next || !SECTION_WORD.test(block.text)) return false;
      // A widget's label opens a reading or sits in a row of labels; a section heading follows
      // a finished sentence.
      if (!previous.prose || previous.heading || isLoneWord(previous, wordCount)) return false;
      if (!endsSentence(previous.text)) return false;
      return (
        next.prose &&
        !next.heading &&
        wordCount(next.text) >= SECTION_MIN_WORDS &&
        endsSentence(next.text)
      );
    },
  },
  {
    // Four or more different lone words in a row, none a link: the cells of a table's column.
    name: 'column-of-cells',
    example: {
      texts: ['Species', 'Gull', 'Tern', 'Cormorant', 'Heron'],
      index: 2,
    },
    apply: ({ blocks, index, wordCount }) => {
      if (!isLoneWord(blocks[index], wordCount)) return false;
      let from = index;
      while (index - from < COLUMN_SCAN && isLoneWord(blocks[from - 1], wordCount)) from--;
      let to = index;
      while (to - index < COLUMN_SCAN && isLoneWord(blocks[to + 1], wordCount)) to++;
      if (to - from + 1 < COLUMN_MIN_CELLS) return false;
      // A widget printed twice ("12", "Likes", "12", "Likes") repeats itself; a column's cells differ.
      const cells = new Set(blocks.slice(from, to + 1).map((b) => b.text.toLowerCase()));
      return cells.size === to - from + 1;
    },
  },
  {
    // "Dear …," opens a letter: the text's first line, not a kicker.
    name: 'letter-salutation',
    example: {
      texts: [
        'Dear Harbor Board,',
        'We write to ask that the late ferry keep running through the winter, as it has for forty years.',
      ],
      index: 0,
    },
    apply: ({ blocks, index }) => SALUTATION.test(blocks[index]?.text ?? ''),
  },
];

/** The name of the first row that keeps the block, or null. */
export function shortLineRule(
  context: ShortLineContext,
  rules: readonly ShortLine[] = SHORT_LINES,
): string | null {
  for (const rule of rules) if (rule.apply(context)) return rule.name;
  return null;
}
