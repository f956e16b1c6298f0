import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { summaryToMarkdown } from '../../utils/markdown';
import { isTabStateChanged, sendToBackground } from '../../utils/messages';
import { claimLimitSetting } from '../../utils/storage';
import { DEFAULT_CLAIM_LIMIT_SHOWN } from '../../utils/storage-choices';
import { errorMessage, type TabState } from '../../utils/tab-state';

/**
 * The state and actions behind a panel, shared by the popup and the side panel.
 * `follow`: track the active tab (side panel) rather than the tab the popup opened on.
 * `autoAnalyze`: analyze on open (the popup: opening it is the reader's request).
 * A `?tabId=` query parameter pins the panel to one tab (used when a panel is opened in a tab).
 */
export function usePanel({ follow, autoAnalyze }: { follow: boolean; autoAnalyze: boolean }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState>({ status: 'loading', url: null });
  const [claimLimit, setClaimLimit] = useState(DEFAULT_CLAIM_LIMIT_SHOWN);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void claimLimitSetting.getValue().then(setClaimLimit);
    return claimLimitSetting.watch((value) => setClaimLimit(value));
  }, []);

  useEffect(() => {
    const pinned = Number(new URLSearchParams(location.search).get('tabId'));
    if (Number.isInteger(pinned) && pinned > 0) {
      setTabId(pinned);
      return undefined;
    }
    // A tab activated while the first query is on its way is newer than the query's answer.
    let activated = false;
    let windowId: number | undefined;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      // The side panel belongs to one window: another window's tabs are not its business.
      if (windowId !== undefined && info.windowId !== windowId) return;
      activated = true;
      setTabId(info.tabId);
    };
    if (follow) browser.tabs.onActivated.addListener(onActivated);
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      windowId = tab?.windowId;
      if (activated) return;
      if (tab?.id !== undefined) setTabId(tab.id);
      else setState({ status: 'error', url: null, message: 'There is no active tab to read.' });
    });
    if (!follow) return undefined;
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [follow]);

  /**
   * Which answers may still be shown: the background answers requests in any order (a busy
   * worker, a slow tab), so an answer about a tab the panel has left, or one older than an
   * answer already shown, is dropped. Without this the side panel could show the tab it was
   * opened over after following the reader to the story's tab.
   */
  const answers = useRef({ tabId: null as number | null, asked: 0, shown: 0 });

  const load = useCallback(async (id: number, analyze: boolean, force: boolean) => {
    const request = ++answers.current.asked;
    const show = (next: TabState) => {
      if (answers.current.tabId !== id || request < answers.current.shown) return;
      answers.current.shown = request;
      setState(next);
    };
    setNotice(null);
    if (analyze) setState({ status: 'loading', url: null });
    try {
      show(
        analyze
          ? await sendToBackground({ type: 'analyzeTab', tabId: id, force })
          : await sendToBackground({ type: 'getTabState', tabId: id }),
      );
    } catch (error) {
      show({
        status: 'error',
        url: null,
        message: errorMessage(error),
      });
    }
  }, []);

  useEffect(() => {
    answers.current.tabId = tabId;
    if (tabId === null) return undefined;
    void load(tabId, autoAnalyze, false);
    const onMessage = (message: unknown) => {
      if (isTabStateChanged(message) && message.tabId === tabId) void load(tabId, false, false);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId, autoAnalyze, load]);

  const onSelect = useCallback(
    async (sentence: number) => {
      if (tabId === null || state.status !== 'ok') return;
      // A figure's check may point at the headline (-1) or the standfirst (-2).
      const text =
        sentence === -1
          ? state.meta.title
          : sentence === -2
            ? state.meta.excerpt
            : state.sentences[sentence]?.text;
      if (!text) return;
      const result = await sendToBackground({ type: 'highlight', tabId, text }).catch(() => ({
        found: false,
      }));
      setNotice(
        result.found
          ? null
          : 'That sentence is no longer on the page. Press Re-analyze to read it again.',
      );
    },
    [tabId, state],
  );

  const onAnalyze = useCallback(() => {
    if (tabId !== null) void load(tabId, true, true);
  }, [tabId, load]);

  const onCopy = useCallback(async () => {
    if (state.status !== 'ok') return;
    try {
      await navigator.clipboard.writeText(summaryToMarkdown(state, claimLimit));
      setNotice('Summary copied as Markdown.');
    } catch {
      setNotice('The clipboard refused the copy. Select the text and copy it by hand.');
    }
  }, [state, claimLimit]);

  const onClaimLimit = useCallback((limit: number) => {
    setClaimLimit(limit);
    void claimLimitSetting.setValue(limit);
  }, []);

  return {
    tabId,
    state,
    claimLimit,
    notice,
    setNotice,
    actions: { onSelect, onAnalyze, onCopy, onClaimLimit },
  };
}
