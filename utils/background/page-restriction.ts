import { browser } from 'wxt/browser';
import { restrictedContentType, restrictedReason } from '../restricted';
import type { TabState } from '../tab-state';

/**
 * Background glue (utils/background/ is the one place under utils/ besides messages.ts and
 * storage.ts that calls browser.*; only entrypoints/background.ts imports it).
 */

/** True when the reader turned on "Allow access to file URLs" for Story Lens. */
async function fileAccess(): Promise<boolean> {
  try {
    return (await browser.extension.isAllowedFileSchemeAccess()) === true;
  } catch {
    return false;
  }
}

/** The MIME type of the tab's document, or null when the page cannot be asked. */
async function contentTypeOf(tabId: number): Promise<string | null> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => document.contentType,
    });
    return typeof injection?.result === 'string' ? injection.result : null;
  } catch {
    return null;
  }
}

/**
 * Why Story Lens cannot read a tab at this address, or null when it may try: browser pages,
 * source views, the web stores, local files without "Allow access to file URLs".
 */
export async function pageRestriction(url: string | null): Promise<string | null> {
  return url === null ? null : restrictedReason(url, { fileAccess: await fileAccess() });
}

/**
 * A page with no story may be a document the browser shows in a viewer (a PDF whose address does
 * not end in .pdf, an image): then the reader gets that explanation rather than "no text". Asks
 * the page only in that case, so a story costs no extra injection.
 */
export async function explainNoStory(tabId: number, state: TabState): Promise<TabState> {
  if (state.status !== 'no-story') return state;
  const reason = restrictedContentType(await contentTypeOf(tabId));
  return reason ? { status: 'restricted', url: state.url, reason } : state;
}
