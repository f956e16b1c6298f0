import { browser } from 'wxt/browser';
import type { PageCopy } from './extract/bounded-copy';
import type { PageReading } from './page-reading';
import type { HighlightResult, TabState } from './tab-state';

/** Every message the UI sends to the background, with its reply type. */
export interface BackgroundProtocol {
  /** Analyze a tab (injecting the content script), or return its cached state unless `force`. */
  analyzeTab: { request: { tabId: number; force?: boolean }; response: TabState };
  /** The cached state of a tab, without injecting anything. */
  getTabState: { request: { tabId: number }; response: TabState };
  /** Highlight a sentence of the story in the tab and scroll to it. */
  highlight: { request: { tabId: number; text: string }; response: HighlightResult };
  /** Remove Story Lens's highlight from the tab. */
  clearHighlight: { request: { tabId: number }; response: HighlightResult };
}

/**
 * A highlight set in the page. `scope` (highlightScope) is there when the background must insert
 * the highlight's style (Firefox); without it the page styled the highlight itself (Chromium).
 */
export interface PageHighlight extends HighlightResult {
  scope?: string | null;
}

/** Every message the background sends to the content script in a tab. */
export interface ContentProtocol {
  highlight: { request: { text: string }; response: PageHighlight };
  clearHighlight: { request: Record<never, never>; response: HighlightResult };
  /** Whether the page still shows a sentence (after a history.pushState), without highlighting. */
  stillShows: { request: { text: string }; response: HighlightResult };
}

/** Every message the background sends to the offscreen document (Chromium). */
export interface OffscreenProtocol {
  /** Parse a page's bounded copy and extract its story, off the page's main thread. */
  readCopy: { request: { copy: PageCopy }; response: PageReading };
}

/** Broadcast to extension pages when a tab's state changes. */
export interface TabStateChanged {
  type: 'tabStateChanged';
  tabId: number;
}

export type Envelope<P, K extends keyof P> = { type: K } & (P[K] extends { request: infer R }
  ? R
  : never);
export type Reply<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

/** Any one message of a protocol. */
export type AnyMessage<P> = { [K in keyof P]: Envelope<P, K> }[keyof P];
/** A message the UI sends to the background. */
export type BackgroundMessage = AnyMessage<BackgroundProtocol>;
/** A message the background sends to a content script. */
export type ContentMessage = AnyMessage<ContentProtocol>;

/** One handler per message type, each returning that type's reply: the map is the allow-list. */
export type Handlers<P> = {
  [K in keyof P]: (message: Envelope<P, K>) => Reply<P, K> | Promise<Reply<P, K>>;
};

/**
 * Routes a message to its handler, or returns undefined for anything that is not one of the
 * protocol's types (so another listener, or nobody, answers it).
 */
export function dispatch<P>(handlers: Handlers<P>, message: unknown): Promise<unknown> | undefined {
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
  const handler = handlers[type as keyof P] as (message: unknown) => unknown;
  return Promise.resolve(handler(message));
}

/**
 * Answers the UI's messages in the background. Only the extension's own pages may drive it
 * (a content script shares the extension's id, but its sender URL is the page's), and every request
 * names the tab it is about.
 */
export function onBackgroundMessage(handlers: Handlers<BackgroundProtocol>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/')))
      return undefined;
    if (typeof (message as { tabId?: unknown } | null)?.tabId !== 'number') return undefined;
    return dispatch(handlers, message);
  });
}

/** Answers the background's messages in a content script. */
export function onContentMessage(handlers: Handlers<ContentProtocol>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const text = (message as { text?: unknown } | null)?.text;
    if (text !== undefined && typeof text !== 'string') return undefined;
    return dispatch(handlers, message);
  });
}

/** Answers the background's messages in the offscreen document: only the extension's own pages and worker may ask. */
export function onOffscreenMessage(handlers: Handlers<OffscreenProtocol>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/')))
      return undefined;
    return dispatch(handlers, message);
  });
}

/** Sends a typed message to the offscreen document and returns its typed reply. */
export function sendToOffscreen<K extends keyof OffscreenProtocol>(
  message: Envelope<OffscreenProtocol, K>,
): Promise<Reply<OffscreenProtocol, K>> {
  return browser.runtime.sendMessage(message) as Promise<Reply<OffscreenProtocol, K>>;
}

/** Sends a typed message to the background and returns its typed reply. */
export function sendToBackground<K extends keyof BackgroundProtocol>(
  message: Envelope<BackgroundProtocol, K>,
): Promise<Reply<BackgroundProtocol, K>> {
  return browser.runtime.sendMessage(message) as Promise<Reply<BackgroundProtocol, K>>;
}

/** Sends a typed message to the content script of a tab. */
export function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  message: Envelope<ContentProtocol, K>,
): Promise<Reply<ContentProtocol, K>> {
  return browser.tabs.sendMessage(tabId, message) as Promise<Reply<ContentProtocol, K>>;
}

/** Tells open extension pages (the side panel) that a tab's state changed; nobody listening is fine. */
export function broadcastTabState(tabId: number): void {
  const message: TabStateChanged = { type: 'tabStateChanged', tabId };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** True for a broadcast about a tab's state. */
export function isTabStateChanged(message: unknown): message is TabStateChanged {
  return (message as TabStateChanged | null)?.type === 'tabStateChanged';
}
