import { Readability } from '@mozilla/readability';
import {
  descendantsWhere,
  documentElementsWhere,
  type ElementTest,
  firstDescendantWhere,
  hasNativeLookups,
  linksSiblings,
  selectorTest,
} from './dom-walk';
import { entriesToAdd, findEntryRuns } from './entries';
import { findLayoutCells, widenToLayoutCell } from './layout-cells';
import type { PageMetadata } from './metadata';
import { hasVisibleText, linkTextLength, normalizedLength, normalizeSpace } from './noise';
import { findStoryLists, restoreStoryLists } from './story-lists';

/** One block of story text with the kind of element it came from. */
export interface Block {
  text: string;
  heading: boolean;
  /** Prose (a paragraph or loose text) as opposed to a list item, table cell or code block. */
  prose: boolean;
  /** Inside a blockquote, aside or figure: where sites put pull quotes. */
  boxed: boolean;
  /** Characters of the block's text that sit inside links. */
  linkChars: number;
  /**
   * The whole text of a table cell in a row of several cells: a table's datum ("Heron",
   * "11/04/97"), even when the cell wraps it in a `<p>`, not a widget's label or counter.
   */
  cell?: boolean;
}

/** What Readability found: its metadata and the story's blocks of text, in order. */
export interface ReadabilityResult extends PageMetadata {
  blocks: Block[];
}

/**
 * Readability's default is 500 characters; we keep it so that "no story" means the same as in
 * Firefox Reader View (unit: characters of candidate text).
 */
const CHAR_THRESHOLD = 500;

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const LEAF_BLOCK_TAGS = new Set(['P', 'LI', 'PRE', 'DT', 'DD', 'TD', 'TH', ...HEADING_TAGS]);
const BOX_TAGS = new Set(['BLOCKQUOTE', 'ASIDE', 'FIGURE']);
const SKIP_TAGS = new Set([
  'FIGCAPTION',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'BUTTON',
  'SVG',
]);
const BLOCK_TAGS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BLOCKQUOTE',
  'FIGURE',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'THEAD',
  'TBODY',
  'TR',
  'FORM',
  'CENTER',
  'HR',
  'BODY',
  'HTML',
]);

const CELL_TAGS = new Set(['TD', 'TH']);
const IS_A = selectorTest('a');

/** Cells a table row needs to hold data rather than lay out a page (unit: cells). */
const DATA_ROW_MIN_CELLS = 2;

/** True for a TD or TH beside another cell in its row. */
function inDataRow(cell: Element): boolean {
  const row = cell.parentElement;
  if (row?.tagName !== 'TR') return false;
  let cells = 0;
  for (const child of row.children) {
    if ((child.tagName === 'TD' || child.tagName === 'TH') && ++cells >= DATA_ROW_MIN_CELLS)
      return true;
  }
  return false;
}

/** A heading element as a block of its own. */
function headingBlock(heading: Element): Block {
  return {
    text: normalizeSpace(heading.textContent ?? ''),
    heading: true,
    prose: false,
    boxed: false,
    linkChars: linkTextLength(heading),
  };
}

/** What a leaf block holds, as flags: a block inside it, a line break or cell, a link. */
const HOLDS_BLOCK = 1;
const HOLDS_BREAK = 2;
const HOLDS_LINK = 4;
/** The blocks whose presence makes a leaf block a box, read for the blocks inside it. */
const BLOCK_NAMES = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** What ends a word inside a leaf block: a line break, or a cell of a table nested in it. */
const BREAK_NAMES = new Set(['br', 'td', 'th']);

/**
 * What the elements inside a leaf block are, in one walk that stops at the first block (the
 * block is then walked as a box): HOLDS_BLOCK when any is one of BLOCK_NAMES, else HOLDS_BREAK
 * when any is one of BREAK_NAMES and HOLDS_LINK when any is a link. One walk where three
 * lookups walked the leaf one after the other.
 * Example: `<p>One<br><a href="/a">two</a></p>` → HOLDS_BREAK | HOLDS_LINK; `<li><p>One</p></li>` → HOLDS_BLOCK.
 */
export function leafHolds(element: Element): number {
  if (!element.firstElementChild) return 0;
  let holds = 0;
  // The walk stops at the first block; on its way it notes the breaks and links it passes.
  const block = firstDescendantWhere(element, (child) => {
    const name = child.localName;
    if (BLOCK_NAMES.has(name)) return true;
    if (BREAK_NAMES.has(name)) holds |= HOLDS_BREAK;
    else if (name === 'a') holds |= HOLDS_LINK;
    return false;
  });
  return block ? HOLDS_BLOCK : holds;
}

