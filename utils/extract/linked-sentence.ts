/**
 * A short run of links that ends on a full stop of its own is a sentence: "Web sites: <a>Tide
 * Tables of the Bay</a>; <a>The Harbor Society</a>." A breadcrumb or a row of navigation never
 * ends on a stop typed after its last link; the link-trail rule of removeNoise took such
 * sentences of links, a resource guide's "Web sites" line among them, for trails.
 *
 * Evidence: CleanEval's lesson and resource pages list related sites as one sentence of links
 * closed by a full stop; bare Readability keeps it, and it is the page's own text.
 */

/** The element's last text node with a visible character, in document order. */
function lastVisibleText(element: Element): Text | null {
  let node: Node | null = element.lastChild;
  while (node && node !== element) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return node as Text;
    if (node.lastChild) {
      node = node.lastChild;
      continue;
    }
    // Back up: the previous sibling, or the previous sibling of the nearest ancestor that has one.
    while (node && node !== element && !node.previousSibling) node = node.parentNode;
    node = node && node !== element ? node.previousSibling : null;
  }
  return null;
}

/**
 * True when the element's text ends on a full stop outside any link. Example: true for
 * `<p>Web sites: <a>Tide Tables of the Bay</a>; <a>The Harbor Society</a>.</p>`, false for
 * `<p><a>Home</a> › <a>Guides</a> › <a>Tides.</a></p>`.
 */
export function endsOnOwnStop(element: Element): boolean {
  const last = lastVisibleText(element);
  const text = last?.nodeValue ?? '';
  if (!last || !/\.\s*$/u.test(text) || /\.\.\s*$/u.test(text)) return false;
  const link = last.parentElement?.closest('a');
  return !link || !element.contains(link);
}
