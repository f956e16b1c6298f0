import { browser } from 'wxt/browser';
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

/** Every message the background sends to the content script in a tab. */
export interface ContentProtocol {
  highlight: { request: { text: string }; response: HighlightResult };
  clearHighlight: { request: { tabId?: never }; response: HighlightResult };
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
