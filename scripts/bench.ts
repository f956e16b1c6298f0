/**
 * npm run bench: Story Lens's extraction, and extraction + analysis, against bare Readability on
 * the same documents, scaling with page size, and the gzipped size of every bundle. Prints tables;
 * writes nothing. Times are CPU time (the machine may be shared), medians of repeated runs, and
 * are reported as ratios, which travel between machines.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { listEvalPages, REAL_PAGE_SETS } from '../tests/harness/eval-pages';
import { fixtureUrl, listFixtures } from '../tests/harness/fixtures';
import { parseHtml } from '../tests/harness/parse-html';
import { analyzeStory } from '../utils/analyze';
import { extractStory } from '../utils/extract';
import { analysisInFreshProcess } from './bench-analysis';
import { clickToSummary } from './bench-browser';
import { chromiumRatio } from './bench-chromium';
import { BUDGETS, measureBundles } from './bundle-sizes';
import { median, time, turn } from './cpu-time';

/** Runs per measurement; the median discards warm-up and GC outliers. */
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/**
 * Rounds of the extraction ratio: in each, every page is timed once per contender, in turns
 * (unit: rounds; the spread across rounds is printed).
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
/** BENCH_ONLY_EXTRACT=1: only the extraction ratio (no analysis, scaling, browser or bundles). */
const ONLY_EXTRACT = Boolean(process.env.BENCH_ONLY_EXTRACT);
/** Calls per contender per page in one round, timed as one block (unit: calls). */
const BLOCK = Number(process.env.BENCH_BLOCK ?? 3);

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Median CPU time of RUNS calls of `fn`, after one call that warms it up. Each run of calls is
 * its own, so it pays for collecting its own garbage.
 */
async function medianTime(fn: () => void): Promise<number> {
  fn();
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await turn();
    samples.push(time(fn));
  }
  return median(samples);
}

interface Timing {
  readability: number;
  extract: number;
  analyze: number;
}

/** Medians of RUNS calls of each contender on one document, one contender after the other. */
async function measure(doc: Document, url: string): Promise<Timing> {
  const readability = await medianTime(() =>
    new Readability(doc.cloneNode(true) as Document).parse(),
  );
  let extracted: ReturnType<typeof extractStory> | undefined;
  const extract = await medianTime(() => {
    extracted = extractStory(doc, url);
  });
  const analyze = await medianTime(() => {
    if (extracted?.status === 'ok') analyzeStory(extracted.story);
  });
  return { readability, extract, analyze };
}

/**
 * Mean CPU time of BLOCK calls of `fn` in a row, after one untimed call: the garbage of one call
 * is collected during the next ones, so the block pays for its own garbage, and what the other
 * contender left behind is mostly collected in the untimed call. No collection is forced: a
 * forced one costs as much as the calls it would correct (it marks the whole heap) and leaves
 * each block a clean heap, which would spare the contender with more garbage its bill.
 */
async function blockTime(fn: () => void): Promise<number> {
  await turn();
  fn();
  let total = 0;
  for (let call = 0; call < BLOCK; call++) {
    await turn();
    total += time(fn);
  }
  return total / BLOCK;
}

const ms = (value: number) => value.toFixed(2).padStart(8);
const ratio = (value: number) => `${value.toFixed(2).padStart(6)}x`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** Width of the page column: the longest golden case name (unit: characters). */
const PAGE_WIDTH = Math.max(...listFixtures().map((fixture) => fixture.name.length));

/** Extraction may take at most this many times bare Readability's time (issue 13; unit: ratio). */
const EXTRACT_BUDGET = 1.5;

/** A golden page with its contenders' times, one per round. */
interface Page {
  name: string;
  url: string;
  readability: number[];
  extract: number[];
  /** Analysis of the extracted story: median of RUNS runs. */
  analyze: number;
}

/**
 * Story Lens's extraction against bare Readability on the same parsed document: Readability reads
 * a clone (it changes what it reads), as extraction reads its own clone. Each page is parsed once
 * and timed for ROUNDS rounds, the two contenders back to back in each, in an order that
 * alternates, so a change in the machine's load touches both alike. One page is in memory at a
 * time, as in a tab: the collector's work does not grow with the number of pages.
 */
async function extractionRounds(): Promise<Page[]> {
  const pages: Page[] = [];
  for (const [index, fixture] of listFixtures().entries()) {
    const url = fixtureUrl(fixture.name);
    const doc = parseHtml(fixture.html, url);
    const readability = () => new Readability(doc.cloneNode(true) as Document).parse();
    const extract = () => extractStory(doc, url);
    readability();
    extract();
    const page: Page = { name: fixture.name, url, readability: [], extract: [], analyze: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      if ((round + index) % 2 === 0) {
        page.readability.push(await blockTime(readability));
        page.extract.push(await blockTime(extract));
      } else {
        page.extract.push(await blockTime(extract));
        page.readability.push(await blockTime(readability));
      }
    }
    const extracted = extract();
    if (!ONLY_EXTRACT)
      page.analyze = await medianTime(() => {
        if (extracted.status === 'ok') analyzeStory(extracted.story);
      });
    pages.push(page);
  }
  return pages;
}

