/**
 * Extraction reads a bounded copy of the page, never the page itself: the work it does is fixed
 * by these limits, not by the page's size (issue 15: a 200k-node page took 2.8 s, a 10k-deep
 * DOM 13.6 s and a 20 MB text node 26 s of the page's main thread). Real news pages stay well
 * inside them, so their copy is the whole page.
 */
import { linksSiblings } from './dom-walk';

export const READ_LIMITS = {
  /**
   * Nodes (elements and text) read before the walk stops. The largest of the 307 saved pages of
   * the eval sets (npm run eval:fetch) has about 2,600 elements, so about 5,000 nodes; beyond
   * 30,000 a page is an endless feed or a comment section (unit: nodes).
   */
  maxNodes: 30_000,
  /**
   * Deeper elements are read as children of their ancestor at this depth: their text is kept
   * (a block's text set apart by a line break), their nesting is not. Real pages nest fewer
   * than 60 levels (unit: copied elements).
   */
  maxDepth: 256,
  /**
   * From this depth on, a wrapper (an element whose only content is one element) is not copied:
   * its child takes its place, so a story under thousands of nested wrappers keeps its own
   * structure within maxDepth. Real pages never nest this deep (unit: copied elements).
   */
  collapseWrappersFrom: 128,
  /** A text node longer than this is cut at a sentence boundary: no paragraph is this long (unit: characters). */
  maxTextNodeChars: 50_000,
  /**
   * Structured data (a JSON-LD script) is kept whole up to this length and left out beyond it:
   * cut, its JSON no longer parses. A news page's JSON-LD, its articleBody included, stays well
   * inside it (unit: characters).
   */
  maxJsonLdChars: 1_000_000,
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

/** What the walk says when it cut a long text node (and left nothing else out). */
const CUT_TEXT = 'Story Lens cut an extremely long run of text on this page.';

/**
 * True when a text node is the content of an element whose text no reader sees (a script's code
 * or JSON, a style sheet): cutting it leaves nothing of the story out, so it earns no notice.
 * Example: a 60,000-character `<script>window.__STATE__ = {…}</script>` is cut silently, a
 * 60,000-character paragraph with the notice.
 */
function isUnseenText(node: Node): boolean {
  const name = (node.parentNode as Element | null)?.localName;
  return name === 'script' || name === 'style';
}

/**
 * The text the copy keeps of a text node longer than maxTextNodeChars: cut at a sentence end (see
 * truncateAtSentence), except a JSON-LD script's JSON, which is kept whole up to maxJsonLdChars
 * and left out beyond it, since half a JSON text no longer parses and the page's metadata (its
 * date, authors, kind) would be lost with it.
 * Example: a 70,000-character `<script type="application/ld+json">` whose articleBody holds a
 * long feature is kept whole; a 70,000-character paragraph is cut to about 50,000 characters.
 */
function keptText(node: Node): string {
  const text = node.nodeValue ?? '';
  const parent = node.parentNode as Element | null;
  if (parent?.localName === 'script' && isJsonLd(parent)) {
    return text.length <= READ_LIMITS.maxJsonLdChars ? text : '';
  }
  return truncateAtSentence(text, READ_LIMITS.maxTextNodeChars);
}

/** True for a `<script type="application/ld+json">` (the type read as the HTML spec reads it). */
function isJsonLd(script: Element): boolean {
  return script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json';
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
  /** A block flattened past maxDepth: a line break follows its text. */
  block?: boolean;
}

/**
 * Elements whose text starts a new line: a flattened one's text is kept apart in the copy, and
 * highlighting (locate-text) never joins the words on either side of one.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Children looked at to decide that an element is a wrapper; more means it is not (unit: nodes). */
const WRAPPER_CHILDREN = 8;

/** True for an element whose only content is one element (and whitespace or comments). */
function isWrapper(element: Element): boolean {
  if (element.shadowRoot || element.localName === 'slot') return false;
  let elements = 0;
  let seen = 0;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (++seen > WRAPPER_CHILDREN) return false;
    if (child.nodeType === 1 /* Node.ELEMENT_NODE */) {
      if (++elements > 1) return false;
    } else if (child.nodeType === 3 /* Node.TEXT_NODE */ && (child.nodeValue ?? '').trim()) {
      return false;
    }
  }
  return elements === 1;
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
      if (frame.block) frame.target.appendChild(doc.createTextNode('\n'));
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
        text = keptText(node);
        if (!isUnseenText(node)) cutText = true;
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
    const element = node as Element;
    if (frame.depth >= READ_LIMITS.collapseWrappersFrom && isWrapper(element)) {
      stack.push({ cursor: childCursor(node), target: frame.target, depth: frame.depth });
      continue;
    }
    if (frame.depth <= READ_LIMITS.maxDepth) {
      const target = frame.target.appendChild(doc.importNode(node, false));
      stack.push({ cursor: childCursor(node), target, depth: frame.depth + 1 });
      continue;
    }
    // Past the depth limit an element's children join the nearest copied ancestor; a block's
    // text is set apart by line breaks so it does not run into its neighbours' words.
    const block = BLOCK_TAGS.has(element.localName);
    if (block) frame.target.appendChild(doc.createTextNode('\n'));
    stack.push({ cursor: childCursor(node), target: frame.target, depth: frame.depth, block });
  }
  if (!limited && cutText) limited = CUT_TEXT;
  return { doc, limited };
}

