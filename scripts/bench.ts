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
import { fixtureUrl, listFixtures } from '../tests/harness/fixtures';
import { parseHtml } from '../tests/harness/parse-html';
import { analyzeStory } from '../utils/analyze';
import { extractStory } from '../utils/extract';
import { clickToSummary } from './bench-browser';
import { BUDGETS, measureBundles } from './bundle-sizes';

/** Runs per measurement; the median discards warm-up and GC outliers. */
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * CPU time of a call in ms (user + system of this process): unlike wall time it does not grow
 * when other processes share the cores.
 */
function time(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

interface Timing {
  readability: number;
  extract: number;
  analyze: number;
}

/**
 * Lets the event loop turn. Objects a synchronous run reaches through a WeakRef (happy-dom caches
 * its query results that way) stay alive until the run ends: without a turn between calls, every
 * copy of every page would stay in memory and garbage collection would grow slower with each
 * call, whoever's call it is.
 */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Median CPU time of RUNS calls of `fn`, after one call that warms it up. Each contender is timed
 * in a run of its own calls, so each pays for collecting its own garbage: timed in turns, one's
 * garbage is collected, and counted, in the other's time.
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

console.log(
  `\nStory Lens vs bare Readability (CPU ms, median of ${RUNS} runs each; load ${load()})\n`,
);
console.log(
  `${'page'.padEnd(PAGE_WIDTH)} ${'readab.'.padStart(8)} ${'extract'.padStart(8)} ${'analyze'.padStart(8)} ${'extract'.padStart(7)} ${'+analyze'.padStart(8)}`,
);
const extractRatios: number[] = [];
const ratios: number[] = [];
for (const fixture of listFixtures()) {
  const url = fixtureUrl(fixture.name);
  const timing = await measure(parseHtml(fixture.html, url), url);
  const extractRatio = timing.extract / timing.readability;
  const totalRatio = (timing.extract + timing.analyze) / timing.readability;
  extractRatios.push(extractRatio);
  ratios.push(totalRatio);
  console.log(
    `${fixture.name.padEnd(PAGE_WIDTH)} ${ms(timing.readability)} ${ms(timing.extract)} ${ms(timing.analyze)} ${ratio(extractRatio)} ${ratio(totalRatio).padStart(8)}`,
  );
}
const extractMedian = median(extractRatios);
console.log(
  `\nmedian ratio extract / Readability: ${extractMedian.toFixed(2)}x over ${extractRatios.length} pages, budget ${EXTRACT_BUDGET}x: ${extractMedian <= EXTRACT_BUDGET ? 'within' : 'OVER'}`,
);
console.log(
  `median ratio (extract + analyze) / Readability: ${median(ratios).toFixed(2)}x over ${ratios.length} pages (load ${load()})`,
);

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

/** A long read the analysis must finish within ANALYSIS_BUDGET_MS (unit: words). */
const LONG_STORY_WORDS = 25_000;
/** Analysis budget for a LONG_STORY_WORDS story in Node (issue: analysis on a language layer; unit: ms). */
const ANALYSIS_BUDGET_MS = 1000;

const longSource = listFixtures().find((fixture) => fixture.name === 'long-story-10x');
if (longSource) {
  const url = fixtureUrl(longSource.name);
  const extracted = extractStory(parseHtml(longSource.html, url), url);
  if (extracted.status === 'ok') {
    const base = extracted.story.paragraphs;
    const paragraphs: string[] = [];
    let words = 0;
    // Distinct prefixes per copy, as above, so no paragraph repeats another word for word.
    for (let copy = 1; words < LONG_STORY_WORDS; copy++) {
      for (const paragraph of base) {
        paragraphs.push(`Copy ${copy}: ${paragraph}`);
        words += paragraph.split(/\s+/u).length + 2;
      }
    }
    const story = { ...extracted.story, paragraphs };
    const samples = Array.from({ length: 5 }, () => time(() => analyzeStory(story)));
    const took = median(samples);
    console.log(
      `\nAnalysis of a ${words.toLocaleString('en')}-word story (Node, CPU time, median of 5): ${took.toFixed(0)} ms, budget ${ANALYSIS_BUDGET_MS} ms: ${took <= ANALYSIS_BUDGET_MS ? 'within' : 'OVER'}`,
    );
  }
}

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
