/**
 * A forum thread's furniture between its posts: lines a reader of the thread does not read, though
 * cleanBlocks keeps a thread's short lines (its headers and posters' names are its text). Each row
 * gives the indexes of the blocks it drops; each carries an invented example
 * (tests/unit/thread-furniture.test.ts runs every row on its example, and shows the lines stay
 * without the row).
 *
 * Evidence: CleanEval's forum pages print each poster's member details above every post ("Joined:
 * …", "Posts: …", "Location: …") and the board's buttons above the first post; CleanEval's
 * references drop both and keep the posts and the posters' names. htmltotext's references keep
 * some member details; we follow the reader: a member's post count is not what they said.
 */
import type { Block } from './readability';

/** The context a row reads: the thread's blocks and the cleaning's own line tests. */
export interface ThreadContext {
  blocks: readonly Block[];
  wordCount: (text: string) => number;
  /** A post's header line: who wrote it and when ("Posted by ana » 10:41"). */
  isPostHeader: (text: string) => boolean;
}

export interface ThreadFurniture {
  name: string;
  /** Invented blocks (`linked`: indexes of blocks that are links) and the indexes the row drops. */
  example: { texts: string[]; linked: number[]; dropped: number[] };
  /** Indexes of the blocks the row drops. */
  apply: (context: ThreadContext) => number[];
}

/**
 * A reading with this many post headers, each followed by text of its own, is a discussion
 * (a forum thread, a blog's comments read as the page, a live blog): a story has one byline and
 * a date or two at its top (clean-blocks.ts isThread; unit: posts).
 */
export const THREAD_MIN_POSTS = 3;
/** A member detail's label is a word or two ("Location", "Member since") (unit: words). */
const FIELD_LABEL_MAX_WORDS = 2;
/** A member detail's value is a date, a count or a place, not a sentence (unit: words). */
const FIELD_VALUE_MAX_WORDS = 8;
/** Member details sit this close to their post's header line (unit: blocks). */
const FIELD_HEADER_REACH = 2;
/** A rank title is a few words ("Senior Harbour Pilot") (unit: words). */
const RANK_MAX_WORDS = 5;
/** A board that prints ranks prints one in most posts' details (unit: ratio 0..1). */
const RANK_POST_SHARE = 0.8;
/** A run of board buttons is at least this many lines (unit: blocks). */
const CONTROL_RUN_MIN = 3;
/** A button's label is a word or two ("New", "Topic Closed") (unit: words). */
const CONTROL_MAX_WORDS = 2;
/** A poster's name, and the rank title under it, sit this close above their details (unit: blocks). */
const NAME_SLOT = 2;

/** "Label: value" on one line, the label a word or two of letters; not a web address ("http://…"). */
const FIELD = /^([\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*)?)\s?:(?!\/\/)\s*(\S.*)$/u;
/** A sentence's end: a value that ends like one is a line of text, not a member detail. */
const SENTENCE_END = /[.!?。！？]["”’]?$/u;

/** The lower-cased label of a member-detail line ("registered" for "Registered: May 3, 2019"), or null. */
function fieldLabel(block: Block, wordCount: (text: string) => number): string | null {
  if (block.heading) return null;
  const match = FIELD.exec(block.text.trim());
  const label = match?.[1];
  const value = match?.[2];
  // A value says something: "dsmil wrote: ↑" introduces a quote, it states no detail.
  if (!label || !value || SENTENCE_END.test(value) || !/[\p{L}\d]/u.test(value)) return null;
  if (wordCount(label) > FIELD_LABEL_MAX_WORDS || wordCount(value) > FIELD_VALUE_MAX_WORDS)
    return null;
  return label.toLowerCase();
}

/**
 * Whether block `index` is a short line (isShortLine, up to `maxWords`) that is neither a post's
 * header nor a "Label: value" field: a name, a rank or a button's label.
 */
function isBareShortLine(context: ThreadContext, index: number, maxWords: number): boolean {
  const block = context.blocks[index];
  return (
    block !== undefined &&
    isShortLine(block, maxWords, context.wordCount) &&
    !context.isPostHeader(block.text) &&
    fieldLabel(block, context.wordCount) === null
  );
}

/** A line of one or two words with no sentence end: a button's label, a stub, a name. */
function isShortLine(block: Block, maxWords: number, wordCount: (text: string) => number): boolean {
  return (
    !block.heading && wordCount(block.text) <= maxWords && !/[.!?:;,]$/u.test(block.text.trim())
  );
}

/**
 * Runs of member-detail lines next to a post's header line of its own, as [start, end) index
 * pairs. A dated field is no header: a listing's entries ("When: Sat, May 3", "Season: April to
 * October") are fields of the entry, and a reader wants them.
 */
function detailRuns({ blocks, wordCount, isPostHeader }: ThreadContext): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let index = 0; index < blocks.length; ) {
    const start = index;
    while (index < blocks.length && fieldLabel(blocks[index] as Block, wordCount) !== null) index++;
    if (index === start) {
      index++;
      continue;
    }
    const from = Math.max(0, start - FIELD_HEADER_REACH);
    const to = Math.min(blocks.length, index + FIELD_HEADER_REACH);
    for (let near = from; near < to; near++) {
      const line = blocks[near] as Block;
      if (fieldLabel(line, wordCount) === null && isPostHeader(line.text)) {
        runs.push([start, index]);
        break;
      }
    }
  }
  return runs;
}

