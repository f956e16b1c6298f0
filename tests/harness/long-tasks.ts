import type { BrowserContext, Page } from 'playwright-core';
import { PanelPage } from '../e2e/browser';

/**
 * Starts measuring the page's longest main-thread task. The Long Tasks API does not report
 * tasks that run in an extension's isolated world, so a timer in the page's own world ticks
 * every few milliseconds and records the longest gap between ticks: whatever blocks the thread
 * (the content script, a style recalculation it causes) delays the next tick by as long as it runs.
 */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record = window as unknown as { longestTask: number; lastTick: number };
    record.longestTask = 0;
    record.lastTick = performance.now();
    setInterval(() => {
      const now = performance.now();
      record.longestTask = Math.max(record.longestTask, now - record.lastTick);
      record.lastTick = now;
    }, 5);
  });
}

/** The longest gap between the page's ticks since watchLongTasks (unit: milliseconds). */
export async function longestTask(page: Page): Promise<number> {
  // Let one more tick land after the last task.
  await page.waitForTimeout(100);
  return page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
}

/** Resolves after the page has rendered two frames in a row: its own load work is over. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
}

/**
 * Opens the popup pinned to a tab in a window of its own, so the story's tab stays visible (a
 * hidden tab's timers are throttled, and showing it again would re-render the whole page).
 */
export async function popupInOwnWindow(
  context: BrowserContext,
  page: Page,
  extensionId: string,
  tabId: number,
): Promise<PanelPage> {
  const cdp = await context.newCDPSession(page);
  const opened = context.waitForEvent('page');
  await cdp.send('Target.createTarget', {
    url: `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`,
    newWindow: true,
  });
  const popup = new PanelPage(await opened);
  await cdp.detach();
  return popup;
}
