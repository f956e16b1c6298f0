/**
 * Click-to-summary time in Chromium with the unpacked e2e build: for every golden page that has a
 * story, the time from opening the popup (pinned to the page's tab, as a toolbar click does) to
 * the summary on screen. Part of `npm run bench`; set STORY_LENS_EXTENSION_DIR to time another
 * build (an older commit's) the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  EXTENSION_DIR,
  launchWithExtension,
  openFixture,
  PanelPage,
  startFixtureServer,
} from '../tests/e2e/browser';
import { listFixtures } from '../tests/harness/fixtures';
import { median } from './cpu-time';

/** Times each page is opened; the median per page discards a cold start (unit: runs). */
const RUNS = Number(process.env.BENCH_BROWSER_RUNS ?? 3);
/** A summary slower than this is reported as a timeout (unit: ms). */
const TIMEOUT_MS = 30_000;

/** Golden pages whose expected summary is a story (no-story pages show a message instead). */
function storyPages(): string[] {
  return listFixtures()
    .map((f) => f.name)
    .filter((name) => {
      const file = join(import.meta.dirname, '..', 'tests', 'fixtures', name, 'expected.json');
      const expected = JSON.parse(readFileSync(file, 'utf8')) as { status?: string };
      return expected.status === 'ok';
    });
}

/** Median click-to-summary per page the build summarizes and over those pages, in ms; null without a build. */
export async function clickToSummary(): Promise<{
  pages: [string, number][];
  median: number;
} | null> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) return null;
  const { server, origin } = await startFixtureServer();
  const { context, worker, extensionId, close } = await launchWithExtension();
  const pages: [string, number][] = [];
  try {
    for (const name of storyPages()) {
      const samples: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const story = await openFixture(context, worker, origin, name);
        const start = performance.now();
        const popup = await PanelPage.open(context, extensionId, 'popup', story.tabId);
        // The summary, or the build's answer that there is none (an older build may refuse a page).
        const done = popup.page.locator(
          '[data-testid="summary"], [data-testid="status-no-story"], [data-testid="status-error"]',
        );
        await done.first().waitFor({ timeout: TIMEOUT_MS });
        if ((await popup.summary().count()) > 0) samples.push(performance.now() - start);
        await popup.page.close();
        await story.page.close();
      }
      if (samples.length > 0) pages.push([name, median(samples)]);
    }
  } finally {
    await close();
    server.close();
  }
  return { pages, median: median(pages.map(([, ms]) => ms)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await clickToSummary();
  if (!result) console.log(`no e2e build at ${EXTENSION_DIR}: run \`wxt build --mode e2e\` first`);
  else {
    for (const [name, ms] of result.pages)
      console.log(`${name.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms`);
    console.log(
      `median click-to-summary: ${result.median.toFixed(0)} ms over ${result.pages.length} pages (${EXTENSION_DIR})`,
    );
  }
}