/**
 * How many posts the thread has: runs of header lines (a post's header may take two lines) set
 * apart by other lines.
 */
function postCount({ blocks, isPostHeader }: ThreadContext): number {
  let posts = 0;
  let inHeader = false;
  for (const block of blocks) {
    const header = isPostHeader(block.text);
    if (header && !inHeader) posts++;
    inHeader = header;
  }
  return posts;
}

export const THREAD_FURNITURE: readonly ThreadFurniture[] = [
  {
    // Every post's member details, the same labels each time: "Joined: …", "Posts: …". A label
    // must recur in THREAD_MIN_POSTS posts' details, next to their headers: a post's own "Note: …" stays.
    name: 'recurring-member-details',
    example: {
      texts: [
        'marlow',
        'Joined: 14 Mar 2019',
        'Berths: 3',
        'Posted 10:41',
        'Does anyone know when the slipway at the north quay opens again?',
        'tidewater',
        'Joined: 02 Aug 2011',
        'Berths: 41',
        'Posted 11:02',
        'After the spring tides, so late April. Note: the fuel dock stays shut until May.',
        'marlow',
        'Joined: 14 Mar 2019',
        'Berths: 4',
        'Posted 11:30',
        'Thanks, that works for us.',
      ],
      linked: [0, 5, 10],
      dropped: [1, 2, 6, 7, 11, 12],
    },
    apply: (context) => {
      const { blocks, wordCount } = context;
      // Each post's detail lines, each with its label.
      const posts = detailRuns(context).map(([start, end]) =>
        blocks.slice(start, end).map((block, offset) => ({
          index: start + offset,
          text: block.text,
          label: fieldLabel(block, wordCount) ?? '',
        })),
      );
      const postsByLabel = new Map<string, number>();
      const valuesByLabel = new Map<string, Set<string>>();
      for (const lines of posts) {
        for (const { text, label } of lines)
          valuesByLabel.set(label, (valuesByLabel.get(label) ?? new Set<string>()).add(text));
        for (const label of new Set(lines.map((line) => line.label)))
          postsByLabel.set(label, (postsByLabel.get(label) ?? 0) + 1);
      }
      // Members' details differ from member to member; one line repeated under every post of
      // one member ("Boat: Heron, a 1972 trader") is their signature, and says who wrote.
      const recurs = (label: string) =>
        (postsByLabel.get(label) ?? 0) >= THREAD_MIN_POSTS &&
        (valuesByLabel.get(label)?.size ?? 0) > 1;
      return posts
        .flat()
        .filter((line) => recurs(line.label))
        .map((line) => line.index);
    },
  },
  {
    // A rank title between a poster's name and their details ("marlow", "Deckhand", "Joined:
    // …"). Where most posts' details sit under two short lines, the board prints a name and a
    // rank: the lower line goes. A single short line above the details is the name, and stays.
    name: 'rank-under-name',
    example: {
      texts: [
        'marlow',
        'Deckhand',
        'Joined: 14 Mar 2019',
        'Posted 10:41',
        'Does anyone know when the slipway at the north quay opens again?',
        'tidewater',
        'Harbour Master',
        'Joined: 02 Aug 2011',
        'Posted 11:02',
        'After the spring tides, so late April.',
        'marlow',
        'Deckhand',
        'Joined: 14 Mar 2019',
        'Posted 11:30',
        'Thanks, that works for us.',
      ],
      linked: [0, 5, 10],
      dropped: [1, 6, 11],
    },
    apply: (context) => {
      const nameOrRank = (index: number) => isBareShortLine(context, index, RANK_MAX_WORDS);
      const runs = detailRuns(context);
      const ranks = runs
        .filter(([start]) => nameOrRank(start - 1) && nameOrRank(start - 2))
        .map(([start]) => start - 1);
      return ranks.length >= THREAD_MIN_POSTS && ranks.length >= runs.length * RANK_POST_SHARE
        ? ranks
        : [];
    },
  },
  {
    // A post's bare stub: a header word with neither name nor date ("Posted"), or a one-word
    // line recurring in every post ("Reply"). A poster's name recurs only in their own posts.
    name: 'bare-post-stubs',
    example: {
      texts: [
        'Posted',
        'marlow',
        'Does anyone know when the slipway at the north quay opens again?',
        'Reply',
        'Posted',
        'tidewater',
        'After the spring tides, so late April.',
        'Reply',
        'Posted',
        'marlow',
        'Thanks, that works for us.',
        'Reply',
      ],
      linked: [],
      dropped: [0, 3, 4, 7, 8, 11],
    },
    apply: (context) => {
      const { blocks, wordCount, isPostHeader } = context;
      // A stub is a word of letters; a code or address under every post is a signature.
      const oneWord = blocks.map((block) =>
        isShortLine(block, 1, wordCount) && /^\p{L}+$/u.test(block.text.trim())
          ? block.text.trim().toLowerCase()
          : null,
      );
      const counts = new Map<string, number>();
      for (const word of oneWord) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
      const everyPost = Math.max(THREAD_MIN_POSTS, postCount(context));
      const dropped: number[] = [];
      oneWord.forEach((word, index) => {
        if (!word) return;
        if (isPostHeader(word) || (counts.get(word) ?? 0) >= everyPost) dropped.push(index);
      });
      return dropped;
    },
  },
  {
    // The board's buttons before the first post or after the last: a run of one- or two-word
    // lines ("New topic", "Search", "Bookmark"). The poster's name and rank right above the first
    // post's header or details stay.
    name: 'thread-control-run',
    example: {
      texts: [
        'Locked',
        'New topic',
        'Search',
        'Subscribe',
        'marlow',
        'Deckhand',
        'Joined: 14 Mar 2019',
        'Posted 10:41',
        'Does anyone know when the slipway at the north quay opens again?',
        'tidewater',
        'Joined: 02 Aug 2011',
        'Posted 11:02',
        'After the spring tides, so late April.',
        'marlow',
        'Joined: 14 Mar 2019',
        'Posted 11:30',
        'Thanks, that works for us.',
        'Bookmark',
        'Top',
        'Jump to',
      ],
      linked: [],
      dropped: [0, 1, 2, 3, 17, 18, 19],
    },
    apply: (context) => {
      const { blocks, wordCount, isPostHeader } = context;
      const control = (index: number) => isBareShortLine(context, index, CONTROL_MAX_WORDS);
      let start = 0;
      while (control(start)) start++;
      const next = blocks[start];
      if (next && isPostHeader(next.text)) start--;
      else if (next && fieldLabel(next, wordCount) !== null) start -= NAME_SLOT;
      let end = blocks.length;
      while (end > start && control(end - 1)) end--;
      const dropped: number[] = [];
      if (start >= CONTROL_RUN_MIN) for (let index = 0; index < start; index++) dropped.push(index);
      if (blocks.length - end >= CONTROL_RUN_MIN)
        for (let index = end; index < blocks.length; index++) dropped.push(index);
      return dropped;
    },
  },
];

/** Indexes of a thread's blocks the rows drop. */
export function threadFurniture(
  context: ThreadContext,
  rules: readonly ThreadFurniture[] = THREAD_FURNITURE,
): Set<number> {
  const dropped = new Set<number>();
  for (const rule of rules) for (const index of rule.apply(context)) dropped.add(index);
  return dropped;
}
