import { describe, expect, test } from 'vitest';
import { screenshotPath, useExtensionSession, withSummary } from '../harness/extension-session';
import { axeViolations } from './axe';
import { activeHighlight, evaluateInTarget, PanelPage, tabIdOf } from './browser';

// A reader's experience (issue 14): legible type, explained sections, long stories, states,
// and the keyboard. Every check runs on the real unpacked build in Chromium.

const session = useExtensionSession();

/** What the layout check reads from a panel page. */
interface Layout {
  width: number;
  bodyWidth: number;
  scrollWidth: number;
  overflowing: string[];
  body: number;
  text: number;
  meta: number;
  background: number;
}

/** Font sizes in px, relative luminance of the background, and anything wider than the page. */
function readLayout(): Layout {
  const px = (selector: string) =>
    Number.parseFloat(getComputedStyle(document.querySelector(selector) as Element).fontSize);
  const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(
    (channel) => Number(channel) / 255,
  );
  const width = document.documentElement.clientWidth;
  const overflowing = [...document.querySelectorAll('.panel *')]
    .filter((element) => element.getBoundingClientRect().right > width + 0.5)
    .map((element) => `${element.tagName}.${element.className}`);
  return {
    width,
    bodyWidth: document.body.getBoundingClientRect().width,
    scrollWidth: document.documentElement.scrollWidth,
    overflowing,
    body: px('body'),
    text: px('.item .text'),
    meta: px('.meta'),
    background: 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0),
  };
}

describe('type and layout', () => {
  test('the real popup is 460 px wide with 15 px body text, larger than the grey lines', async () => {
    const story = await session.openStory('seed-weather-banner');
    await story.page.bringToFront();
    // What the toolbar icon (or its keyboard shortcut) opens: the popup beside the toolbar.
    await session.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }
      ).chrome.action.openPopup(),
    );
    const isPopup = (url: string) => url.endsWith('/popup.html');
    await expect
      .poll(
        () =>
          evaluateInTarget(
            story.page,
            isPopup,
            `!!document.querySelector('[data-testid="summary"]')`,
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
    const layout = await evaluateInTarget<Layout>(
      story.page,
      isPopup,
      `(${readLayout.toString()})()`,
    );
    // Headless Chromium widens the window by its overlay scrollbar; the content is 460 px.
    expect(layout).toMatchObject({ bodyWidth: 460, overflowing: [], body: 15, text: 15 });
    expect(layout?.scrollWidth).toBe(layout?.width);
    expect(layout?.meta).toBeLessThan(layout?.text ?? 0);
    await story.page.close();
  });

  test.each(['popup', 'sidepanel'] as const)(
    'the %s holds its layout from 320 to 480 px, light and dark',
    async (entry) => {
      const story = await session.openStory('seed-weather-banner');
      const panel = await session.summaryPanel(entry, story.tabId);
      for (const colorScheme of ['light', 'dark'] as const) {
        await panel.page.emulateMedia({ colorScheme });
        for (const width of [320, 400, 480]) {
          await panel.page.setViewportSize({ width, height: 700 });
          const layout = await panel.page.evaluate(readLayout);
          expect(layout, `${entry} ${colorScheme} ${width}px`).toMatchObject({
            width,
            bodyWidth: width,
            scrollWidth: width,
            overflowing: [],
            body: 15,
            text: 15,
          });
          expect(layout.meta).toBeLessThan(layout.text);
          if (colorScheme === 'dark') expect(layout.background).toBeLessThan(0.2);
          else expect(layout.background).toBeGreaterThan(0.8);
        }
      }
      await panel.page.close();
      await story.page.close();
    },
  );
});

describe('explained, with counts that agree', () => {
  test('each section explains itself from the keyboard; the glance, headings and lists agree', async () => {
    const story = await session.openStory('seed-weather-banner');
    const popup = await session.summaryPanel('popup', story.tabId);
    const page = popup.page;
    for (const id of ['claims', 'figures', 'quotes', 'sources']) {
      const button = page.getByTestId(`about-${id}`);
      const about = page.getByTestId(`about-text-${id}`);
      expect(await about.isVisible()).toBe(false);
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await about.isVisible()).toBe(true);
      expect((await about.textContent())?.length).toBeGreaterThan(40);
      await page.keyboard.press(' ');
      expect(await about.isVisible()).toBe(false);
    }
    await popup.showAll();
    const text = async (testId: string) => (await page.getByTestId(testId).textContent()) ?? '';
    const number = async (testId: string) => Number.parseInt(await text(testId), 10);
    const quotes = await popup.items('quote').count();
    const partial = await page.getByTestId('quote-speaker').filter({ hasText: 'partial' }).count();
    expect(quotes).toBeGreaterThan(7);
    expect(await number('glance-quotes')).toBe(quotes);
    expect(await text('glance-quotes')).toContain(partial > 0 ? `(${partial} partial)` : 'quote');
    expect(await number('count-quotes')).toBe(quotes);
    expect(await number('glance-figures')).toBe(await popup.items('figure').count());
    expect(await number('count-figures')).toBe(await popup.items('figure').count());
    const sources = await popup.items('source').count();
    expect(await number('glance-sources')).toBe(sources);
    expect(await number('count-sources')).toBe(sources);
    const badges = await page.getByTestId('glance').locator('.badge').allTextContents();
    expect(badges.reduce((sum, badge) => sum + Number.parseInt(badge, 10), 0)).toBe(sources);
    expect(await text('glance')).not.toMatch(/\b1 (quotes|figures|sources|organizations)\b/);
    await popup.page.close();
    await story.page.close();
  });
});

