/**
 * Where extraction's time goes: `npx tsx scripts/bench-stages.ts`. Each golden page is read stage
 * by stage as extraction's first reading reads it (copy, metadata, noise rules, Readability with
 * its entry and list finding, block cleaning), and each stage's least CPU time over the runs is
 * given as a share of bare Readability's time on the same page, the median over pages: the unit
 * `npm run bench` budgets (issue 13). "rest" is the whole extraction's least time less the stages'
 * (second readings, the story's assembly, collection of garbage the stages left). On a shared
 * machine the shares move by a few hundredths from run to run; bench-ab.ts compares two checkouts.
 */
import { Readability } from '@mozilla/readability';
import { fixtureUrl, listFixtures } from '../tests/harness/fixtures';
import { parseHtml } from '../tests/harness/parse-html';
import { extractStory } from '../utils/extract';
import { median, time, turn } from './cpu-time';
import { STAGES, type Stage, stageTimes } from './stage-times';

/** Runs per page; each stage keeps its least time (unit: runs). */
const RUNS = Number(process.env.BENCH_RUNS ?? 12);

const rows: { name: string; readability: number; whole: number; stages: Record<Stage, number> }[] =
  [];
for (const fixture of listFixtures()) {
  const url = fixtureUrl(fixture.name);
  const doc = parseHtml(fixture.html, url);
  let bare = Number.POSITIVE_INFINITY;
  let whole = Number.POSITIVE_INFINITY;
  const stages = Object.fromEntries(
    STAGES.map((stage) => [stage, Number.POSITIVE_INFINITY]),
  ) as Record<Stage, number>;
  extractStory(doc, url);
  for (let run = 0; run < RUNS; run++) {
    await turn();
    bare = Math.min(
      bare,
      time(() => new Readability(doc.cloneNode(true) as Document).parse()),
    );
    await turn();
    whole = Math.min(
      whole,
      time(() => extractStory(doc, url)),
    );
    await turn();
    const times = stageTimes(doc, url, time);
    // Readability's time includes the entry runs and story lists it finds again: theirs off.
    times.readability -= times.entries;
    for (const stage of STAGES) stages[stage] = Math.min(stages[stage], times[stage]);
  }
  rows.push({ name: fixture.name, readability: bare, whole, stages });
}

console.log(
  `\nExtraction's stages as shares of bare Readability's time (least CPU time of ${RUNS} runs per page, median over ${rows.length} golden pages)\n`,
);
const share = (value: number) => value.toFixed(3).padStart(7);
for (const stage of STAGES)
  console.log(
    `${stage.padEnd(12)} ${share(median(rows.map((row) => row.stages[stage] / row.readability)))}`,
  );
const staged = (row: (typeof rows)[number]) =>
  STAGES.reduce((total, stage) => total + row.stages[stage], 0);
console.log(
  `${'rest'.padEnd(12)} ${share(median(rows.map((row) => (row.whole - staged(row)) / row.readability)))}`,
);
console.log(
  `${'whole'.padEnd(12)} ${share(median(rows.map((row) => row.whole / row.readability)))}`,
);
