import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background, {
  INJECTION_TIMEOUT_MS,
  LOADING_TIMEOUT_MS,
  NO_ANSWER,
} from '../../entrypoints/background';
import type { PageReading } from '../../utils/page-reading';
import type { StorySummary } from '../../utils/summary';
import type { TabState } from '../../utils/tab-state';

// The content script reads the page; the background analyzes the reading into the summary.
const READING: PageReading = {
  url: 'https://news.example/a',
  extracted: { status: 'no-story', reason: 'This page is a list of links, not a story.' },
};
const SUMMARY: StorySummary = {
  schemaVersion: 2,
  status: 'no-story',
  url: 'https://news.example/a',
  reason: 'This page is a list of links, not a story.',
};

const executeScript = vi.fn();
const insertCSS = vi.fn();
const removeCSS = vi.fn();

/** The address of the extension's own pages (fakeBrowser does not implement runtime.getURL). */
const EXTENSION_ORIGIN = 'chrome-extension://story-lens-test/';

async function send(
  message: object,
  senderId = fakeBrowser.runtime.id,
  senderUrl = `${EXTENSION_ORIGIN}popup.html`,
): Promise<TabState> {
  const [result] = await fakeBrowser.runtime.onMessage.trigger(
    message,
    { id: senderId, url: senderUrl },
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
  removeCSS.mockReset().mockResolvedValue(undefined);
  // fakeBrowser has no scripting API: the real one injects the content script and returns main()'s value.
  Object.assign(fakeBrowser, { scripting: { executeScript, insertCSS, removeCSS } });
  // fakeBrowser has no context menus or commands: the background registers both at start.
  Object.assign(fakeBrowser, {
    contextMenus: { create: vi.fn(), onClicked: { addListener: vi.fn() } },
    commands: { onCommand: { addListener: vi.fn() } },
  });
  fakeBrowser.runtime.getURL = ((path: string) =>
    `${EXTENSION_ORIGIN}${path.replace(/^\//, '')}`) as typeof fakeBrowser.runtime.getURL;
  // fakeBrowser throws synchronously for tabs.sendMessage: no content script answers by default.
  fakeBrowser.tabs.sendMessage = vi.fn(async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }) as unknown as typeof fakeBrowser.tabs.sendMessage;
  background.main();
});

afterEach(() => {
  vi.restoreAllMocks();
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
    ['a summary instead of a reading', { status: 'ok', schemaVersion: 2 }],
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

  test('ignores messages a content script sends, though it shares the extension id', async () => {
    const tabId = await openTab('https://news.example/a');
    expect(
      await send({ type: 'analyzeTab', tabId }, fakeBrowser.runtime.id, 'https://news.example/a'),
    ).toBeUndefined();
  });

  test.each([
    ['an unknown type', { type: 'evalScript', tabId: 1 }],
    ['an inherited property name', { type: 'toString', tabId: 1 }],
    ['no tab id', { type: 'getTabState' }],
  ])('ignores a message outside the protocol: %s', async (_name, message) => {
    expect(await send(message)).toBeUndefined();
  });
});

/** A page's reading with one story, for the state-machine tests below. */
function storyReading(url: string): PageReading {
  return {
    url,
    extracted: {
      status: 'ok',
      story: {
        url,
        title: 'Council raises water rates',
        byline: null,
        siteName: 'News',
        publishedTime: null,
        lang: 'en',
        excerpt: null,
        paragraphs: [
          'The city council voted 7-2 on Tuesday to raise water rates by 18%, the first increase in a decade.',
          '“We had no other choice,” said Mayor Ana Lima, who called the vote painful.',
        ],
      },
    },
  };
}