describe('progress and states', () => {
  test('while a slow page is read the panel shows progress and no buttons that cannot help', async () => {
    const page = await session.context.newPage();
    const url = `${session.origin}/_slow/seed-weather-banner/`;
    await page.goto(url, { waitUntil: 'commit' });
    let tabId = 0;
    await expect
      .poll(async () => (tabId = await tabIdOf(session.worker, url).catch(() => 0)), {
        timeout: 5_000,
      })
      .toBeGreaterThan(0);
    const popup = await PanelPage.open(session.context, session.extensionId, 'popup', tabId);
    // One look at the panel while it says it is reading (checked one element at a time, the
    // summary could land between two checks on a busy machine).
    const reading = await popup.page.waitForFunction(
      () => {
        const find = (id: string) => document.querySelector(`[data-testid="${id}"]`);
        if (!find('status-loading')) return null;
        return {
          progress: find('progress')?.checkVisibility() ?? false,
          analyze: find('analyze') !== null,
          copy: find('copy-markdown') !== null,
        };
      },
      null,
      { timeout: 5_000 },
    );
    expect(await reading.jsonValue()).toEqual({ progress: true, analyze: false, copy: false });
    await withSummary(popup);
    expect(await popup.page.getByTestId('progress').count()).toBe(0);
    expect(await popup.button('analyze').textContent()).toBe('Re-analyze');
    await popup.page.close();
    await page.close();
  });

  test('a PDF whose address does not end in .pdf is explained as a PDF, with no Re-analyze', async () => {
    const page = await session.context.newPage();
    const url = `${session.origin}/_pdf/report`;
    await page.goto(url);
    const popup = await PanelPage.open(
      session.context,
      session.extensionId,
      'popup',
      await tabIdOf(session.worker, url),
    );
    await expect.poll(() => popup.status('restricted').count(), { timeout: 20_000 }).toBe(1);
    expect(await popup.status('restricted').textContent()).toMatch(/PDF document/);
    expect(await popup.button('analyze').count()).toBe(0);
    await popup.page.close();
    await page.close();
  });

  test('a browser page gets its explanation and no Analyze button', async () => {
    const { page, tabId } = await session.openBrowserPage('chrome://version/');
    const popup = await PanelPage.open(session.context, session.extensionId, 'popup', tabId);
    await expect.poll(() => popup.status('restricted').count(), { timeout: 20_000 }).toBe(1);
    expect(await popup.button('analyze').count()).toBe(0);
    expect(await popup.button('open-side-panel').count()).toBe(1);
    await popup.page.close();
    await page.close();
  });
});

describe('accessibility, checked by axe-core', () => {
  test.each([
    ['a story', 'seed-weather-banner', 'summary'],
    ['a page with no story', 'no-story-link-list', 'status-no-story'],
    ['a PDF', '_pdf/report', 'status-restricted'],
  ])(
    '%s: popup and side panel, light and dark, have no violations',
    async (_name, path, testId) => {
      const page = await session.context.newPage();
      const url = path.includes('/') ? `${session.origin}/${path}` : `${session.origin}/${path}/`;
      await page.goto(url);
      const tabId = await tabIdOf(session.worker, url);
      for (const entry of ['popup', 'sidepanel'] as const) {
        const panel = await PanelPage.open(session.context, session.extensionId, entry, tabId);
        await expect
          .poll(() => panel.page.getByTestId(testId).count(), { timeout: 20_000 })
          .toBe(1);
        if (testId === 'summary') await panel.page.getByTestId('about-sources').click();
        for (const colorScheme of ['light', 'dark'] as const) {
          await panel.page.emulateMedia({ colorScheme });
          expect(await axeViolations(panel.page), `${entry} ${colorScheme}`).toEqual([]);
        }
        await panel.page.close();
      }
      await page.close();
    },
  );
});

