import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  launchWithExtension,
  openFixture,
  PanelPage,
  startFixtureServer,
  tabIds,
} from '../e2e/browser';

/** The README's pictures, taken by the e2e tests on every run so they show the real, current UI. */
const SCREENSHOTS = resolve(import.meta.dirname, '../e2e/screenshots');

/** Where the README picture of that name is written. */
export function screenshotPath(name: string): string {
  return resolve(SCREENSHOTS, name);
}

/** How long a panel may take to show a summary on a busy machine (unit: milliseconds). */
export const SUMMARY_TIMEOUT_MS = 20_000;

/**
 * What an e2e test file shares: Chromium with the unpacked build, its service worker, and the
 * fixture server. Its fields are set once the file's beforeAll has run.
 */
export interface ExtensionSession {
  server: Server;
  origin: string;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
  /** Opens tests/fixtures/<name>/ in a new tab: the page and its tab id. */
  openStory(name: string): Promise<{ page: Page; tabId: number }>;
  /** A popup or side panel pinned to a tab, with its summary shown. */
  summaryPanel(entry: 'popup' | 'sidepanel', tabId: number): Promise<PanelPage>;
  /** Opens a browser page (chrome://…) in a new tab, found as the new tab: its URL is hidden. */
  openBrowserPage(url: string): Promise<{ page: Page; tabId: number }>;
}

/** Starts the fixture server and Chromium before a file's tests and closes both after them. */
export function useExtensionSession(): ExtensionSession {
  const session = {
    openStory: (name: string) => openStory(session, name),
    summaryPanel: (entry: 'popup' | 'sidepanel', tabId: number) =>
      summaryPanel(session, entry, tabId),
    openBrowserPage: async (url: string) => {
      const before = await tabIds(session.worker);
      const page = await session.context.newPage();
      await page.goto(url);
      // Without the "tabs" permission a chrome:// tab's URL is hidden: find it as the new tab.
      const tabId = (await tabIds(session.worker)).find((id) => !before.includes(id)) as number;
      return { page, tabId };
    },
  } as ExtensionSession;
  beforeAll(async () => {
    Object.assign(session, await startFixtureServer(), await launchWithExtension());
  });
  afterAll(async () => {
    await session.close?.();
    session.server?.close();
  });
  return session;
}

/** Opens tests/fixtures/<name>/ in a new tab of the session: the page and its tab id. */
export function openStory(
  session: ExtensionSession,
  name: string,
): Promise<{ page: Page; tabId: number }> {
  return openFixture(session.context, session.worker, session.origin, name);
}

/** Waits until a panel shows a summary, and returns it. */
export async function withSummary(panel: PanelPage): Promise<PanelPage> {
  await expect.poll(() => panel.summary().count(), { timeout: SUMMARY_TIMEOUT_MS }).toBe(1);
  return panel;
}

/** A popup or side panel pinned to a story's tab, with its summary shown. */
export async function summaryPanel(
  session: ExtensionSession,
  entry: 'popup' | 'sidepanel',
  tabId: number,
): Promise<PanelPage> {
  const { context, extensionId } = session;
  if (entry === 'sidepanel') {
    // The side panel shows what was analyzed; the popup analyzes.
    const popup = await withSummary(await PanelPage.open(context, extensionId, 'popup', tabId));
    await popup.page.close();
  }
  return withSummary(await PanelPage.open(context, extensionId, entry, tabId));
}
