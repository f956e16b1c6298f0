import { readPageInSteps } from '../utils/extract';
import { copyPageInSteps, type PageCopy } from '../utils/extract/bounded-copy';
import {
  findTextRange,
  HIGHLIGHT_CSS,
  HIGHLIGHT_NAME,
  highlightCss,
  highlightScope,
} from '../utils/locate-text';
import { onContentMessage, type PageHighlight } from '../utils/messages';
import type { PageReading } from '../utils/page-reading';
import { type ErrorState, errorMessage, type HighlightResult } from '../utils/tab-state';

function clearHighlight(): HighlightResult {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
  return { found: false };
}

/** The sheet this script adopted into the document for the highlight, and its rule. */
let documentSheet: { css: string; sheet: CSSStyleSheet } | null = null;

/**
 * Styles the highlight with a constructed sheet adopted by the range's root (the document, or
 * the shadow root a story lives in: it does not see document styles), limited to the range's
 * scope (highlightScope). No element is added to the page. A sheet inserted by
 * scripting.insertCSS instead restyles every element of the page, whatever its selector (1.3 s
 * on a 200k-node page, issue 15); Firefox, whose content scripts see the page's adopted sheets
 * through a wrapper, leaves it to the background (see the `scope` the highlight answers with).
 */
function styleHighlight(range: Range): void {
  const root = range.startContainer.getRootNode();
  if (typeof CSSStyleSheet !== 'function') return;
  if (root instanceof ShadowRoot) {
    const marked = root as ShadowRoot & { __storyLensStyled?: boolean };
    if (marked.__storyLensStyled) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    marked.__storyLensStyled = true;
    return;
  }
  const css = highlightCss(highlightScope(range));
  if (documentSheet?.css === css) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const previous = documentSheet?.sheet;
  document.adoptedStyleSheets = [
    ...document.adoptedStyleSheets.filter((adopted) => adopted !== previous),
    sheet,
  ];
  documentSheet = { css, sheet };
}

/** Where a story usually is: searched first, so a huge page's comments and menus are not indexed. */
const STORY_REGION = 'article, main, [role="main"]';

/** A sentence's range in the story's region, else anywhere in the page. */
function findInPage(text: string): Range | null {
  const region = document.querySelector(STORY_REGION);
  return (
    (region && findTextRange(region, text)) ?? (document.body && findTextRange(document.body, text))
  );
}

function highlight(text: string): PageHighlight {
  clearHighlight();
  const range = findInPage(text);
  if (!range) return { found: false };
  const styledHere = !import.meta.env.FIREFOX;
  if (typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function') {
    if (styledHere) styleHighlight(range);
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
  } else {
    // Older browsers: the selection marks the sentence without touching the page's DOM.
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return styledHere ? { found: true } : { found: true, scope: highlightScope(range) };
}

/** Lets the page run its own tasks (input, rendering) between two steps of reading it. */
function pause(): Promise<void> {
  return new Promise((resume) => setTimeout(resume, 0));
}

declare global {
  // Set once per page so a second injection does not add a second listener.
  var __storyLensListening: boolean | undefined;
}

export default defineContentScript({
  registration: 'runtime',
  // Copies the page within its budget, in short steps. In Chromium the copy goes to the
  // offscreen document, which parses it and runs Readability off the page's thread; Firefox's
  // background is a page and has no offscreen API, so there the extraction runs here, after the
  // copy. The background analyzes either. executeScript waits for the returned promise.
  async main(): Promise<PageCopy | PageReading | ErrorState> {
    if (!globalThis.__storyLensListening) {
      globalThis.__storyLensListening = true;
      onContentMessage({
        highlight: (message) => highlight(message.text),
        clearHighlight,
        stillShows: (message) => ({
          found: Boolean(findInPage(message.text)),
        }),
      });
    }
    try {
      return import.meta.env.FIREFOX
        ? await readPageInSteps(document, location.href, pause)
        : await copyPageInSteps(document, location.href, pause);
    } catch (error) {
      return {
        status: 'error',
        url: location.href,
        message: `Story Lens could not read this page (${errorMessage(error)}).`,
      };
    }
  },
});
