/**
 * A short run of links that ends on a full stop of its own is a sentence: "Web sites: <a>Tide
 * Tables of the Bay</a>; <a>The Harbor Society</a>." A breadcrumb or a row of navigation never
 * ends on a stop typed after its last link; the link-trail rule of removeNoise took such
 * sentences of links, a resource guide's "Web sites" line among them, for trails.
 *
 * Evidence: CleanEval's lesson and resource pages list related sites as one sentence of links
 * closed by a full stop; bare Readability keeps it, and it is the page's own text.
 */
import { edgeTextWhere } from './dom-walk';

/**
 * True when the element's text ends on a full stop outside any link. Example: true for
 * `<p>Web sites: <a>Tide Tables of the Bay</a>; <a>The Harbor Society</a>.</p>`, false for
 * `<p><a>Home</a> › <a>Guides</a> › <a>Tides.</a></p>`.
 */
export function endsOnOwnStop(element: Element): boolean {
  const last = edgeTextWhere(element, true, (text) => Boolean(text.nodeValue?.trim()));
  const text = last?.nodeValue ?? '';
  if (!last || !/\.\s*$/u.test(text) || /\.\.\s*$/u.test(text)) return false;
  const link = last.parentElement?.closest('a');
  return !link || !element.contains(link);
}
