import { isSpaceCode } from '../space';
import { trimBlock } from './block-trims';
import { isWrittenAddress } from './cited-address';
import { withoutCommentTail } from './comment-tail';
import { furnitureLine } from './furniture-lines';
import { dropFurnitureRuns } from './furniture-runs';
import { isLabelText, lettersExceed, normalizeSpace, wordCount } from './noise';
import type { Block } from './readability';
import { readsTwice } from './repeats';
import { SHORT_LINES, type ShortLine, shortLineRule } from './short-lines';
import { STORY_BLOCK_RULES, type StoryBlockRule, storyBlockRule } from './story-block-rules';
import {
  THREAD_FURNITURE,
  THREAD_MIN_POSTS,
  type ThreadFurniture,
  threadFurniture,
} from './thread-furniture';

/**
 * A paragraph this long that stops without terminal punctuation is a truncated teaser
 * ("…Light snow could even"), not story prose (unit: words).
 */
const TRUNCATED_MIN_WORDS = 12;
/** Teasers are short; a longer block without a final stop is prose the page cut (lyrics, transcripts) (unit: words). */
const TRUNCATED_MAX_WORDS = 80;
/** Glue left before a headline by a breadcrumb trail ("HomeLocal") is at most this long (unit: characters). */
const GLUE_MAX_CHARS = 40;
/** How many blocks before and after a pull quote the paragraph it repeats may sit (unit: blocks). */
const PULL_QUOTE_WINDOW = 12;
/** Pull quotes are a sentence or two; a longer repeated block is the text's own (unit: words). */
const PULL_QUOTE_MAX_WORDS = 60;
/** A block repeated inside a longer one (a pull quote) counts only from this length (unit: words). */
const DUPLICATE_MIN_WORDS = 6;
/** A kicker or section label above a story is this short (unit: words). */
const KICKER_MAX_WORDS = 3;
/** Editor's notes and copyright notices run up to this length (unit: words). */
const NOTE_MAX_WORDS = 60;
/** A block that is only a link is a call to action up to this length (unit: words). */
const LINK_ONLY_MAX_WORDS = 12;
/** Byline, dateline and reading-time lines are short (unit: words). */
const BYLINE_MAX_WORDS = 14;

// Closing quotes of every style end a sentence too: ” ’ » and the German “ ‘ and French «.
// CJK full stops and closing brackets (。！？」』）), the Arabic question mark and the Devanagari danda end one too.
// Burmese and Tibetan have their own full stops (။ །).
export const TERMINAL = /[.!?…:;"“”‘’«»)\]。！？．」』）؟।။།]$/u;
/**
 * Thai, Lao and Khmer end sentences with a space, not a mark: a block in these scripts cannot be
 * judged unfinished by its last character.
 */
export const UNPUNCTUATED_END = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]\s*$/u;

/** Footnote back-links and markers after a sentence's end ("… the paper. ↩︎", "…rose.[3]"). */
export const FOOTNOTE_TAIL = /(?:\s*(?:↩\uFE0E?\uFE0F?|↑|\^|\[\d{1,3}\]))+\s*$/u;
/** The characters a FOOTNOTE_TAIL can end with, before its trailing spaces. */
const FOOTNOTE_LAST = new Set(['↩', '\uFE0E', '\uFE0F', '↑', '^', ']']);
/** TERMINAL and UNPUNCTUATED_END as tests of one character (every character they name is one UTF-16 unit). */
const TERMINAL_CHARACTER = new RegExp(TERMINAL.source.slice(0, -1), 'u');
const UNPUNCTUATED_CHARACTER = new RegExp(UNPUNCTUATED_END.source.slice(0, -'\\s*$'.length), 'u');

/**
 * True when a block ends as a sentence ends, in its script's way: the text, its footnote tail
 * cut, ends with TERMINAL or UNPUNCTUATED_END. Read from its last characters: the patterns end
 * with `$`, and a regular expression tried at every position of a paragraph reads all of it.
 */
