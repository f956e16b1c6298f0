/**
 * Why a page with a little text has no story, said so a reader can check it. A page whose only
 * text besides its menus and links is a few words ("Visit our featured business") is a home,
 * search or directory page: a summary of four words would tell the reader nothing, so Story Lens
 * says what it found instead, quoting it, and the reader can see at once whether it missed
 * anything.
 */
import { normalizeSpace } from './noise';

/** The quoted text in a reason is cut at this many characters (unit: characters). */
const QUOTE_MAX_CHARS = 100;

/**
 * The reason for a page whose reading has too few words to be a story: how many words, what
 * they are, and what kind of page has so few.
 * Example: (["Visit our featured business"], 4) → 'This page has only 4 words of text besides its
 * menus and links ("Visit our featured business"): …'.
 */
export function tooLittleTextReason(paragraphs: readonly string[], words: number): string {
  const text = normalizeSpace(paragraphs.join(' '));
  const quote =
    text.length > QUOTE_MAX_CHARS ? `${text.slice(0, QUOTE_MAX_CHARS).trimEnd()}…` : text;
  const count = `${words} ${words === 1 ? 'word' : 'words'}`;
  return `This page has only ${count} of text besides its menus and links${quote ? ` (“${quote}”)` : ''}: too little for a story. Home, search, directory and error pages look like this.`;
}
