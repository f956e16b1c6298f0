/**
 * Element lookups as plain walks of the tree: the same elements, in the same (document) order, as
 * querySelectorAll, closest and querySelector with lists of tags and attribute selectors, without
 * a selector engine. Extraction asks such questions of every block of a page; a DOM written in JavaScript
 * (happy-dom, which the tests and `npm run bench` use) matches a selector list with one walk of
 * the tree per selector in the list, and a walk here is one walk whatever the list.
 * Tags are compared by localName, lower-case, as a CSS type selector compares them.
 */

/** A test on one element. */
export type ElementTest = (element: Element) => boolean;

/**
 * One selector of the lists selectorTest reads: a tag, attributes (`[name]`, `[name="value"]`,
 * `[name*="part"]`), or both.
 */
const SIMPLE_SELECTOR = /^([a-z][a-z0-9-]*)?((?:\[[a-z][a-z-]*(?:\*?="[^"\\]*")?\])*)$/;
const ATTRIBUTE = /\[([a-z][a-z-]*)(?:(\*?)="([^"\\]*)")?\]/g;

interface AttributeTest {
  name: string;
  /** Undefined: the attribute is present. */
  value: string | undefined;
  /** The value is a part of the attribute's (`*=`), not all of it. */
  part: boolean;
}

function hasAttributes(element: Element, attributes: AttributeTest[]): boolean {
  for (const { name, value, part } of attributes) {
    if (value === undefined) {
      if (!element.hasAttribute(name)) return false;
      continue;
    }
    const actual = element.getAttribute(name);
    if (actual === null || (part ? !actual.includes(value) : actual !== value)) return false;
  }
  return true;
}

/**
 * A test for a selector list of tags and attribute selectors ("nav, footer, [role=\"search\"],
 * [hidden]"): element.matches(selectors) for those lists. Throws on any other selector, so a list
 * it cannot read fails at once rather than matching wrongly.
 */
export function selectorTest(selectors: string): ElementTest {
  const tags = new Set<string>();
  const others: ElementTest[] = [];
  for (const part of selectors.split(',').map((selector) => selector.trim())) {
    const match = SIMPLE_SELECTOR.exec(part);
    if (!match || (!match[1] && !match[2])) throw new Error(`selectorTest cannot read "${part}"`);
    const tag = match[1];
    const attributes = Array.from(
      (match[2] ?? '').matchAll(ATTRIBUTE),
      (found): AttributeTest => ({
        name: found[1] as string,
        value: found[3],
        part: found[2] === '*',
      }),
    );
    if (tag && attributes.length === 0) {
      tags.add(tag);
      continue;
    }
    others.push(
      (element) => (!tag || element.localName === tag) && hasAttributes(element, attributes),
    );
  }
  return (element) => tags.has(element.localName) || others.some((test) => test(element));
}

/**
 * The elements inside `root` (not `root` itself) that pass `test`, in document order: what
 * `Array.from(root.querySelectorAll(selector))` returns for a selector that `test` decides.
 * Example: descendantsWhere(body, selectorTest('h2, h3')) ≡ Array.from(body.querySelectorAll('h2, h3')).
 */
export function descendantsWhere(root: Element, test: ElementTest): Element[] {
  const found: Element[] = [];
  const visit = (parent: Element) => {
    for (const child of parent.children) {
      if (test(child)) found.push(child);
      if (child.firstElementChild) visit(child);
    }
  };
  visit(root);
  return found;
}

/**
 * The first element inside `root` (not `root` itself) that passes `test`, in document order, or
 * null: `root.querySelector(selector)`.
 * Example: firstDescendantWhere(p, selectorTest('a')) ≡ p.querySelector('a').
 */
export function firstDescendantWhere(root: Element, test: ElementTest): Element | null {
  for (const child of root.children) {
    if (test(child)) return child;
    if (child.firstElementChild) {
      const found = firstDescendantWhere(child, test);
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

/** The first element of a document that passes `test`, or null: `doc.querySelector(selector)`. */
export function firstDocumentElementWhere(doc: Document, test: ElementTest): Element | null {
  const root = doc.documentElement;
  if (!root) return null;
  return test(root) ? root : firstDescendantWhere(root, test);
}