/**
 * A leaf block's text, a line break or a nested table's cell read as a space: textContent glues
 * the words on either side of a `<br>` ("kettlebird<br>Joined: May 2015" gave "kettlebirdJoined:
 * May 2015") and of two cells ("<td>Harbour Inn</td><td>Rooms</td>" gave "Harbour InnRooms").
 * `breaks` says whether the block holds either (see leafHolds).
 */
function leafText(element: Element, breaks: boolean): string {
  // Most paragraphs have neither: their textContent is the text.
  if (!breaks) return element.textContent ?? '';
  let text = '';
  const linked = linksSiblings(element);
  const visit = (child: Node) => {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (tag === 'BR') text += ' ';
      else if (CELL_TAGS.has(tag)) {
        text += ' ';
        walk(child);
        text += ' ';
      } else walk(child);
    }
  };
  const walk = (node: Node) => {
    if (linked) for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    else for (const child of node.childNodes) visit(child);
  };
  walk(element);
  return text;
}

/** Splits an element into text blocks: paragraphs and headings, with `<br><br>` runs split too. */
export function collectBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let bufferLinkChars = 0;
  let pendingBreak = false;
  let boxDepth = 0;
  const flush = () => {
    const text = normalizeSpace(buffer);
    if (text)
      blocks.push({
        text,
        heading: false,
        prose: true,
        boxed: boxDepth > 0,
        linkChars: bufferLinkChars,
      });
    buffer = '';
    bufferLinkChars = 0;
    pendingBreak = false;
  };
  const linked = linksSiblings(root);
  // The walk only reads: the live list of children is iterated as it is, not copied.
  const walk = (node: Node) => {
    if (linked) for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    else for (const child of node.childNodes) visit(child);
  };
  const visit = (child: Node) => {
    if (child.nodeType === 3) {
      const value = child.nodeValue ?? '';
      if (value.trim()) pendingBreak = false;
      buffer += value;
      return;
    }
    if (child.nodeType !== 1) return;
    const element = child as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'BR') {
      // Two line breaks in a row end a paragraph in pages written without <p>.
      if (pendingBreak) flush();
      else {
        buffer += ' ';
        pendingBreak = true;
      }
      return;
    }
    if (LEAF_BLOCK_TAGS.has(tag)) {
      flush();
      const holds = leafHolds(element);
      if (holds & HOLDS_BLOCK) {
        const start = blocks.length;
        walk(element);
        flush();
        // A cell that wraps its one datum in a paragraph ("<td><p>Heron</p></td>").
        const only = blocks.length === start + 1 ? blocks[start] : undefined;
        if (only && (tag === 'TD' || tag === 'TH') && inDataRow(element)) only.cell = true;
        return;
      }
      const text = normalizeSpace(leafText(element, (holds & HOLDS_BREAK) !== 0));
      if (text)
        blocks.push({
          text,
          heading: HEADING_TAGS.has(tag),
          prose: tag === 'P',
          boxed: boxDepth > 0,
          linkChars: holds & HOLDS_LINK ? linkTextLength(element) : 0,
        });
      return;
    }
    if (BLOCK_TAGS.has(tag)) {
      const box = BOX_TAGS.has(tag);
      flush();
      if (box) boxDepth++;
      walk(element);
      flush();
      if (box) boxDepth--;
      return;
    }
    if (tag === 'A') bufferLinkChars += normalizedLength(element.textContent ?? '');
    walk(element);
  };
  walk(root);
  flush();
  return blocks;
}

/** The Readability methods runReadability replaces on its instance, and the lists they read. */
interface ReaderInternals {
  _fixRelativeUris: (content: Element) => void;
  _cleanStyles: (element: Element | null) => void;
  _isProbablyVisible: (node: Element) => boolean;
  _hasChildBlockElement: (element: Node) => boolean;
  _hasSingleTagInsideElement: (element: Element, tag: string) => boolean;
  _isElementWithoutContent: (node: Node) => boolean;
  _getInnerText: (element: Element, normalizeSpaces?: boolean) => string;
  _getAllNodesWithTag: (node: Element | Document, tagNames: string[]) => ArrayLike<Element>;
  _getLinkDensity: (element: Element) => number;
  _cleanConditionally: (e: Element, tag: string) => void;
  _isValidByline: (node: Element, matchString: string) => boolean;
  _removeNodes: (
    list: ArrayLike<Element>,
    shouldRemove?: (
      this: unknown,
      node: Element,
      index: number,
      list: ArrayLike<Element>,
    ) => unknown,
  ) => void;
  _grabArticle: (page?: Element | null) => Element | null;
  _forEachNode: (
    list: ArrayLike<Node>,
    fn: (this: unknown, node: Node, index: number, list: ArrayLike<Node>) => unknown,
  ) => void;
  REGEXPS: { normalize: RegExp; hashUrl: RegExp; byline: RegExp };
  DIV_TO_P_ELEMS: Set<string>;
  PRESENTATIONAL_ATTRIBUTES: string[];
  DEPRECATED_SIZE_ATTRIBUTE_ELEMS: string[];
}

