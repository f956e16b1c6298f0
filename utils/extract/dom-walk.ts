/**
 * Element lookups as plain walks of the tree: the same elements, in the same (document) order, as
 * querySelectorAll, closest and querySelector with lists of tags and attribute selectors, without
 * a selector engine. Extraction asks such questions of every block of a page; a DOM written in JavaScript
 * (happy-dom, which the tests and `npm run bench` use) matches a selector list with one walk of
 * the tree per selector in the list, and a walk here is one walk whatever the list.
 * Tags are compared by localName, lower-case, as a CSS type selector compares them.
 */

/** Each getElementsByTagName asked about (a document's): is it the browser's own (native code)? */
const nativeLookups = new Map<unknown, boolean>();

/**
 * True when `doc`'s DOM looks elements up natively (a browser's, where the content script runs):
 * there a native tag lookup beats a walk in JavaScript; in a DOM written in JavaScript (happy-dom,
 * the tests' and `npm run bench`'s) the walk is faster. The answer is kept per implementation.
 */
export function hasNativeLookups(doc: Document): boolean {
  const lookup = doc.getElementsByTagName;
  let native = nativeLookups.get(lookup);
  if (native === undefined) {
    native = /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(lookup));
    nativeLookups.set(lookup, native);
  }
  return native;
}

/** linksSiblings' answer for every node while set (see walkBySiblingLinks), else null. */
let forcedLinks: boolean | null = null;

/**
 * Makes linksSiblings answer `links` for every node until called with null: the tests read
 * happy-dom's pages both ways, as a browser's DOM is read and as happy-dom's is.
 */
export function walkBySiblingLinks(links: boolean | null): void {
  forcedLinks = links;
}

/** The document linksSiblings last answered for, and its answer. */
let lastDocument: Document | null = null;
let lastLinks = false;

/**
 * True when the walks should step from a node to its next sibling (`nextElementSibling`) rather
 * than iterate its parent's list of children: in a browser's DOM the sibling link is a field
 * and iterating a live HTMLCollection is several times slower, while happy-dom finds a node's
 * next sibling by its index in the parent's list, so there the list is iterated.
 * Example: in Chromium, linksSiblings(document.body) → true; in happy-dom → false.
 */
export function linksSiblings(node: Node): boolean {
  if (forcedLinks !== null) return forcedLinks;
  const doc = node.ownerDocument ?? (node as Document);
  if (doc !== lastDocument) {
    lastDocument = doc;
    lastLinks = hasNativeLookups(doc);
  }
  return lastLinks;
}

/**
 * The element children of `parent`, in order, as an array: `Array.from(parent.children)`, read
 * along the sibling links where linksSiblings says those are the faster way.
 */
export function childElements(parent: Element): Element[] {
  if (!linksSiblings(parent)) return Array.from(parent.children);
  const children: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling)
    children.push(child);
  return children;
}

/**
 * The node after `node` in document order within `root`, passing over `node`'s own children (a
 * walk steps into those itself when it wants them): its next sibling, or the next sibling of its
 * nearest ancestor below `root` that has one; null past `root`'s last node.
 * Example: in `<div><p>a<b>b</b></p>c</div>`, nextOutside(the b element, div) → the text "c".
 */
export function nextOutside(node: Node, root: Node): Node | null {
  let at: Node | null = node;
  while (at && at !== root && !at.nextSibling) at = at.parentNode;
  return !at || at === root ? null : at.nextSibling;
}

/**
 * The first text node under `element` in document order (with `fromEnd`, the last) that passes
 * `test`, found by a walk from that end that stops there, so a long rest of the element is not read.
 * Example: in `<p>Web sites: <a>Tide Tables</a>.</p>`, edgeTextWhere(p, true, visible) → ".".
 */
export function edgeTextWhere(
  element: Element,
  fromEnd: boolean,
  test: (text: Text) => boolean,
): Text | null {
  const first = (node: Node) => (fromEnd ? node.lastChild : node.firstChild);
  const next = (node: Node) => (fromEnd ? node.previousSibling : node.nextSibling);
  let node: Node | null = first(element);
  while (node) {
    if (node.nodeType === 3 /* Node.TEXT_NODE */) {
      if (test(node as Text)) return node as Text;
    } else if (first(node)) {
      node = first(node);
      continue;
    }
    while (node && node !== element && !next(node)) node = node.parentNode;
    node = !node || node === element ? null : next(node);
  }
  return null;
}