export function endsSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  const end = FOOTNOTE_LAST.has(trimmed.charAt(trimmed.length - 1))
    ? text.replace(FOOTNOTE_TAIL, '')
    : text;
  if (TERMINAL_CHARACTER.test(end.slice(-1))) return true;
  // `\s*$` is what trimEnd removes: white space and line terminators.
  const last = end.trimEnd();
  return UNPUNCTUATED_CHARACTER.test(last.slice(-1)) || LIST_LEAD_IN.test(last.slice(-3));
}
/**
 * A colon and a dash (":-", ": —") introduce a list, as a colon does: "… the lack of data on:-"
 * ends its sentence; the items follow in blocks of their own. Tested on the last 3 characters.
 */
const LIST_LEAD_IN = /:\s?[-–—]$/u;
const BYLINE = /^(by|written by|words by|reporting by|von|por|par)\s+\p{Lu}/iu;
const TIMESTAMP = /^(updated|published|posted|last updated|first published)\b/i;
const READ_TIME = /^\d+\s*(min|mins|minute|minutes)\s*(read|listen)\b/i;
const CREDIT =
  /^(photo|image|file photo|picture|credit|video|graphic|chart|source|sources|data)\s*:|^(photos?|photographs?|images?|illustrations?|graphics?|video) (by|courtesy of)\b/i;
