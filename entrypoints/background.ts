import { explainNoStory, pageRestriction } from '../utils/background/page-restriction';
import { registerReaderCommands } from '../utils/background/reader-commands';
import {
  type BackgroundProtocol,
  broadcastTabState,
  type Envelope,
  sendToTab,
} from '../utils/messages';
import { isPageReading, type PageReading, summarizeReading } from '../utils/page-reading';
import { restrictedReason } from '../utils/restricted';
import {
  errorMessage,
  type HighlightResult,
  isErrorState,
  type TabState,
} from '../utils/tab-state';

/** The highlight's look, inserted as a user stylesheet so the page's DOM is not touched. */
const HIGHLIGHT_CSS = '::highlight(story-lens) { background-color: #ffd54f; color: #111; }';

const NO_ACCESS =
  'Browsers let an extension read a page only after you ask. Click the Story Lens icon in the toolbar on this tab, then try again.';

type BackgroundMessage = {
  [K in keyof BackgroundProtocol]: Envelope<BackgroundProtocol, K>;
}[keyof BackgroundProtocol];

function cacheKey(tabId: number): `session:tab-${number}` {
  return `session:tab-${tabId}`;
}

async function readState(tabId: number): Promise<TabState | null> {
  return storage.getItem<TabState>(cacheKey(tabId));
}

async function writeState(tabId: number, state: TabState): Promise<TabState> {
  await storage.setItem(cacheKey(tabId), state);
  broadcastTabState(tabId);
  return state;
}

async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

async function getTabState(tabId: number): Promise<TabState> {
  const url = await tabUrl(tabId);
  const cached = await readState(tabId);
  if (cached && (url === null || cached.url === url)) return cached;
  // A browser page will never have a summary: say so rather than "not analyzed yet".
  const reason = await pageRestriction(url);
  if (reason) return { status: 'restricted', url, reason };
  return { status: 'idle', url };
}

/**
 * Explains why an injection failed. When the tab's URL was hidden from us, Chromium's error
 * still names what kind of page it was ("Cannot access a chrome:// URL", "The extensions
 * gallery cannot be scripted").
 */
function injectionFailure(url: string | null, message: string): TabState {
  const scheme = /\b([a-z-]+):\/\/ URL/i.exec(message)?.[1];
  if (scheme)
    return { status: 'restricted', url, reason: restrictedReason(`${scheme}://page`) ?? NO_ACCESS };
  if (/gallery cannot be scripted/i.test(message)) {
    return {
      status: 'restricted',
      url,
      reason: restrictedReason('https://chromewebstore.google.com/') ?? NO_ACCESS,
    };
  }
  if (/cannot access|permission|cannot be scripted|missing host/i.test(message)) {
    return { status: 'restricted', url, reason: NO_ACCESS };
  }
  return { status: 'error', url, message: `Story Lens could not read this page: ${message}` };
}

async function analyzeTab(tabId: number, force: boolean): Promise<TabState> {
  const url = await tabUrl(tabId);
  const cached = await readState(tabId);
  if (
    !force &&
    cached &&
    cached.url === url &&
    (cached.status === 'ok' || cached.status === 'no-story')
  ) {
    return cached;
  }
  // Without activeTab or host access the tab's URL is hidden; the injection below then decides.
  const reason = await pageRestriction(url);
  if (reason) return writeState(tabId, { status: 'restricted', url, reason });
  await writeState(tabId, { status: 'loading', url });
  try {
    await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/content.js'],
    });
    const result: unknown = injection?.result;
    if (isErrorState(result)) return writeState(tabId, result);
    if (isPageReading(result))
      return writeState(tabId, await explainNoStory(tabId, analyze(result)));
    return writeState(tabId, {
      status: 'error',
      url,
      message: 'Story Lens got no answer from the page. Reload it and try again.',
    });
  } catch (error) {
    const message = errorMessage(error);
    return writeState(tabId, injectionFailure(url, message));
  }
}

/** Analyzes what the content script read; analysis is pure and runs here, off the page's thread. */
function analyze(reading: PageReading): TabState {
  try {
    return summarizeReading(reading);
  } catch (error) {
    return {
      status: 'error',
      url: reading.url,
      message: `Story Lens could not analyze this story (${errorMessage(error)}).`,
    };
  }
}

async function highlight(tabId: number, text: string): Promise<HighlightResult> {
  try {
    return await sendToTab(tabId, { type: 'highlight', text });
  } catch {
    return { found: false };
  }
}

async function clearHighlight(tabId: number): Promise<HighlightResult> {
  try {
    return await sendToTab(tabId, { type: 'clearHighlight' });
  } catch {
    return { found: false };
  }
}

/** Routes one UI message to its handler. */
function handle(message: BackgroundMessage): Promise<unknown> {
  switch (message.type) {
    case 'analyzeTab':
      return analyzeTab(message.tabId, message.force ?? false);
    case 'getTabState':
      return getTabState(message.tabId);
    case 'highlight':
      return highlight(message.tabId, message.text);
    case 'clearHighlight':
      return clearHighlight(message.tabId);
  }
}

const MESSAGE_TYPES = new Set<string>(['analyzeTab', 'getTabState', 'highlight', 'clearHighlight']);

export default defineBackground(() => {
  registerReaderCommands({ analyzeTab, writeState });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own extension pages may drive the background.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = message as BackgroundMessage | null;
    if (!request || typeof request.type !== 'string' || !MESSAGE_TYPES.has(request.type))
      return undefined;
    if (typeof request.tabId !== 'number') return undefined;
    return handle(request);
  });

  // A navigation makes the cached summary stale; the side panel then says so.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined || change.status === 'loading') {
      void storage.removeItem(cacheKey(tabId)).then(() => broadcastTabState(tabId));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void storage.removeItem(cacheKey(tabId));
  });
});