const readerLists = Readability.prototype as unknown as ReaderInternals;
/** The attributes Readability's _cleanStyles removes from every element, and from some tags the size ones. */
const PRESENTATIONAL_ATTRIBUTES: readonly string[] = readerLists.PRESENTATIONAL_ATTRIBUTES;
const SIZED_TAGS: ReadonlySet<string> = new Set(readerLists.DEPRECATED_SIZE_ATTRIBUTE_ELEMS);
/** The tags whose presence inside a DIV keeps Readability from reading the DIV as a paragraph. */
const DIV_TO_P_TAGS: ReadonlySet<string> = readerLists.DIV_TO_P_ELEMS;

/**
 * Readability's _cleanStyles (the presentational attributes, `style` and sizes, removed from an
 * element and everything inside it but SVG), without asking an element that has no attributes
 * for each of them in turn: most of an article's elements have none.
 * Example: `<p style="color:red" align="left">Text <b>bold</b></p>` → `<p>Text <b>bold</b></p>`.
 */
export function cleanStyles(element: Element | null): void {
  if (!element) return;
  if (linksSiblings(element)) cleanLinked(element);
  else cleanListed(element);
}

/** Removes the presentational attributes of one element (not of its children). */
function cleanOwnStyles(element: Element): boolean {
  if (element.tagName.toLowerCase() === 'svg') return false;
  if (element.hasAttributes()) {
    for (const name of PRESENTATIONAL_ATTRIBUTES) element.removeAttribute(name);
    if (SIZED_TAGS.has(element.tagName)) {
      element.removeAttribute('width');
      element.removeAttribute('height');
    }
  }
  return true;
}

function cleanListed(element: Element): void {
  if (!cleanOwnStyles(element)) return;
  // Only attributes change: the live list of children is iterated as it is.
  for (const child of element.children) cleanListed(child);
}

function cleanLinked(element: Element): void {
  if (!cleanOwnStyles(element)) return;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling)
    cleanLinked(child);
}

/**
 * Readability's _isProbablyVisible (not hidden by an inline `display: none` or `visibility:
 * hidden`, a `hidden` attribute or `aria-hidden="true"`), asked of every element of the page,
 * without reading the `style` of an element that has no style attribute: a browser makes a style
 * object for each element whose `style` is read, while an element without the attribute has no
 * inline display or visibility to read. An element without attributes is visible.
 * Example: `<div>` → true; `<div style="display:none">` → false; `<p hidden>` → false.
 */
export function isProbablyVisible(node: Element): boolean {
  if (!node.hasAttributes()) return true;
  const style = node.hasAttribute('style') ? (node as HTMLElement).style : undefined;
  return (
    (!style || (style.display !== 'none' && style.visibility !== 'hidden')) &&
    !node.hasAttribute('hidden') &&
    // Readability keeps an aria-hidden "fallback-image" (a formula's image).
    (!node.hasAttribute('aria-hidden') ||
      node.getAttribute('aria-hidden') !== 'true' ||
      Boolean(
        node.className &&
          (node.className as unknown as { includes?: unknown }).includes &&
          node.className.includes('fallback-image'),
      ))
  );
}

/**
 * Readability's _hasChildBlockElement (a block such as a paragraph, list, table or image anywhere
 * inside), asked of the page's DIVs, nested ones again and again: read along the sibling links
 * where the DOM keeps them (a browser's), where Readability's reads each node's childNodes list,
 * which a browser makes and keeps for every node asked.
 * Example: `<div><span><img></span></div>` → true; `<div><span>Text</span></div>` → false.
 */
export function hasChildBlockElement(element: Node): boolean {
  if (linksSiblings(element)) return hasLinkedBlock(element);
  for (const child of element.childNodes)
    if (DIV_TO_P_TAGS.has((child as Element).tagName) || hasChildBlockElement(child)) return true;
  return false;
}

function hasLinkedBlock(element: Node): boolean {
  for (let child = element.firstChild; child; child = child.nextSibling)
    if (DIV_TO_P_TAGS.has((child as Element).tagName) || hasLinkedBlock(child)) return true;
  return false;
}

/** Text with a character other than whitespace at its end: Readability's REGEXPS.hasContent. */
const HAS_CONTENT = /\S$/;

