import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import type { PageReading } from '../../utils/page-reading';
import type { StorySummary } from '../../utils/summary';
import type { TabState } from '../../utils/tab-state';

// The content script reads the page; the background analyzes the reading into the summary.
const READING: PageReading = {
  url: 'https://news.example/a',
  extracted: { status: 'no-story', reason: 'This page is a list of links, not a story.' },
};
const SUMMARY: StorySummary = {
  schemaVersion: 1,
  status: 'no-story',
  url: 'https://news.example/a',
  reason: 'This page is a list of links, not a story.',
};

const executeScript = vi.fn();
const insertCSS = vi.fn();

async function send(message: object, senderId = fakeBrowser.runtime.id): Promise<TabState> {
  const [result] = await fakeBrowser.runtime.onMessage.trigger(
    message,
    { id: senderId },
    () => undefined,
  );
  return (await result) as TabState;
}

/** Injections of the content script (a page with no story is also asked for its MIME type). */
function injections(): number {
  return executeScript.mock.calls.filter(([options]) => (options as { files?: unknown }).files)
    .length;
}

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id as number;
}

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockReset();
  insertCSS.mockReset().mockResolvedValue(undefined);
  // fakeBrowser has no scripting API: the real one injects the content script and returns main()'s value.
  Object.assign(fakeBrowser, { scripting: { executeScript, insertCSS } });
  // fakeBrowser has no context menus or commands: the background registers both at start.
  Object.assign(fakeBrowser, {
    contextMenus: { create: vi.fn(), onClicked: { addListener: vi.fn() } },
    commands: { onCommand: { addListener: vi.fn() } },
  });
  background.main();
});

describe('background', () => {
  test.each([
    ['chrome://settings/', /browser or extension page/],
    ['https://chromewebstore.google.com/detail/x', /extension store/],
    ['https://example.com/report.pdf', /PDF/],
  ])('explains a restricted page: %s', async (url, reason) => {
    const tabId = await openTab(url);
    const state = await send({ type: 'analyzeTab', tabId });
    expect(state).toMatchObject({ status: 'restricted', reason: expect.stringMatching(reason) });
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('injects once, then answers from the per-tab cache until the page navigates', async () => {
    const tabId = await openTab('https://news.example/a');
    executeScript.mockResolvedValue([{ result: READING }]);
    expect(await send({ type: 'analyzeTab', tabId })).toEqual(SUMMARY);
    expect(await send({ type: 'analyzeTab', tabId })).toEqual(SUMMARY);
    expect(injections()).toBe(1);
    expect(await send({ type: 'getTabState', tabId })).toEqual(SUMMARY);

    await fakeBrowser.tabs.update(tabId, { url: 'https://news.example/b' });
    await vi.waitFor(async () =>
      expect((await send({ type: 'getTabState', tabId })).status).toBe('idle'),
    );
  });

  test('a browser page is restricted in the side panel too, without injecting', async () => {
    const tabId = await openTab('chrome://extensions/');
    expect(await send({ type: 'getTabState', tabId })).toMatchObject({ status: 'restricted' });
    expect(
      (await send({ type: 'getTabState', tabId: await openTab('https://news.example/x') })).status,
    ).toBe('idle');
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('re-analyze forces a new injection', async () => {
    const tabId = await openTab('https://news.example/a');
    executeScript.mockResolvedValue([{ result: READING }]);
    await send({ type: 'analyzeTab', tabId });
    await send({ type: 'analyzeTab', tabId, force: true });
    expect(injections()).toBe(2);
  });

  test.each([
    ['application/pdf', 'restricted', /PDF/],
    ['image/png', 'restricted', /an image/],
    ['text/html', 'no-story', /list of links/],
  ])(
    'a page with no story, served as %s, is explained by what it is',
    async (type, status, reason) => {
      const tabId = await openTab('https://news.example/a');
      executeScript.mockImplementation(async (options: { files?: string[] }) => [
        { result: options.files ? READING : type },
      ]);
      const state = await send({ type: 'analyzeTab', tabId });
      expect(state.status).toBe(status);
      expect(JSON.stringify(state)).toMatch(reason);
    },
  );

  test.each([
    [
      'no access',
      new Error('Cannot access contents of the page. Extension manifest must request permission.'),
      'restricted',
    ],
    ['a crash', new Error('Frame was removed'), 'error'],
    ['a hidden browser page', new Error('Cannot access a chrome:// URL'), 'restricted'],
  ])(
    'turns an injection failure (%s) into a state the UI can show',
    async (_name, error, status) => {
      const tabId = await openTab('https://news.example/a');
      executeScript.mockRejectedValue(error);
      expect((await send({ type: 'analyzeTab', tabId })).status).toBe(status);
    },
  );

  test('analyzes the story the page read, in the background', async () => {
    const tabId = await openTab('https://news.example/a');
    const paragraphs = [
      'The city council voted 7-2 on Tuesday to raise water rates by 18%, the first increase in a decade.',
      '“We had no other choice,” said Mayor Ana Lima, who called the vote painful.',
    ];
    const story = {
      url: 'https://news.example/a',
      title: 'Council raises water rates',
      byline: null,
      siteName: 'News',
      publishedTime: null,
      lang: 'en',
      excerpt: null,
      paragraphs,
    };
    executeScript.mockResolvedValue([
      { result: { url: story.url, extracted: { status: 'ok', story } } },
    ]);
    const state = await send({ type: 'analyzeTab', tabId });
    expect(state).toMatchObject({ status: 'ok', meta: { title: 'Council raises water rates' } });
    if (state.status !== 'ok') throw new Error('no summary');
    expect(state.quotes[0]?.speaker).toBe('Ana Lima');
    expect(state.figures.map((figure) => figure.value)).toContain('18%');
  });

  test.each([
    ['a summary instead of a reading', { status: 'ok', schemaVersion: 1 }],
    [
      'a story with paragraphs that are not text',
      { url: 'https://news.example/a', extracted: { status: 'ok', story: { paragraphs: [1] } } },
    ],
    ['nothing', undefined],
  ])('rejects a malformed answer from the page: %s', async (_name, result) => {
    const tabId = await openTab('https://news.example/a');
    executeScript.mockResolvedValue([{ result }]);
    expect((await send({ type: 'analyzeTab', tabId })).status).toBe('error');
  });

  test('ignores messages from other extensions', async () => {
    const tabId = await openTab('https://news.example/a');
    expect(await send({ type: 'analyzeTab', tabId }, 'someone-else')).toBeUndefined();
  });
});
