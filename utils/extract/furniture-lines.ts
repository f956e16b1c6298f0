/**
 * Single lines of page furniture that Readability keeps with the story: links back up the page
 * or back to a section, calls to click or subscribe, a video player's transcript notice, an icon
 * font's glyph set as a heading. The first row whose `apply` says yes drops the block. Each row
 * carries an invented example (tests/unit/furniture-lines.test.ts runs every row on its example,
 * and shows the block stays without the row).
 *
 * Evidence: CleanEval pages (government, consumer and magazine sites) end their text with "go to
 * top" and "back to the … page" links and "to subscribe, click here" lines; news pages with a
 * video player print its transcript notice above the story, and icon fonts leave a lone letter
 * in a heading. Old blogs and boards end with their engine's credit ("Powered by …") and a
 * copyright notice after the software's name, and health and government pages with a note of
 * when the page was last reviewed. trafilatura's and DOM Distiller's boilerplate lists drop the
 * same kinds of lines.
 */
import type { Block } from './readability';

/** Navigation and call-to-action lines are short (unit: words). */
const CALL_MAX_WORDS = 25;
/** A "back to the … page" line names a page in a few words (unit: words). */
const BACK_LINK_MAX_WORDS = 8;

/** "Back to top", "Go to top of page", "Return to the top of the article". */
const TO_TOP =
  /^(?:back|return|go|jump|scroll)\s+(?:up\s+)?to\s+(?:the\s+)?top(?:\s+of\s+(?:the\s+|this\s+)?(?:page|article|story|post))?\W*$/iu;
/** "Back to the Harbor Society page", "Return to the news index". */
const BACK_TO_PAGE =
  /^(?:back|return)\s+to\s+.{1,60}?\s(?:page|home\s?page|index|menu|list|listings|overview|contents|archives?)\W*$/iu;
/** A line that ends by asking the reader to click: "To order a copy, please click here." */
const CLICK_HERE = /\bclick\s+here\W*$/iu;
/** "… with our RSS feeds", "… our headline feed". */
const FEED_CALL = /\bour\s+(?:rss|atom|headline|news)\s+feeds?\b/iu;
/** A video player's notice over its machine transcript or captions. */
const TRANSCRIPT_NOTICE =
  /^(?:automatically|machine|auto)[\s-]+generated\s+(?:transcript|captions?|subtitles?)\b/iu;
