/**
 * Stories laid out in tables. An old page sets its story in a cell of a layout table: a heading,
 * an opening paragraph and a list in the cell, then a boxed table whose rows hold the rest.
 * Readability scores the paragraphs' parents and keeps the best one with its siblings: when the
 * best is a cell of the inner table, the cell's siblings are the other cells of its row, and the
 * story's heading, opening and lists (in the cell holding the table) and the table's other rows
 * are lost. The cell holding the table is the story when the rest of its text is article text:
 * few links, and no more than the text Readability read (a frame around the story, not a page).
 *
 * Found on a CleanEval development page (the box holding the story's second half read alone:
 * recall 0.58 of the reference).
 *
 * Cost: before Readability, one walk for the page's table cells and, per cell, a walk to its
 * first prose text node; after, one text length and link count of one cell.
 */
import { closestWhere, descendantsWhere, nextOutside, selectorTest } from './dom-walk';
import { linkTextLength, normalizeSpace, wordCount } from './noise';

const IS_TD = selectorTest('td');
const IS_TABLE = selectorTest('table');

/** A text node this long is prose, a sure sign of where its cell went (unit: characters). */
const MARK_MIN_CHARS = 25;
/** The text around the story needs this many words to be worth reading with it (unit: words). */
const MIN_FRAME_WORDS = 8;
/** The text around the story with more of it in links than this is navigation (unit: ratio 0..1). */
const MAX_FRAME_LINK_DENSITY = 0.2;
/** The text around the story may be at most this share of the story's own text (unit: ratio). */
const MAX_FRAME_SHARE = 1;

/** A table cell with the first prose text node of its own (not of a table inside it). */
export interface LayoutCell {
  cell: Element;
  mark: Node;
  /** The table the cell sat in before Readability moved it. */
  table: Element;
  /**
   * Where the cell and its row sat (parent and next sibling) before Readability ran: the story
   * goes back where the one it took (the cell, or the row when it took the row) was.
   */
  slots: { parent: Element; next: Element | null }[];
}

/** The first text node of at least MARK_MIN_CHARS inside `cell`, not inside a nested table. */
function ownProseMark(cell: Element): Node | null {
  let node: Node | null = cell.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      if ((node.nodeValue?.trim().length ?? 0) >= MARK_MIN_CHARS) return node;
    } else if (node.firstChild && (node as Element).tagName !== 'TABLE') {
      node = node.firstChild;
      continue;
    }
    node = nextOutside(node, cell);
  }
  return null;
}

/** The page's table cells that hold prose of their own, with where they sit. Call before Readability. */
export function findLayoutCells(body: Element): LayoutCell[] {
  const cells: LayoutCell[] = [];
  for (const cell of descendantsWhere(body, IS_TD)) {
    const row = cell.parentElement;
    const table = row && closestWhere(row, IS_TABLE);
    const rows = row?.parentElement;
    if (!row || !table || !rows) continue;
    const mark = ownProseMark(cell);
    if (!mark) continue;
    const slots = [
      { parent: row, next: cell.nextElementSibling },
      { parent: rows, next: row.nextElementSibling },
    ];
    cells.push({ cell, mark, table, slots });
  }
  return cells;
}

/**
 * After Readability: when its story (`content`) came from cells of one table, and the table sits
 * in a cell of the page whose other text is article text (at least MIN_FRAME_WORDS words, at most
 * MAX_FRAME_LINK_DENSITY in links, at most MAX_FRAME_SHARE of the story's length), the story goes
 * back into its row and that outer cell is returned as the story; else null.
 * Example: `<td><h2>Sell your home fast</h2><ul><li>…</li></ul><table><tr><td>72% of owners…</td></tr>
 * <tr><td>(the story's paragraphs)</td></tr></table></td>`: Readability reads the last inner cell;
 * the outer cell, heading, list and first row included, is the story.
 */
export function widenToLayoutCell(
  cells: readonly LayoutCell[],
  content: Element,
  storyChars: number,
  page: Node,
): Element | null {
  const taken = cells.filter((entry) => content.contains(entry.mark));
  const first = taken[0];
  if (!first || taken.some((entry) => entry.table !== first.table)) return null;
  const { table } = first;
  const slot = first.slots.find(({ parent }) => page.contains(parent));
  if (!slot || !page.contains(table)) return null;
  const frame = table.parentElement && closestWhere(table.parentElement, IS_TD);
  if (!frame || !page.contains(frame)) return null;
  const text = normalizeSpace(frame.textContent ?? '');
  if (text.length > storyChars * MAX_FRAME_SHARE || wordCount(text) < MIN_FRAME_WORDS) return null;
  if (linkTextLength(frame) > text.length * MAX_FRAME_LINK_DENSITY) return null;
  const next = slot.next?.parentElement === slot.parent ? slot.next : null;
  slot.parent.insertBefore(content, next);
  return frame;
}
