import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The e2e build (`wxt build --mode e2e`) may touch the local test server only: a test cannot
// click the real toolbar icon, so it cannot receive the activeTab grant. The shipped build has
// no host permissions at all.
const E2E_HOSTS = ['http://127.0.0.1/*'];

/** Suggested keyboard shortcuts: open the popup (it analyzes the tab) and the side panel. */
const SHORTCUTS = {
  popup: {
    suggested_key: { default: 'Alt+Shift+S' },
    description: 'Summarize this story (open the Story Lens popup)',
  },
  sidePanel: {
    suggested_key: { default: 'Alt+Shift+L' },
    description: 'Summarize this story in the side panel',
  },
};

/** The toolbar button's tooltip. */
const ACTION_TITLE = 'Summarize this story';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode, browser }) => ({
    name: 'Story Lens',
    description:
      'See what a news story says: key claims, figures, quotes and sources, extracted on your device.',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      // offscreen: Chromium's service worker has no DOM; the offscreen document parses the
      // page's copy off the page's thread (issue 15). Firefox's background page has a DOM.
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    // Keyboard shortcuts (the reader can change them at chrome://extensions/shortcuts or in
    // Firefox's add-on manager). Firefox's MV2 names the built-in commands differently.
    commands:
      browser === 'firefox'
        ? {
            _execute_browser_action: SHORTCUTS.popup,
            _execute_sidebar_action: SHORTCUTS.sidePanel,
          }
        : { _execute_action: SHORTCUTS.popup, 'open-side-panel': SHORTCUTS.sidePanel },
    host_permissions: mode === 'e2e' ? E2E_HOSTS : [],
    // Firefox's WebDriver BiDi will not navigate a tab to moz-extension:// itself; in the e2e
    // build a test page may, when the extension pages are web-accessible (see FIREFOX-E2E notes).
    ...(mode === 'e2e' && browser === 'firefox'
      ? { web_accessible_resources: ['popup.html', 'sidepanel.html'] }
      : {}),
    action: { default_title: ACTION_TITLE },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'story-lens@storylens.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
    // Without a display (a server, CI) dev mode builds and watches; load the unpacked build by hand.
    disabled: process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY,
    chromiumArgs: [
      // Chromium refuses to start as root with its sandbox on.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
  hooks: {
    // WXT names the toolbar button after the popup's <title> ("Story Lens"), over the manifest's
    // action.default_title: the tooltip says what a click does instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = ACTION_TITLE;
    },
  },
});