/**
 * Readability's _hasSingleTagInsideElement (one child element, of tag `tag`, and no text but
 * whitespace beside it), asked of the page's DIVs and SECTIONs, without the element's children
 * and childNodes lists, which a browser makes and keeps for every element asked.
 * Example: (`<div> <p>One</p> </div>`, 'P') → true; (`<div>Lede <p>One</p></div>`, 'P') → false.
 */
export function hasSingleTagInsideElement(element: Element, tag: string): boolean {
  const linked = linksSiblings(element);
  const elements = linked ? element.childElementCount : element.children.length;
  if (elements !== 1 || element.firstElementChild?.tagName !== tag) return false;
  const hasText = (node: Node) =>
    node.nodeType === 3 /* Node.TEXT_NODE */ && HAS_CONTENT.test(node.textContent ?? '');
  if (linked) {
    for (let node = element.firstChild; node; node = node.nextSibling)
      if (hasText(node)) return false;
    return true;
  }
  for (const node of element.childNodes) if (hasText(node)) return false;
  return true;
}

/**
 * Readability's _isElementWithoutContent (an element whose text is only whitespace, holding no
 * element or only line breaks and rules), asked of every DIV, SECTION, HEADER and heading of the
 * page: its text is read only up to the first visible character, where Readability builds the
 * whole text of each (a wrapper's is the page's, again at every level of nesting), and its line
 * breaks and rules counted in one walk instead of two getElementsByTagName lists.
 * Example: `<div> <br> </div>` → true; `<div><span>Text</span></div>` → false; `<div><img></div>` → false.
 */
export function isElementWithoutContent(node: Node): boolean {
  if (node.nodeType !== 1 /* Node.ELEMENT_NODE */) return false;
  const element = node as Element;
  if (hasVisibleText(element)) return false;
  const elements = element.childElementCount;
  return !elements || elements === descendantsWhere(element, IS_BR_OR_HR).length;
}

const IS_BR_OR_HR = selectorTest('br, hr');

/** Readability's pattern for a run of whitespace that _getInnerText collapses to one space. */
const NORMALIZE: RegExp = (Readability.prototype as unknown as ReaderInternals).REGEXPS.normalize;

/** True inside a filter call of removeNodes, whose texts getInnerText keeps in filterTexts. */
let inFilter = false;
/**
 * The texts the current filter call of removeNodes has read, by element: trimmed, and normalized
 * once asked; made at the first read (most of Readability's filters of paragraphs read none).
 */
let filterTexts: Map<Element, { trimmed: string; normalized?: string }> | null = null;

/**
 * Readability's _getInnerText (the element's text trimmed, and unless `normalizeSpaces` is false
 * its runs of whitespace collapsed to one space). Inside a filter call of removeNodes, which
 * changes nothing, an element's text is built once: Readability's check of a box it may remove
 * (_cleanConditionally) reads the box's whole text six times.
 * Example: `<p> Two  <b>words</b> </p>` → 'Two words' ('Two  words' with normalizeSpaces false).
 */
export function getInnerText(element: Element, normalizeSpaces?: boolean): string {
  const normalize = normalizeSpaces === undefined || Boolean(normalizeSpaces);
  if (!inFilter) {
    const trimmed = (element.textContent as string).trim();
    return normalize ? trimmed.replace(NORMALIZE, ' ') : trimmed;
  }
  filterTexts ??= new Map();
  let read = filterTexts.get(element);
  if (!read) {
    read = { trimmed: (element.textContent as string).trim() };
    filterTexts.set(element, read);
  }
  if (!normalize) return read.trimmed;
  if (read.normalized === undefined) read.normalized = read.trimmed.replace(NORMALIZE, ' ');
  return read.normalized;
}

/**
 * Readability's _removeNodes (each node of `list` that still has a parent removed, from the last
 * to the first, when `shouldRemove` is absent or answers truthy for it); each `shouldRemove` call reads texts
 * through getInnerText's memory, which is forgotten before the node may go. Readability's
 * filters only read the page.
 * Example: (paragraphs, p => !p.textContent) removes the empty paragraphs.
 */
export function removeNodes(
  this: unknown,
  list: ArrayLike<Element>,
  shouldRemove?: (this: unknown, node: Element, index: number, list: ArrayLike<Element>) => unknown,
): void {
  for (let index = list.length - 1; index >= 0; index--) {
    const node = list[index] as Element;
    const parent = node.parentNode;
    if (!parent) continue;
    if (shouldRemove) {
      const outerIn = inFilter;
      const outer = filterTexts;
      inFilter = true;
      filterTexts = null;
      let remove: unknown;
      try {
        remove = shouldRemove.call(this, node, index, list);
      } finally {
        inFilter = outerIn;
        filterTexts = outer;
      }
      if (!remove) continue;
    }
    parent.removeChild(node);
  }
}

