/**
 * The analysis budget's measurement: analyzeStory on a long read (the long-story-10x golden
 * story's paragraphs, copied with distinct prefixes until LONG_STORY_WORDS), CPU time of RUNS
 * calls, the median and the first (cold) call.
 *
 * `npm run bench` runs this file in a process of its own (`analysisInFreshProcess`), because that
 * is where the extension runs the analysis: the background context, whose heap holds no page. The
 * extraction benches that come first in bench.ts parse and clone dozens of pages many times over;
 * timed after them in the same process, the analysis paid for collecting their garbage and for a
 * heap the extension never has (1,022–1,109 ms there against 0.62–0.73 s alone, stop 26).
 *
 * Run alone: `npx tsx scripts/bench-analysis.ts` prints the result as one JSON line.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fixtureUrl, listFixtures } from '../tests/harness/fixtures';
import { parseHtml } from '../tests/harness/parse-html';
import { analyzeStory } from '../utils/analyze';
import { extractStory } from '../utils/extract';
import { median, time } from './cpu-time';

/** A long read the analysis must finish within the budget (unit: words). */
export const LONG_STORY_WORDS = 25_000;
/** Timed calls; the median discards the cold first call and collector outliers (unit: calls). */
const RUNS = 5;

export interface AnalysisTiming {
  /** Words in the analysed story (unit: words). */
  words: number;
  /** Median CPU time of RUNS calls (unit: ms). */
  median: number;
  /** CPU time of the first call, with nothing compiled or cached yet (unit: ms). */
  cold: number;
}

/** Times analyzeStory on the long read in this process; null without the golden story. */
export function measureLongStory(): AnalysisTiming | null {
  const source = listFixtures().find((fixture) => fixture.name === 'long-story-10x');
  if (!source) return null;
  const url = fixtureUrl(source.name);
  const extracted = extractStory(parseHtml(source.html, url), url);
  if (extracted.status !== 'ok') return null;
  const paragraphs: string[] = [];
  let words = 0;
  // Distinct prefixes per copy: exact repeats would be removed as duplicates.
  for (let copy = 1; words < LONG_STORY_WORDS; copy++) {
    for (const paragraph of extracted.story.paragraphs) {
      paragraphs.push(`Copy ${copy}: ${paragraph}`);
      words += paragraph.split(/\s+/u).length + 2;
    }
  }
  const story = { ...extracted.story, paragraphs };
  const samples = Array.from({ length: RUNS }, () => time(() => analyzeStory(story)));
  return { words, median: median(samples), cold: samples[0] ?? 0 };
}

/** Runs this file in a new Node process (see the header) and reads its JSON line. */
export function analysisInFreshProcess(): AnalysisTiming | null {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url)],
    {
      encoding: 'utf8',
    },
  );
  const line = output.trim().split('\n').at(-1) ?? 'null';
  return JSON.parse(line) as AnalysisTiming | null;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  console.log(JSON.stringify(measureLongStory()));
