import { Window } from 'happy-dom';

/**
 * Opens saved HTML as a Document in Node with happy-dom, with scripts, styles, frames and every
 * network load switched off: a page under test never runs code or fetches anything. `close`
 * frees the window (worth it when parsing hundreds of pages in one process).
 */
export function openHtml(
  html: string,
  url: string,
): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}

/** Parses saved HTML into a Document (see openHtml). */
export function parseHtml(html: string, url: string): Document {
  return openHtml(html, url).document;
}
