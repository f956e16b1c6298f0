/**
 * Stories split into entries of one kind. Readability scores blocks and keeps the best one with
 * the siblings that score near it; a story the page sets as a run of alike boxes (the posts of a
 * blog's front page, the questions of an FAQ, the steps of a how-to, the entries of a guide, a
 * long read cut into sections for ad slots) loses every box but the best. The boxes are siblings
 * of one shape (tag and class); when Readability's text came from some of them, the others are
 * more of the same story.
 *
 * Evidence: Readability's issue tracker (mozilla/readability#379, a long read in sections of one
 * class of which one was read; luin/readability#100, nested sections), a merged fix in a
 * Readability port (mingcheng/php-readability#14: parallel blocks of close scores are read
 * through their parent) and Chrome's DOM Distiller, which marks a content block's siblings of
 * similar structure as content. Ideas only; the code is ours.
 *
 * Cost: one walk over the page's elements before Readability runs, and a text length per entry;
 * no second Readability pass.
 */
import { childElements, descendantsWhere, nextOutside } from './dom-walk';
import { linkTextLength, normalizeSpace, wordCount } from './noise';

/** Every element: `querySelectorAll('*')` as a dom-walk test. */
const ANY_ELEMENT = () => true;

/** Alike siblings from this many on are a run of entries, not a pair of columns (unit: elements). */
const MIN_ENTRIES = 3;
/** An entry worth reading holds this many words (unit: words). */
const MIN_ENTRY_WORDS = 12;
/** An entry with more of its text in links than this is a teaser card or a menu (unit: ratio 0..1). */
const MAX_ENTRY_LINK_DENSITY = 0.35;
/** The run of entries must hold this share of Readability's text to be the story (unit: ratio 0..1). */
const STORY_SHARE = 0.6;
/**
 * Elements that box an entry; paragraphs and list items are the story's own parts, and tables
 * without a class are the layout of old pages (header, body and footer rows), not entries.
 */
const ENTRY_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE']);
/**
 * Unnamed tables are entries when they are built alike to the element: a directory's records,
 * each a table of name, address and description rows. The header, body and footer tables of an
 * old page's layout are each built differently. Compared: the tags of this many of the table's
 * first descendants, of which it must have all (unit: elements).
 */
const TABLE_SKELETON_ELEMENTS = 12;

/**
 * A run of alike sibling entries, each with marks: its first text nodes long enough to be prose.
 * Readability moves the nodes it keeps, so where the marks end up says whether it took the entry
 * (its other changes, such as removing a box inside, do not).
 */
export interface EntryRun {
  entries: Element[];
  marks: Node[][];
  /** The shape of each entry's first element. */
  openings: string[];
}

/** A mark is a text node this long: prose, not a date or a label (unit: characters). */
const MARK_MIN_CHARS = 25;
/** Marks kept per entry: its opening and the start of its body (unit: text nodes). */
const MARKS_PER_ENTRY = 3;

/**
 * An entry's first few text nodes long enough to be prose. An entry's opening (a question, a
 * title) may stay behind when Readability takes its body, so one mark is not enough.
 */
function proseMarks(element: Element): Node[] {
  const marks: Node[] = [];
  // A plain walk by firstChild and nextSibling, stopped at the last mark needed.
  let node: Node | null = element.firstChild;
  while (node && marks.length < MARKS_PER_ENTRY) {
    if (node.nodeType === 3) {
      if ((node.nodeValue?.trim().length ?? 0) >= MARK_MIN_CHARS) marks.push(node);
    } else if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    node = nextOutside(node, element);
  }
  return marks;
}

/**
 * The piece of Readability's story a node came in with: its ancestor just below the story's
 * page wrapper.
 */
function storyPiece(node: Node, content: Element): Node {
  let piece = node;
  while (
    piece.parentNode &&
    piece.parentNode !== content &&
    piece.parentNode.parentNode !== content
  )
    piece = piece.parentNode;
  return piece;
}

function shape(element: Element): string {
  return `${element.tagName} ${(element.getAttribute('class') ?? '').replace(/\d+/g, '#').trim()}`;
}

/**
 * The tags of an unnamed table's first TABLE_SKELETON_ELEMENTS descendants, in document order;
 * null when it has fewer (a small table is layout or data, not a record).
 */
function tableSkeleton(table: Element): string | null {
  const tags: string[] = [];
  let node: Element | null = table.firstElementChild;
  while (node && tags.length < TABLE_SKELETON_ELEMENTS) {
    tags.push(node.tagName);
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== table && !node.nextElementSibling) node = node.parentElement;
    node = node === table ? null : (node?.nextElementSibling ?? null);
  }
  return tags.length < TABLE_SKELETON_ELEMENTS ? null : `TABLE ${tags.join(' ')}`;
}

