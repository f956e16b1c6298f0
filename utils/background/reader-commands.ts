import { browser } from 'wxt/browser';
import { summarizeReading } from '../page-reading';
import { storyFromSelection } from '../selection-story';
import { errorMessage, type TabState } from '../tab-state';

/**
 * Background glue for using Story Lens without the mouse or the toolbar: the keyboard commands
 * (manifest `commands`, declared in wxt.config.ts) and the "Analyze selected text" context-menu
 * item. Only entrypoints/background.ts imports this, through `registerReaderCommands`.
 */

/** The context-menu item's id. */
export const ANALYZE_SELECTION_MENU = 'analyze-selection';
/** The command that opens the side panel (the popup's command is the built-in `_execute_action`). */
export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';

/** What the background lends this module: its analysis and its per-tab cache. */
export interface ReaderCommandDeps {
  analyzeTab(tabId: number, force: boolean): Promise<TabState>;
  writeState(tabId: number, state: TabState): Promise<TabState>;
}

interface TabInfo {
  id?: number;
  windowId?: number;
  url?: string;
  title?: string;
}

interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

/** Opens the side panel (Chromium) or the sidebar (Firefox) for a tab; false when it cannot. */
async function openPanel(tab: TabInfo): Promise<boolean> {
  const api = browser as unknown as {
    sidePanel?: SidePanelApi;
    sidebarAction?: { open(): Promise<void> };
  };
  try {
    if (api.sidePanel && tab.id !== undefined) await api.sidePanel.open({ tabId: tab.id });
    else if (api.sidebarAction) await api.sidebarAction.open();
    else return false;
    return true;
  } catch {
    return false;
  }
}

/** Shows a tab's summary where the reader can see it: the side panel, else the popup. */
async function showSummary(tab: TabInfo): Promise<void> {
  if (await openPanel(tab)) return;
  const action = (browser as unknown as { action?: { openPopup?(): Promise<void> } }).action;
  await action?.openPopup?.().catch(() => undefined);
}

/** The page's selection with its line breaks (the menu's `selectionText` flattens them). */
async function selectionOf(tabId: number): Promise<string | null> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => globalThis.getSelection?.()?.toString() ?? '',
    });
    return typeof injection?.result === 'string' && injection.result.trim() !== ''
      ? injection.result
      : null;
  } catch {
    return null;
  }
}

/** Lets the summary's items highlight their sentences in the page (the content script answers). */
async function prepareHighlighting(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/content.js'],
    });
  } catch {
    // A page that cannot be scripted still gets its summary; clicks then say the text is not found.
  }
}

/** Summarizes the reader's selection in a tab, caches it as the tab's state and shows it. */
export async function analyzeSelection(
  deps: ReaderCommandDeps,
  tab: TabInfo,
  selectionText: string | undefined,
): Promise<TabState> {
  if (tab.id === undefined) return { status: 'error', url: null, message: 'No tab to analyze.' };
  const tabId = tab.id;
  const url = tab.url ?? '';
  // Open first: the side panel may be opened only while the click's user gesture lasts.
  const shown = showSummary(tab);
  await deps.writeState(tabId, { status: 'loading', url });
  const text = (await selectionOf(tabId)) ?? selectionText ?? '';
  let state: TabState;
  try {
    state = summarizeReading({
      url,
      extracted: storyFromSelection(text, { url, title: tab.title ?? null }),
    });
  } catch (error) {
    state = {
      status: 'error',
      url,
      message: `Story Lens could not analyze the selection (${errorMessage(error)}).`,
    };
  }
  if (state.status === 'ok') await prepareHighlighting(tabId);
  await shown;
  return deps.writeState(tabId, state);
}

/** Runs a keyboard command: the side panel opens on the current tab and analyzes it. */
export async function runCommand(
  deps: ReaderCommandDeps,
  command: string,
  tab: TabInfo | undefined,
): Promise<void> {
  if (command !== OPEN_SIDE_PANEL_COMMAND || tab?.id === undefined) return;
  const opened = openPanel(tab);
  await deps.analyzeTab(tab.id, false);
  await opened;
}

/**
 * Registers the keyboard commands and the "Analyze selected text" menu item. The one call the
 * background makes: `registerReaderCommands({ analyzeTab, writeState })`.
 */
export function registerReaderCommands(deps: ReaderCommandDeps): void {
  const menus = (browser as unknown as { contextMenus?: typeof browser.contextMenus }).contextMenus;
  if (menus) {
    browser.runtime.onInstalled.addListener(() => {
      menus.create({
        id: ANALYZE_SELECTION_MENU,
        title: 'Analyze selected text',
        contexts: ['selection'],
      });
    });
    menus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === ANALYZE_SELECTION_MENU && tab)
        void analyzeSelection(deps, tab, info.selectionText);
    });
  }
  browser.commands?.onCommand.addListener((command, tab) => {
    void runCommand(deps, command, tab);
  });
  // Headless Chromium has no toolbar shortcuts or context menu to press, so the e2e build (only)
  // lets a test run the same two handlers the browser would; the shipped build has no such hook.
  if (import.meta.env.MODE === 'e2e') {
    Object.assign(globalThis, {
      storyLensE2E: {
        runCommand: (command: string, tab: TabInfo) => runCommand(deps, command, tab),
        analyzeSelection: (tab: TabInfo, text?: string) => analyzeSelection(deps, tab, text),
      },
    });
  }
}
