import { findTextRange } from '../utils/locate-text';
import type { ContentProtocol, Envelope } from '../utils/messages';
import { summarizeDocument } from '../utils/summarize';
import type { HighlightResult, TabState } from '../utils/tab-state';

/** Name of the CSS custom highlight; its style is inserted by the background with scripting.insertCSS. */
const HIGHLIGHT_NAME = 'story-lens';

type ContentMessage =
  | Envelope<ContentProtocol, 'highlight'>
  | Envelope<ContentProtocol, 'clearHighlight'>;

function clearHighlight(): HighlightResult {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
  return { found: false };
}

function highlight(text: string): HighlightResult {
  clearHighlight();
  const root = document.querySelector('article') ?? document.body;
  const range =
    (root && findTextRange(root, text)) ?? (document.body && findTextRange(document.body, text));
  if (!range) return { found: false };
  if (typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function') {
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
  } else {
    // Older browsers: the selection marks the sentence without touching the page's DOM.
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return { found: true };
}

declare global {
  // Set once per page so a second injection does not add a second listener.
  var __storyLensListening: boolean | undefined;
}

export default defineContentScript({
  registration: 'runtime',
  main(): TabState {
    if (!globalThis.__storyLensListening) {
      globalThis.__storyLensListening = true;
      browser.runtime.onMessage.addListener((message: unknown) => {
        const request = message as ContentMessage;
        if (request?.type === 'highlight') return Promise.resolve(highlight(request.text));
        if (request?.type === 'clearHighlight') return Promise.resolve(clearHighlight());
        return undefined;
      });
    }
    try {
      return summarizeDocument(document, location.href);
    } catch (error) {
      return {
        status: 'error',
        url: location.href,
        message: `Story Lens could not read this page (${error instanceof Error ? error.message : String(error)}).`,
      };
    }
  },
});