console.log(
  `\nExtraction vs bare Readability (CPU ms; ${ROUNDS} rounds, each page's contenders timed in turns, blocks of ${BLOCK} calls; load ${load()})\n`,
);
const pages = await extractionRounds();
const roundSumRatios = Array.from(
  { length: ROUNDS },
  (_, round) =>
    sum(pages.map((page) => page.extract[round] ?? 0)) /
    sum(pages.map((page) => page.readability[round] ?? 0)),
);
const roundMedianRatios = Array.from({ length: ROUNDS }, (_, round) =>
  median(pages.map((page) => (page.extract[round] ?? 0) / (page.readability[round] ?? 1))),
);
console.log(
  `${'round'.padEnd(6)} ${'readab.'.padStart(9)} ${'extract'.padStart(9)} ${'sum ratio'.padStart(10)} ${'median'.padStart(8)}`,
);
for (let round = 0; round < ROUNDS; round++) {
  const readabilityTotal = sum(pages.map((page) => page.readability[round] ?? 0));
  const extractTotal = sum(pages.map((page) => page.extract[round] ?? 0));
  console.log(
    `${String(round + 1).padEnd(6)} ${ms(readabilityTotal).padStart(9)} ${ms(extractTotal).padStart(9)} ${ratio(roundSumRatios[round] ?? 0).padStart(10)} ${ratio(roundMedianRatios[round] ?? 0).padStart(8)}`,
  );
}
const spread = (values: number[]) =>
  `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}x`;

console.log(
  `\nStory Lens vs bare Readability per page (CPU ms, medians over the rounds; analyze: median of ${RUNS} runs)\n`,
);
console.log(
  `${'page'.padEnd(PAGE_WIDTH)} ${'readab.'.padStart(8)} ${'extract'.padStart(8)} ${'analyze'.padStart(8)} ${'extract'.padStart(7)} ${'+analyze'.padStart(8)}`,
);
const extractRatios: number[] = [];
const ratios: number[] = [];
for (const page of pages) {
  const readability = median(page.readability);
  const extract = median(page.extract);
  const analyze = page.analyze;
  extractRatios.push(extract / readability);
  ratios.push((extract + analyze) / readability);
  console.log(
    `${page.name.padEnd(PAGE_WIDTH)} ${ms(readability)} ${ms(extract)} ${ms(analyze)} ${ratio(extract / readability)} ${ratio((extract + analyze) / readability).padStart(8)}`,
  );
}
const sumRatio =
  sum(pages.map((page) => median(page.extract))) /
  sum(pages.map((page) => median(page.readability)));
// The verdict: each contender's least time on a page over the rounds (what the page costs when
// nothing else slows the machine: load only ever adds time), as a ratio, the median over pages.
// Of the measures below it is the one that moves least from run to run on a loaded machine.
const bestRatios = pages.map((page) => Math.min(...page.extract) / Math.min(...page.readability));
const bestRatio = median(bestRatios);
const pairedRatio = median(
  pages.map((page) =>
    median(page.extract.map((extract, round) => extract / (page.readability[round] ?? 1))),
  ),
);
console.log(
  `\nratio extract / Readability, best time of ${ROUNDS} rounds per page, median over ${bestRatios.length} pages: ${bestRatio.toFixed(2)}x, budget ${EXTRACT_BUDGET}x: ${bestRatio <= EXTRACT_BUDGET ? 'within' : 'OVER'}`,
);
console.log(
  `  median times: ${median(extractRatios).toFixed(2)}x (rounds ${spread(roundMedianRatios)}); summed median times: ${sumRatio.toFixed(2)}x (rounds ${spread(roundSumRatios)}); median of per-round ratios: ${pairedRatio.toFixed(2)}x`,
);
if (!ONLY_EXTRACT)
  console.log(
    `median ratio (extract + analyze) / Readability: ${median(ratios).toFixed(2)}x over ${ratios.length} pages (load ${load()})`,
  );

if (ONLY_EXTRACT) process.exit(0);