/**
 * Readability's _forEachNode (Array.prototype.forEach over a node list, with the reader as
 * `this`) as an indexed loop: the generic forEach asks a DOM list whether it holds each index
 * before reading it. The length is read once, and an index the list no longer holds (a live
 * list that shrank) is skipped, as forEach skips it.
 * Example: (`<ul><li>A</li><li>B</li></ul>`.children, fn) calls fn(liA, 0, list), fn(liB, 1, list).
 */
export function forEachNode(
  this: unknown,
  list: ArrayLike<Node>,
  fn: (this: unknown, node: Node, index: number, list: ArrayLike<Node>) => unknown,
): void {
  const length = list.length;
  for (let index = 0; index < length; index++) {
    const node = list[index];
    if (node === undefined && !(index in list)) continue;
    fn.call(this, node as Node, index, list);
  }
}

/** The items of a live list, in order, as an array that later changes to the page leave alone. */
function copyOf(list: HTMLCollectionOf<Element>): Element[] {
  const length = list.length;
  const copy = new Array<Element>(length);
  for (let index = 0; index < length; index++) copy[index] = list[index] as Element;
  return copy;
}

/**
 * The most tags getAllNodesWithTag looks up natively, one list each (unit: tags): Chromium
 * timings on the golden pages put three lookups ahead of a walk in JavaScript, six behind it.
 */
const NATIVE_MAX_TAGS = 3;

/**
 * The elements inside `node` with one of `tagNames`, from the native list of each tag, when at
 * most one of those lists holds any; else null (the lists would have to be merged in document order).
 */
function nativeLookup(node: Element | Document, tagNames: readonly string[]): Element[] | null {
  let only: HTMLCollectionOf<Element> | null = null;
  for (const tag of tagNames) {
    const list = node.getElementsByTagName(tag.toLowerCase());
    if (list.length === 0) continue;
    if (only) return null;
    only = list;
  }
  return only ? copyOf(only) : [];
}

/** Tests for the tag lists getAllNodesWithTag is asked about, by the list joined. */
const tagTests = new Map<string, ElementTest>();

/**
 * Readability's _getAllNodesWithTag (the elements inside `node` whose tag is one of `tagNames`,
 * in document order, as `querySelectorAll(tagNames.join(','))` finds them) as an array, found
 * without the selector engine: a browser parses each selector again for every new document (each
 * page's copy), and Readability asks a few dozen per page. In a browser's DOM, up to
 * NATIVE_MAX_TAGS tags of which at most one is present are looked up natively
 * (getElementsByTagName, copied: Readability removes nodes while it reads the list), several
 * times faster than a walk in JavaScript on a whole page (about 5x in Chromium) and no slower on
 * a box; anything else is found by a walk (see dom-walk), faster than the selector engine in a
 * browser and the only fast way in a DOM written in JavaScript. An element without element
 * children (most paragraphs Readability asks about) holds none. Readability's callers only read
 * the list's length and items.
 * Example: (`<div><p>A</p><ul><li>B</li></ul><p>C</p></div>`, ['p', 'li']) → [p, li, p].
 */
export function getAllNodesWithTag(
  node: Element | Document,
  tagNames: readonly string[],
): Element[] {
  // Most of the paragraphs Readability asks about hold no element.
  if (!node.firstElementChild) return [];
  if (
    tagNames.length <= NATIVE_MAX_TAGS &&
    hasNativeLookups(node.ownerDocument ?? (node as Document))
  ) {
    const found = nativeLookup(node, tagNames);
    if (found) return found;
  }
  // Readability names some tags in capitals (its DIV_TO_P_ELEMS); a selector reads an HTML tag in any case.
  const key = tagNames.join(', ').toLowerCase();
  let test = tagTests.get(key);
  if (!test) {
    test = selectorTest(key);
    tagTests.set(key, test);
  }
  return node.nodeType === 9 /* Node.DOCUMENT_NODE */
    ? documentElementsWhere(node as Document, test)
    : descendantsWhere(node as Element, test);
}

/** Readability's pattern for an address within the page ("#notes"), whose link counts less. */
const HASH_URL: RegExp = (Readability.prototype as unknown as ReaderInternals).REGEXPS.hashUrl;
/** The weight of a link within the page in a link density (Readability's). */
const HASH_LINK_WEIGHT = 0.3;

