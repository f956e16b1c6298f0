import { Window } from 'happy-dom';
import { parse, serialize } from 'parse5';

/**
 * Opens saved HTML as a Document in Node with happy-dom, with scripts, styles, frames and every
 * network load switched off: a page under test never runs code or fetches anything. `close`
 * frees the window (worth it when parsing hundreds of pages in one process).
 *
 * The markup is first put through parse5, which builds the tree by the HTML standard's parsing
 * rules, as Chromium and Firefox do, and written back out: happy-dom's own parser does not follow
 * those rules for broken markup (text or a `<div>` written straight inside a `<table>` is not
 * moved out before it; a `<b>` closed inside the `<p>` it opened before is not split), and on
 * such pages it built a different tree from the one the content script reads in
 * the browser (on cleaneval-dev it cost bare Readability 79 F1 points on one page; see README,
 * "Extraction"). Well-formed markup comes out the same.
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
  const document = new window.DOMParser().parseFromString(
    serialize(parse(html)),
    'text/html',
  ) as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}

/** Parses saved HTML into a Document (see openHtml). */
export function parseHtml(html: string, url: string): Document {
  return openHtml(html, url).document;
}
