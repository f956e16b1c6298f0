/**
 * Where extraction's time goes in Chromium (the content script's DOM):
 * `npx tsx scripts/bench-chromium-stages.ts`. Like bench-stages.ts (happy-dom): each stage's
 * least time over the rounds as a share of bare Readability's least time on the page, median
 * over the golden pages. "rest" is the whole extraction less the stages (second readings, the
 * story's assembly, collection of garbage). PER_PAGE=1 prints each page's shares too. Times are
 * read with the 5 µs timer of a cross-origin isolated page.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/harness/chromium';
import { fixtureUrl, listFixtures } from '../tests/harness/fixtures';
import { bundle, fixturePage, injectBundle } from './bench-chromium';
import { median } from './cpu-time';

const ROUNDS = Number(process.env.BENCH_CHROMIUM_ROUNDS ?? 15);
const STAGES = ['copy', 'metadata', 'noise', 'entries', 'readability', 'clean'];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const script = await bundle('bench-chromium-stages-entry.ts', 'storyLensStagesEntry');
  const fixtures = listFixtures();
  const page = await fixturePage(browser, fixtures);
  const rows: Record<string, number>[] = [];
  const names: string[] = [];
  for (const fixture of fixtures) {
    await page.goto(fixtureUrl(fixture.name), { waitUntil: 'domcontentloaded' });
    await injectBundle(page, script);
    const best = (await page.evaluate(`storyLensStages.run(${ROUNDS})`)) as Record<string, number>;
    if ((best.bare ?? 0) > 0) {
      rows.push(best);
      names.push(fixture.name);
    }
  }
  const share = (value: number) => value.toFixed(3).padStart(7);
  console.log(`\nStages in Chromium as shares of bare Readability (${rows.length} pages)\n`);
  for (const stage of STAGES)
    console.log(
      `${stage.padEnd(12)} ${share(median(rows.map((r) => (r[stage] ?? 0) / (r.bare ?? 1))))}`,
    );
  const staged = (r: Record<string, number>) => STAGES.reduce((t, s) => t + (r[s] ?? 0), 0);
  console.log(
    `${'rest'.padEnd(12)} ${share(median(rows.map((r) => ((r.whole ?? 0) - staged(r)) / (r.bare ?? 1))))}`,
  );
  console.log(
    `${'whole'.padEnd(12)} ${share(median(rows.map((r) => (r.whole ?? 0) / (r.bare ?? 1))))}`,
  );
  const sum = (key: string) => rows.reduce((t, r) => t + (r[key] ?? 0), 0);
  console.log(
    `summed: whole/bare ${(sum('whole') / sum('bare')).toFixed(3)}; bare total ${sum('bare').toFixed(1)} ms`,
  );
  if (process.env.PER_PAGE)
    for (const [index, r] of rows.entries())
      console.log(
        `${(names[index] ?? '').padEnd(40)} bare ${(r.bare ?? 0).toFixed(2)} whole ${((r.whole ?? 0) / (r.bare ?? 1)).toFixed(2)} rest ${(((r.whole ?? 0) - staged(r)) / (r.bare ?? 1)).toFixed(2)} ${STAGES.map((s) => `${s} ${((r[s] ?? 0) / (r.bare ?? 1)).toFixed(2)}`).join(' ')}`,
      );
} finally {
  await browser.close();
}
