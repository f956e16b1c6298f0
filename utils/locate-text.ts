/** Elements whose text the reader never sees. */
const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);

const BLOCK_SELECTOR =
  'p, div, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, section, article, header, footer, aside, figcaption, dd, dt, pre';

/** Unifies characters that differ between the page and extracted text without changing length. */
function foldChar(char: string): string {
  if (/\s/.test(char)) return ' ';
  if (char === '’' || char === '‘') return "'";
  if (char === '“' || char === '”') return '"';
  return char.toLowerCase();
}

/** Collapses whitespace and folds quotes so page text and sentence text compare. */
export function foldText(text: string): string {
  return Array.from(text.replace(/\s+/g, ' ').trim(), foldChar).join('');
}

interface TextIndex {
  text: string;
  /** For each character of `text`, the text node and offset it came from. */
  nodes: Text[];
  offsets: number[];
}

function indexText(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const index: TextIndex = { text: '', nodes: [], offsets: [] };
  let lastWasSpace = true;
  let lastBlock: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (
      !parent ||
      parent.closest('script, style, noscript, template') ||
      HIDDEN_TAGS.has(parent.tagName)
    )
      continue;
    const value = node.nodeValue ?? '';
    // Adjacent blocks (<p>A.</p><p>B</p>) have no whitespace between them in the DOM.
    const block = parent.closest(BLOCK_SELECTOR);
    if (block !== lastBlock && !lastWasSpace) {
      index.text += ' ';
      index.nodes.push(node as Text);
      index.offsets.push(0);
      lastWasSpace = true;
    }
    lastBlock = block;
    for (let offset = 0; offset < value.length; offset++) {
      const char = foldChar(value[offset] ?? '');
      if (char === ' ') {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
      }
      index.text += char;
      index.nodes.push(node as Text);
      index.offsets.push(offset);
    }
  }
  return index;
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
  const startNode = index.nodes[start];
  const endNode = index.nodes[start + length - 1];
  const startOffset = index.offsets[start];
  const endOffset = index.offsets[start + length - 1];
  if (!startNode || !endNode || startOffset === undefined || endOffset === undefined) return null;
  const range = (root.ownerDocument ?? (root as Document)).createRange();
  // End first: a fresh range sits at the document start, and happy-dom collapses a start set past it.
  range.setEnd(endNode, Math.min(endOffset + 1, endNode.length));
  range.setStart(startNode, startOffset);
  return range;
}
