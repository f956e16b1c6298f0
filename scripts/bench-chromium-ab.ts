/**
 * Extraction of this checkout against another one's in Chromium, the content script's DOM:
 * `npx tsx scripts/bench-chromium-ab.ts <other checkout>` (a `git archive <commit> | tar -x` with
 * links to node_modules and .wxt will do). Both, and bare Readability, are bundled into each
 * golden page and timed in turns, so the machine's load falls on all alike; a page's time is its
 * least over the rounds, read with the 5 µs timer of a cross-origin isolated page. Run the same
 * checkout against itself to see the noise (about ±3% on a shared 2-core machine).
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/harness/chromium';
import { abRows } from './bench-chromium';
import { median } from './cpu-time';

/** Rounds per page (unit: rounds). */
const ROUNDS = Number(process.env.BENCH_CHROMIUM_ROUNDS ?? 18);
/** Calls per timing (unit: calls). */
const BLOCK = 2;

const other = process.argv[2];
if (!other) {
  console.error('usage: npx tsx scripts/bench-chromium-ab.ts <other checkout>');
  process.exit(1);
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  // The entry, with `story-lens-other` read from the other checkout (AB_PAGES=real: the real
  // saved pages of `npm run eval:fetch` instead of the golden pages).
  const { rows: named, differing } = await abRows(
    browser,
    'bench-chromium-ab-entry.ts',
    'storyLensABEntry',
    other,
    `storyLensAB.run(${ROUNDS}, ${BLOCK})`,
  );
  const rows = named.map(({ row }) => row);
  console.log(
    differing.length > 0
      ? `The checkouts read ${differing.length} pages differently: ${differing.join(', ')}`
      : 'The checkouts read every page alike.',
  );
  const sum = (name: string) => rows.reduce((total, row) => total + (row[name] ?? 0), 0);
  const line = (a: string, b: string) =>
    `${a} / ${b}: median ${median(rows.map((row) => (row[a] ?? 0) / (row[b] ?? 1))).toFixed(3)}, summed ${(sum(a) / sum(b)).toFixed(3)}`;
  console.log(
    `\nIn Chromium over ${rows.length} ${process.env.AB_PAGES === 'real' ? 'real saved' : 'golden'} pages (least time of ${ROUNDS} rounds each)`,
  );
  console.log(line('mine', 'other'));
  console.log(line('mine', 'bare'));
  console.log(line('other', 'bare'));
} finally {
  await browser.close();
}
