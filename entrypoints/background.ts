import { readCopyOffscreen } from '../utils/background/offscreen';
import { explainNoStory, pageRestriction } from '../utils/background/page-restriction';
import { registerReaderCommands } from '../utils/background/reader-commands';
import type { PageCopy } from '../utils/extract/bounded-copy';
import { isPageCopy } from '../utils/extract/bounded-copy';
import { highlightCss } from '../utils/locate-text';
import { broadcastTabState, onBackgroundMessage, sendToTab } from '../utils/messages';
import { isPageReading, type PageReading, summarizeReading } from '../utils/page-reading';
import { restrictedReason } from '../utils/restricted';
import {
  type ErrorState,
  errorMessage,
  type HighlightResult,
  isErrorState,
  type TabState,
} from '../utils/tab-state';

const NO_ACCESS =
  'Browsers let an extension read a page only after you ask. Click the Story Lens icon in the toolbar on this tab, then try again.';

/**
 * A reading that has not finished after this long is over: the page or the worker died without
 * saying so. The slowest hostile page takes a few seconds (unit: milliseconds).
 */
export const LOADING_TIMEOUT_MS = 60_000;

/**
 * An injection that has not answered after this long never will: Chromium does not settle
 * executeScript for some tabs it hides from the extension (a view-source: tab). The slowest
 * hostile page is copied in a few seconds (unit: milliseconds).
 */
export const INJECTION_TIMEOUT_MS = 20_000;

/** What the reader sees when the page never answered the injection. */
export const NO_ANSWER = `Story Lens got no answer from this page within ${INJECTION_TIMEOUT_MS / 1000} seconds. If it shows a page's source (view-source:) or another page the browser keeps from extensions, open the page itself and try again; otherwise reload it and press Re-analyze.`;

/** Rejects with `message` when `promise` has not settled within `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

class TimeoutError extends Error {}

/** This worker instance: a `loading` state written by another one has lost its reader. */
const WORKER_ID = crypto.randomUUID();

/** Analyses in progress in this worker, so a second request for the tab joins the first. */
const inFlight = new Map<number, Promise<TabState>>();

/** Summaries session storage refused even after eviction: kept for this worker's lifetime. */
const unsaved = new Map<number, TabState>();

function cacheKey(tabId: number): `session:tab-${number}` {
  return `session:tab-${tabId}`;
}

async function readState(tabId: number): Promise<TabState | null> {
  return (await storage.getItem<TabState>(cacheKey(tabId))) ?? unsaved.get(tabId) ?? null;
}

/** True for a `loading` state nobody will finish: too old, or written by a worker now gone. */
function isAbandoned(state: TabState, now = Date.now()): boolean {
  return (
    state.status === 'loading' &&
    (state.worker !== WORKER_ID ||
      state.startedAt === undefined ||
      now - state.startedAt > LOADING_TIMEOUT_MS)
  );
}

function isQuotaError(error: unknown): boolean {
  return /quota/i.test(errorMessage(error));
}

/** Removes every other tab's cached state (the reader is looking at this one). */
async function evictOtherTabs(tabId: number): Promise<void> {
  const all = await browser.storage.session.get(null);
  const keys = Object.keys(all).filter((key) => key.startsWith('tab-') && key !== `tab-${tabId}`);
  if (keys.length > 0) await browser.storage.session.remove(keys);
}

/**
 * Stores a tab's state and tells open panels. A state too large for session storage evicts
 * the other tabs' states first; if it still does not fit it is kept in this worker's memory.
 * Never throws: a state that cannot be stored anywhere is still returned to the caller.
 */
async function writeState(tabId: number, state: TabState): Promise<TabState> {
  unsaved.delete(tabId);
  try {
    await storage.setItem(cacheKey(tabId), state);
  } catch (error) {
    if (!isQuotaError(error)) {
      unsaved.set(tabId, state);
      await storage.removeItem(cacheKey(tabId)).catch(() => undefined);
    } else {
      try {
        await evictOtherTabs(tabId);
        await storage.setItem(cacheKey(tabId), state);
      } catch {
        unsaved.set(tabId, state);
        await storage.removeItem(cacheKey(tabId)).catch(() => undefined);
      }
    }
  }
  broadcastTabState(tabId);
  return state;
}

async function forget(tabId: number): Promise<void> {
  unsaved.delete(tabId);
  await storage.removeItem(cacheKey(tabId)).catch(() => undefined);
  broadcastTabState(tabId);
}

async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

/** An address without its #fragment: moving within a page does not change the page. */
function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

function samePage(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && withoutFragment(a) === withoutFragment(b);
}

async function idleState(url: string | null): Promise<TabState> {
  // A browser page will never have a summary: say so rather than "not analyzed yet".
  const reason = await pageRestriction(url);
  return reason ? { status: 'restricted', url, reason } : { status: 'idle', url };
}

