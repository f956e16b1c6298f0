import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../harness/chromium';
import { tinyPdf } from './tiny-pdf';

/**
 * The unpacked e2e build (`wxt build --mode e2e`): the shipped manifest plus access to 127.0.0.1.
 * STORY_LENS_EXTENSION_DIR points the bench at another build (an older commit's, to compare).
 */
export const EXTENSION_DIR =
  process.env.STORY_LENS_EXTENSION_DIR ??
  resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

/** How long the slow route holds back the end of a story, in ms: long enough to see progress. */
const SLOW_PAGE_MS = 1500;

/**
 * Serves tests/fixtures/<case>/source.html at http://127.0.0.1:<port>/<case>/, plus two pages
 * for the states: /_pdf/report (a PDF whose address does not end in .pdf) and /_slow/<case>/
 * (the case, its end sent SLOW_PAGE_MS later, so reading it takes that long).
 */
export async function startFixtureServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const parts = (request.url ?? '/').split('/');
    if (parts[1] === '_pdf') {
      response
        .writeHead(200, { 'content-type': 'application/pdf' })
        .end(tinyPdf('An invented test document'));
      return;
    }
    const slow = parts[1] === '_slow';
    const name = decodeURIComponent((slow ? parts[2] : parts[1]) ?? '');
    const file = join(FIXTURES_DIR, name, 'source.html');
    if (!name || name.includes('..') || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // Saved pages do not run their own scripts here (the hostile page's scripts would replace
    // its story), as a site with a strict policy would not; the extension's injection is unaffected.
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "script-src 'none'",
    });
    const html = readFileSync(file);
    if (!slow) {
      response.end(html);
      return;
    }
    const half = Math.floor(html.length / 2);
    response.write(html.subarray(0, half));
    setTimeout(() => response.end(html.subarray(half)), SLOW_PAGE_MS);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Chromium with the unpacked extension loaded, and its service worker. */
export async function launchWithExtension(): Promise<{
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'story-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The tab id Chromium gave the page at `url` (asked from the extension's service worker). */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Opens tests/fixtures/<name>/ from the fixture server in a new tab: the page and its tab id. */
export async function openFixture(
  context: BrowserContext,
  worker: Worker,
  origin: string,
  name: string,
): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  const url = `${origin}/${name}/`;
  await page.goto(url);
  return { page, tabId: await tabIdOf(worker, url) };
}

/** Ids of every open tab. */
export async function tabIds(worker: Worker): Promise<number[]> {
  return worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id as number));
}

declare const chrome: {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
};

/** Page object for popup.html and sidepanel.html opened in a tab and pinned to a page's tab. */
export class PanelPage {
  constructor(readonly page: Page) {}

  static async open(
    context: BrowserContext,
    extensionId: string,
    entry: 'popup' | 'sidepanel',
    tabId: number,
  ) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${entry}.html?tabId=${tabId}`);
    return new PanelPage(page);
  }

  summary() {
    return this.page.getByTestId('summary');
  }
  title() {
    return this.page.getByTestId('story-title');
  }
  items(kind: 'claim' | 'figure' | 'quote' | 'source') {
    return this.page.getByTestId(kind);
  }
  status(kind: string) {
    return this.page.getByTestId(`status-${kind}`);
  }
  button(name: 'analyze' | 'copy-markdown' | 'open-side-panel') {
    return this.page.getByTestId(name);
  }
  /**
   * Clicks "Copy as Markdown" and returns what the popup wrote to the clipboard. Headless Chromium
   * will not grant clipboard access to an extension origin, so the page's writeText is recorded.
   */
  async copyMarkdown(): Promise<string> {
    await this.page.evaluate(() => {
      const record = window as unknown as { copied: string | null };
      record.copied = null;
      navigator.clipboard.writeText = async (text: string) => {
        record.copied = text;
      };
    });
    await this.button('copy-markdown').click();
    const copied = () =>
      this.page.evaluate(() => (window as unknown as { copied: string | null }).copied);
    await expect.poll(copied, { timeout: 5_000 }).toBeTruthy();
    return (await copied()) ?? '';
  }
  /** Expands every long section ("Show all (N)"). */
  async showAll() {
    for (const section of ['figures', 'quotes', 'sources']) {
      const button = this.page.getByTestId(`show-all-${section}`);
      if ((await button.count()) > 0 && (await button.getAttribute('aria-expanded')) === 'false')
        await button.click();
    }
  }
}

/**
 * The text of the real side panel (Chromium shows it beside the tab; Playwright has no Page for
 * it, so this asks through the DevTools protocol), or null when no side panel is open.
 */
export async function sidePanelText(page: Page): Promise<string | null> {
  return evaluateInTarget(
    page,
    (url) => url.includes('/sidepanel.html'),
    'document.body.innerText',
  );
}

/**
 * Evaluates a JavaScript expression in an extension page Playwright has no Page for (the real
 * side panel, the real popup opened by `action.openPopup()` or a keyboard command), through the
 * DevTools protocol. Returns null when no such page is open.
 */
export async function evaluateInTarget<T = string>(
  page: Page,
  matches: (url: string) => boolean,
  expression: string,
): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((info) => info.type === 'page' && matches(info.url));
    if (!target) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    const reply = new Promise<T>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        const message = JSON.parse(event.message) as {
          id?: number;
          result?: { result?: { value?: T } };
        };
        if (message.id === 1) resolve(message.result?.result?.value as T);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({
        id: 1,
        method: 'Runtime.evaluate',
        params: { expression, returnByValue: true, awaitPromise: true },
      }),
    });
    const value = await reply;
    await cdp.send('Target.detachFromTarget', { sessionId });
    return value;
  } finally {
    await cdp.detach();
  }
}

/** True when the page has Story Lens's custom highlight over the given text. */
export async function activeHighlight(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('story-lens');
    if (!highlight) return null;
    return [...highlight].map((range) => range.toString()).join(' ');
  });
}

/** The background colour Story Lens's highlight style gives the highlighted text, or null. */
export async function highlightColor(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const [range] = [...(CSS.highlights.get('story-lens') ?? [])];
    const element = range?.startContainer.parentElement;
    return element ? getComputedStyle(element, '::highlight(story-lens)').backgroundColor : null;
  });
}