/** A promo line's label in capitals and a colon, then the promoted headline: "ON THE COAST: …". */
const CAPS_LABEL = /^[\p{Lu}\d][\p{Lu}\d .&'’-]{1,30}:\s*(\S.*)$/u;
/** A promo line is a headline's length (unit: words). */
const PROMO_MAX_WORDS = 16;
/** The headline after the label is a link: at least this share of its characters (unit: ratio 0..1). */
const PROMO_LINK_SHARE = 0.9;
/** A separator between the entries of a menu set on one line: " - ", " · ", " | ", " • ", " » ". */
const MENU_SEPARATOR = /(?:^|\s)[-–·|•»›](?=\s|$)/gu;
/** MENU_SEPARATOR as a test (no lastIndex): a line without one separator is one entry, no menu. */
const HAS_MENU_SEPARATOR = new RegExp(MENU_SEPARATOR.source, 'u');
/** A menu line has at least this many entries (unit: links). */
const MENU_MIN_ENTRIES = 3;
/** A menu's entries are links: this share of its characters, separators aside (unit: ratio 0..1). */
const MENU_LINK_SHARE = 0.9;
/** A letter or digit of any script: a block without one has no word to read. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** One letter of a cased script: CJK and other scripts where one character is a word are not matched. */
const ONE_LETTER = /^[\p{Lu}\p{Ll}]$/u;

/** A site's footer credits are a few words (unit: words). */
const FOOTER_MAX_WORDS = 20;
/** An engine credit names the engine and no more: a sentence that opens so is text (unit: words). */
const CREDIT_MAX_WORDS = 6;
/** "Powered by WordPress", "Proudly powered by a forum engine". */
const POWERED_BY = /^(?:proudly\s+)?powered\s+by\b/iu;
/** A copyright notice inside a footer line: "Copyright ©2000-2006", "© 2019", "(c) 2004". */
const COPYRIGHT_YEAR = /(?:\bcopyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:\d{4})\b/iu;
/** "This page was last modified on …", "This article last reviewed …": a page's revision note. */
const LAST_REVISED =
  /^(?:this\s+(?:page|article|document|site|story|information)\s+(?:was\s+)?)?last\s+(?:reviewed|modified|revised|updated)(?:\s+on)?\s*:?\s*(.*)$/iu;
/** The date after a revision note is a few words with a number in them (unit: words). */
const REVISED_DATE_MAX_WORDS = 5;

export interface FurnitureLine {
  name: string;
  /** An invented block's text, whether it is a heading, and whether it is all link. */
  example: { text: string; heading?: boolean; linked?: boolean; linkChars?: number };
  apply: (block: Block, wordCount: (text: string) => number) => boolean;
}

export const FURNITURE_LINES: readonly FurnitureLine[] = [
  {
    // A link back up the page.
    name: 'back-to-top',
    example: { text: 'Jump to top ↑', linked: true },
    apply: (block) => TO_TOP.test(block.text),
  },
  {
    // A link back to the section or index the page sits in.
    name: 'back-to-page',
    example: { text: 'Back to the Harbor Society page', linked: true },
    apply: (block, wordCount) =>
      wordCount(block.text) <= BACK_LINK_MAX_WORDS && BACK_TO_PAGE.test(block.text),
  },
  {
    // A short line that ends asking the reader to click: an order, subscribe or "more" link.
    name: 'click-here-call',
    example: { text: 'To order a printed copy of the tide tables, please click here.' },
    apply: (block, wordCount) =>
      !block.heading && wordCount(block.text) <= CALL_MAX_WORDS && CLICK_HERE.test(block.text),
  },
  {
    // An offer of the site's feeds.
    name: 'feed-call',
    example: { text: 'Get Harbor Weekly straight to your desktop with our RSS feeds.' },
    apply: (block, wordCount) =>
      !block.heading && wordCount(block.text) <= CALL_MAX_WORDS && FEED_CALL.test(block.text),
  },
  {
    // A video player's notice above its transcript.
    name: 'transcript-notice',
    example: { text: 'Auto-generated transcript (may contain errors)' },
    apply: (block, wordCount) =>
      wordCount(block.text) <= CALL_MAX_WORDS && TRANSCRIPT_NOTICE.test(block.text),
  },
  {
    // A newsroom's promo for another story inside the body: a label in capitals, then the other
    // story's headline as a link ("IN OTHER NEWS: …", "ON THE COAST: …"). The label's colon keeps
    // the line from being all link, so the link-only rule misses it.
    name: 'caps-label-promo',
    example: { text: 'ON THE COAST: Ferry crews vote to strike', linkChars: 25 },
    apply: (block, wordCount) => {
      if (block.heading || wordCount(block.text) > PROMO_MAX_WORDS) return false;
      const headline = CAPS_LABEL.exec(block.text)?.[1];
      return headline !== undefined && block.linkChars >= headline.length * PROMO_LINK_SHARE;
    },
  },
  {
    // A site's menu set as one line of links between separators, however long
    // ("- Tide Tables - Ferry Times - Harbor Cams"): the link-only rule takes short lines only,
    // and the separators keep a menu from being all link.
    name: 'separated-link-menu',
    example: {
      text: '- Tide Tables - Ferry Times - Harbor Cams - Moorings - Boat Ramps - Fuel Dock - Pump-out Stations - Harbor Office (Winter Hours) - Contacts',
      linkChars: 113,
    },
    apply: (block) => {
      if (block.heading || block.linkChars === 0 || !HAS_MENU_SEPARATOR.test(block.text))
        return false;
      const entries = block.text.split(MENU_SEPARATOR).filter((part) => part.trim());
      if (entries.length < MENU_MIN_ENTRIES) return false;
      const bare = block.text.replace(MENU_SEPARATOR, '').replace(/\s+/g, ' ').trim();
      return block.linkChars >= bare.length * MENU_LINK_SHARE;
    },
  },
  {
    // A site's engine credit in its footer.
    name: 'powered-by',
    example: { text: 'Proudly powered by Harborpress' },
    apply: (block, wordCount) =>
      !block.heading &&
      wordCount(block.text) <= CREDIT_MAX_WORDS &&
      !/[.!?]$/u.test(block.text) &&
      POWERED_BY.test(block.text),
  },
  {
    // A footer's copyright notice after the software's or site's name (a notice that opens the
    // line is clean-blocks' COPYRIGHT).
    name: 'copyright-in-footer-line',
    example: { text: 'Harborboard v2.1, Copyright ©2001-2006, Quayside Software Ltd.' },
    apply: (block, wordCount) =>
      !block.heading &&
      wordCount(block.text) <= FOOTER_MAX_WORDS &&
      COPYRIGHT_YEAR.test(block.text),
  },
  {
    // A page's note of when it was last revised.
    name: 'last-revised-note',
    example: { text: 'This page last reviewed March 2006.' },
    apply: (block, wordCount) => {
      const date = block.heading ? undefined : LAST_REVISED.exec(block.text)?.[1];
      return date !== undefined && /\d/u.test(date) && wordCount(date) <= REVISED_DATE_MAX_WORDS;
    },
  },
  {
    // A block with no letter or digit: a bullet glyph or a control character a legacy page sets
    // in a cell of its own beside each list line (its bullet byte read as U+0095), which the
    // reader saw as an empty paragraph between the lines.
    name: 'no-word',
    example: { text: '\u0095 •' },
    apply: (block) => !WORD_CHARACTER.test(block.text),
  },
  {
    // A heading that is a single letter: an icon font's glyph (a magnifier, a share button).
    name: 'one-letter-heading',
    example: { text: 'Q', heading: true },
    apply: (block) => block.heading && ONE_LETTER.test(block.text),
  },
];

/** The name of the first row that finds the block to be furniture, or null. */
export function furnitureLine(
  block: Block,
  wordCount: (text: string) => number,
  rules: readonly FurnitureLine[] = FURNITURE_LINES,
): string | null {
  for (const rule of rules) if (rule.apply(block, wordCount)) return rule.name;
  return null;
}