const seed = listFixtures().find((fixture) => fixture.name === 'seed-weather-banner');
if (seed) {
  console.log('\nScaling: the seed story repeated inside one article\n');
  console.log(
    `${'size'.padEnd(6)} ${'chars'.padStart(9)} ${'readab.'.padStart(8)} ${'extract'.padStart(8)} ${'analyze'.padStart(8)} ${'per 1x'.padStart(8)}`,
  );
  let base = 0;
  for (const factor of [1, 4, 16]) {
    // Each copy's paragraphs get a distinct prefix: exact repeats would be removed as duplicates.
    const html = seed.html.replace(
      /(<article[^>]*>)([\s\S]*?)(<\/article>)/,
      (_all, open, inner: string, close) => {
        const copies = Array.from({ length: factor }, (_, copy) =>
          copy === 0 ? inner : inner.replaceAll('<p>', `<p>Copy ${copy + 1}: `),
        );
        return open + copies.join('') + close;
      },
    );
    const url = fixtureUrl(`${seed.name}-x${factor}`);
    const timing = await measure(parseHtml(html, url), url);
    const total = timing.extract + timing.analyze;
    if (factor === 1) base = total;
    console.log(
      `${`${factor}x`.padEnd(6)} ${String(html.length).padStart(9)} ${ms(timing.readability)} ${ms(timing.extract)} ${ms(timing.analyze)} ${(total / base / factor).toFixed(2).padStart(7)}x`,
    );
  }
  console.log('("per 1x" near 1.00 means linear scaling)');
}

/** Analysis budget for the long read of bench-analysis.ts (LONG_STORY_WORDS) in Node (issue: analysis on a language layer; unit: ms). */
const ANALYSIS_BUDGET_MS = 1000;

// In a process of its own, as in the extension's background context (see bench-analysis.ts).
const analysis = analysisInFreshProcess();
if (analysis)
  console.log(
    `\nAnalysis of a ${analysis.words.toLocaleString('en')}-word story (Node, own process, CPU time, median of 5): ${analysis.median.toFixed(0)} ms, budget ${ANALYSIS_BUDGET_MS} ms: ${analysis.median <= ANALYSIS_BUDGET_MS ? 'within' : 'OVER'}; first (cold) call ${analysis.cold.toFixed(0)} ms`,
  );

// The same ratio where the content script runs: Chromium's own DOM, whose native selectors make
// Readability far cheaper than under happy-dom, so the two ratios differ.
const inChromium = await chromiumRatio();
console.log(
  inChromium
    ? `\nratio extract / Readability in Chromium (the content script's DOM), best of rounds per page: median ${inChromium.median.toFixed(2)}x, summed ${inChromium.summed.toFixed(2)}x over ${inChromium.pages} pages (mean ${inChromium.extractMs.toFixed(2)} ms against ${inChromium.readabilityMs.toFixed(2)} ms a page), budget ${EXTRACT_BUDGET}x: ${inChromium.median <= EXTRACT_BUDGET ? 'within' : 'OVER'}`
    : '\nratio extract / Readability in Chromium: no Chromium to run',
);

// The same on real saved pages (`npm run eval:fetch`'s sets, when fetched): a golden page is
// about 60 elements, where fixed costs weigh most; a real page has hundreds to thousands.
const realPages = listEvalPages();
const onRealPages = realPages.length > 0 ? await chromiumRatio(realPages) : null;
console.log(
  onRealPages
    ? `ratio extract / Readability in Chromium on ${onRealPages.pages} real saved pages (${REAL_PAGE_SETS.join(', ')}): median ${onRealPages.median.toFixed(2)}x, summed ${onRealPages.summed.toFixed(2)}x (mean ${onRealPages.extractMs.toFixed(2)} ms against ${onRealPages.readabilityMs.toFixed(2)} ms a page), budget ${EXTRACT_BUDGET}x: ${onRealPages.median <= EXTRACT_BUDGET ? 'within' : 'OVER'}`
    : 'ratio extract / Readability in Chromium on real saved pages: none fetched (npm run eval:fetch)',
);

const browser = await clickToSummary();
if (browser) {
  console.log(
    `\nClick to summary in Chromium (e2e build, popup pinned to the tab): median ${browser.median.toFixed(0)} ms over ${browser.pages.length} golden pages`,
  );
  console.log(
    '(compare a build of another commit: STORY_LENS_EXTENSION_DIR=<its .output/chrome-mv3-e2e> npx tsx scripts/bench-browser.ts)',
  );
} else console.log('\nClick to summary: no e2e build (wxt build --mode e2e) to drive');

const outDir = join(import.meta.dirname, '..', '.output', 'chrome-mv3');
if (existsSync(outDir)) {
  const { files, contexts } = measureBundles(outDir);
  console.log('\nBundles in .output/chrome-mv3 (bytes)\n');
  for (const file of files)
    console.log(
      `${file.file.padEnd(44)} ${String(file.bytes).padStart(8)} ${String(file.gzip).padStart(8)} gz`,
    );
  console.log('\nWhat each context loads (gzip bytes, budget)\n');
  for (const [name, bytes] of Object.entries(contexts))
    console.log(`${name.padEnd(16)} ${String(bytes).padStart(7)} / ${BUDGETS[name]}`);
}
