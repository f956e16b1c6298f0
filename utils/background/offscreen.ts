import { browser } from 'wxt/browser';
import type { PageCopy } from '../extract/bounded-copy';
import { sendToOffscreen } from '../messages';
import type { PageReading } from '../page-reading';

/** Chromium's offscreen API (the polyfill passes it through; Firefox has none). */
interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

/** The page the offscreen document loads (entrypoints/offscreen/). */
export const OFFSCREEN_PAGE = '/offscreen.html';

/** A document being created, so that two tabs read at once do not create two (Chromium allows one). */
let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(api: OffscreenApi): Promise<void> {
  if (await api.hasDocument?.()) return;
  creating ??= api
    .createDocument({
      url: browser.runtime.getURL(OFFSCREEN_PAGE),
      reasons: ['DOM_PARSER'],
      justification: "Parse a copy of the page and find its story off the page's main thread.",
    })
    .catch((error: unknown) => {
      // Created meanwhile by another reading: that one serves.
      if (!/single offscreen|only one/i.test(String(error))) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/**
 * Extracts the story of a page's bounded copy in the offscreen document (issue 15: Readability
 * on a large page held the page's thread for seconds). Throws when the browser has no offscreen
 * API or the document does not answer.
 */
export async function readCopyOffscreen(copy: PageCopy): Promise<PageReading> {
  const api = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  if (!api) throw new Error('this browser cannot read a page off its thread');
  await ensureOffscreenDocument(api);
  return sendToOffscreen({ type: 'readCopy', copy });
}
