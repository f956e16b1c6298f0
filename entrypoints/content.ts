import { readPage } from '../utils/extract';
import { findTextRange } from '../utils/locate-text';
import type { ContentProtocol, Envelope } from '../utils/messages';
import type { PageReading } from '../utils/page-reading';
import { type ErrorState, errorMessage, type HighlightResult } from '../utils/tab-state';

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

/** The part of the native runtime API the content script uses. */
interface NativeRuntime {
  onMessage: {
    addListener(
      listener: (
        message: unknown,
        sender: unknown,
        sendResponse: (response: unknown) => void,
      ) => boolean,
    ): void;
  };
}

/** Firefox exposes `browser`, Chromium `chrome`; both take a synchronous sendResponse. */
function nativeRuntime(): NativeRuntime {
  const api = globalThis as unknown as {
    browser?: { runtime: NativeRuntime };
    chrome?: { runtime: NativeRuntime };
  };
  return (api.browser ?? api.chrome)?.runtime as NativeRuntime;
}

declare global {
  // Set once per page so a second injection does not add a second listener.
  var __storyLensListening: boolean | undefined;
}

export default defineContentScript({
  registration: 'runtime',
  // Reads the story (DOM work, here in the page); the background analyzes it off the page's thread.
  main(): PageReading | ErrorState {
    if (!globalThis.__storyLensListening) {
      globalThis.__storyLensListening = true;
      // Highlighting answers synchronously, so the native API (sendResponse) is enough here and
      // the content script need not carry webextension-polyfill (its bundle has a 40 kB budget).
      nativeRuntime().onMessage.addListener((message, _sender, sendResponse) => {
        const request = message as ContentMessage;
        if (request?.type === 'highlight') sendResponse(highlight(request.text));
        else if (request?.type === 'clearHighlight') sendResponse(clearHighlight());
        return false;
      });
    }
    try {
      return readPage(document, location.href);
    } catch (error) {
      return {
        status: 'error',
        url: location.href,
        message: `Story Lens could not read this page (${errorMessage(error)}).`,
      };
    }
  },
});
