import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../harness/chromium';

/** The unpacked e2e build (`wxt build --mode e2e`): the shipped manifest plus access to 127.0.0.1. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

/** Serves tests/fixtures/<case>/source.html at http://127.0.0.1:<port>/<case>/. */
export async function startFixtureServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? '/').split('/')[1] ?? '');
    const file = join(FIXTURES_DIR, name, 'source.html');
    if (!name || name.includes('..') || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // Saved pages do not run their own scripts here (the hostile page's scripts would replace
    // its story), as a site with a strict policy would not; the extension's injection is unaffected.
    response
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "script-src 'none'",
      })
      .end(readFileSync(file));
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
}

/**
 * The text of the real side panel (Chromium shows it beside the tab; Playwright has no Page for
 * it, so this asks through the DevTools protocol), or null when no side panel is open.
 */
export async function sidePanelText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const panel = targetInfos.find((target) => target.url.includes('/sidepanel.html'));
    if (!panel) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: panel.targetId,
      flatten: false,
    });
    const reply = new Promise<string>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        const message = JSON.parse(event.message) as {
          id?: number;
          result?: { result?: { value?: string } };
        };
        if (message.id === 1) resolve(message.result?.result?.value ?? '');
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({
        id: 1,
        method: 'Runtime.evaluate',
        params: { expression: 'document.body.innerText' },
      }),
    });
    const text = await reply;
    await cdp.send('Target.detachFromTarget', { sessionId });
    return text;
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
