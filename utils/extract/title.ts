/**
 * The title a reader sees above the summary: a headline-like line, never a whole paragraph.
 * Pages with no usable <title>, og:title or heading used to show their first paragraph here.
 */

import { normalizeSpace } from './noise';
import { wordCount } from './words';

/** A headline is at most this long; a longer line is a paragraph (unit: words). */
export const HEADLINE_MAX_WORDS = 30;
/** A line opening the story stands for its headline only when this short (unit: words). */
export const TOP_LINE_MAX_WORDS = 15;
/** The last resort, the story's opening cut at a word boundary, keeps this many words. */
export const OPENING_TITLE_WORDS = 10;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * True for a line a reader takes for a headline: at most HEADLINE_MAX_WORDS. Headlines may hold
 * several short sentences ("The Few. The Proud. The Makeover?"); a paragraph is longer.
 */
export function isHeadlineLike(text: string): boolean {
  const count = wordCount(text);
  return count > 0 && count <= HEADLINE_MAX_WORDS;
}

/** True for a story's first line that reads as a heading set above it: short, no sentence or clause end. */
function isTopLine(text: string): boolean {
  const count = wordCount(text);
  return count > 0 && count <= TOP_LINE_MAX_WORDS && !/[.,;:。，；：]$/u.test(text);
}

/** The opening words of a text, cut at a word boundary, with an ellipsis when cut. */
function openingWords(text: string): string {
  const all = words(text);
  if (all.length <= OPENING_TITLE_WORDS) return all.join(' ');
  return `${all
    .slice(0, OPENING_TITLE_WORDS)
    .join(' ')
    .replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}

/**
 * The story's title, first of: the page's own title (its metadata, then Readability's) when it
 * is headline-like; the story's first line when it is a short heading-like line; the heading
 * line set above the story in the page (`lineAbove`); the site's name or host; the story's
 * opening words cut at a word boundary with an ellipsis. Empty only for a story without text.
 */
export function storyTitle({
  titles,
  firstParagraph,
  siteName,
  lineAbove,
}: {
  titles: (string | null | undefined)[];
  firstParagraph: string | null | undefined;
  siteName: string | null;
  /** The heading set above the story in the page (headingAbove), read only when needed. */
  lineAbove?: (opening: string) => string | null;
}): string {
  for (const title of titles) if (title && isHeadlineLike(title)) return title;
  if (firstParagraph && isTopLine(firstParagraph)) return firstParagraph;
  const above = firstParagraph && lineAbove ? lineAbove(firstParagraph) : null;
  if (above) return above;
  if (siteName) return siteName;
  return firstParagraph ? openingWords(firstParagraph) : '';
}

/** Elements that set a line apart as a heading: heading tags and bold or big type. */
const EMPHASIS = /^(?:H[1-6]|B|STRONG|BIG)$/i;
/** Inline elements a standalone line may be wrapped in ("<font><b>Line</b></font>"). */
const INLINE = /^(?:B|STRONG|BIG|FONT|SPAN|EM|I|U|SMALL)$/i;
/** Heading tags: a line of their own. */
const HEADING = /^H[1-6]$/i;
/** Text never read as a line of the page. */
const SKIPPED = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|svg)$/i;
/** How many lines above the story's opening are looked at for its heading. */
const LINES_ABOVE = 12;
/** A line this long above the story is other prose: nothing above it heads the story (unit: words). */
const PROSE_LINE_WORDS = 25;
/** The story's opening is found in the page by its first words (unit: words). */
const OPENING_MATCH_WORDS = 8;

/** The page's visible text nodes in order, each with its text on one line. */
function textNodes(root: Node): { node: Text; text: string }[] {
  const found: { node: Text; text: string }[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const text = normalizeSpace(node.nodeValue ?? '');
      if (text) found.push({ node: node as Text, text });
      continue;
    }
    if (node.nodeType === 1 && SKIPPED.test((node as Element).tagName)) continue;
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node);
  }
  return found;
}

function isContent(node: Node): boolean {
  return node.nodeType === 1 || (node.nodeType === 3 && /\S/.test(node.nodeValue ?? ''));
}

/**
 * True when `element` is a line of its own: climbing through inline wrappers it is their only
 * content, and its neighbours are a line break, a block or nothing.
 */
function standsAlone(element: Element): boolean {
  if (HEADING.test(element.tagName)) return true;
  let node: Element = element;
  while (
    node.parentElement &&
    INLINE.test(node.parentElement.tagName) &&
    Array.from(node.parentElement.childNodes).filter(isContent).length === 1
  ) {
    node = node.parentElement;
  }
  // A neighbour on the same line is text or an inline element (a link, other type).
  const lineEnds = (step: (n: Node) => Node | null): boolean => {
    let current = step(node);
    while (current && !isContent(current)) current = step(current);
    if (!current) return true;
    if (current.nodeType !== 1) return false;
    const tag = (current as Element).tagName;
    return !INLINE.test(tag) && !/^(?:a|img)$/i.test(tag);
  };
  return lineEnds((n) => n.previousSibling) && lineEnds((n) => n.nextSibling);
}

/** The heading element a text node is set in, if any: its closest emphasis ancestor, never inside a link. */
function emphasisOf(node: Node): Element | null {
  // A link anywhere on the way up to the line's block makes the text navigation.
  let found: Element | null = null;
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (/^a$/i.test(element.tagName)) return null;
    if (HEADING.test(element.tagName)) return element;
    if (!INLINE.test(element.tagName)) return found;
    if (!found && EMPHASIS.test(element.tagName)) found = element;
  }
  return found;
}

/**
 * The heading set above a story in a page that declares none: the nearest line above the story's
 * opening (`opening`, its first paragraph) that stands alone in bold, big or heading type and reads
 * as a headline (2 to TOP_LINE_MAX_WORDS words, no sentence or clause end). Unemphasized short
 * lines (a date, a byline) are passed over; a long line of other prose ends the search.
 */
export function headingAbove(doc: Document, opening: string): string | null {
  const body = doc.body;
  if (!body) return null;
  const nodes = textNodes(body);
  const wanted = words(opening).slice(0, OPENING_MATCH_WORDS).join(' ');
  if (!wanted) return null;
  let joined = '';
  const starts: number[] = [];
  for (const { text } of nodes) {
    starts.push(joined.length);
    joined += `${text} `;
  }
  const at = joined.indexOf(wanted);
  if (at < 0) return null;
  let index = starts.length - 1;
  while (index > 0 && (starts[index] as number) > at) index--;
  let seen = 0;
  let lastLine: Element | null = null;
  for (let before = index - 1; before >= 0 && seen < LINES_ABOVE; before--) {
    const { node, text } = nodes[before] as { node: Text; text: string };
    const emphasis = emphasisOf(node);
    if (emphasis && emphasis === lastLine) continue;
    seen++;
    if (!emphasis) {
      if (wordCount(text) >= PROSE_LINE_WORDS) return null;
      continue;
    }
    lastLine = emphasis;
    const line = normalizeSpace(emphasis.textContent ?? '');
    const count = wordCount(line);
    if (count >= 2 && isTopLine(line) && standsAlone(emphasis)) return line;
    if (count >= PROSE_LINE_WORDS) return null;
  }
  return null;
}
