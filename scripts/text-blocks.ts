/**
 * The text of a DOM subtree cut into blocks at element boundaries, whitespace collapsed: what the
 * evaluation scripts read from pages, references and extractor output.
 */

/** Which elements cut the text, and which are skipped with their contents. */
export interface BlockTags {
  blockTags: ReadonlySet<string>;
  skipTags: ReadonlySet<string>;
}

/** Text blocks of `root`, cut before and after every element in `blockTags` (a `<br>` too, if listed). */
export function textBlocks(root: Node, { blockTags, skipTags }: BlockTags): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName ?? '';
    if (skipTags.has(tag)) return;
    const block = blockTags.has(tag);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}
