/**
 * Extraction against bare Readability in Chromium, where the content script runs: the DOM is the
 * browser's own (native selectors, C++ tree), not happy-dom's, so a change that speeds up one may
 * slow the other. Every golden page is loaded in a tab, both contenders are bundled into it, and
 * each is timed for ROUNDS rounds in alternating order; a page's ratio is the two least times,
 * read with the 5 µs timer of a cross-origin isolated page (see ISOLATED).
 * Part of `npm run bench`; run alone with `npx tsx scripts/bench-chromium.ts`.
 */
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/harness/chromium';
import { listEvalPages } from '../tests/harness/eval-pages';
import { fixtureUrl, listFixtures, serveFixtures } from '../tests/harness/fixtures';
import { median } from './cpu-time';

/** Rounds per page; each contender's least time over them is its time (unit: rounds). */
const ROUNDS = Number(process.env.BENCH_CHROMIUM_ROUNDS ?? 7);
/** Calls per timing: one call of a small page is near the timer's resolution (unit: calls). */
const BLOCK = 3;

/**
 * An entry (a path from this folder, or absolute) bundled as one classic script (what a content
 * script is); `alias` maps import names to paths (the A/B bench's other checkout).
 */
export async function bundle(
  entry = 'bench-chromium-entry.ts',
  name = 'storyLensBenchEntry',
  alias: Record<string, string> = {},
): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias },
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(import.meta.dirname, entry),
        name,
        formats: ['iife'],
      },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const first = Array.isArray(output) ? output[0] : output;
  const chunk = first?.output.find((file) => file.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('bench-chromium: the bundle has no script');
  return chunk.code;
}

/**
 * Headers that make a page cross-origin isolated: its performance.now() reads to 5 µs instead of
 * 100 µs, finer than a small page's extraction (a few hundred µs). The page loads nothing else.
 */
export const ISOLATED = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * A new page of `browser` that is served the golden pages (cross-origin isolated, for a fine timer)
 * and nothing else, with the pages' own scripts off: the timed DOM is the one the goldens read
 * (a page script may rewrite its body, and with scripting on a <noscript> is raw text).
 */
export async function fixturePage(
  browser: Browser,
  fixtures: readonly { name: string; html: string }[],
): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await serveFixtures(page, fixtures, ISOLATED);
  return page;
}

/** Runs a bundled entry in the page (the page's own scripts are off; evaluation still runs). */
export async function injectBundle(page: Page, script: string): Promise<void> {
  await page.evaluate(script);
}

/** One page's row of an A/B run: its name and what the entry's run returned for it. */
export interface AbRow {
  name: string;
  row: Record<string, number>;
}

/**
 * The A/B benches' loop: `entry` (a global named `name` once loaded) bundled with the import
 * name `story-lens-other` read from the `other` checkout, loaded into each page of the golden
 * set (or the real saved pages with AB_PAGES=real) and asked `call` (a method call on that global,
 * as a string). Returns each page's row and the pages whose row says the checkouts differ (`same` 0).
 */
export async function abRows(
  browser: Browser,
  entry: string,
  name: string,
  other: string,
  call: string,
): Promise<{ rows: AbRow[]; differing: string[] }> {
  const script = await bundle(entry, name, { 'story-lens-other': resolve(other) });
  const fixtures = process.env.AB_PAGES === 'real' ? listEvalPages() : listFixtures();
  const page = await fixturePage(browser, fixtures);
  const rows: AbRow[] = [];
  for (const fixture of fixtures) {
    await page.goto(fixtureUrl(fixture.name), { waitUntil: 'domcontentloaded' });
    await injectBundle(page, script);
    // A string, not a function: the script runner would add helpers the page does not have.
    rows.push({ name: fixture.name, row: (await page.evaluate(call)) as Record<string, number> });
  }
  return { rows, differing: rows.filter(({ row }) => !row.same).map((entry) => entry.name) };
}

export interface ChromiumRatio {
  /** Median over pages of extraction's least time / Readability's least time. */
  median: number;
  /** Sum of extraction's least times / sum of Readability's. */
  summed: number;
  pages: number;
  /** Mean over pages of each contender's least time (unit: ms). */
  extractMs: number;
  readabilityMs: number;
}

/**
 * Extraction / bare Readability in Chromium over `pages` (the golden pages unless given), or null
 * without Chromium.
 */
export async function chromiumRatio(
  pages: readonly { name: string; html: string }[] = listFixtures(),
): Promise<ChromiumRatio | null> {
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  } catch {
    return null;
  }
  try {
    const script = await bundle();
    const fixtures = pages;
    const page = await fixturePage(browser, fixtures);
    const ratios: number[] = [];
    let extractSum = 0;
    let readabilitySum = 0;
    for (const [index, fixture] of fixtures.entries()) {
      const url = fixtureUrl(fixture.name);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await injectBundle(page, script);
      // A string, not a function: the script runner would add helpers the page does not have.
      const best = (await page.evaluate(
        `storyLensBench.run(${ROUNDS}, ${BLOCK}, ${index % 2})`,
      )) as { extract: number; readability: number };
      if (best.readability <= 0) continue;
      ratios.push(best.extract / best.readability);
      extractSum += best.extract;
      readabilitySum += best.readability;
    }
    return {
      median: median(ratios),
      summed: extractSum / readabilitySum,
      pages: ratios.length,
      extractMs: extractSum / ratios.length,
      readabilityMs: readabilitySum / ratios.length,
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await chromiumRatio();
  console.log(
    result
      ? `extract / Readability in Chromium: median ${result.median.toFixed(2)}x, summed ${result.summed.toFixed(2)}x over ${result.pages} pages (mean ${result.extractMs.toFixed(2)} ms against ${result.readabilityMs.toFixed(2)} ms a page)`
      : 'no Chromium',
  );
}
