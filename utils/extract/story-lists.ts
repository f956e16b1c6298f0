/**
 * Lists inside the story. Readability appends to its best block only the siblings that scored or
 * that are paragraphs: a list between two paragraphs of the story ("The aims were to:" and its
 * bullets) is neither, and drops out, leaving the sentence before it hanging. A list of text (not
 * of links) whose neighbours on both sides went into the story is the story's too, and goes back
 * in between them. Found on a report page read by Readability's own sibling pass; the same gap is
 * reported for recipes' steps and how-tos. A list right after a heading the story would end on
 * ("What the survey counted", then its bullets, in the next box) is the section that heading
 * opens: no story ends on a heading, so the list goes back after it (found on CleanEval pages
 * whose sections sit in sibling boxes).
 *
 * Cost: one query for lists before Readability runs, and per list of text a walk from each
 * neighbour's near end that stops at its first prose text node.
 */
import { closestWhere, descendantsWhere, edgeTextWhere, selectorTest } from './dom-walk';
import { linkTextLength, normalizeSpace } from './noise';

const IS_LIST = selectorTest('ul, ol');
const IS_NAV = selectorTest('nav');

/** A list with more of its text in links than this is navigation (unit: ratio 0..1). */
const MAX_LIST_LINK_DENSITY = 0.2;
/** A neighbour's text node this long is prose, a sure sign of where the neighbour went (unit: characters). */
const MARK_MIN_CHARS = 20;

/**
 * A list of text and the last prose text before it and the first after it; or, for a list that
 * follows a heading (`after` null), the heading it follows.
 */
export interface StoryList {
  list: Element;
  before: Node;
  after: Node | null;
}

const IS_HEADING = selectorTest('h1, h2, h3, h4, h5, h6');

/**
 * The heading an element ends with: itself, or its last element child (one level down), when no
 * text follows it. Example: `<div><p>…</p><h3>What the survey counted</h3></div>` ends with the h3.
 */
function endingHeading(element: Element): Element | null {
  if (IS_HEADING(element)) return element;
  const last = element.lastElementChild;
  if (!last || !IS_HEADING(last)) return null;
  for (let node = last.nextSibling; node; node = node.nextSibling)
    if (node.textContent?.trim()) return null;
  return last;
}

/** True when no text follows `node` inside `root`: the story ends there. */
function endsStory(node: Node, root: Element): boolean {
  for (let current: Node | null = node; current && current !== root; current = current.parentNode)
    for (let next = current.nextSibling; next; next = next.nextSibling)
      if (next.textContent?.trim()) return false;
  return true;
}

/**
 * The first (or, with `last`, the last) text node of an element long enough to be prose. The walk
 * goes from that end and stops at the first one found, so a long neighbour costs little.
 */
function proseText(element: Element, last: boolean): Node | null {
  return edgeTextWhere(
    element,
    last,
    (text) => (text.nodeValue?.trim().length ?? 0) >= MARK_MIN_CHARS,
  );
}

/** Lists of text between two blocks with prose in a page. Call before Readability. */
export function findStoryLists(body: Element): StoryList[] {
  const lists: StoryList[] = [];
  for (const list of descendantsWhere(body, IS_LIST)) {
    const previous = list.previousElementSibling;
    const next = list.nextElementSibling;
    if (!previous || closestWhere(list, IS_NAV)) continue;
    const text = normalizeSpace(list.textContent ?? '');
    if (!text || linkTextLength(list) > text.length * MAX_LIST_LINK_DENSITY) continue;
    const heading = endingHeading(previous);
    if (heading) {
      // A heading the story would end on introduces the list after it.
      lists.push({ list, before: heading, after: null });
      continue;
    }
    const before = proseText(previous, true);
    const after = next && proseText(next, false);
    if (before && after) lists.push({ list, before, after });
  }
  return lists;
}

/** The ancestor of a node just below `root`. */
function childOf(root: Element, node: Node): Node | null {
  let current: Node | null = node;
  while (current && current.parentNode !== root) current = current.parentNode;
  return current;
}

/**
 * Puts back into Readability's story (`content`) each list it left out whose neighbours on both
 * sides it took, right after the neighbour before. Returns how many went back.
 * Example: "<p>The aims were to:</p><ul><li>count the boats</li></ul><p>The count…</p>" read as
 * the two paragraphs gets its list back between them.
 */
export function restoreStoryLists(
  lists: readonly StoryList[],
  content: Element,
  page: Node,
): number {
  let restored = 0;
  for (const { list, before, after } of lists) {
    if (!page.contains(list) || content.contains(list)) continue;
    if (!after) {
      // A list after a heading goes back when the story ends on that heading.
      if (!content.contains(before) || !endsStory(before, content)) continue;
      (before as Element).after(list);
      restored++;
      continue;
    }
    if (!content.contains(before) || !content.contains(after)) continue;
    const holder = before.parentElement?.closest('p, div, section, li, td, blockquote, pre');
    const anchor = holder && content.contains(holder) ? holder : before.parentElement;
    if (!anchor || anchor === content) continue;
    // Keep the list a sibling of the block it follows, not inside a paragraph.
    const parent = anchor.parentElement;
    if (!parent || !content.contains(parent) || childOf(content, anchor) === null) continue;
    anchor.after(list);
    restored++;
  }
  return restored;
}
