/**
 * A list whose items are sentences of the story's own, not links to other stories: the teaser
 * rule of removeNoise (a small box that links away and whose text stops mid-sentence) read a
 * list's last item ("… Severely restricted", a linked term) as a teaser's cut and removed the
 * whole list, a definition list in a technical article among them. A list of teasers is mostly
 * links; a list of the story's points is mostly its own words, most items ending a sentence.
 *
 * Evidence: Readability's test page of a fetch API tutorial holds a list of response types, each
 * item "<code>"basic"</code>: normal, same origin response, …." with one linked term; bare
 * Readability keeps it, and it is the article's text.
 */
import { childElements, descendantsWhere, selectorTest } from './dom-walk';

const IS_A = selectorTest('a');
/** A list of points has at least this many items (unit: items). */
const SENTENCE_LIST_MIN_ITEMS = 2;
/** Teaser lists are mostly links; a list of the story's sentences links less than this share of its text (unit: ratio 0..1). */
const SENTENCE_LIST_MAX_LINK_SHARE = 0.3;
/** A sentence's end: a stop, possibly inside closing quotes or brackets. */
const SENTENCE_END = /[.!?。！？]["'”’»)\]]*$/u;
/** An ellipsis ("…", "...") is a teaser's cut, not a sentence's end. */
const ELLIPSIS_END = /(?:…|\.\.)["'”’»)\]]*$/u;

/**
 * True when `element` is a list (ul, ol) of at least two items, more than half of which end a
 * sentence, with less than SENTENCE_LIST_MAX_LINK_SHARE of its text in links. Example: a list of
 * "High tide: the water covers the marsh twice a day.", "Neap tide: the smallest range, at the
 * half moon.", "Spring tide: the largest range, see the <a>tide tables</a>".
 */
export function isSentenceList(element: Element): boolean {
  if (element.tagName !== 'UL' && element.tagName !== 'OL') return false;
  const items = childElements(element).filter((child) => child.tagName === 'LI');
  if (items.length < SENTENCE_LIST_MIN_ITEMS) return false;
  let ended = 0;
  for (const item of items) {
    const text = (item.textContent ?? '').trim();
    if (SENTENCE_END.test(text) && !ELLIPSIS_END.test(text)) ended++;
  }
  if (ended * 2 <= items.length) return false;
  const chars = letterCount(element.textContent ?? '');
  let linked = 0;
  for (const link of descendantsWhere(element, IS_A)) linked += letterCount(link.textContent ?? '');
  return chars > 0 && linked < chars * SENTENCE_LIST_MAX_LINK_SHARE;
}

/** The characters of a text other than white space. */
function letterCount(text: string): number {
  return text.replace(/\s+/g, '').length;
}