/** A test on one element. */
export type ElementTest = (element: Element) => boolean;

/**
 * One selector of the lists selectorTest reads: a tag, attributes (`[name]`, `[name="value"]`,
 * `[name*="part"]`, `[name~="word"]`), or both.
 */
const SIMPLE_SELECTOR = /^([a-z][a-z0-9-]*)?((?:\[[a-z][a-z-]*(?:[*~]?="[^"\\]*")?\])*)$/;
const ATTRIBUTE = /\[([a-z][a-z-]*)(?:([*~]?)="([^"\\]*)")?\]/g;

interface AttributeTest {
  /** Index of the attribute's name in the list's names: each is read once per element. */
  name: number;
  /** Undefined: the attribute is present. */
  value: string | undefined;
  /** The value is a part of the attribute's (`*=`), or one of its space-separated words (`~=`). */
  match: '' | '*' | '~';
}

/** True when an attribute's value `actual` passes a test's value and match (see AttributeTest). */
function valuePasses(actual: string, value: string | undefined, match: AttributeTest['match']) {
  if (value === undefined) return true;
  if (match === '*') return actual.includes(value);
  return match === '~' ? actual.split(/[ \t\n\f\r]+/).includes(value) : actual === value;
}

/** One selector with attributes: its tag, if any, and its attribute tests. */
interface AttributeSelector {
  tag: string | undefined;
  attributes: AttributeTest[];
}

/**
 * A test for a selector list of tags and attribute selectors ("nav, footer, [role=\"search\"],
 * [hidden]"): element.matches(selectors) for those lists. Throws on any other selector, so a list
 * it cannot read fails at once rather than matching wrongly. An element without attributes is
 * judged by its tag alone, and each attribute the list names is read at most once per element
 * (a list of seven roles reads `role` once): attribute lookups are most of a walk's cost.
 */
export function selectorTest(selectors: string): ElementTest {
  const tags = new Set<string>();
  const names: string[] = [];
  const withAttributes: AttributeSelector[] = [];
  for (const part of selectors.split(',').map((selector) => selector.trim())) {
    const match = SIMPLE_SELECTOR.exec(part);
    if (!match || (!match[1] && !match[2])) throw new Error(`selectorTest cannot read "${part}"`);
    const tag = match[1];
    const attributes = Array.from((match[2] ?? '').matchAll(ATTRIBUTE), (found): AttributeTest => {
      const name = found[1] as string;
      if (!names.includes(name)) names.push(name);
      return {
        name: names.indexOf(name),
        value: found[3],
        match: (found[2] ?? '') as '' | '*' | '~',
      };
    });
    if (tag && attributes.length === 0) tags.add(tag);
    else withAttributes.push({ tag, attributes });
  }
  if (withAttributes.length === 0) return (element) => tags.has(element.localName);
  // The values read for the element being tested: undefined until read, null when absent.
  const values: (string | null | undefined)[] = names.map(() => undefined);
  const passes = (element: Element, { name, value, match }: AttributeTest): boolean => {
    let actual = values[name];
    if (actual === undefined) {
      actual = element.getAttribute(names[name] as string);
      values[name] = actual;
    }
    return actual !== null && valuePasses(actual, value, match);
  };
  return (element) => {
    const tag = element.localName;
    if (tags.has(tag)) return true;
    // Every selector left needs an attribute.
    if (!element.hasAttributes()) return false;
    values.fill(undefined);
    for (const selector of withAttributes) {
      if (selector.tag && selector.tag !== tag) continue;
      if (selector.attributes.every((test) => passes(element, test))) return true;
    }
    return false;
  };
}

/**
 * The elements inside `root` (not `root` itself) that pass `test`, in document order: what
 * `Array.from(root.querySelectorAll(selector))` returns for a selector that `test` decides.
 * Example: descendantsWhere(body, selectorTest('h2, h3')) ≡ Array.from(body.querySelectorAll('h2, h3')).
 */
export function descendantsWhere(root: Element, test: ElementTest): Element[] {
  const found: Element[] = [];
  collectWhere(root, test, found);
  return found;
}

/** Adds the elements inside `parent` that pass `test` to `found`, in document order. */
function collectWhere(parent: Element, test: ElementTest, found: Element[]): void {
  if (linksSiblings(parent)) collectLinked(parent, test, found);
  else collectListed(parent, test, found);
}

function collectListed(parent: Element, test: ElementTest, found: Element[]): void {
  for (const child of parent.children) {
    if (test(child)) found.push(child);
    if (child.firstElementChild) collectListed(child, test, found);
  }
}

function collectLinked(parent: Element, test: ElementTest, found: Element[]): void {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (test(child)) found.push(child);
    if (child.firstElementChild) collectLinked(child, test, found);
  }
}

/**
 * The first element inside `root` (not `root` itself) that passes `test`, in document order, or
 * null: `root.querySelector(selector)`.
 * Example: firstDescendantWhere(p, selectorTest('a')) ≡ p.querySelector('a').
 */
export function firstDescendantWhere(root: Element, test: ElementTest): Element | null {
  return linksSiblings(root) ? firstLinked(root, test) : firstListed(root, test);
}

function firstListed(root: Element, test: ElementTest): Element | null {
  for (const child of root.children) {
    if (test(child)) return child;
    if (child.firstElementChild) {
      const found = firstListed(child, test);
      if (found) return found;
    }
  }
  return null;
}

function firstLinked(root: Element, test: ElementTest): Element | null {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (test(child)) return child;
    if (child.firstElementChild) {
      const found = firstLinked(child, test);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The element itself or its nearest ancestor that passes `test`, or null: `element.closest(selector)`.
 * Example: closestWhere(span, selectorTest('p, li')) ≡ span.closest('p, li').
 */
export function closestWhere(element: Element, test: ElementTest): Element | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (test(node)) return node;
  }
  return null;
}

/**
 * The elements of a document that pass `test`, in document order, the root element included:
 * `Array.from(doc.querySelectorAll(selector))`.
 */
export function documentElementsWhere(doc: Document, test: ElementTest): Element[] {
  const root = doc.documentElement;
  if (!root) return [];
  const found = descendantsWhere(root, test);
  if (test(root)) found.unshift(root);
  return found;
}

/**
 * The first `max` elements of a document that pass `test`, in document order, the root element
 * included: `Array.from(doc.querySelectorAll(selector)).slice(0, max)`, read no further than the
 * last of them.
 */
export function documentElementsUpTo(doc: Document, test: ElementTest, max: number): Element[] {
  const root = doc.documentElement;
  if (!root || max <= 0) return [];
  const found: Element[] = test(root) ? [root] : [];
  const linked = linksSiblings(root);
  const visit = (parent: Element): boolean => {
    if (linked) {
      for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
        if (test(child) && found.push(child) >= max) return true;
        if (child.firstElementChild && visit(child)) return true;
      }
      return false;
    }
    for (const child of parent.children) {
      if (test(child) && found.push(child) >= max) return true;
      if (child.firstElementChild && visit(child)) return true;
    }
    return false;
  };
  if (found.length < max) visit(root);
  return found;
}

/** The first element of a document that passes `test`, or null: `doc.querySelector(selector)`. */
export function firstDocumentElementWhere(doc: Document, test: ElementTest): Element | null {
  const root = doc.documentElement;
  if (!root) return null;
  return test(root) ? root : firstDescendantWhere(root, test);
}

/** One selector list compiled for selectorSort: its tags, and its selectors with attributes. */
interface CompiledList {
  tags: Set<string>;
  withAttributes: AttributeSelector[];
  /** The tags of withAttributes when each names one ("meta[content]"), else null. */
  attributeTags: Set<string> | null;
}

/** For one tag, the lists selectorSort puts an element of that tag in by its tag alone, and the
 * selectors with attributes (those without a tag or with this one) of the lists it may be in. */
/** selectorSort's plans are forgotten when it holds this many (unit: tags). */
const TAG_PLANS_MAX = 512;

interface TagPlan {
  byTag: number[];
  byAttributes: { list: number; selectors: AttributeSelector[] }[];
}

/**
 * Sorts the elements inside a root (not the root itself) by selector lists of tags and attribute
 * selectors (as selectorTest reads them), in one walk: one list of elements per selector list, in
 * document order, `lists.map((list) => Array.from(root.querySelectorAll(list)))`. Each attribute
 * any list names is read at most once per element, whatever the number of lists that name it.
 * Example: selectorSort(['h1, h2', 'p', '[class]'])(body) → [headings, paragraphs, classed].
 */
export function selectorSort(lists: readonly string[]): (root: Element) => Element[][] {
  const names: string[] = [];
  const compiled = lists.map((selectors): CompiledList => {
    const tags = new Set<string>();
    const withAttributes: AttributeSelector[] = [];
    for (const part of selectors.split(',').map((selector) => selector.trim())) {
      const match = SIMPLE_SELECTOR.exec(part);
      if (!match || (!match[1] && !match[2])) throw new Error(`selectorSort cannot read "${part}"`);
      const tag = match[1];
      const attributes = Array.from(
        (match[2] ?? '').matchAll(ATTRIBUTE),
        (found): AttributeTest => {
          const name = found[1] as string;
          if (!names.includes(name)) names.push(name);
          return {
            name: names.indexOf(name),
            value: found[3],
            match: (found[2] ?? '') as '' | '*' | '~',
          };
        },
      );
      if (tag && attributes.length === 0) tags.add(tag);
      else withAttributes.push({ tag, attributes });
    }
    const attributeTags = withAttributes.every((selector) => selector.tag)
      ? new Set(withAttributes.map((selector) => selector.tag as string))
      : null;
    return { tags, withAttributes, attributeTags };
  });
  // The values read for the element being sorted: undefined until read, null when absent.
  const values: (string | null | undefined)[] = names.map(() => undefined);
  let current: Element | null = null;
  const passes = ({ name, value, match }: AttributeTest): boolean => {
    let actual = values[name];
    if (actual === undefined) {
      actual = (current as Element).getAttribute(names[name] as string);
      values[name] = actual;
    }
    return actual !== null && valuePasses(actual, value, match);
  };
  // What each tag needs, worked out when the tag is first met: the lists its tag alone puts an
  // element in, and for each other list the selectors with attributes that may match it. A
  // page's elements share a few dozen tags, so an element is sorted with one lookup by tag.
  const plans = new Map<string, TagPlan>();
  const planFor = (tag: string): TagPlan => {
    const byTag: number[] = [];
    const byAttributes: { list: number; selectors: AttributeSelector[] }[] = [];
    compiled.forEach(({ tags, withAttributes, attributeTags }, list) => {
      if (tags.has(tag)) byTag.push(list);
      else if (withAttributes.length > 0 && (!attributeTags || attributeTags.has(tag))) {
        const selectors = withAttributes.filter(
          (selector) => !selector.tag || selector.tag === tag,
        );
        if (selectors.length > 0) byAttributes.push({ list, selectors });
      }
    });
    const plan = { byTag, byAttributes };
    // Custom elements bring names of their own: the plans are kept for a few hundred tags at most.
    if (plans.size >= TAG_PLANS_MAX) plans.clear();
    plans.set(tag, plan);
    return plan;
  };
  const sortOne = (child: Element, found: Element[][]): void => {
    const tag = child.localName;
    const { byTag, byAttributes } = plans.get(tag) ?? planFor(tag);
    for (let i = 0; i < byTag.length; i++) (found[byTag[i] as number] as Element[]).push(child);
    // Attributes are looked at only when a list's tags do not decide, and only if there are any.
    if (byAttributes.length === 0 || !child.hasAttributes()) return;
    current = child;
    values.fill(undefined);
    for (const { list, selectors } of byAttributes) {
      for (const selector of selectors) {
        if (selector.attributes.every(passes)) {
          (found[list] as Element[]).push(child);
          break;
        }
      }
    }
  };
  const sortListed = (parent: Element, found: Element[][]): void => {
    for (const child of parent.children) {
      sortOne(child, found);
      if (child.firstElementChild) sortListed(child, found);
    }
  };
  const sortLinked = (parent: Element, found: Element[][]): void => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      sortOne(child, found);
      if (child.firstElementChild) sortLinked(child, found);
    }
  };
  return (root) => {
    const found = compiled.map((): Element[] => []);
    if (linksSiblings(root)) sortLinked(root, found);
    else sortListed(root, found);
    current = null;
    return found;
  };
}