async function getTabState(tabId: number): Promise<TabState> {
  const url = await tabUrl(tabId);
  const cached = await readState(tabId);
  if (cached && !isAbandoned(cached) && (url === null || samePage(cached.url, url))) return cached;
  return idleState(url);
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

/** Injects the content script and turns what it read (or why it could not) into a state. */
async function readTab(tabId: number, url: string | null): Promise<TabState> {
  try {
    const [injection] = await withTimeout(
      browser.scripting.executeScript({
        target: { tabId },
        files: ['/content-scripts/content.js'],
      }),
      INJECTION_TIMEOUT_MS,
      NO_ANSWER,
    );
    const result: unknown = injection?.result;
    if (isErrorState(result)) return result;
    if (isPageCopy(result)) return explainNoStory(tabId, analyze(await readCopy(result)));
    if (isPageReading(result)) return explainNoStory(tabId, analyze(result));
    return {
      status: 'error',
      url,
      message: 'Story Lens got no answer from the page. Reload it and try again.',
    };
  } catch (error) {
    if (error instanceof TimeoutError) return { status: 'error', url, message: error.message };
    return injectionFailure(url, errorMessage(error));
  }
}

async function analyzeTab(tabId: number, force: boolean): Promise<TabState> {
  const running = inFlight.get(tabId);
  if (running && !force) return running;
  const analysis = runAnalysis(tabId, force);
  inFlight.set(tabId, analysis);
  try {
    return await analysis;
  } finally {
    if (inFlight.get(tabId) === analysis) inFlight.delete(tabId);
  }
}

async function runAnalysis(tabId: number, force: boolean): Promise<TabState> {
  const url = await tabUrl(tabId);
  const cached = await readState(tabId);
  if (
    !force &&
    cached &&
    samePage(cached.url, url) &&
    (cached.status === 'ok' || cached.status === 'no-story')
  ) {
    return cached;
  }
  // Without activeTab or host access the tab's URL is hidden; the injection below then decides.
  const reason = await pageRestriction(url);
  if (reason) return writeState(tabId, { status: 'restricted', url, reason });
  const loading: TabState = { status: 'loading', url, startedAt: Date.now(), worker: WORKER_ID };
  await writeState(tabId, loading);
  const result = await readTab(tabId, url);
  // The tab may have moved on while we read: a navigation clears the loading state, a newer
  // analysis replaces it. Then this result belongs to a page the tab no longer shows.
  const current = await readState(tabId);
  const stillLoading =
    current?.status === 'loading' &&
    current.startedAt === loading.startedAt &&
    current.worker === WORKER_ID;
  const nowUrl = await tabUrl(tabId);
  const readUrl = 'url' in result ? result.url : null;
  if (!stillLoading || (nowUrl !== null && readUrl !== null && !samePage(readUrl, nowUrl))) {
    return getTabState(tabId);
  }
  return writeState(tabId, result);
}

/** The story of a page's copy, extracted in the offscreen document; a failure is an error state. */
async function readCopy(copy: PageCopy): Promise<PageReading | ErrorState> {
  try {
    const reading: unknown = await readCopyOffscreen(copy);
    if (isPageReading(reading)) return reading;
    throw new Error('no answer from the offscreen document');
  } catch (error) {
    return {
      status: 'error',
      url: copy.url,
      message: `Story Lens could not read this page (${errorMessage(error)}).`,
    };
  }
}

/** Analyzes what the content script read; analysis is pure and runs here, off the page's thread. */
function analyze(reading: PageReading | ErrorState): TabState {
  if (isErrorState(reading)) return reading;
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

/** The highlight style rule last inserted in each tab, removed when another replaces it. */
const highlightRules = new Map<number, string>();

/**
 * Inserts the highlight's style where the content script cannot adopt a sheet itself (Firefox),
 * limited to the scope the page reported (a rule that could match any element restyles every
 * element of a huge page: seconds of its main thread).
 */
async function styleHighlight(tabId: number, scope: string | null): Promise<void> {
  const css = highlightCss(scope);
  const previous = highlightRules.get(tabId);
  if (previous === css) return;
  await browser.scripting.insertCSS({ target: { tabId }, css });
  highlightRules.set(tabId, css);
  if (previous) await browser.scripting.removeCSS({ target: { tabId }, css: previous });
}

async function highlight(tabId: number, text: string): Promise<HighlightResult> {
  try {
    const { found, scope } = await sendToTab(tabId, { type: 'highlight', text });
    // No scope: the page styled its highlight itself (Chromium's content script).
    if (found && scope !== undefined) await styleHighlight(tabId, scope).catch(() => undefined);
    return { found };
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

/**
 * The tab's address changed. Moving to a #fragment keeps the page; a history.pushState keeps
 * the document, and keeps the summary when the page still shows the story's first sentence
 * (a content script that no longer answers means a new document). Anything else forgets it.
 */
async function onAddressChange(tabId: number, url: string): Promise<void> {
  const cached = await readState(tabId);
  if (!cached || cached.status === 'loading' || cached.url === null) return forget(tabId);
  if (samePage(cached.url, url)) {
    await writeState(tabId, { ...cached, url } as TabState);
    return;
  }
  const first = cached.status === 'ok' ? cached.sentences[0]?.text : undefined;
  let kept = false;
  if (first !== undefined) {
    try {
      kept = (await sendToTab(tabId, { type: 'stillShows', text: first })).found;
    } catch {
      // Nobody answers in a new document: the summary was of the previous page.
    }
  }
  if (kept) await writeState(tabId, { ...cached, url } as TabState);
  else await forget(tabId);
}

export default defineBackground(() => {
  registerReaderCommands({ analyzeTab, writeState });
  onBackgroundMessage({
    analyzeTab: (message) => analyzeTab(message.tabId, message.force ?? false),
    getTabState: (message) => getTabState(message.tabId),
    highlight: (message) => highlight(message.tabId, message.text),
    clearHighlight: (message) => clearHighlight(message.tabId),
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document has none of the style rules inserted in the old one.
    if (change.status === 'loading' || change.url !== undefined) highlightRules.delete(tabId);
    if (change.url !== undefined) void onAddressChange(tabId, change.url);
    // A reload (loading without a new address) replaces the document.
    else if (change.status === 'loading') void forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    unsaved.delete(tabId);
    highlightRules.delete(tabId);
    void storage.removeItem(cacheKey(tabId)).catch(() => undefined);
  });
});
