/**
 * The noise rules and the block cleaning of this checkout against another's in Chromium:
 * `npx tsx scripts/bench-chromium-stage-ab.ts <other checkout>` (made as for
 * bench-chromium-ab.ts). Both stages are timed in turns on the same input in each page (see
 * bench-chromium-stage-ab-entry.ts), so a change to one stage is seen without the noise of the
 * whole extraction. AB_PAGES=real reads the real saved pages instead of the golden pages.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/harness/chromium';
import { abRows } from './bench-chromium';
import { median } from './cpu-time';

/** Rounds per page (unit: rounds). */
const ROUNDS = Number(process.env.BENCH_CHROMIUM_ROUNDS ?? 15);
/** Calls per timing: a stage takes a few tenths of a millisecond on a golden page (unit: calls). */
const BLOCK = Number(process.env.STAGE_AB_BLOCK ?? (process.env.AB_PAGES === 'real' ? 2 : 8));

const other = process.argv[2];
if (!other) {
  console.error('usage: npx tsx scripts/bench-chromium-stage-ab.ts <other checkout>');
  process.exit(1);
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const { rows: named, differing } = await abRows(
    browser,
    'bench-chromium-stage-ab-entry.ts',
    'storyLensStageABEntry',
    other,
    `storyLensStageAB.run(${ROUNDS}, ${BLOCK})`,
  );
  const rows = named.map(({ row }) => row);
  console.log(
    differing.length > 0
      ? `The checkouts' stages differ on ${differing.length} pages: ${differing.join(', ')}`
      : "The checkouts' stages give the same on every page.",
  );
  // PER_PAGE=N: the N pages whose noise stage takes longest, with both checkouts' times.
  const perPage = Number(process.env.PER_PAGE ?? 0);
  for (const { row, name } of named
    .sort((a, b) => (b.row.otherNoise ?? 0) - (a.row.otherNoise ?? 0))
    .slice(0, perPage))
    console.log(
      `${name}: noise ${row.mineNoise?.toFixed(2)} / ${row.otherNoise?.toFixed(2)} ms, clean ${row.mineClean?.toFixed(2)} / ${row.otherClean?.toFixed(2)} ms`,
    );
  const sum = (name: string) => rows.reduce((total, row) => total + (row[name] ?? 0), 0);
  for (const stage of ['Noise', 'Clean']) {
    const ratios = rows
      .filter((row) => (row[`other${stage}`] ?? 0) > 0)
      .map((row) => (row[`mine${stage}`] ?? 0) / (row[`other${stage}`] ?? 1));
    console.log(
      `${stage.toLowerCase()}: mine / other median ${median(ratios).toFixed(3)}, summed ${(sum(`mine${stage}`) / sum(`other${stage}`)).toFixed(3)} (other ${sum(`other${stage}`).toFixed(1)} ms over ${rows.length} pages)`,
    );
  }
} finally {
  await browser.close();
}