/** What a tree walker shows of nodes that are neither elements nor text: CDATA, processing instructions, comments. */
const SHOW_EXTRAS = 0x8 | 0x40 | 0x80;
/** What a tree walker shows of text nodes (not CDATA sections, which the walk leaves out). */
const SHOW_TEXT = 0x4;

/**
 * Deeper nesting than this sends a page to the walk, far below collapseWrappersFrom, where the
 * walk starts to change the structure it copies (unit: levels below the root element).
 */
const PLAIN_MAX_DEPTH = 100;

/**
 * How the walk's copy of a page differs from a deep clone of it, when that is all: its nodes that
 * are neither elements nor text (comments), which the copy leaves out, and its text nodes longer
 * than maxTextNodeChars, with the text the walk cuts each to; each place as the child indices
 * that lead to it from the root element, in page order.
 */
interface PlainPage {
  /**
   * Where the comments sit; null in a browser's DOM, where a native tree walker finds them in
   * the copy faster than these paths lead to them (see linksSiblings).
   */
  extras: number[][] | null;
  /** `seen`: the text is a reader's (not a script's or style sheet's, see isUnseenText). */
  cuts: { path: number[]; text: string; seen: boolean }[];
  /** Elements and text nodes read (unit: nodes); with `extras` null, the comments are yet to count. */
  nodes: number;
}

/**
 * Reads a page without copying it (see PlainPage), or null when the walk would copy the page
 * otherwise than a deep clone less its comments and with its long text nodes cut: a limit
 * reached, deep nesting, or an element whose children the walk reads its own way (a shadow host,
 * a slot, a template, whose content DOMs expose differently). In a DOM written in JavaScript
 * (happy-dom), whose tree walkers step by a sibling's index, it is one walk of every node.
 */
function readPlainPage(root: Element): PlainPage | null {
  if (linksSiblings(root)) return readPlainPageNatively(root);
  let nodes = 0;
  let textChars = 0;
  const cuts: PlainPage['cuts'] = [];
  const path: number[] = [];
  const extras: number[][] = [];
  const visit = (parent: Node, depth: number): boolean => {
    let index = -1;
    for (const node of parent.childNodes) if (!visitNode(node, ++index, depth)) return false;
    return true;
  };
  /** False when the page is not plain (see above); `index` is the node's among its siblings. */
  const visitNode = (node: Node, index: number, depth: number): boolean => {
    if (++nodes > READ_LIMITS.maxNodes) return false;
    if (node.nodeType === 3 /* Node.TEXT_NODE */) {
      let length = (node as CharacterData).length;
      if (length > READ_LIMITS.maxTextNodeChars) {
        // The walk's cut: the same text, counted at its cut length as the walk counts it.
        const text = keptText(node);
        if (text.length !== length)
          cuts.push({ path: [...path, index], text, seen: !isUnseenText(node) });
        length = text.length;
      }
      textChars += length;
      return textChars <= READ_LIMITS.maxTextChars;
    }
    if (node.nodeType !== 1 /* Node.ELEMENT_NODE */) {
      extras.push([...path, index]);
      return true;
    }
    const element = node as Element;
    const name = element.localName;
    if (element.shadowRoot || name === 'slot' || name === 'template') return false;
    if (element.firstChild) {
      if (depth >= PLAIN_MAX_DEPTH) return false;
      path.push(index);
      const plain = visit(element, depth + 1);
      path.pop();
      if (!plain) return false;
    }
    return true;
  };
  return visit(root, 1) ? { extras, cuts, nodes } : null;
}

