import { BLOCK_TAGS, childCursor, nextChild } from './extract/bounded-copy';
import { isSpaceCode } from './space';

/** Elements whose text the reader never sees. */
const HIDDEN_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/**
 * Highlighting reads a bounded amount of the page, whatever its size (issue 15: it walked a
 * 20 MB text node character by character for 5 s). A sentence is found when it lies within
 * these limits, which hold every real news page.
 */
export const INDEX_LIMITS = {
  /** Nodes visited (unit: nodes). */
  maxNodes: 400_000,
  /** Characters read from one text node: no paragraph is longer (unit: characters). */
  maxTextNodeChars: 50_000,
  /** Characters indexed in all (unit: characters). */
  maxChars: 4_000_000,
} as const;

/** Unifies characters that differ between the page and extracted text without changing length. */
function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (isSpaceCode(code)) return ' ';
  if (code === 0x2018 || code === 0x2019) return "'";
  if (code === 0x201c || code === 0x201d) return '"';
  const lower = char.toLowerCase();
  // A few capitals lower-case to two characters ('İ'); keep one character per character.
  return lower.length === 1 ? lower : char;
}

/** Collapses whitespace and folds quotes so page text and sentence text compare. */
export function foldText(text: string): string {
  return Array.from(text.replace(/\s+/g, ' ').trim(), foldChar).join('');
}

/** One text node's share of the index, or the space that separates two blocks. */
interface Piece {
  /** Where the piece starts in the index's text. */
  start: number;
  node: Text;
  /** A block separator: maps to the end of `node`. */
  separator: boolean;
  /** The node's first whitespace run was dropped (the text before it ended in a space). */
  dropsLeadingSpace: boolean;
}

interface TextIndex {
  text: string;
  pieces: Piece[];
}

/** Folds one text node's text: whitespace runs become one space, quotes and case unified. */
function foldPiece(raw: string): string {
  const collapsed = raw.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  const lower = collapsed.toLowerCase();
  // A few capitals lower-case to two characters ('İ'): keep one character per character.
  return lower.length === collapsed.length ? lower : Array.from(collapsed, foldChar).join('');
}

/**
 * The visible text under a root, folded and with whitespace collapsed, mapped back to its text
 * nodes one piece per node (a per-character map of a big page costs seconds of garbage
 * collection). Walks open shadow roots, never recursion (a 10k-deep page), within INDEX_LIMITS.
 */
function indexText(root: Node): TextIndex {
  const parts: string[] = [];
  const pieces: Piece[] = [];
  let length = 0;
  let lastWasSpace = true;
  let lastNode: Text | null = null;
  let visited = 0;
  // Adjacent blocks (<p>A.</p><p>B</p>) have no whitespace between them in the DOM.
  const blockEdge = () => {
    if (lastWasSpace || !lastNode) return;
    pieces.push({ start: length, node: lastNode, separator: true, dropsLeadingSpace: false });
    parts.push(' ');
    length += 1;
    lastWasSpace = true;
  };
  const stack: { cursor: ReturnType<typeof childCursor>; block: boolean }[] = [
    { cursor: childCursor(root), block: false },
  ];
  while (stack.length > 0 && visited < INDEX_LIMITS.maxNodes && length < INDEX_LIMITS.maxChars) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    const node = nextChild(frame.cursor);
    if (!node) {
      stack.pop();
      if (frame.block) blockEdge();
      continue;
    }
    visited++;
    if (node.nodeType === 1 /* Node.ELEMENT_NODE */) {
      const tag = (node as Element).localName;
      if (HIDDEN_TAGS.has(tag)) continue;
      const block = BLOCK_TAGS.has(tag);
      if (block) blockEdge();
      stack.push({ cursor: childCursor(node), block });
      continue;
    }
    if (node.nodeType !== 3 /* Node.TEXT_NODE */) continue;
    let piece = foldPiece((node.nodeValue ?? '').slice(0, INDEX_LIMITS.maxTextNodeChars));
    const dropsLeadingSpace = lastWasSpace && piece.startsWith(' ');
    if (dropsLeadingSpace) piece = piece.slice(1);
    if (!piece) continue;
    pieces.push({ start: length, node: node as Text, separator: false, dropsLeadingSpace });
    parts.push(piece);
    length += piece.length;
    lastWasSpace = piece.endsWith(' ');
    lastNode = node as Text;
  }
  return { text: parts.join(''), pieces };
}