/**
 * Readability's _getLinkDensity (the length of the text inside links, a link within the page
 * counting HASH_LINK_WEIGHT of its length, over the length of the element's text, both read
 * with the reader's _getInnerText; 0 for an element without text), asked of every candidate
 * and every box Readability may remove, with the links found without the selector engine: in a
 * browser's DOM by the element's getElementsByTagName list (about twice as fast as a walk in
 * JavaScript over the candidates, wrappers of the story), elsewhere by a walk. The lengths are
 * summed in the same order, so the answer is the same number.
 * Example: `<div>Read <a href="/a">this</a> and <a href="#n">that</a></div>` → (4 + 0.3 × 4) / 17.
 */
export function getLinkDensity(this: ReaderInternals, element: Element): number {
  const whole = this._getInnerText(element).length;
  if (!whole) return 0;
  let linkLength = 0;
  const add = (link: Element) => {
    const href = link.getAttribute('href');
    const weight = href && HASH_URL.test(href) ? HASH_LINK_WEIGHT : 1;
    linkLength += this._getInnerText(link).length * weight;
  };
  if (hasNativeLookups(element.ownerDocument)) {
    // Nothing changes the page here: the live list is read as it is.
    const links = element.getElementsByTagName('a');
    for (let index = 0; index < links.length; index++) add(links[index] as Element);
  } else for (const link of descendantsWhere(element, IS_A)) add(link);
  return linkLength / whole;
}

/** The parts of the reader cleanConditionally reads: its flags, patterns and helpers. */
interface ConditionalReader {
  FLAG_CLEAN_CONDITIONALLY: number;
  REGEXPS: { adWords: RegExp; loadingWords: RegExp };
  DIV_TO_P_ELEMS: Set<string>;
  _allowedVideoRegex: RegExp;
  _linkDensityModifier: number;
  _flagIsActive: (flag: number) => boolean;
  _removeNodes: (
    list: ArrayLike<Element>,
    shouldRemove: (this: ConditionalReader, node: Element) => boolean,
  ) => void;
  _getAllNodesWithTag: (node: Element, tagNames: string[]) => ArrayLike<Element>;
  _getInnerText: (element: Element, normalizeSpaces?: boolean) => string;
  _hasAncestorTag: (
    node: Element,
    tagName: string,
    maxDepth?: number,
    filter?: (element: Element) => boolean,
  ) => boolean;
  _getClassWeight: (element: Element) => number;
  _getCharCount: (element: Element, separator?: string) => number;
  _getTextDensity: (element: Element, tags: string[]) => number;
  _getLinkDensity: (element: Element) => number;
}

/** A table Readability's _markDataTables judged to hold data. */
const isDataTable = (table: Element): boolean =>
  Boolean((table as Element & { _readabilityDataTable?: boolean })._readabilityDataTable);

const HEADING_LIST = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const EMBED_TAGS = ['object', 'embed', 'iframe'];
/** From this class weight on, Readability lets a box hold more links (unit: Readability's class weight). */
const HEAVY_WEIGHT = 25;

/** What a box holds, counted in one walk: its paragraphs, images, list items and inputs, and whether a data table. */
function boxContents(box: Element) {
  const counts = { p: 0, img: 0, li: 0, input: 0, dataTable: false };
  descendantsWhere(box, (element) => {
    switch (element.localName) {
      case 'p':
        counts.p++;
        break;
      case 'img':
        counts.img++;
        break;
      case 'li':
        counts.li++;
        break;
      case 'input':
        counts.input++;
        break;
      case 'table':
        if (isDataTable(element)) counts.dataTable = true;
        break;
    }
    return false;
  });
  return counts;
}

/**
 * Readability's _cleanConditionally (each `tag` box inside `e` removed when it looks like
 * furniture: Readability's tests of its class weight, commas, paragraphs, images, list items,
 * inputs, headings, embeds, ad and loading words and link and text densities, in Readability's
 * order, with the reader's own helpers), its paragraphs, images, list items, inputs and data
 * tables counted in one walk of the box instead of five getElementsByTagName lists, which a
 * browser sets up for each box asked.
 * Example: `<div class="ad-box"><a href="/x">Buy</a></div>` goes; a div of three paragraphs stays.
 */
