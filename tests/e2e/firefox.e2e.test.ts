import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './axe';
import { startFixtureServer } from './browser';

// The shared flows in Firefox (Debian's firefox-esr) with the unpacked e2e build, driven over
// WebDriver BiDi by puppeteer-core. How and why: /work/shared/FIREFOX-E2E.md and the README.

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2-e2e');
/** Any fixed UUID: the extension's pages then live at a known moz-extension:// address. */
const UUID = '6d4c1f3e-0000-4000-8000-000000000001';

let server: Server;
let origin: string;
let browser: Browser;
/** An extension page kept open to ask the tabs API for tab ids. */
let helper: Page;

/** Sends a page to one of the extension's pages (BiDi itself may not navigate there). */
async function goToExtensionPage(page: Page, path: string): Promise<void> {
  await page.goto(`${origin}/_blank`);
  const url = `moz-extension://${UUID}/${path}`;
  await page.evaluate((target) => {
    location.href = target;
  }, url);
  await waitFor(() =>
    page.evaluate(
      () => location.protocol === 'moz-extension:' && document.readyState === 'complete',
    ),
  );
}

/** Polls until `check` is true (expect.poll works only inside a test, and beforeAll needs this too). */
async function waitFor(check: () => Promise<boolean>, timeout = 20_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await check().catch(() => false))) {
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms: ${check.toString()}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

async function openStory(name: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.newPage();
  const url = `${origin}/${name}/`;
  await page.goto(url);
  const tabId = await helper.evaluate(async (target) => {
    const api = (
      globalThis as unknown as {
        browser: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } };
      }
    ).browser;
    return (await api.tabs.query({})).find((tab) => tab.url === target)?.id ?? null;
  }, url);
  if (tabId === null) throw new Error(`no tab shows ${url}`);
  return { page, tabId };
}

async function openPanel(entry: 'popup' | 'sidepanel', tabId: number): Promise<Page> {
  const page = await browser.newPage();
  await goToExtensionPage(page, `${entry}.html?tabId=${tabId}`);
  return page;
}

const count = (page: Page, testId: string) =>
  page.evaluate((id) => document.querySelectorAll(`[data-testid="${id}"]`).length, testId);
const text = (page: Page, testId: string) =>
  page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '', testId);

beforeAll(async () => {
  ({ server, origin } = await startFixtureServer());
  const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // An unsigned build, installed temporarily, at a known address.
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
    },
  });
  await browser.installExtension(EXTENSION_DIR);
  helper = await browser.newPage();
  await goToExtensionPage(helper, 'sidepanel.html?tabId=0');
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('Story Lens in Firefox', () => {
  test('popup summarizes the story and a click highlights the sentence in the page', async () => {
    const story = await openStory('seed-weather-banner');
    const popup = await openPanel('popup', story.tabId);
    await waitFor(async () => (await count(popup, 'summary')) === 1);
    expect(await text(popup, 'story-title')).toMatch(/^Putin.s Rising Influence in Ukraine/);
    expect(
      await popup.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize)),
    ).toBe(15);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.evaluate(() => {
      for (const button of document.querySelectorAll<HTMLButtonElement>(
        '[data-testid^="show-all-"]',
      ))
        button.click();
    });
    const speakers = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid="quote-speaker"]')].map(
        (item) => item.textContent,
      ),
    );
    expect(speakers.join('|')).toContain('Dmitry Peskov');
    await popup.evaluate(() => {
      const quote = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="quote"]')].find(
        (item) => item.textContent?.includes('Without neutrality'),
      );
      quote?.click();
    });
    await waitFor(() =>
      story.page.evaluate(() =>
        [...(CSS.highlights.get('story-lens') ?? [])].some((range) =>
          range.toString().includes('Without neutrality'),
        ),
      ),
    );
    await popup.close();
    await story.page.close();
  });

  test('the side panel says a tab is not analyzed, and Analyze summarizes it', async () => {
    const story = await openStory('seed-teaser-inside-story');
    const panel = await openPanel('sidepanel', story.tabId);
    await waitFor(async () => (await count(panel, 'status-idle')) === 1);
    await panel.evaluate(() =>
      document.querySelector<HTMLButtonElement>('[data-testid="analyze"]')?.click(),
    );
    await waitFor(async () => (await count(panel, 'summary')) === 1);
    expect(await count(panel, 'find')).toBe(1);
    await panel.close();
    await story.page.close();
  });

  test('a page with no story gets a clear message; hostile markup stays text', async () => {
    const empty = await openStory('no-story-link-list');
    const popup = await openPanel('popup', empty.tabId);
    await waitFor(async () => (await count(popup, 'status-no-story')) === 1);
    expect(await text(popup, 'status-no-story')).toMatch(/not a story|no story|too little/i);
    await popup.close();
    await empty.page.close();

    const hostile = await openStory('hostile-script-payload');
    const shown = await openPanel('popup', hostile.tabId);
    await waitFor(async () => (await count(shown, 'summary')) === 1);
    const injected = await shown.evaluate(() => ({
      elements: document.querySelectorAll(
        '[data-testid="summary"] script, [data-testid="summary"] img',
      ).length,
      text: document.querySelector('[data-testid="summary"]')?.textContent ?? '',
    }));
    expect(injected).toMatchObject({
      elements: 0,
      text: expect.stringContaining('<script>alert(1)</script>'),
    });
    await shown.close();
    await hostile.page.close();
  });
});
