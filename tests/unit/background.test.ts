import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import type { StorySummary } from '../../utils/summary';
import type { TabState } from '../../utils/tab-state';

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
    executeScript.mockResolvedValue([{ result: SUMMARY }]);
    expect(await send({ type: 'analyzeTab', tabId })).toEqual(SUMMARY);
    expect(await send({ type: 'analyzeTab', tabId })).toEqual(SUMMARY);
    expect(executeScript).toHaveBeenCalledTimes(1);
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
    executeScript.mockResolvedValue([{ result: SUMMARY }]);
    await send({ type: 'analyzeTab', tabId });
    await send({ type: 'analyzeTab', tabId, force: true });
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

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

  test('rejects a malformed answer from the page', async () => {
    const tabId = await openTab('https://news.example/a');
    executeScript.mockResolvedValue([{ result: { status: 'ok', schemaVersion: 1 } }]);
    expect((await send({ type: 'analyzeTab', tabId })).status).toBe('error');
  });

  test('ignores messages from other extensions', async () => {
    const tabId = await openTab('https://news.example/a');
    expect(await send({ type: 'analyzeTab', tabId }, 'someone-else')).toBeUndefined();
  });
});
