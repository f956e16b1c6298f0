import { describe, expect, test } from 'vitest';
import { screenshotPath, useExtensionSession, withSummary } from '../harness/extension-session';
import { activeHighlight, PanelPage, sidePanelText } from './browser';

const session = useExtensionSession();

describe('Story Lens in Chromium', () => {
  test('the manifest asks for no host permissions beyond the e2e test server', async () => {
    const manifest = await session.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }
      ).chrome.runtime.getManifest(),
    );
    expect(manifest.permissions).toEqual(
      expect.arrayContaining(['activeTab', 'scripting', 'sidePanel', 'storage']),
    );
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(manifest.action).toMatchObject({ default_title: 'Summarize this story' });
  });

  test('the four kinds of source: glance badges, the Sources list, partial quotes and Markdown', async () => {
    const story = await session.openStory('sources-four-kinds');
    const popup = await PanelPage.open(session.context, session.extensionId, 'popup', story.tabId);
    await expect.poll(() => popup.summary().count(), { timeout: 20_000 }).toBe(1);
    // The glance line: one badge per kind, with the same numbers as the Sources section.
    const glance = popup.page.getByTestId('glance');
    for (const [kind, label] of [
      ['named', '2 named'],
      ['organization', '1 organization'],
      ['anonymous', '1 anonymous'],
      ['document', '1 document'],
    ] as const)
      expect(await glance.getByTestId(`badge-${kind}`).textContent()).toBe(label);
    await popup.showAll();
    const sources = await popup.items('source').allTextContents();
    expect(sources).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^namedAna Lima/),
        expect.stringMatching(/^organizationthe Northern Ferry Company/),
        expect.stringMatching(/^anonymoustwo people familiar with the tender/),
        expect.stringMatching(/^documenta council report/),
      ]),
    );
    // A claim is attributed to a listed source, never to a clause fragment.
    const claims = await popup.items('claim').allTextContents();
    expect(claims.join('|')).toContain('a council report');
    // The partial quote says what it is, on screen and in the tooltip.
    const partial = popup.page.locator('[data-testid="quote-speaker"] .partial');
    expect(await partial.first().textContent()).toContain('partial quote');
    expect(await partial.first().getAttribute('title')).toMatch(/inside the reporter/);

    const markdown = await popup.copyMarkdown();
    expect(markdown).toContain('“a patchwork of emergencies” — Ana Lima (partial)');
    expect(markdown).toContain('## Sources');
    expect(markdown).toContain('- a council report (document)');
    expect(markdown).toContain('- the Northern Ferry Company (organization)');
    expect(markdown).toContain('- two people familiar with the tender (anonymous)');
    expect(markdown).toContain('- Ana Lima (named)');
    await popup.page.close();
    await story.page.close();
  });

  test('popup summarizes the story and a click highlights the sentence in the page', async () => {
    const story = await session.openStory('seed-weather-banner');
    const popup = await PanelPage.open(session.context, session.extensionId, 'popup', story.tabId);
    await popup.page.setViewportSize({ width: 460, height: 600 });
    await withSummary(popup);
    expect(await popup.title().textContent()).toMatch(/^Putin.s Rising Influence in Ukraine/);
    await popup.showAll();
    const quotes = await popup.page.getByTestId('quote-speaker').allTextContents();
    expect(quotes.filter((speaker) => !speaker.includes('partial'))).toHaveLength(7);
    expect(quotes.join('|')).toContain('Dmitry Peskov');
    expect(await popup.items('figure').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('18%')]),
    );

    const markdown = await popup.copyMarkdown();
    await expect
      .poll(() => popup.page.getByTestId('notice').textContent(), { timeout: 5_000 })
      .toMatch(/copied as Markdown/);
    expect(markdown).toMatch(/^# Putin’s Rising Influence/);
    expect(markdown).toContain(`<${session.origin}/seed-weather-banner/>`);
    expect(markdown).toContain('— Dmitry Peskov, Kremlin spokesperson');

    await popup.items('quote').filter({ hasText: 'Without neutrality' }).click();
    await expect
      .poll(() => activeHighlight(story.page), { timeout: 5_000 })
      .toContain('Without neutrality');
    await story.page.bringToFront();
    await story.page.waitForTimeout(1000); // let the smooth scroll settle before the picture
    await story.page.screenshot({ path: screenshotPath('page-highlight.png') });
    await popup.page.close();
    await story.page.close();
  });

  test('side panel shows the analyzed tab, highlights on click, and says when a tab is not analyzed', async () => {
    const story = await session.openStory('seed-teaser-inside-story');
    const other = await session.openStory('seed-weather-banner');
    const popup = await PanelPage.open(session.context, session.extensionId, 'popup', story.tabId);
    await withSummary(popup);
    await popup.page.close();

    const panel = await PanelPage.open(
      session.context,
      session.extensionId,
      'sidepanel',
      story.tabId,
    );
    await panel.page.setViewportSize({ width: 400, height: 900 });
    await expect.poll(() => panel.summary().count(), { timeout: 10_000 }).toBe(1);
    await panel.showAll();
    const figure = panel.items('figure').filter({ hasText: '18%' }).first();
    await figure.click();
    await expect
      .poll(() => activeHighlight(story.page), { timeout: 5_000 })
      .toContain('18% of Ukraine');

    const idle = await PanelPage.open(
      session.context,
      session.extensionId,
      'sidepanel',
      other.tabId,
    );
    await expect.poll(() => idle.status('idle').count(), { timeout: 10_000 }).toBe(1);
    await idle.button('analyze').click();
    await withSummary(idle);
    for (const page of [panel.page, idle.page, story.page, other.page]) await page.close();
  });

  test('"Open in side panel" opens the real side panel, which follows the active tab', async () => {
    const story = await session.openStory('dateline-span-inside-lede');
    const popup = await PanelPage.open(session.context, session.extensionId, 'popup', story.tabId);
    await withSummary(popup);
    await popup.button('open-side-panel').click();
    expect(await popup.page.getByTestId('notice').count()).toBe(0);
    // The popup is a tab here, so it is the active tab; the story becomes active as it would be.
    await story.page.bringToFront();
    await expect
      .poll(() => sidePanelText(story.page), { timeout: 20_000 })
      .toContain('NAIROBI, Kenya');
    await popup.page.close();
    await story.page.close();
  });

  test('a page that changes after load: stale highlight says so, Re-analyze reads the new text', async () => {
    const story = await session.openStory('broadsheet-byline-listen-editors-note');
    const popup = await PanelPage.open(session.context, session.extensionId, 'popup', story.tabId);
    await withSummary(popup);
    const before = await popup.items('claim').first().textContent();

    // The site swaps the story for its updated version after load (a live-updating page).
    await story.page.evaluate(() => {
      const body = document.querySelector('article') ?? document.body;
      const update = [
        'UPDATE: The Lake Carriers Council said on Friday that shipments would recover by spring, according to three shipping executives familiar with the orders.',
        'The council said two of the idled mills in Indiana had asked for ore deliveries to resume in March, reversing plans announced only a month ago.',
        '“We expect the fleet to be back at full strength by April,” council president Mark Ellison said in a statement released on Friday afternoon.',
        'Ore stockpiles at the mills fell by 1.2 million tons in November, the council said, leaving less room for a slow start to the season.',
        'Shipping executives said the recovery would depend on steel prices holding above their autumn lows through the winter months ahead.',
        'Dock workers in Duluth and Two Harbors, who lost weeks of shifts when the boats were laid up in October, said they had been told to expect calls in the first week of spring.',
        'The council will publish its full monthly report on Monday, with figures for coal and limestone cargoes as well as for iron ore, a spokesperson for the group said.',
        'Analysts at two Cleveland brokerages said the forecast looked optimistic, noting that the mills had reversed course twice already this year when demand from carmakers softened.',
        'The Soo Locks, which connect Lake Superior to the lower lakes, will close for maintenance in January and reopen in late March, which limits how early the fleet can sail.',
      ];
      const paragraphs = update.map((text) => {
        const p = document.createElement('p');
        p.textContent = text;
        return p;
      });
      body.replaceChildren(...paragraphs);
    });
    await popup.items('claim').first().click();
    await expect.poll(() => popup.page.getByTestId('notice').count(), { timeout: 5_000 }).toBe(1);
    expect(await popup.page.getByTestId('notice').textContent()).toMatch(/no longer on the page/);

    await popup.button('analyze').click();
    await expect
      .poll(
        async () => (await popup.summary().count()) === 1 && (await popup.summary().textContent()),
        { timeout: 20_000 },
      )
      .toContain('three shipping executives');
    expect(await popup.items('claim').first().textContent()).not.toBe(before);
    await popup.page.close();
    await story.page.close();
  });

  test('hostile markup in the story is shown as text in the popup, never run', async () => {
    const story = await session.openStory('hostile-script-payload');
    const popup = await PanelPage.open(session.context, session.extensionId, 'popup', story.tabId);
    await withSummary(popup);
    const injected = await popup.page.evaluate(() => ({
      elements: document.querySelectorAll(
        '[data-testid="summary"] script, [data-testid="summary"] img, [data-testid="summary"] [onerror]',
      ).length,
      text: document.querySelector('[data-testid="summary"]')?.textContent ?? '',
    }));
    expect(injected.elements).toBe(0);
    expect(injected.text).toContain('<script>alert(1)</script>');
    await popup.page.close();
    await story.page.close();
  });

  test('a page with no story gets a clear message', async () => {
    const story = await session.openStory('no-story-link-list');
    const popup = await PanelPage.open(session.context, session.extensionId, 'popup', story.tabId);
    await expect.poll(() => popup.status('no-story').count(), { timeout: 20_000 }).toBe(1);
    expect(await popup.status('no-story').textContent()).toMatch(
      /not a story|no story|too little/i,
    );
    await popup.page.close();
    await story.page.close();
  });

  test('a browser page is restricted, with a plain explanation', async () => {
    const { page, tabId } = await session.openBrowserPage('chrome://version/');
    const popup = await PanelPage.open(session.context, session.extensionId, 'popup', tabId);
    await expect.poll(() => popup.status('restricted').count(), { timeout: 20_000 }).toBe(1);
    expect(await popup.status('restricted').textContent()).toMatch(/browser or extension page/);
    await popup.page.close();
    await page.close();
  });
});