describe('tab states always end', () => {
  test('a failed final write becomes a state, never a stuck "loading" or a rejected reply', async () => {
    const tabId = await openTab('https://news.example/a');
    executeScript.mockResolvedValue([{ result: storyReading('https://news.example/a') }]);
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
      if (JSON.stringify(items).includes('"status":"ok"')) throw new Error('Storage is broken');
      return set(items);
    });
    const state = await send({ type: 'analyzeTab', tabId });
    expect(state.status).toBe('ok');
    expect((await send({ type: 'getTabState', tabId })).status).toBe('ok');
  });

  test('a summary over the session-storage quota evicts other tabs rather than being lost', async () => {
    const other = await openTab('https://news.example/other');
    const tabId = await openTab('https://news.example/a');
    executeScript.mockResolvedValue([{ result: storyReading('https://news.example/other') }]);
    await send({ type: 'analyzeTab', tabId: other });
    executeScript.mockResolvedValue([{ result: storyReading('https://news.example/a') }]);
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
      const stored = await fakeBrowser.storage.session.get(null);
      // The quota fits one summary: a second one is refused, as Chromium's 10 MB quota would.
      if (
        JSON.stringify(items).includes('"status":"ok"') &&
        JSON.stringify(stored).includes('"status":"ok"')
      )
        throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      return set(items);
    });
    expect((await send({ type: 'analyzeTab', tabId })).status).toBe('ok');
    expect((await send({ type: 'getTabState', tabId })).status).toBe('ok');
    expect((await send({ type: 'getTabState', tabId: other })).status).toBe('idle');
  });

  test.each([
    ['written by a worker that is gone', { startedAt: Date.now(), worker: 'a-stopped-worker' }],
    ['without a start time', {}],
  ])('a "loading" state %s reads as idle', async (_name, extra) => {
    const tabId = await openTab('https://news.example/a');
    await fakeBrowser.storage.session.set({
      [`tab-${tabId}`]: { status: 'loading', url: 'https://news.example/a', ...extra },
    });
    expect((await send({ type: 'getTabState', tabId })).status).toBe('idle');
  });

  test('a "loading" state older than the timeout reads as idle', async () => {
    const tabId = await openTab('https://news.example/a');
    let finish: (value: unknown) => void = () => undefined;
    executeScript.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    void send({ type: 'analyzeTab', tabId });
    await vi.waitFor(async () =>
      expect((await send({ type: 'getTabState', tabId })).status).toBe('loading'),
    );
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + LOADING_TIMEOUT_MS + 1);
    expect((await send({ type: 'getTabState', tabId })).status).toBe('idle');
    vi.mocked(Date.now).mockRestore();
    finish([{ result: READING }]);
  });

  test('a result that lands after the tab navigated is not shown for the new page', async () => {
    const tabId = await openTab('https://news.example/a');
    executeScript.mockImplementation(async () => {
      await fakeBrowser.tabs.update(tabId, { url: 'https://news.example/b' });
      return [{ result: storyReading('https://news.example/a') }];
    });
    const state = await send({ type: 'analyzeTab', tabId });
    expect(state).toMatchObject({ status: 'idle', url: 'https://news.example/b' });
    expect((await send({ type: 'getTabState', tabId })).status).toBe('idle');
  });

  test('with the address hidden, a result that lands after a reload is dropped', async () => {
    const tabId = await openTab('https://news.example/a');
    const hidden = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) => ({
      ...(await hidden(id)),
      url: undefined,
    }));
    executeScript.mockImplementation(async () => {
      const tab = await hidden(tabId);
      await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading' }, tab);
      return [{ result: storyReading('https://news.example/a') }];
    });
    expect((await send({ type: 'analyzeTab', tabId })).status).toBe('idle');
    expect((await send({ type: 'getTabState', tabId })).status).toBe('idle');
  });

  test('a second request while the page is being read joins the first', async () => {
    const tabId = await openTab('https://news.example/a');
    executeScript.mockResolvedValue([{ result: READING }]);
    const [first, second] = await Promise.all([
      send({ type: 'analyzeTab', tabId }),
      send({ type: 'analyzeTab', tabId }),
    ]);
    expect(first).toEqual(second);
    expect(injections()).toBe(1);
  });
});

