import { readPageInSteps } from '../utils/extract';
import { copyPageInSteps, type PageCopy } from '../utils/extract/bounded-copy';
import { findTextRange, HIGHLIGHT_CSS, HIGHLIGHT_NAME, highlightScope } from '../utils/locate-text';
import { onContentMessage, type PageHighlight } from '../utils/messages';
import type { PageReading } from '../utils/page-reading';
import { type ErrorState, errorMessage, type HighlightResult } from '../utils/tab-state';

function clearHighlight(): HighlightResult {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
  return { found: false };
}

/**
 * The background inserts the highlight's style into the document, limited to the scope this
 * script reports (highlightScope); a shadow root does not see
 * document styles, so a story inside one gets the same rule as a constructed style sheet (no
 * element is added to the page).
 */
function styleShadowRoot(range: Range): void {
  const root = range.startContainer.getRootNode();
  if (!(root instanceof ShadowRoot) || typeof CSSStyleSheet !== 'function') return;
  const marked = root as ShadowRoot & { __storyLensStyled?: boolean };
  if (marked.__storyLensStyled) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  marked.__storyLensStyled = true;
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
  if (typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function') {
    styleShadowRoot(range);
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
  } else {
    // Older browsers: the selection marks the sentence without touching the page's DOM.
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return { found: true, scope: highlightScope(range) };
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