/** The text node and offset of a character of the index. */
function locate(index: TextIndex, position: number): { node: Text; offset: number } | null {
  let low = 0;
  let high = index.pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((index.pieces[middle] as Piece).start <= position) low = middle;
    else high = middle - 1;
  }
  const piece = index.pieces[low];
  if (!piece || piece.start > position) return null;
  if (piece.separator) return { node: piece.node, offset: piece.node.length };
  // Replay the whitespace collapsing over the raw text up to the piece's character.
  const raw = piece.node.nodeValue ?? '';
  let wanted = position - piece.start + (piece.dropsLeadingSpace ? 1 : 0);
  let inSpace = false;
  for (let offset = 0; offset < raw.length; offset++) {
    const space = isSpaceCode(raw.charCodeAt(offset));
    if (space && inSpace) continue;
    inSpace = space;
    if (wanted === 0) return { node: piece.node, offset };
    wanted--;
  }
  return { node: piece.node, offset: raw.length };
}

/** Finds a sentence in the page's visible text and returns a Range over it, or null. */
export function findTextRange(root: Node, sentence: string): Range | null {
  const needle = foldText(sentence);
  if (!needle) return null;
  const index = indexText(root);
  let start = index.text.indexOf(needle);
  let length = needle.length;
  if (start < 0) {
    // Markup can split a word from its punctuation differently than extraction did; fall back
    // to the sentence without spaces around punctuation.
    const loose = needle.replace(/ (?=[,.;:!?'")])/g, '');
    start = index.text.replace(/ (?=[,.;:!?'")])/g, '').indexOf(loose);
    if (start < 0) return null;
    // Map the loose offset back by rebuilding the loose string up to the match.
    let looseCount = 0;
    let i = 0;
    for (; i < index.text.length && looseCount < start; i++) {
      if (!(index.text[i] === ' ' && /[,.;:!?'")]/.test(index.text[i + 1] ?? ''))) looseCount++;
    }
    start = i;
    let end = start;
    let matched = 0;
    for (; end < index.text.length && matched < loose.length; end++) {
      if (!(index.text[end] === ' ' && /[,.;:!?'")]/.test(index.text[end + 1] ?? ''))) matched++;
    }
    length = end - start;
  }
  const first = locate(index, start);
  const last = locate(index, start + length - 1);
  if (!first || !last) return null;
  const range = (first.node.ownerDocument ?? (root as Document)).createRange();
  // End first: a fresh range sits at the document start, and happy-dom collapses a start set past it.
  range.setEnd(last.node, Math.min(last.offset + 1, last.node.length));
  range.setStart(first.node, first.offset);
  return range;
}

/** Name of the CSS custom highlight Story Lens sets over the sentence a reader clicked. */
export const HIGHLIGHT_NAME = 'story-lens';

/** The highlight's look. */
const HIGHLIGHT_STYLE = 'background-color: #ffd54f; color: #111;';

/** The highlight's rule for a whole tree: a constructed sheet in a shadow root uses it. */
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { ${HIGHLIGHT_STYLE} }`;

/**
 * The highlight's rule for the document, limited to the elements under `scope` (a selector from
 * highlightScope). A rule that may match any element makes the browser recompute the style of
 * every element when it is inserted: 3–6 s on a 200k-node page (issue 15); a rule under one
 * element costs about as much as that element's subtree. Without a scope, the whole tree's rule.
 */
export function highlightCss(scope: string | null): string {
  if (!scope) return HIGHLIGHT_CSS;
  return `${scope}::highlight(${HIGHLIGHT_NAME}), ${scope} ::highlight(${HIGHLIGHT_NAME}) { ${HIGHLIGHT_STYLE} }`;
}

/** Ancestors of a range tried as its highlight's scope: a page nests its story fewer levels (unit: elements). */
const MAX_SCOPE_LEVELS = 64;

/**
 * A selector that matches exactly one element of the document, the range's nearest element (or
 * ancestor) that an id, a class or a tag name picks out alone; null when the range lies in a
 * shadow root (it gets its own sheet) or no close ancestor is unique.
 * Example: a sentence in the only <article>, whose <p> has no id or class → 'article'.
 */
export function highlightScope(range: Range): string | null {
  const start = range.commonAncestorContainer;
  let element = start.nodeType === 1 ? (start as Element) : start.parentElement;
  const doc = element?.ownerDocument;
  if (!element || !doc || element.getRootNode() !== doc) return null;
  for (let level = 0; element && level < MAX_SCOPE_LEVELS; level++) {
    const tag = element.localName;
    if (tag === 'body' || tag === 'html') return null;
    if (element.id && doc.querySelectorAll(`#${CSS.escape(element.id)}`).length === 1) {
      return `#${CSS.escape(element.id)}`;
    }
    for (const name of Array.from(element.classList).slice(0, 3)) {
      if (doc.getElementsByClassName(name).length === 1) return `.${CSS.escape(name)}`;
    }
    if (doc.getElementsByTagName(tag).length === 1) return CSS.escape(tag);
    element = element.parentElement;
  }
  return null;
}
