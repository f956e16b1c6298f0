import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeSelection, runCommand } from '../../utils/background/reader-commands';
import type { TabState } from '../../utils/tab-state';

const executeScript = vi.fn();
const open = vi.fn();
const deps = {
  analyzeTab: vi.fn(async (): Promise<TabState> => ({ status: 'idle', url: null })),
  writeState: vi.fn(async (_tabId: number, state: TabState) => state),
};
const TAB = { id: 7, windowId: 1, url: 'https://news.example/a', title: 'Harbour news' };
const SELECTION =
  'The port of Kessel Bay will reopen its north terminal in March, the harbour board said on Tuesday.\n“We expect the first ships within a week,” port director Lena Marsh said.';

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockReset();
  open.mockReset().mockResolvedValue(undefined);
  deps.analyzeTab.mockClear();
  deps.writeState.mockClear();
  Object.assign(fakeBrowser, {
    scripting: { executeScript, insertCSS: vi.fn().mockResolvedValue(undefined) },
    sidePanel: { open },
  });
});

describe('reader commands', () => {
  test('the side-panel shortcut opens the panel on the tab and analyzes it', async () => {
    await runCommand(deps, 'open-side-panel', TAB);
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    expect(deps.analyzeTab).toHaveBeenCalledWith(7, false);
    await runCommand(deps, 'something-else', TAB);
    expect(deps.analyzeTab).toHaveBeenCalledTimes(1);
  });

  test('"Analyze selected text" reads the selection with its line breaks and caches its summary', async () => {
    executeScript.mockImplementation(async (options: { files?: string[] }) => [
      { result: options.files ? null : SELECTION },
    ]);
    const state = await analyzeSelection(deps, TAB, 'flattened text from the menu');
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    expect(deps.writeState.mock.calls.map(([, written]) => written.status)).toEqual([
      'loading',
      'ok',
    ]);
    expect(state.status === 'ok' && state.meta.siteName).toBe('Selected text');
    expect(state.status === 'ok' && state.paragraphs).toHaveLength(2);
    expect(state.status === 'ok' && state.quotes[0]?.speaker).toBe('Lena Marsh');
  });

  test('without page access it uses the menu’s selection text; too little text says why', async () => {
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page.'));
    const state = await analyzeSelection(deps, TAB, 'Kessel Bay');
    expect(state).toMatchObject({ status: 'no-story', reason: expect.stringMatching(/2 words/) });
  });
});