export function cleanConditionally(this: ConditionalReader, e: Element, tag: string): void {
  const { FLAG_CLEAN_CONDITIONALLY: cleaning } = this;
  if (!this._flagIsActive(cleaning)) return;
  const textishTags = ['SPAN', 'LI', 'TD', ...Array.from(this.DIV_TO_P_ELEMS)];
  this._removeNodes(this._getAllNodesWithTag(e, [tag]), function (this: ConditionalReader, node) {
    let isList = tag === 'ul' || tag === 'ol';
    if (!isList) {
      let listLength = 0;
      const lists = this._getAllNodesWithTag(node, ['ul', 'ol']);
      for (let i = 0; i < lists.length; i++)
        listLength += this._getInnerText(lists[i] as Element).length;
      isList = listLength / this._getInnerText(node).length > 0.9;
    }
    if (tag === 'table' && isDataTable(node)) return false;
    if (this._hasAncestorTag(node, 'table', -1, isDataTable)) return false;
    if (this._hasAncestorTag(node, 'code')) return false;
    const { p, img, li: items, input, dataTable } = boxContents(node);
    if (dataTable) return false;
    const weight = this._getClassWeight(node);
    if (weight < 0) return true;
    if (this._getCharCount(node, ',') >= 10) return false;
    const li = items - 100;
    const headingDensity = this._getTextDensity(node, HEADING_LIST);
    let embedCount = 0;
    const embeds = this._getAllNodesWithTag(node, EMBED_TAGS);
    for (let i = 0; i < embeds.length; i++) {
      const embed = embeds[i] as Element;
      for (const attribute of Array.from(embed.attributes))
        if (this._allowedVideoRegex.test(attribute.value)) return false;
      // Readability compares the tag with a lower-case name, which an HTML element's never is.
      if (embed.tagName === 'object' && this._allowedVideoRegex.test(embed.innerHTML)) return false;
      embedCount++;
    }
    const innerText = this._getInnerText(node);
    if (this.REGEXPS.adWords.test(innerText) || this.REGEXPS.loadingWords.test(innerText))
      return true;
    const contentLength = innerText.length;
    const linkDensity = this._getLinkDensity(node);
    const textDensity = this._getTextDensity(node, textishTags);
    const isFigureChild = this._hasAncestorTag(node, 'figure');
    const remove =
      (!isFigureChild && img > 1 && p / img < 0.5) ||
      (!isList && li > p) ||
      input > Math.floor(p / 3) ||
      (!isList &&
        !isFigureChild &&
        headingDensity < 0.9 &&
        contentLength < 25 &&
        (img === 0 || img > 2) &&
        linkDensity > 0) ||
      (!isList && weight < HEAVY_WEIGHT && linkDensity > 0.2 + this._linkDensityModifier) ||
      (weight >= HEAVY_WEIGHT && linkDensity > 0.5 + this._linkDensityModifier) ||
      (embedCount === 1 && contentLength < 75) ||
      embedCount > 1 ||
      (img === 0 && textDensity === 0);
    if (isList && remove) {
      for (let child = node.firstElementChild; child; child = child.nextElementSibling)
        if (child.childElementCount > 1) return true;
      if (img === items) return false;
    }
    return remove;
  });
}

/** Readability's pattern for a class or id that names a byline. */
const BYLINE_NAME: RegExp = (Readability.prototype as unknown as ReaderInternals).REGEXPS.byline;
/** A byline is shorter than this (Readability's limit; unit: characters of trimmed text). */
const BYLINE_MAX_CHARS = 100;

/**
 * Readability's _isValidByline (an element marked as the author's, by `rel="author"`, an
 * itemprop naming "author" or a class or id `matchString` naming a byline, whose trimmed text is
 * not empty and shorter than BYLINE_MAX_CHARS), asked of every element of the page while no
 * byline is known: the text is read only for an element so marked, where Readability builds the
 * text of every element (a wrapper's is the page's), and an element without attributes is
 * judged by its names alone.
 * Example: (`<span class="byline">By Ana Ruiz</span>`, 'byline ') → true; (`<div>…</div>`, ' ') → false.
 */
export function isValidByline(node: Element, matchString: string): boolean {
  const marked =
    (node.hasAttributes() &&
      (node.getAttribute('rel') === 'author' ||
        Boolean(node.getAttribute('itemprop')?.includes('author')))) ||
    BYLINE_NAME.test(matchString);
  if (!marked) return false;
  const length = (node.textContent ?? '').trim().length;
  return length > 0 && length < BYLINE_MAX_CHARS;
}

/**
 * What Readability's _fixRelativeUris does to an article's text and tags: a link to a
 * `javascript:` address is replaced by its text (a link holding one text node) or by a span
 * holding its children. The rest of that method rewrites addresses (href, src, poster, srcset)
 * to absolute ones, which no block reads.
 * Example: `<p>See <a href="javascript:void(0)">the map</a></p>` → `<p>See the map</p>`.
 */
