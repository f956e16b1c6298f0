/**
 * Extraction reads a bounded copy of the page, never the page itself: the work it does is fixed
 * by these limits, not by the page's size (issue 15: a 200k-node page took 2.8 s, a 10k-deep
 * DOM 13.6 s and a 20 MB text node 26 s of the page's main thread). Real news pages stay well
 * inside them, so their copy is the whole page.
 */
export const READ_LIMITS = {
  /**
   * Nodes (elements and text) read before the walk stops. The largest of the 307 saved pages of
   * the eval sets (npm run eval:fetch) has about 2,600 elements, so about 5,000 nodes; beyond
   * 30,000 a page is an endless feed or a comment section (unit: nodes).
   */
  maxNodes: 30_000,
  /**
   * Deeper elements are read as children of their ancestor at this depth: their text is kept,
   * their nesting is not. Real pages nest fewer than 60 levels (unit: elements).
   */
  maxDepth: 256,
  /** A text node longer than this is cut at a sentence boundary: no paragraph is this long (unit: characters). */
  maxTextNodeChars: 50_000,
  /** The walk stops after this much text (unit: characters; 10× the longest story we keep). */
  maxTextChars: 4_000_000,
} as const;

/** How many nodes the walk reads between two pauses, so a caller can let the page breathe. */
export const NODES_PER_STEP = 4_000;

/** The copy extraction reads, and what the walk had to leave out, if anything. */
export interface BoundedCopy {
  doc: Document;
  /** Null when the copy holds all of the page's text; otherwise what was left out, for a reader. */
  limited: string | null;
}

/** Sentence ends: a stop, then closing quotes or brackets, then a space. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*\s/g;

/**
 * Cuts a text to at most `max` characters at the last sentence end (or, lacking one in its
 * second half, the last space), so a reader never sees half a word.
 * Example: ('One. Two three. Four', 17) → 'One. Two three.'
 */
export function truncateAtSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  let cut = -1;
  for (const match of head.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].trimEnd().length;
    if (end <= max) cut = end;
  }
  if (cut < max / 2) {
    const space = head.lastIndexOf(' ', max);
    cut = space > max / 2 ? space : max;
  }
  return text.slice(0, cut).trimEnd();
}

/**
 * The children the reader sees, as a cursor: an open shadow root's (a slot shows what is
 * assigned to it), else the element's own. Walking siblings, not indexing a live NodeList,
 * keeps each step constant-time on an element with 100k children.
 */
export function childCursor(node: Node): { list: Node[] | null; next: Node | null } {
  const element = node as Element;
  if (element.shadowRoot) return { list: null, next: element.shadowRoot.firstChild };
  if (element.localName === 'slot') {
    const assigned = (element as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
    if (assigned.length > 0) return { list: assigned.slice().reverse(), next: null };
  }
  return { list: null, next: node.firstChild };
}

/** The next child of a cursor, advancing it. */
export function nextChild(cursor: { list: Node[] | null; next: Node | null }): Node | null {
  if (cursor.list) return cursor.list.pop() ?? null;
  const node = cursor.next;
  if (node) cursor.next = node.nextSibling;
  return node;
}

interface Frame {
  cursor: { list: Node[] | null; next: Node | null };
  target: Node;
  depth: number;
}

/**
 * Copies a document within READ_LIMITS: elements with their attributes, text (long text nodes
 * cut at a sentence end), open shadow roots in place of their hosts' children; no comments.
 * A generator so a caller in the page can pause between steps of NODES_PER_STEP nodes;
 * `copyWithinLimits` runs it in one go.
 */
export function* copyInSteps(source: Document): Generator<void, BoundedCopy> {
  const doc = source.implementation.createHTMLDocument('');
  const root = source.documentElement;
  if (!root) return { doc, limited: null };
  const rootCopy = doc.importNode(root, false);
  // Remove, then append: happy-dom's replaceChild refuses to swap the root element.
  doc.documentElement.remove();
  doc.appendChild(rootCopy);
  const stack: Frame[] = [{ cursor: childCursor(root), target: rootCopy, depth: 1 }];
  let nodes = 0;
  let textChars = 0;
  let cutText = false;
  let limited: string | null = null;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const node = nextChild(frame.cursor);
    if (!node) {
      stack.pop();
      continue;
    }
    if (++nodes > READ_LIMITS.maxNodes) {
      limited = `Story Lens read only the first ${READ_LIMITS.maxNodes.toLocaleString('en')} parts of this very large page.`;
      break;
    }
    if (nodes % NODES_PER_STEP === 0) yield;
    if (node.nodeType === 3 /* Node.TEXT_NODE */) {
      let text = node.nodeValue ?? '';
      if (text.length > READ_LIMITS.maxTextNodeChars) {
        text = truncateAtSentence(text, READ_LIMITS.maxTextNodeChars);
        cutText = true;
      }
      frame.target.appendChild(doc.createTextNode(text));
      textChars += text.length;
      if (textChars > READ_LIMITS.maxTextChars) {
        limited = `Story Lens read only the first ${READ_LIMITS.maxTextChars.toLocaleString('en')} characters of this very large page.`;
        break;
      }
      continue;
    }
    if (node.nodeType !== 1 /* Node.ELEMENT_NODE */) continue;
    // Past the depth limit an element's children join the nearest copied ancestor.
    let target = frame.target;
    if (frame.depth <= READ_LIMITS.maxDepth) {
      target = doc.importNode(node, false);
      frame.target.appendChild(target);
    }
    stack.push({ cursor: childCursor(node), target, depth: frame.depth + 1 });
  }
  if (!limited && cutText) limited = 'Story Lens cut an extremely long run of text on this page.';
  return { doc, limited };
}

/** Copies a document within READ_LIMITS in one go (see copyInSteps). */
export function copyWithinLimits(source: Document): BoundedCopy {
  const steps = copyInSteps(source);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