/** Contributor and editing credits at a story's end ("Contributing: …", "Reporting by …; Editing by …"). */
/** A promo line is a headline-length link (unit: words). */
const PROMO_MAX_WORDS = 25;
/** Newsroom promo lines inside the body: "(MORE: …)", "PHOTOS: …", "[Read: …]", "RELATED: …". */
const PROMO_LINE =
  /^[[(]?\s*(more|photos?|video|watch|read|read more|related|see also|also read|listen|gallery|explainer)\s*:/i;
/** Wire-service correction and update notes: "(Corrects 10th paragraph …)", "(Adds comment …)". */
const WIRE_NOTE = /^\((corrects?|updates?|adds|recasts|changes)\b/i;
/** "Follow Jane Doe on Twitter." and "Follow us on Instagram" lines after a story. */
const FOLLOW_LINE =
  /^follow\b.{0,60}\b(on|at)\s+(twitter|x|facebook|instagram|threads|bluesky|mastodon|linkedin|tiktok)\b/i;
/** A columnist's contact line: "Corin Vale can be reached at …", "You can email her at …". */
const CONTACT_LINE =
  /^(?:[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,3}|you|readers)\s(?:can|may)\s(?:be reached|reach|email|e-mail|contact|write to)\s(?:\p{Ll}+\s)?(?:at|via|by)\b/u;
const SHARE_LINE =
  /^(read or share this (story|article)|share this (story|article)|share on|(to )?embed this (post|story|article|video|chart|graphic|map)\b.{0,40}\bcode)\b/i;
const CREDITS =
  /^(contributing|additional reporting|reporting by|editing by|writing by|compiled by|with reporting by)\b|\b(contributed|contributed reporting) to this (report|story|article)\.?$/i;
const EDITORS_NOTE = /^editor[’']?s[’']? note\s*:/i;
const COPYRIGHT = /^(copyright\b|©|\(c\)\s)|all rights reserved/i;
/** A date or clock time as bylines and timestamps print them. */
const DATE_OR_TIME =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.? \d{1,2}\b|\b\d{1,2} (jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b|\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b/i;

/** The quotes and dashes comparable() unifies. */
const TYPOGRAPHIC = /[‘’‛′“”„‟″‐‑‒–—]/;

/** Lower-cases and unifies quotes and dashes so typographic variants compare equal. */
export function comparable(text: string): string {
  const lower = normalizeSpace(text).toLowerCase();
  if (!TYPOGRAPHIC.test(lower)) return lower;
  return lower
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-');
}

/** comparable() of the last title asked about: cleanBlocks asks about one title for every block. */
let lastTitle: { title: string; comparable: string } | null = null;

function comparableTitle(title: string): string {
  if (lastTitle?.title !== title) lastTitle = { title, comparable: comparable(title) };
  return lastTitle.comparable;
}

/** True when a block is the headline itself, or the headline with breadcrumb text glued before it. */
export function isHeadlineCopy(text: string, title: string | null): boolean {
  if (!title) return false;
  const headline = comparableTitle(title);
  if (!endsAsHeadline(text, headline)) return false;
  // A block with more letters than the headline and its glue is no copy of it (comparable() keeps every letter).
  if (lettersExceed(text, headline.length + GLUE_MAX_CHARS)) return false;
  const block = comparable(text);
  if (!headline || !block.endsWith(headline)) return false;
  const glue = block.slice(0, block.length - headline.length);
  return glue.length <= GLUE_MAX_CHARS && !/[.!?]/.test(glue);
}

/**
 * False when the block's comparable() text cannot end with `headline`, read from its last
 * character alone: an ASCII last character is its own comparable() form, lower-cased. Other
 * characters (a curly quote, a Greek capital sigma) are left to the full comparison.
 * Example: endsAsHeadline('Ferry fares rise.', 'ferry fares rise') → false (`.` is not `e`).
 */
function endsAsHeadline(text: string, headline: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && isSpaceCode(text.charCodeAt(end))) end--;
  const code = end < 0 ? -1 : text.charCodeAt(end);
  if (code < 0 || code >= 0x80) return headline.length > 0;
  const last = code >= 65 && code <= 90 ? code + 32 : code;
  return headline.charCodeAt(headline.length - 1) === last;
}

/**
 * A post's header line: who wrote it and when ("By Jane Doe", "Posted by mira » Sun Mar 02, 2025
 * 8:05 pm", "03-03-2016, 11:45 #1"). In a story it is furniture; in a thread it says who said what.
 */
function isPostHeaderLine(text: string): boolean {
  if (wordCount(text) > BYLINE_MAX_WORDS) return false;
  if (BYLINE.test(text) || TIMESTAMP.test(text) || READ_TIME.test(text) || CREDIT.test(text))
    return true;
  // A short line with a date or time and no sentence end is a dateline ("Reuters · Nov 20, 2024 1:30 PM").
  return (
    DATE_OR_TIME.test(text) && !/[.!?。！？]["”’」]?$/.test(text.replace(/\b(a\.m|p\.m)\.$/i, '$1'))
  );
}

/**
 * True when the blocks are a thread of posts: post header lines recur between runs of text.
 * Example: "Posted by ana » 10:41", text, "Posted by ben » 11:02", text, "Posted by ana » 11:30", text.
 */
export function isThread(blocks: readonly Block[]): boolean {
  let posts = 0;
  let inHeader = false;
  for (const block of blocks) {
    // Boards set a post's header as a heading, and its text in a box.
    if (isPostHeaderLine(block.text)) {
      inHeader = true;
      continue;
    }
    if (inHeader) posts++;
    inHeader = false;
    if (posts >= THREAD_MIN_POSTS) return true;
  }
  return false;
}

/** Page furniture; in a thread (`thread`), post headers are the thread's text and stay. */
function isFurnitureLine(text: string, thread = false): boolean {
  if (isLabelText(text)) return true;
  const count = wordCount(text);
  if (
    count <= NOTE_MAX_WORDS &&
    (COPYRIGHT.test(text) ||
      EDITORS_NOTE.test(text) ||
      CREDITS.test(text) ||
      SHARE_LINE.test(text) ||
      WIRE_NOTE.test(text) ||
      FOLLOW_LINE.test(text) ||
      CONTACT_LINE.test(text))
  )
    return true;
  if (count <= PROMO_MAX_WORDS && PROMO_LINE.test(text)) return true;
  return !thread && isPostHeaderLine(text);
}

/** A date written in numbers only: "12-20-06", "03/09/2024", "4.11.97". */
const NUMERIC_DATE = /^\d{1,4}([-/.])\d{1,2}\1\d{2,4}$/;

/**
 * A lone word or number in a paragraph of its own is a widget's counter or label ("861",
 * "Kudos"); in a list it is an item, and as the whole of a table cell it is a datum. A listing's
 * rows open with the date each entry was posted ("12-20-06"): that cell is the entry's
 * timestamp, dropped as bylines and datelines are.
 */
function isLoneLabel(block: Block): boolean {
  return (
    block.prose &&
    !block.heading &&
    (!block.cell || NUMERIC_DATE.test(block.text)) &&
    wordCount(block.text) === 1 &&
    !TERMINAL.test(block.text)
  );
}

/** A short block that is nothing but a link ("Read the full audit (PDF)") points away from the story. */
function isLinkOnly(block: Block): boolean {
  return (
    !block.heading &&
    wordCount(block.text) <= LINK_ONLY_MAX_WORDS &&
    block.linkChars >= block.text.length * 0.9
  );
}

/** A poster's name is followed by their member details within this many lines (unit: blocks). */
const POSTER_DETAILS_MAX_LINES = 2;
/** A forum member's details under their name: "Joined: …", "Posts: 212", "Member since 2015". */
const MEMBER_DETAILS = /^(?:joined|registered|member since|posts|messages)\b\s*:?\s*\S/i;

/**
 * In a thread, a name linked to the poster's profile, above their member details ("gullwing",
 * "Posts: 212", "Joined: Tue May 05, 2015 9:14 am"): who wrote the post, not a link away. A
 * post's own buttons ("Quote this post") sit above the next post's dated header, not above
 * member details.
 */
function isPosterName(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index];
  if (!block || endsSentence(block.text) || wordCount(block.text) > BYLINE_MAX_WORDS) return false;
  for (let next = index + 1; next <= index + POSTER_DETAILS_MAX_LINES; next++) {
    const line = blocks[next];
    if (!line || line.heading || isLinkOnly(line)) return false;
    if (MEMBER_DETAILS.test(line.text)) return true;
  }
  return false;
}

/** No block's index: what a reading that is no thread drops as a thread's furniture. */
const NONE: ReadonlySet<number> = new Set();

/** A listing has at least this many entries, each a linked title over its own text (unit: entries). */
const LISTING_MIN_ENTRIES = 3;

/** The first two words of a line, lower-cased: a post's buttons ("Quote this post", "Continue reading …") share them. */
function openingWords(text: string): string {
  return text.toLowerCase().split(/\s+/u, 2).join(' ');
}

/** An entry's text under its title is a few words at least (unit: words). */
const ENTRY_TEXT_MIN_WORDS = 6;

/**
 * Text of an entry's own under its title: prose, no link, not a table's datum (a count, a status),
 * not a post's header or a member's details (a forum's names link to profiles).
 */
function isEntryText(block: Block): boolean {
  return (
    block.prose &&
    !block.heading &&
    !block.cell &&
    block.linkChars === 0 &&
    wordCount(block.text) >= ENTRY_TEXT_MIN_WORDS &&
    !isPostHeaderLine(block.text) &&
    !MEMBER_DETAILS.test(block.text)
  );
}

/**
 * The titles of a listing's entries, by index: link-only lines right above text of their own
 * (isEntryText) and not under another link-only line, each opening with words no other such line opens with (a button repeats its words
 * under every post). None unless there are LISTING_MIN_ENTRIES of them: then the reading is a
 * listing (job ads, a directory's results, a list of reviews). Example: "Harbor Clerk" (a link),
 * "Full time. Answer the phones at the ferry office."; "Deck Hand" (a link), "Seasonal…"; …
 */
export function listingTitles(blocks: readonly Block[]): Set<number> {
  const byOpening = new Map<string, number[]>();
  for (const [index, block] of blocks.entries()) {
    const next = blocks[index + 1];
    // A menu's last link sits over the text after the menu: a title follows no link-only line.
    const previous = blocks[index - 1];
    if (!isLinkOnly(block) || !next || !isEntryText(next)) continue;
    if (previous && isLinkOnly(previous)) continue;
    const key = openingWords(block.text);
    byOpening.set(key, [...(byOpening.get(key) ?? []), index]);
  }
  const titles = new Set<number>();
  for (const indexes of byOpening.values()) if (indexes.length === 1) titles.add(indexes[0] ?? -1);
  return titles.size >= LISTING_MIN_ENTRIES ? titles : new Set();
}

function endsUnfinished(block: Block): boolean {
  const count = wordCount(block.text);
  // Only prose: list items, table cells and code legitimately end without punctuation.
  return (
    block.prose &&
    count >= TRUNCATED_MIN_WORDS &&
    count <= TRUNCATED_MAX_WORDS &&
    !endsSentence(block.text)
  );
}

/** Prose that ends a sentence: once one is kept, the story has begun. */
function isStoryProse(block: Block): boolean {
  return block.prose && wordCount(block.text) >= TRUNCATED_MIN_WORDS && endsSentence(block.text);
}

/**
 * An image caption: a photo credit glued to the caption after it by the page's markup
 * ("<cite>Stephen Chernin/Getty Images</cite>Shouldn't suitcases of cash…"), the agency name
 * running straight into a capital letter.
 */
const GLUED_CREDIT =
  /^[\p{Lu}][\p{L}.'’ -]{1,40}\/(?:Getty Images|AP Photo|AP|Reuters|AFP|EPA|Bloomberg|Shutterstock|Alamy)(?=[\p{Lu}"“‘])/u;

/**
 * The slash of a GLUED_CREDIT comes within its first 42 characters, at most 82 code units (each
 * may be astral): a text with no slash so early is read no further (unit: code units).
 */
const GLUED_CREDIT_SLASH_MAX = 90;

/** GLUED_CREDIT.test(text), tried only on a text with a slash near its start. */
function isGluedCredit(text: string): boolean {
  return text.lastIndexOf('/', GLUED_CREDIT_SLASH_MAX) > 0 && GLUED_CREDIT.test(text);
}

/**
 * A heading introduces the text after it: the headings a reading ends on introduce nothing (the
 * titles of link lists the noise rules removed, "More from the harbor desk"). A reading of
 * nothing but headings keeps them.
 */
export function withoutTrailingHeadings(blocks: Block[]): Block[] {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1]?.heading) end--;
  return end === 0 || end === blocks.length ? blocks : blocks.slice(0, end);
}

/**
 * Cleans Readability's blocks: drops labels, bylines, headline copies, truncated teasers,
 * pull-quote repeats and readers' comments after the story (comment-tail.ts). `rules` keep blocks the teaser rule would drop (story-block-rules.ts),
 * `shortLines` short lines the lone-label and kicker rules would drop (short-lines.ts), and
 * `threadRules` drop a thread's furniture between its posts (thread-furniture.ts).
 */
export function cleanBlocks(
  input: Block[],
  title: string | null,
  rules: readonly StoryBlockRule[] = STORY_BLOCK_RULES,
  shortLines: readonly ShortLine[] = SHORT_LINES,
  threadRules: readonly ThreadFurniture[] = THREAD_FURNITURE,
): Block[] {
  // Readers' comments after the post go before the thread test: a post with its comments is
  // a story, not a thread (comment-tail.ts).
  const blocks = withoutCommentTail(
    dropFurnitureRuns(
      input.filter((block) => !isGluedCredit(block.text)).map((block) => trimBlock(block)),
      wordCount,
    ),
    wordCount,
  );
  // A thread's posts are short, unpunctuated and signed: its headers, posters' names and
  // unfinished lines are the thread's text, and a reply's quote of an earlier post is too.
  const thread = isThread(blocks);
  // Member details, stubs and buttons between the posts are the board's, not the thread's.
  const threadDropped = thread
    ? threadFurniture({ blocks, wordCount, isPostHeader: isPostHeaderLine }, threadRules)
    : NONE;
  const listing = listingTitles(blocks);
  const kept: Block[] = [];
  // Teasers and kickers come before a story. A reading with no story prose at all (classified
  // ads, a list of short notices) has no teasers: its unfinished lines are its text.
  const hasStory = blocks.some(isStoryProse);
  let storyStarted = !hasStory;
  for (const [index, block] of blocks.entries()) {
    const ownLine = () =>
      shortLineRule({ blocks, index, wordCount, endsSentence }, shortLines) !== null;
    if (
      threadDropped.has(index) ||
      isFurnitureLine(block.text, thread) ||
      furnitureLine(block, wordCount) !== null ||
      isHeadlineCopy(block.text, title) ||
      (isLinkOnly(block) &&
        !(thread && (isPosterName(blocks, index) || isWrittenAddress(block.text))) &&
        !listing.has(index)) ||
      (!thread && isLoneLabel(block) && !ownLine())
    )
      continue;
    if (thread) {
      kept.push(block);
      continue;
    }
    // A teaser stops mid-sentence before the story starts, or links away inside it; a
    // paragraph cut by the page's markup in mid-story is still story text.
    if (
      endsUnfinished(block) &&
      hasStory &&
      (!storyStarted || block.linkChars > 0) &&
      !storyBlockRule({ blocks, index, kept: kept.length, wordCount, endsSentence }, rules)
    ) {
      // The teaser's own heading goes with it.
      if (kept.at(-1)?.heading) kept.pop();
      continue;
    }
    // Before the story starts, a few words with no sentence end are a kicker or section label
    // ("nation", "Executive Branch", "| FoxNews.com"), not text.
    if (
      !storyStarted &&
      block.prose &&
      !block.heading &&
      wordCount(block.text) <= KICKER_MAX_WORDS &&
      !TERMINAL.test(block.text) &&
      !listing.has(index) &&
      !ownLine()
    ) {
      continue;
    }
    storyStarted ||= isStoryProse(block);
    kept.push(block);
  }
  if (thread) return withoutTrailingHeadings(kept);
  const keys = kept.map((block) => comparable(block.text));
  const firstIndex = new Map<string, number>();
  keys.forEach((key, index) => {
    if (!firstIndex.has(key)) firstIndex.set(key, index);
  });
  let twice: boolean | null = null;
  const unrepeated = kept.filter((block, index) => {
    const key = keys[index] ?? '';
    const count = wordCount(block.text);
    // Only pull-quote-sized blocks repeat as furniture; a longer repeated block is the text's own.
    if (block.heading || count < DUPLICATE_MIN_WORDS || count > PULL_QUOTE_MAX_WORDS) return true;
    // An exact repeat far from its first copy is a boxed pull quote, or the second copy of a reading
    // that holds its text twice (repeats.ts), else a passage the writer restates; adjacent
    // identical paragraphs are the story's own (a refrain).
    if (firstIndex.get(key) !== index && keys[index - 1] !== key) {
      twice ??= readsTwice(kept, keys, wordCount);
      return !twice && !block.boxed;
    }
    // A pull quote sits in a box (blockquote, aside, figure) near the paragraph it repeats;
    // running text that repeats a phrase of the paragraph before it is the text's own.
    if (!block.boxed) return true;
    const from = Math.max(0, index - PULL_QUOTE_WINDOW);
    const to = Math.min(keys.length, index + PULL_QUOTE_WINDOW + 1);
    for (let j = from; j < to; j++) {
      const other = keys[j] ?? '';
      if (j !== index && other.length > key.length && other.includes(key)) return false;
    }
    return true;
  });
  return withoutTrailingHeadings(unrepeated);
}
