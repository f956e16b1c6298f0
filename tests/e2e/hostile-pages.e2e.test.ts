import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  HOSTILE_NAMES,
  HOSTILE_QUOTE,
  HOSTILE_TITLE,
  type HostileName,
  hostilePage,
} from '../harness/hostile-pages';
import { longestTask, popupInOwnWindow, settle, watchLongTasks } from '../harness/long-tasks';
import {
  activeHighlight,
  highlightColor,
  launchWithExtension,
  type PanelPage,
  tabIdOf,
} from './browser';

/**
 * The longest main-thread task the extension may cause on a hostile page (issue 15: under 1 s
 * on each; before the work budget it took 2.8–26 s, and 2.9 s on the 200k-node page until
 * Readability moved to the offscreen document and the highlight's style rule was scoped).
 * Unit: milliseconds.
 */
const MAX_TASK_MS = 1000;

let server: Server;
let origin: string;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let close: () => Promise<void>;
/** Longest task per page, printed at the end so a run records the numbers. */
const longest: Record<string, number> = {};

beforeAll(async () => {
  const pages = new Map<string, string>();
  server = createServer((request, response) => {
    const name = (request.url ?? '/').split('/')[1] as HostileName;
    if (!HOSTILE_NAMES.includes(name)) {
      response.writeHead(404).end('not found');
      return;
    }
    if (!pages.has(name)) pages.set(name, hostilePage(name));
    response
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "script-src 'none'",
      })
      .end(pages.get(name));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ({ context, worker, extensionId, close } = await launchWithExtension());
});

afterAll(async () => {
  console.log('longest main-thread task per hostile page (ms):', JSON.stringify(longest));
  await close?.();
  server?.close();
});

async function open(name: HostileName): Promise<{ page: Page; popup: PanelPage }> {
  const page = await context.newPage();
  const url = `${origin}/${name}/`;
  // The browser's own parsing and layout of a 20 MB page is not the extension's work: the
  // measurement starts once the page has loaded and rendered.
  await page.goto(url, { timeout: 120_000, waitUntil: 'domcontentloaded' });
  await settle(page);
  await watchLongTasks(page);
  const popup = await popupInOwnWindow(context, page, extensionId, await tabIdOf(worker, url));
  expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
  await expect.poll(() => popup.summary().count(), { timeout: 30_000, interval: 250 }).toBe(1);
  return { page, popup };
}

/** True when the characters of `text` in the element appear left to right on screen. */
async function readsLeftToRight(popup: PanelPage, selector: string, text: string) {
  return popup.page.evaluate(
    ({ selector, text }) => {
      const element = document.querySelector(selector);
      const walker = document.createTreeWalker(element as Node, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.nodeValue ?? '').indexOf(text);
        if (at < 0) continue;
        const charLeft = (offset: number) => {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          return range.getBoundingClientRect().left;
        };
        return charLeft(at) < charLeft(at + text.length - 1);
      }
      return null;
    },
    { selector, text },
  );
}

/** What the summary says it left out of each page too large to read whole (none: read whole). */
const READ_LIMIT: Partial<Record<HostileName, RegExp>> = {
  'many-nodes': /read only the first 30,000 parts of this very large page/,
  'huge-text-before': /cut an extremely long run of text/,
  'huge-text-after': /cut an extremely long run of text/,
};

async function checkPage(name: HostileName): Promise<void> {
  const { page, popup } = await open(name);
  try {
    expect(await popup.title().textContent()).toBe(HOSTILE_TITLE);
    const readLimit = popup.page.getByTestId('read-limit');
    const limit = READ_LIMIT[name];
    if (limit) expect(await readLimit.textContent()).toMatch(limit);
    else expect(await readLimit.count()).toBe(0);
    const quote = popup.items('quote').filter({ hasText: HOSTILE_QUOTE });
    expect(await quote.count()).toBe(1);
    await quote.click();
    await expect.poll(() => activeHighlight(page), { timeout: 10_000 }).toContain(HOSTILE_QUOTE);
    // Styled, so the reader sees it (#ffd54f).
    expect(await highlightColor(page)).toBe('rgb(255, 213, 79)');
    longest[name] = Math.round(await longestTask(page));
    expect(longest[name]).toBeLessThan(MAX_TASK_MS);

    if (name === 'bidi-controls') {
      // An unclosed right-to-left override in the site name or the byline must not reverse
      // the rest of the line it is shown in.
      expect(await readsLeftToRight(popup, '.story-details', 'min read')).toBe(true);
    }
  } finally {
    await popup.page.close();
    await page.close();
  }
}

describe('hostile pages in Chromium', () => {
  test.each(HOSTILE_NAMES)(
    '%s: summarized and highlighted without freezing the tab (longest task under 1 s)',
    checkPage,
    120_000,
  );
});