/**
 * readPlainPage for a browser's DOM: its elements read by a walk of elements only, its text nodes
 * by a native tree walker, which passes over the rest in native code; its comments are left to
 * applyPlainPage, which finds them in the copy the same way. The same answer: every limit is on a
 * total, so the order nodes are counted in does not change whether one is passed.
 */
function readPlainPageNatively(root: Element): PlainPage | null {
  let elements = 0;
  const visit = (parent: Element, depth: number): boolean => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      elements++;
      const name = child.localName;
      if (child.shadowRoot || name === 'slot' || name === 'template') return false;
      if (child.firstChild) {
        if (depth >= PLAIN_MAX_DEPTH) return false;
        if (child.firstElementChild && !visit(child, depth + 1)) return false;
      }
    }
    return true;
  };
  if (!visit(root, 1) || elements > READ_LIMITS.maxNodes) return null;
  const cuts: PlainPage['cuts'] = [];
  let nodes = elements;
  let textChars = 0;
  const texts = (root.ownerDocument as Document).createTreeWalker(root, SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (++nodes > READ_LIMITS.maxNodes) return null;
    let length = (node as CharacterData).length;
    if (length > READ_LIMITS.maxTextNodeChars) {
      const text = keptText(node);
      if (text.length !== length)
        cuts.push({ path: pathTo(node, root), text, seen: !isUnseenText(node) });
      length = text.length;
    }
    textChars += length;
    if (textChars > READ_LIMITS.maxTextChars) return null;
  }
  return { extras: null, cuts, nodes };
}

/** The child indices that lead from `root` to `node`, inside it. */
function pathTo(node: Node, root: Node): number[] {
  const path: number[] = [];
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    let index = 0;
    for (let sibling = at.previousSibling; sibling; sibling = sibling.previousSibling) index++;
    path.push(index);
  }
  return path.reverse();
}

/**
 * `parent.childNodes[index]`, read along the sibling links where those are the faster way (a
 * browser's DOM, which would set up a list of children for every node on the way).
 */
function childAt(parent: Node, index: number): Node | undefined {
  if (!linksSiblings(parent)) return parent.childNodes[index];
  let child = parent.firstChild;
  for (let at = 0; child && at < index; at++) child = child.nextSibling;
  return child ?? undefined;
}

/** The node at `path` (child indices) from `root`, if any. */
function nodeAt(root: Node, path: readonly number[]): Node | undefined {
  let node: Node | undefined = root;
  for (const index of path) node = node && childAt(node, index);
  return node;
}

/**
 * Makes `root` (a deep copy of the root readPlainPage read) the walk's copy: its long text nodes
 * cut, then its nodes that are neither elements nor text removed; false, the copy unfinished,
 * when those turn out to take the page past maxNodes. Cut first, since cutting moves no node.
 * Removed by a tree walker where readPlainPage left the paths out (a browser's DOM walks the copy
 * natively), else by their paths, last first, so a removal never shifts the indices that lead to
 * a node still to remove (those come earlier in page order: never after it among its siblings,
 * nor inside a later sibling).
 */
function applyPlainPage(root: Node, { extras, cuts, nodes }: PlainPage): boolean {
  for (const { path, text } of cuts) {
    const node = nodeAt(root, path);
    if (node) node.nodeValue = text;
  }
  if (extras === null) {
    const walker = (root.ownerDocument as Document).createTreeWalker(root, SHOW_EXTRAS);
    const found: Node[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node);
    // Counted only now: with them the page may pass maxNodes after all.
    if (nodes + found.length > READ_LIMITS.maxNodes) return false;
    for (const node of found) node.parentNode?.removeChild(node);
    return true;
  }
  for (let i = extras.length - 1; i >= 0; i--) {
    const node = nodeAt(root, extras[i] as number[]);
    node?.parentNode?.removeChild(node);
  }
  return true;
}