describe('an injection that never answers', () => {
  test('a hidden view-source: tab ends in an error with a clear message, not in "loading"', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const tabId = await openTab('https://news.example/a');
      // Chromium never settles executeScript for a view-source: tab whose address it hides.
      executeScript.mockReturnValue(new Promise(() => undefined));
      const reply = send({ type: 'analyzeTab', tabId });
      await vi.advanceTimersByTimeAsync(INJECTION_TIMEOUT_MS + 1);
      const state = await reply;
      expect(state).toEqual({ status: 'error', url: 'https://news.example/a', message: NO_ANSWER });
      expect(NO_ANSWER).toMatch(/no answer from this page within 20 seconds.*view-source:/);
      expect(await send({ type: 'getTabState', tabId })).toMatchObject({ status: 'error' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('same-document address changes', () => {
  async function analyzed(): Promise<number> {
    const tabId = await openTab('https://news.example/a');
    executeScript.mockResolvedValue([{ result: storyReading('https://news.example/a') }]);
    expect((await send({ type: 'analyzeTab', tabId })).status).toBe('ok');
    return tabId;
  }

  test('a #fragment keeps the summary', async () => {
    const tabId = await analyzed();
    await fakeBrowser.tabs.update(tabId, { url: 'https://news.example/a#comments' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await send({ type: 'getTabState', tabId })).status).toBe('ok');
  });

  test('a pushState to an address that still shows the story keeps the summary', async () => {
    const tabId = await analyzed();
    vi.mocked(fakeBrowser.tabs.sendMessage).mockImplementation(async (_id, message) => ({
      found: (message as { type: string }).type === 'stillShows',
    }));
    await fakeBrowser.tabs.update(tabId, { url: 'https://news.example/a?page=2' });
    await vi.waitFor(async () =>
      expect(await send({ type: 'getTabState', tabId })).toMatchObject({
        status: 'ok',
        url: 'https://news.example/a?page=2',
      }),
    );
  });

  test('a new address whose page no longer shows the story drops the summary', async () => {
    const tabId = await analyzed();
    vi.mocked(fakeBrowser.tabs.sendMessage).mockResolvedValue({ found: false } as never);
    await fakeBrowser.tabs.update(tabId, { url: 'https://news.example/other-story' });
    await vi.waitFor(async () =>
      expect((await send({ type: 'getTabState', tabId })).status).toBe('idle'),
    );
  });
});

describe("reading off the page's thread", () => {
  const copy = {
    kind: 'page-copy',
    url: 'https://news.example/a',
    html: '<html><body><p>text</p></body></html>',
    limited: null,
  };
  let createDocument: ReturnType<typeof vi.fn>;
  let sendMessage: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    let created = false;
    createDocument = vi.fn(async () => {
      created = true;
    });
    Object.assign(fakeBrowser, { offscreen: { createDocument, hasDocument: async () => created } });
    sendMessage = vi.fn(async (message: { type: string; copy?: { url: string } }) =>
      message.type === 'readCopy' ? storyReading(message.copy?.url ?? '') : undefined,
    );
    fakeBrowser.runtime.sendMessage =
      sendMessage as unknown as typeof fakeBrowser.runtime.sendMessage;
  });

  test('a page copy is extracted in one offscreen document, then analyzed', async () => {
    const first = await openTab('https://news.example/a');
    const second = await openTab('https://news.example/a');
    executeScript.mockResolvedValue([{ result: copy }]);
    const states = await Promise.all([
      send({ type: 'analyzeTab', tabId: first }),
      send({ type: 'analyzeTab', tabId: second }),
    ]);
    expect(states.map((state) => state.status)).toEqual(['ok', 'ok']);
    expect(createDocument).toHaveBeenCalledTimes(1);
    expect(createDocument.mock.calls[0]?.[0]).toMatchObject({
      url: `${EXTENSION_ORIGIN}offscreen.html`,
      reasons: ['DOM_PARSER'],
    });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'readCopy', copy });
  });

  test('an offscreen document that fails becomes an error state with a message', async () => {
    const tabId = await openTab('https://news.example/a');
    executeScript.mockResolvedValue([{ result: copy }]);
    sendMessage.mockRejectedValue(new Error('Could not establish connection.'));
    expect(await send({ type: 'analyzeTab', tabId })).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/could not read this page \(Could not establish/),
    });
  });
});

describe("the highlight's style", () => {
  test('is limited to the scope the page reports, and replaced when the scope changes', async () => {
    const tabId = await openTab('https://news.example/a');
    const answers = [
      { found: true, scope: 'article' },
      { found: true, scope: 'article' },
      { found: true, scope: '#story' },
    ];
    vi.mocked(fakeBrowser.tabs.sendMessage).mockImplementation(
      async () => answers.shift() as never,
    );
    for (let i = 0; i < 3; i++) {
      expect(await send({ type: 'highlight', tabId, text: 'A sentence.' })).toEqual({
        found: true,
      });
    }
    const inserted = insertCSS.mock.calls.map(([options]) => (options as { css: string }).css);
    expect(inserted).toHaveLength(2);
    expect(inserted[0]).toMatch(/^article::highlight\(story-lens\), article ::highlight/);
    expect(inserted[1]).toMatch(/^#story::highlight/);
    expect(removeCSS).toHaveBeenCalledWith({ target: { tabId }, css: inserted[0] });
  });

  test('is not inserted when the page styled the highlight itself (no scope)', async () => {
    const tabId = await openTab('https://news.example/a');
    vi.mocked(fakeBrowser.tabs.sendMessage).mockResolvedValue({ found: true } as never);
    expect(await send({ type: 'highlight', tabId, text: 'A sentence.' })).toEqual({ found: true });
    expect(insertCSS).not.toHaveBeenCalled();
  });
});