describe('long stories', () => {
  test('Show all, figures by kind, quotes by speaker and find, from the keyboard in the side panel', async () => {
    const story = await session.openStory('long-story-10x');
    const panel = await session.summaryPanel('sidepanel', story.tabId);
    const page = panel.page;
    const number = async (testId: string) =>
      Number.parseInt((await page.getByTestId(testId).textContent()) ?? '', 10);

    // Show all (N): the first items, then every one of the N.
    const quotes = await number('count-quotes');
    expect(quotes).toBeGreaterThan(50);
    expect(await panel.items('quote').count()).toBe(6);
    const showAll = page.getByTestId('show-all-quotes');
    expect(await showAll.textContent()).toBe(`Show all (${quotes})`);
    await showAll.focus();
    await page.keyboard.press('Enter');
    expect(await panel.items('quote').count()).toBe(quotes);
    await page.keyboard.press('Enter');
    expect(await panel.items('quote').count()).toBe(6);

    // Figures of one kind: every item shown is of that kind, as many as the filter says.
    const kinds = page.getByTestId('figure-kinds').locator('input');
    expect(await kinds.count()).toBeGreaterThan(2);
    // The first kind after "All" (which kinds there are depends on the story).
    const kind = kinds.nth(1);
    await kind.focus();
    await page.keyboard.press('Space');
    expect(await kind.isChecked()).toBe(true);
    const label = (await kind.locator('xpath=..').textContent()) ?? '';
    const kindCount = Number(/\((\d+)\)/.exec(label)?.[1]);
    expect(await page.getByTestId('count-figures').textContent()).toBe(
      `${kindCount} of ${await number('glance-figures')}`,
    );
    await panel.showAll();
    expect(await panel.items('figure').count()).toBe(kindCount);

    // Quotes by speaker: the most quoted speaker first.
    await page.getByTestId('group-quotes').focus();
    await page.keyboard.press('Space');
    const groups = page.getByTestId('quote-group');
    expect(await groups.count()).toBeGreaterThan(2);
    const sizes: number[] = [];
    for (const group of await groups.all()) {
      if ((await group.getByTestId('quote-group-speaker').textContent()) === 'Unattributed')
        continue;
      sizes.push(
        Number(/· (\d+) quotes?/.exec((await group.locator('h3').textContent()) ?? '')?.[1]),
      );
    }
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const speaker = (await page.getByTestId('quote-group-speaker').first().textContent()) ?? '';
    // Filter chips, groups and their buttons pass the same accessibility rules.
    expect(await axeViolations(page)).toEqual([]);

    // Find: type a speaker's name; every section narrows to what mentions it.
    await page.getByTestId('find').focus();
    await page.keyboard.type(speaker);
    await expect
      .poll(() => page.getByTestId('find-result').textContent(), { timeout: 5_000 })
      .toMatch(/^\d+ match(es)?$/);
    const shown = await panel.items('quote').allTextContents();
    expect(shown.length).toBe(sizes[0]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('find').inputValue()).toBe('');
    await page.close();
    await story.page.close();
  });
});

