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
 *
 * A `<noscript>`'s content is read as markup by default, as a reader with scripts off sees it:
 * scripts never run here, and the noscript is the page's own stand-in for what they would show
 * (a blog that renders its post from a script template keeps a copy of the post there). With
 * `scripting: true` it is read as the content script's browser reads it with scripts on: one run
 * of raw text, which no reader sees (see the golden parity check, tests/e2e/golden-parity).
 * The default is not a whole scripting-off parse: parse5 builds the tree with its scripting flag
 * on either way, and happy-dom's own parser, which always reads a noscript's content as markup,
 * reads it from the copy; with `scripting: true` that text is escaped in the copy.
 */
export function openHtml(
  html: string,
  url: string,
  { scripting = false }: { scripting?: boolean } = {},
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
    serialize(parse(html), { scriptingEnabled: !scripting }),
    'text/html',
  ) as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}

/** Parses saved HTML into a Document (see openHtml). */
export function parseHtml(html: string, url: string, options?: { scripting?: boolean }): Document {
  return openHtml(html, url, options).document;
}