/** The walk's copy of a plain page (see readPlainPage), made by one deep import into a new document. */
function importPlainPage(source: Document, root: Element, plain: PlainPage): BoundedCopy {
  const doc = source.implementation.createHTMLDocument('');
  const rootCopy = doc.importNode(root, true);
  if (!applyPlainPage(rootCopy, plain)) return walkedCopy(source);
  doc.documentElement.remove();
  doc.appendChild(rootCopy);
  return { doc, limited: plain.cuts.some((cut) => cut.seen) ? CUT_TEXT : null };
}

/** copyInSteps run in one go. */
function walkedCopy(source: Document): BoundedCopy {
  const steps = copyInSteps(source);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Copies a document within READ_LIMITS in one go (see copyInSteps). A page the walk would copy
 * whole, as nearly every page is, is copied in one call instead, its comments removed and its
 * long text nodes cut as the walk cuts them: the same copy, made without a call per node.
 */
export function copyWithinLimits(source: Document): BoundedCopy {
  const root = source.documentElement;
  const plain = root ? readPlainPage(root) : null;
  return root && plain ? importPlainPage(source, root, plain) : walkedCopy(source);
}

/**
 * copyWithinLimits for extraction's first reading: a plain HTML page (see copyWithinLimits)
 * without a text node to cut is copied as bare Readability's own usage copies it,
 * `document.cloneNode(true)`, its comments removed; any other page as copyWithinLimits copies it.
 * The same elements and text as copyWithinLimits, made without attaching a copied tree to a new
 * document, which a DOM written in JavaScript (happy-dom, which the tests and `npm run bench`
 * use) pays for node by node.
 * Read the copy with dom-walk tests, tag lists and the DOM's tree properties: happy-dom's clone
 * of a document is not connected (isConnected is false, getElementById finds nothing) and its
 * selector engine fails on descendant combinators ("li p") there. The second readings, which
 * run other code on their copy, take copyWithinLimits.
 */
export function cloneWithinLimits(source: Document): BoundedCopy {
  const root = source.documentElement;
  if (!root || source.contentType !== 'text/html') return copyWithinLimits(source);
  const plain = readPlainPage(root);
  if (plain === null) return walkedCopy(source);
  if (plain.cuts.length > 0) return importPlainPage(source, root, plain);
  const doc = source.cloneNode(true) as Document;
  if (doc.documentElement && !applyPlainPage(doc.documentElement, plain)) return walkedCopy(source);
  return { doc, limited: null };
}

/**
 * A page's bounded copy as HTML, what the content script hands over so that the parsing and
 * Readability run off the page's thread (in the offscreen document in Chromium): the page's
 * thread only walks and serializes, in short steps.
 */
export interface PageCopy {
  kind: 'page-copy';
  url: string;
  html: string;
  /** BoundedCopy.limited: what the walk left out, if anything. */
  limited: string | null;
}

/**
 * Copies a page within READ_LIMITS and serializes the copy, awaiting `pause` between steps so
 * the page's own tasks (input, rendering) run in between.
 */
export async function copyPageInSteps(
  doc: Document,
  url: string,
  pause: () => Promise<void>,
): Promise<PageCopy> {
  const { doc: copy, limited } = await copyWithPauses(doc, pause);
  return { kind: 'page-copy', url, html: copy.documentElement.outerHTML, limited };
}

/** Copies a document within READ_LIMITS, awaiting `pause` after every step (see copyInSteps). */
export async function copyWithPauses(
  source: Document,
  pause: () => Promise<void>,
): Promise<BoundedCopy> {
  const steps = copyInSteps(source);
  for (;;) {
    const step = steps.next();
    await pause();
    if (step.done) return step.value;
  }
}

/** True for a PageCopy received from a content script. */
export function isPageCopy(value: unknown): value is PageCopy {
  const copy = value as Partial<PageCopy> | null;
  return (
    copy?.kind === 'page-copy' &&
    typeof copy.url === 'string' &&
    typeof copy.html === 'string' &&
    (copy.limited === null || typeof copy.limited === 'string')
  );
}

/** The bounded copy a PageCopy carries, parsed back into a document (scripts do not run). */
export function parsePageCopy(copy: PageCopy): BoundedCopy {
  const doc = new DOMParser().parseFromString(`<!doctype html>${copy.html}`, 'text/html');
  return { doc, limited: copy.limited };
}