export function unwrapScriptLinks(content: Element): void {
  const doc = content.ownerDocument;
  // A copy: the loop replaces links as it goes.
  for (const link of getAllNodesWithTag(content, ['a'])) {
    const href = link.getAttribute('href');
    if (!href?.startsWith('javascript:')) continue;
    const parent = link.parentNode;
    if (!parent) continue;
    if (link.childNodes.length === 1 && link.firstChild?.nodeType === 3 /* Node.TEXT_NODE */) {
      parent.replaceChild(doc.createTextNode(link.textContent ?? ''), link);
    } else {
      const span = doc.createElement('span');
      while (link.firstChild) span.appendChild(link.firstChild);
      parent.replaceChild(span, link);
    }
  }
}

/**
 * Readability's _grabArticle, its article's markup hidden until the serializer: parse logs
 * "Grabbed: " + the article's innerHTML before it hands the article on, and the string is built
 * whether or not the reader debugs (it does not: the log drops it), a serialization of the whole
 * story on every reading. The article's own `innerHTML` reads '' until the serializer removes it.
 * Example: parse's `this.log("Grabbed: " + articleContent.innerHTML)` logs nothing, as before,
 * without serializing the article.
 */
export function withoutLoggedMarkup(
  grab: ReaderInternals['_grabArticle'],
): ReaderInternals['_grabArticle'] {
  return function grabArticle(this: unknown, page) {
    const content = grab.call(this, page);
    if (content) Object.defineProperty(content, 'innerHTML', { value: '', configurable: true });
    return content;
  };
}

/**
 * Runs Mozilla Readability on a document (it mutates it: pass a clone). Null when it finds no
 * article. With `entries`, a story Readability read from one of a run of alike boxes (a blog's
 * posts, an FAQ's answers) gets the other boxes of the run too (see entries.ts), and a list of
 * text Readability dropped between two parts of the story goes back (see story-lists.ts): for a
 * page already cleaned of furniture, whose remaining runs and lists are the story's.
 */
export function runReadability(
  doc: Document,
  { entries = false }: { entries?: boolean } = {},
): ReadabilityResult | null {
  const runs = entries && doc.body ? findEntryRuns(doc.body) : [];
  const lists = entries && doc.body ? findStoryLists(doc.body) : [];
  const cells = entries && doc.body ? findLayoutCells(doc.body) : [];
  const reader = new Readability<Element>(doc, {
    charThreshold: CHAR_THRESHOLD,
    // Blocks are read by tag and text: the pass that strips the article's classes is skipped.
    keepClasses: true,
    serializer: (node) => {
      const content = node as Element;
      Reflect.deleteProperty(content, 'innerHTML');
      return content;
    },
  });
  // Blocks are read by tag and text, never by address: of Readability's rewriting of the
  // article's links and media to absolute addresses, only the part that changes text and tags
  // (a `javascript:` link unwrapped) is kept.
  const internals = reader as unknown as ReaderInternals;
  internals._fixRelativeUris = unwrapScriptLinks;
  internals._cleanStyles = cleanStyles;
  internals._isProbablyVisible = isProbablyVisible;
  internals._hasChildBlockElement = hasChildBlockElement;
  internals._hasSingleTagInsideElement = hasSingleTagInsideElement;
  internals._isElementWithoutContent = isElementWithoutContent;
  internals._getInnerText = getInnerText;
  internals._getAllNodesWithTag = getAllNodesWithTag;
  internals._getLinkDensity = getLinkDensity;
  internals._cleanConditionally = cleanConditionally;
  internals._isValidByline = isValidByline;
  internals._removeNodes = removeNodes;
  internals._forEachNode = forEachNode;
  internals._grabArticle = withoutLoggedMarkup(internals._grabArticle);
  const article = reader.parse();
  if (!article?.content) return null;
  if (lists.length > 0) restoreStoryLists(lists, article.content, doc);
  let blocks = collectBlocks(article.content);
  const storyChars = () => blocks.reduce((sum, block) => sum + block.text.length, 0);
  // A story read from a cell of a layout table is read with the cell holding that table.
  const frame = cells.length > 0 && widenToLayoutCell(cells, article.content, storyChars(), doc);
  const content = frame || article.content;
  if (frame) blocks = collectBlocks(frame);
  if (runs.length > 0) {
    const added = entriesToAdd(runs, content, storyChars(), doc);

    if (added)
      blocks = [
        ...added.before.flatMap(collectBlocks),
        ...(added.opening ? [headingBlock(added.opening)] : []),
        ...blocks,
        ...added.after.flatMap(collectBlocks),
      ];
  }
  return {
    title: article.title ? normalizeSpace(article.title) : null,
    byline: article.byline ? normalizeSpace(article.byline) : null,
    siteName: article.siteName ?? null,
    publishedTime: article.publishedTime ?? null,
    lang: article.lang ?? null,
    excerpt: article.excerpt ?? null,
    blocks,
  };
}