/** The key alike entries share: tag and class, or for an unnamed table, its build. */
function entryKey(child: Element): string | null {
  const named = Boolean(child.getAttribute('class')?.trim());
  if (ENTRY_TAGS.has(child.tagName)) return named ? shape(child) : null;
  return child.tagName === 'TABLE' && !named ? tableSkeleton(child) : null;
}

/** The shape of an entry's first element: entries of one kind open alike (a question, a post's title). */
function opening(entry: Element): string {
  const first = entry.firstElementChild;
  return first ? shape(first) : '';
}

/**
 * Runs of alike entries in a page: three or more sibling boxes of one tag and class, each with
 * its mark. Call before Readability, which moves the story out of the page; whether an entry has
 * enough words to read is judged after, for the few runs Readability took part of.
 */
export function findEntryRuns(body: Element): EntryRun[] {
  const runs: EntryRun[] = [];
  for (const parent of [body, ...descendantsWhere(body, ANY_ELEMENT)]) {
    if (parent.childElementCount < MIN_ENTRIES) continue;
    const byShape = new Map<string, Element[]>();
    for (const child of childElements(parent)) {
      // Entries of a kind are named for it (or built alike, for tables); unnamed boxes are layout.
      const key = entryKey(child);
      if (!key) continue;
      const list = byShape.get(key);
      if (list) list.push(child);
      else byShape.set(key, [child]);
    }
    for (const entries of byShape.values()) {
      if (entries.length < MIN_ENTRIES) continue;
      runs.push({ entries, marks: entries.map(proseMarks), openings: entries.map(opening) });
    }
  }
  return runs;
}

function isReadableEntry(entry: Element): boolean {
  const text = normalizeSpace(entry.textContent ?? '');
  if (wordCount(text) < MIN_ENTRY_WORDS) return false;
  return linkTextLength(entry) <= text.length * MAX_ENTRY_LINK_DENSITY;
}

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** The heading an entry opens with when Readability took the entry's body but not it. */
function leftOpening(entry: Element | undefined, content: Element, page: Node): Element | null {
  const first = entry?.firstElementChild;
  if (!entry || !first || !HEADINGS.has(first.tagName)) return null;
  return page.contains(entry) && !content.contains(first) ? first : null;
}

/**
 * The entries to read after Readability has read the page: the other entries of the innermost
 * run it took part of, when that run holds most of its story. `storyChars` is the length of
 * Readability's text. Entries before the first one taken come in `before`, the rest in `after`,
 * and the heading the first one taken opens with, when Readability left it behind, in `opening`.
 * Example: of three `<div class="faq-item">` questions Readability kept the first; the other two
 * come back in `after`.
 */
export function entriesToAdd(
  runs: readonly EntryRun[],
  content: Element,
  storyChars: number,
  page: Node,
): { before: Element[]; opening: Element | null; after: Element[] } | null {
  // Inner runs come after outer ones in document order of their parents: walk from the end.
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r];
    if (!run) continue;
    const pieces = new Set<Node>();
    let movedChars = 0;
    const taken = run.entries.map((entry, index) => {
      if (content.contains(entry)) {
        movedChars += normalizeSpace(entry.textContent ?? '').length;
        return true;
      }
      const mark = run.marks[index]?.find((node) => content.contains(node));
      if (!mark) return false;
      const piece = storyPiece(mark, content);
      if (!pieces.has(piece)) {
        pieces.add(piece);
        movedChars += normalizeSpace(piece.textContent ?? '').length;
      }
      return true;
    });
    const first = taken.indexOf(true);
    if (first < 0 || taken.every(Boolean)) continue;
    if (movedChars < storyChars * STORY_SHARE) continue;
    // An entry opens like one Readability took: a footer box of the same class does not.
    const openings = new Set(run.openings.filter((_, index) => taken[index]));
    const readable = (entry: Element, index: number) =>
      !taken[index] &&
      openings.has(run.openings[index] ?? '') &&
      page.contains(entry) &&
      !content.contains(entry) &&
      isReadableEntry(entry);
    const before = run.entries.filter((entry, index) => index < first && readable(entry, index));
    const after = run.entries.filter((entry, index) => index > first && readable(entry, index));
    if (before.length + after.length === 0) continue;
    return { before, opening: leftOpening(run.entries[first], content, page), after };
  }
  return null;
}
