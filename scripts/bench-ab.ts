/**
 * Extraction of this checkout against another one's, in one process, on the golden pages:
 * `npx tsx scripts/bench-ab.ts <other checkout>` (a `git archive <commit> | tar -x` with a
 * node_modules link will do). The two are timed in turns, page by page, round after round, so
 * the machine's load falls on both alike: on a shared machine a change of a few percent, which
 * `npm run bench`'s ratio to Readability cannot resolve from run to run, shows here; the pages' least
 * times, printed last, resolve it best under load.
 */
import { resolve } from 'node:path';
import { fixtureUrl, listFixtures } from '../tests/harness/fixtures';
import { parseHtml } from '../tests/harness/parse-html';
import { extractStory } from '../utils/extract';
import { time, turn } from './cpu-time';

/** Rounds over every page (unit: rounds; the spread across rounds is printed). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);

/** Timed calls of each in a turn, after the untimed one (unit: calls). */
const CALLS = Number(process.env.BENCH_CALLS ?? 3);

const other = process.argv[2];
if (!other) {
  console.error('usage: npx tsx scripts/bench-ab.ts <other checkout>');
  process.exit(1);
}
const { extractStory: otherExtract } = (await import(
  resolve(other, 'utils', 'extract', 'index.ts')
)) as { extractStory: typeof extractStory };

const pages = listFixtures().map((fixture) => {
  const url = fixtureUrl(fixture.name);
  return { url, doc: parseHtml(fixture.html, url) };
});
for (const { doc, url } of pages) {
  extractStory(doc, url);
  otherExtract(doc, url);
}
const ratios: number[] = [];
// Each page's least time per checkout over all rounds: load only ever adds time, so on a loaded
// machine the least times compare what the code costs better than the sums do.
const leastMine = pages.map(() => Number.POSITIVE_INFINITY);
const leastTheirs = pages.map(() => Number.POSITIVE_INFINITY);
let thisTotal = 0;
let otherTotal = 0;
for (let round = 0; round < ROUNDS; round++) {
  let mine = 0;
  let theirs = 0;
  for (const [index, { doc, url }] of pages.entries()) {
    // Each one's first call of a turn is untimed: it collects what the other left behind.
    const runs: [() => void, (ms: number) => void][] = [
      [
        () => extractStory(doc, url),
        (ms) => {
          mine += ms;
          leastMine[index] = Math.min(leastMine[index] ?? ms, ms);
        },
      ],
      [
        () => otherExtract(doc, url),
        (ms) => {
          theirs += ms;
          leastTheirs[index] = Math.min(leastTheirs[index] ?? ms, ms);
        },
      ],
    ];
    if ((round + index) % 2 === 1) runs.reverse();
    for (const [run, add] of runs) {
      await turn();
      run();
      for (let call = 0; call < CALLS; call++) {
        await turn();
        add(time(run));
      }
    }
  }
  ratios.push(mine / theirs);
  thisTotal += mine;
  otherTotal += theirs;
  console.log(
    `round ${round + 1}: this ${mine.toFixed(0)} ms, other ${theirs.toFixed(0)} ms, ${(mine / theirs).toFixed(3)}`,
  );
}
const sorted = [...ratios].sort((a, b) => a - b);
console.log(
  `\nthis / other extraction time: ${(thisTotal / otherTotal).toFixed(3)} (rounds ${sorted[0]?.toFixed(3)}–${sorted[sorted.length - 1]?.toFixed(3)}, ${ROUNDS} rounds of ${CALLS} calls each over ${pages.length} golden pages, CPU time)`,
);
const leastRatios = leastMine
  .map((least, index) => least / (leastTheirs[index] ?? least))
  .sort((a, b) => a - b);
const sumOf = (values: number[]) => values.reduce((total, value) => total + value, 0);
console.log(
  `least times: median page ${leastRatios[Math.floor(leastRatios.length / 2)]?.toFixed(3)}, summed ${(sumOf(leastMine) / sumOf(leastTheirs)).toFixed(3)} (each page's least CPU time of ${ROUNDS * CALLS} calls per checkout)`,
);
