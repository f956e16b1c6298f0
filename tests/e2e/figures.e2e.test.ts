import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  activeHighlight,
  launchWithExtension,
  openFixture,
  PanelPage,
  startFixtureServer,
} from './browser';

// Issue 12: a figure the story contradicts is flagged "Check this figure" in the popup and the
// side panel, and both sentences (the headline and the body's) highlight in the page on click.

const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');
const FIXTURE = 'figure-headline-number-not-in-body';

let server: Server;
let origin: string;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, origin } = await startFixtureServer());
  ({ context, worker, extensionId, close } = await launchWithExtension());
});

afterAll(async () => {
  await close?.();
  server?.close();
});

describe('figures that check each other, in Chromium', () => {
  test.each(['popup', 'sidepanel'] as const)(
    '%s flags the headline number the body does not say; both sentences highlight',
    async (entry) => {
      const story = await openFixture(context, worker, origin, FIXTURE);
      const panel = await PanelPage.open(context, extensionId, entry, story.tabId);
      await panel.page.setViewportSize({ width: entry === 'popup' ? 460 : 400, height: 640 });
      if (entry === 'sidepanel') {
        await expect.poll(() => panel.status('idle').count(), { timeout: 10_000 }).toBe(1);
        await panel.button('analyze').click();
      }
      await expect.poll(() => panel.summary().count(), { timeout: 20_000 }).toBe(1);

      const check = panel.page.getByTestId('figure-check');
      await expect.poll(() => check.count(), { timeout: 5_000 }).toBe(1);
      expect(await check.textContent()).toContain('Check this figure');
      expect(await check.textContent()).toContain('“40,000 homes”');
      // The flagged figure is listed first, before the figures of the claims.
      expect(await panel.items('figure').first().textContent()).toContain('14,000 homes');

      const [headline, body] = await check.getByTestId('figure-check-sentence').all();
      expect(await headline?.textContent()).toBe('Headline');
      await headline?.click();
      await expect
        .poll(() => activeHighlight(story.page), { timeout: 5_000 })
        .toContain('40,000 homes');
      await body?.click();
      await expect
        .poll(() => activeHighlight(story.page), { timeout: 5_000 })
        .toContain('cut power to 14,000 homes');
      expect(await panel.page.getByTestId('notice').count()).toBe(0);

      if (entry === 'popup') {
        await panel.page.mouse.move(0, 0);
        await panel.page.evaluate(() => scrollTo(0, 0));
        const figures = panel.page.getByTestId('section-figures');
        await figures.scrollIntoViewIfNeeded();
        await figures.screenshot({ path: resolve(SCREENSHOTS, 'figure-check.png') });
      }
      await panel.page.close();
      await story.page.close();
    },
  );
});
