import { Readability } from '@mozilla/readability';
import { firstDescendantWhere, selectorTest } from './dom-walk';
import { entriesToAdd, findEntryRuns } from './entries';
import type { PageMetadata } from './metadata';
import { linkTextLength, normalizedLength, normalizeSpace } from './noise';
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

const HAS_BLOCKS = selectorTest('p, div, li, h1, h2, h3, h4, h5, h6');

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

/**
 * A leaf block's text, a line break read as a space: textContent glues the words on either
 * side of a `<br>` ("kettlebird<br>Joined: May 2015" gave "kettlebirdJoined: May 2015").
 */
function leafText(element: Element): string {
  // Most paragraphs have no line break: their textContent is the text.
  if (element.getElementsByTagName('br').length === 0) return element.textContent ?? '';
  let text = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        if ((child as Element).tagName.toUpperCase() === 'BR') text += ' ';
        else walk(child);
      }
    }
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
  const walk = (node: Node) => {
    // The walk only reads: the live list of children is iterated as it is, not copied.
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        if (value.trim()) pendingBreak = false;
        buffer += value;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        // Two line breaks in a row end a paragraph in pages written without <p>.
        if (pendingBreak) flush();
        else {
          buffer += ' ';
          pendingBreak = true;
        }
        continue;
      }
      if (LEAF_BLOCK_TAGS.has(tag)) {
        flush();
        if (firstDescendantWhere(element, HAS_BLOCKS)) {
          const start = blocks.length;
          walk(element);
          flush();
          // A cell that wraps its one datum in a paragraph ("<td><p>Heron</p></td>").
          const only = blocks.length === start + 1 ? blocks[start] : undefined;
          if (only && (tag === 'TD' || tag === 'TH') && inDataRow(element)) only.cell = true;
          continue;
        }
        const text = normalizeSpace(leafText(element));
        if (text)
          blocks.push({
            text,
            heading: HEADING_TAGS.has(tag),
            prose: tag === 'P',
            boxed: boxDepth > 0,
            linkChars: linkTextLength(element),
          });
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        const box = BOX_TAGS.has(tag);
        flush();
        if (box) boxDepth++;
        walk(element);
        flush();
        if (box) boxDepth--;
        continue;
      }
      if (tag === 'A') bufferLinkChars += normalizedLength(element.textContent ?? '');
      walk(element);
    }
  };
  walk(root);
  flush();
  return blocks;
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
  const article = new Readability<Element>(doc, {
    charThreshold: CHAR_THRESHOLD,
    // Blocks are read by tag and text: the pass that strips the article's classes is skipped.
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
  if (!article?.content) return null;
  if (lists.length > 0) restoreStoryLists(lists, article.content, doc);
  let blocks = collectBlocks(article.content);
  if (runs.length > 0) {
    const chars = blocks.reduce((sum, block) => sum + block.text.length, 0);
    const added = entriesToAdd(runs, article.content, chars, doc);

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
