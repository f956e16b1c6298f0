import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { App } from '../../entrypoints/sidepanel/App';
import type { PageReading } from '../../utils/page-reading';
import { SEED_PARAGRAPHS, SEED_TITLE } from './data/seed-story';

// The side panel follows the active tab: it shows the cached summary of an analyzed tab, says
// plainly when a tab has not been analyzed, and notices when the page navigates away.
const executeScript = vi.fn();

/** What the content script reads from the seed story page; the background analyzes it. */
function readingOf(url: string): PageReading {
  const story = {
    url,
    title: SEED_TITLE,
    byline: null,
    siteName: 'Wire',
    publishedTime: null,
    lang: 'en',
    excerpt: null,
    paragraphs: SEED_PARAGRAPHS,
  };
  return { url, extracted: { status: 'ok', story } };
}

function text(): string {
  return document.body.textContent ?? '';
}

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockReset();
  Object.assign(fakeBrowser, {
    scripting: { executeScript, insertCSS: vi.fn().mockResolvedValue(undefined) },
  });
  // fakeBrowser has no context menus or commands: the background registers both at start.
  Object.assign(fakeBrowser, {
    contextMenus: { create: vi.fn(), onClicked: { addListener: vi.fn() } },
    commands: { onCommand: { addListener: vi.fn() } },
  });
  // fakeBrowser's sendMessage sends no sender id and wants sendResponse; route it the way the
  // browser does: every listener of the extension hears it, the first answer wins.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      message,
      { id: fakeBrowser.runtime.id, url: 'chrome-extension://story-lens-test/sidepanel.html' },
      () => undefined,
    );
    return answers.find((answer) => answer !== undefined);
  });
  // Only the extension's own pages may drive the background; fakeBrowser lacks runtime.getURL.
  fakeBrowser.runtime.getURL = ((path: string) =>
    `chrome-extension://story-lens-test/${path.replace(/^\//, '')}`) as typeof fakeBrowser.runtime.getURL;
  background.main();
  document.body.innerHTML = '<div id="app"></div>';
});

afterEach(() => {
  render(null, document.getElementById('app') as HTMLElement);
});

describe('side panel', () => {
  test('follows the active tab between an analyzed tab, a new tab and a navigation', async () => {
    const analyzed = await fakeBrowser.tabs.create({
      url: 'https://news.example/story',
      active: true,
    });
    const other = await fakeBrowser.tabs.create({
      url: 'https://news.example/other',
      active: false,
    });
    executeScript.mockResolvedValue([{ result: readingOf('https://news.example/story') }]);
    await fakeBrowser.runtime.sendMessage({ type: 'analyzeTab', tabId: analyzed.id });

    // fakeBrowser has no focused window after reset, so "active tab in the current window" is mocked.
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((() =>
      Promise.resolve([analyzed])) as never);
    render(<App />, document.getElementById('app') as HTMLElement);
    await vi.waitFor(() => expect(text()).toContain('Putin’s Rising Influence in Ukraine'));
    // A long section shows its first items and says how many there are.
    expect(
      Number(document.querySelector('[data-testid="count-quotes"]')?.textContent),
    ).toBeGreaterThanOrEqual(7);
    expect(document.querySelector('[data-testid="find"]')).not.toBeNull();

    await fakeBrowser.tabs.onActivated.trigger({ tabId: other.id as number, windowId: 0 });
    await vi.waitFor(() =>
      expect(document.querySelector('[data-testid="status-idle"]')?.textContent).toMatch(
        /Not analyzed yet/,
      ),
    );

    await fakeBrowser.tabs.onActivated.trigger({ tabId: analyzed.id as number, windowId: 0 });
    await vi.waitFor(() =>
      expect(document.querySelector('[data-testid="summary"]')).not.toBeNull(),
    );

    await fakeBrowser.tabs.update(analyzed.id as number, {
      url: 'https://news.example/next-story',
    });
    await vi.waitFor(() =>
      expect(document.querySelector('[data-testid="status-idle"]')).not.toBeNull(),
    );
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  test('a tab activated while the first query is on its way wins over the stale answer', async () => {
    const first = await fakeBrowser.tabs.create({ url: 'chrome://newtab/', active: true });
    const story = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    executeScript.mockResolvedValue([{ result: readingOf('https://news.example/story') }]);
    await fakeBrowser.runtime.sendMessage({ type: 'analyzeTab', tabId: story.id });
    // The panel asks for the active tab; the answer (the old tab) arrives only after a new tab
    // was activated.
    const answers: ((tabs: unknown[]) => void)[] = [];
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(
      (() => new Promise((resolve) => answers.push(resolve))) as never,
    );
    render(<App />, document.getElementById('app') as HTMLElement);
    await vi.waitFor(() => expect(answers.length).toBe(1));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: story.id as number, windowId: 0 });
    answers[0]?.([{ ...first, windowId: 0 }]);
    await vi.waitFor(() => expect(text()).toContain('Putin’s Rising Influence in Ukraine'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector('[data-testid="summary"]')).not.toBeNull();
  });

  test("an earlier tab's state that arrives after the active tab's does not replace it", async () => {
    const first = await fakeBrowser.tabs.create({ url: 'chrome://newtab/', active: true });
    const story = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    executeScript.mockResolvedValue([{ result: readingOf('https://news.example/story') }]);
    await fakeBrowser.runtime.sendMessage({ type: 'analyzeTab', tabId: story.id });
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((() =>
      Promise.resolve([{ ...first, windowId: 0 }])) as never);
    // The background answers for the first tab only after it answered for the story's tab
    // (a busy worker answers in any order).
    const route = vi.mocked(fakeBrowser.runtime.sendMessage).getMockImplementation() as
      | ((message: unknown) => Promise<unknown>)
      | undefined;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.mocked(fakeBrowser.runtime.sendMessage).mockImplementation((async (message: {
      type?: string;
      tabId?: number;
    }) => {
      if (message.type === 'getTabState' && message.tabId === first.id) await held;
      return route?.(message);
    }) as never);
    vi.mocked(fakeBrowser.runtime.sendMessage).mockClear();
    render(<App />, document.getElementById('app') as HTMLElement);
    await vi.waitFor(() =>
      expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({
        type: 'getTabState',
        tabId: first.id,
      }),
    );
    await fakeBrowser.tabs.onActivated.trigger({ tabId: story.id as number, windowId: 0 });
    await vi.waitFor(() => expect(text()).toContain('Putin’s Rising Influence in Ukraine'), {
      timeout: 10_000,
    });
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(text()).toContain('Putin’s Rising Influence in Ukraine');
  });
});