describe('without the mouse or the toolbar', () => {
  /** Runs the e2e build's hook into the background's command and menu handlers. */
  function background(expression: string): Promise<unknown> {
    // A string, so the bundler's helpers do not leak into the service worker.
    return session.worker.evaluate(
      `(async () => { await storyLensE2E.${expression}; return true; })()`,
    );
  }

  test('from the keyboard alone: Tab reaches the first claim, Enter highlights it in the page', async () => {
    const story = await session.openStory('seed-teaser-inside-story');
    const popup = await session.summaryPanel('popup', story.tabId);
    const focused = () =>
      popup.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    const visited: (string | null)[] = [];
    for (let presses = 0; presses < 20 && (await focused()) !== 'claim'; presses += 1) {
      await popup.page.keyboard.press('Tab');
      visited.push(await focused());
    }
    // On the way: the toolbar's buttons, the section's "?" and the claim limit.
    expect(visited).toEqual(expect.arrayContaining(['analyze', 'about-claims', 'claim-limit']));
    expect(await focused()).toBe('claim');
    const claim =
      (await popup.page.evaluate(
        () => document.activeElement?.querySelector('.text')?.textContent,
      )) ?? '';
    await popup.page.keyboard.press('Enter');
    await expect
      .poll(() => activeHighlight(story.page), { timeout: 5_000 })
      .toContain(claim.slice(0, 40));
    await popup.page.close();
    await story.page.close();
  });

  test('keyboard shortcuts are declared; the side-panel shortcut analyzes the tab', async () => {
    const manifest = (await session.worker.evaluate('(() => chrome.runtime.getManifest())()')) as {
      commands: Record<string, { suggested_key: { default: string } }>;
    };
    expect(manifest.commands._execute_action?.suggested_key.default).toBe('Alt+Shift+S');
    expect(manifest.commands['open-side-panel']?.suggested_key.default).toBe('Alt+Shift+L');

    const story = await session.openStory('dateline-span-inside-lede');
    const before = await PanelPage.open(
      session.context,
      session.extensionId,
      'sidepanel',
      story.tabId,
    );
    await expect.poll(() => before.status('idle').count(), { timeout: 10_000 }).toBe(1);
    await background(
      `runCommand('open-side-panel', { id: ${story.tabId}, url: '${story.page.url()}' })`,
    );
    // The open panel hears that the tab changed and shows the new summary.
    await withSummary(before);
    await before.page.close();
    await story.page.close();
  });

  test('"Analyze selected text" summarizes just the selection, and its items highlight in the page', async () => {
    const story = await session.openStory('no-story-link-list');
    // An invented story pasted into the link list, then selected as a reader would.
    await story.page.evaluate(() => {
      const box = document.createElement('div');
      box.id = 'pasted';
      for (const text of [
        'The port of Kessel Bay will reopen its north terminal in March after a two-year closure, the harbour board said on Tuesday.',
        '“We expect the first ships within a week of the reopening,” port director Lena Marsh said in a statement.',
        'The terminal handled 2.4 million containers in its last full year of operation, about 40% of the port’s traffic.',
      ]) {
        const p = document.createElement('p');
        p.textContent = text;
        box.append(p);
      }
      document.body.prepend(box);
      const range = document.createRange();
      range.selectNodeContents(box);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    const url = story.page.url();
    await background(`analyzeSelection({ id: ${story.tabId}, url: '${url}', title: 'Links' })`);
    // Headless Chromium cannot open the side panel without a real click: the popup opens instead.
    const isPopup = (target: string) => target.endsWith('/popup.html');
    await expect
      .poll(() => evaluateInTarget(story.page, isPopup, 'document.body.innerText'), {
        timeout: 20_000,
      })
      .toContain('Lena Marsh');
    const popup = await PanelPage.open(session.context, session.extensionId, 'popup', story.tabId);
    await withSummary(popup);
    expect(await popup.page.getByTestId('summary').textContent()).toContain('Selected text');
    expect(await popup.items('figure').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('2.4 million')]),
    );
    expect(await popup.items('claim').count()).toBeGreaterThan(0);
    await popup.items('quote').first().click();
    await expect
      .poll(() => activeHighlight(story.page), { timeout: 5_000 })
      .toContain('We expect the first ships');
    await popup.page.close();
    await story.page.close();
  });
});

describe('README screenshots', () => {
  test('popup, side panel and states, light and dark', async () => {
    // The popup on a story citing all four kinds of source (named, organization, anonymous,
    // document), so the picture shows every badge.
    const story = await session.openStory('sources-four-kinds');
    const popup = await session.summaryPanel('popup', story.tabId);
    await popup.page.setViewportSize({ width: 460, height: 600 });
    const long = await session.openStory('long-story-10x');
    const panel = await session.summaryPanel('sidepanel', long.tabId);
    await panel.page.setViewportSize({ width: 400, height: 820 });
    // The side panel as a reader of a long story uses it: quotes by speaker, found by a name.
    await panel.page.getByTestId('group-quotes').check();
    await panel.page.getByTestId('find').fill('Peskov');
    await panel.page.mouse.move(0, 0);
    const pdf = await session.context.newPage();
    await pdf.goto(`${session.origin}/_pdf/report`);
    const restricted = await PanelPage.open(
      session.context,
      session.extensionId,
      'popup',
      await tabIdOf(session.worker, `${session.origin}/_pdf/report`),
    );
    await restricted.page.setViewportSize({ width: 460, height: 220 });
    await expect.poll(() => restricted.status('restricted').count(), { timeout: 20_000 }).toBe(1);
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [target, name] of [
        [popup, 'popup'],
        [panel, 'sidepanel'],
        [restricted, 'restricted'],
      ] as const) {
        await target.page.emulateMedia({ colorScheme });
        await target.page.evaluate(() => scrollTo(0, 0));
        await target.page.screenshot({ path: screenshotPath(`${name}-${colorScheme}.png`) });
      }
    }
    for (const page of [popup.page, panel.page, restricted.page, pdf, story.page, long.page])
      await page.close();
  });
});
