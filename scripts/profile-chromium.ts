/**
 * Where extraction's time goes in Chromium, function by function:
 * `npx tsx scripts/profile-chromium.ts [extract|readability]`. Each golden page is loaded in a
 * tab with bench-chromium-entry.ts, warmed up, and the contender (Story Lens's extraction, or
 * bare Readability on a clone) is run REPS times under the DevTools CPU profiler (a sample every
 * 50 µs). Prints each function's self time and its total time (with what it calls) as shares of
 * all samples, TOP of each; the line number is the function's in the unminified bundle. Native
 * DOM calls show under their own names (querySelectorAll, cloneNode) or in their caller's self
 * time (getters such as textContent). The shares, not the sums, are the result: the profiler's
 * own overhead grows with the number of calls.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/harness/chromium';
import { fixtureUrl, listFixtures } from '../tests/harness/fixtures';
import { bundle, fixturePage, injectBundle } from './bench-chromium';

const contender = process.argv[2] === 'readability' ? 'readability' : 'extract';
/** Runs per page under the profiler (unit: calls). */
const REPS = Number(process.env.REPS ?? 20);
/** Functions listed per table (unit: rows). */
const TOP = Number(process.env.TOP ?? 40);

/** The parts of a DevTools CPU profile read here. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const self = new Map<string, number>();
/** With FOCUS=name: total time of each function called (at any depth) under that function. */
const FOCUS = process.env.FOCUS ?? '';
const focused = new Map<string, number>();
/** With CALLERS=name: the time of that function's own samples by who called it (three frames up). */
const CALLERS = process.env.CALLERS ?? '';
const callers = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
try {
  const script = await bundle();
  const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
  const fixtures = listFixtures().filter((fixture) => !only || only.test(fixture.name));
  const page = await fixturePage(browser, fixtures);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const key = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber}`;
  for (const fixture of fixtures) {
    await page.goto(fixtureUrl(fixture.name), { waitUntil: 'domcontentloaded' });
    await injectBundle(page, script);
    await page.evaluate('storyLensBench.run(1, 1, 0)');
    await cdp.send('Profiler.start');
    await page.evaluate(
      `(() => { for (let i = 0; i < ${REPS}; i++) storyLensBench.${contender}(); })()`,
    );
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes)
      for (const child of node.children ?? []) parentOf.set(child, node.id);
    profile.samples.forEach((id, index) => {
      const node = byId.get(id);
      const delta = profile.timeDeltas[index + 1] ?? 0;
      if (!node || node.callFrame.functionName === '(idle)') return;
      all += delta;
      self.set(key(node), (self.get(key(node)) ?? 0) + delta);
      // A recursive function counts once per sample in its total.
      const seen = new Set<string>();
      const stack: string[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
        const frame = byId.get(at);
        if (!frame) continue;
        stack.push(key(frame));
        if (seen.has(key(frame))) continue;
        seen.add(key(frame));
        total.set(key(frame), (total.get(key(frame)) ?? 0) + delta);
      }
      if (CALLERS && stack[0]?.startsWith(`${CALLERS}:`)) {
        const chain = stack.slice(1, 4).join(' < ');
        callers.set(chain, (callers.get(chain) ?? 0) + delta);
      }
      const focusAt = FOCUS ? stack.findIndex((name) => name.startsWith(`${FOCUS}:`)) : -1;
      if (focusAt >= 0) {
        const below = new Set(stack.slice(0, focusAt + 1));
        for (const name of below) focused.set(name, (focused.get(name) ?? 0) + delta);
      }
    });
  }
} finally {
  await browser.close();
}
for (const [label, times] of [
  ['self', self],
  ['total', total],
  ...(FOCUS ? [[`under ${FOCUS}`, focused] as const] : []),
  ...(CALLERS ? [[`callers of ${CALLERS}`, callers] as const] : []),
] as const) {
  console.log(`\n${contender}: ${label} time, share of ${(all / 1000).toFixed(0)} ms of samples\n`);
  for (const [name, time] of [...times].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`${(time / all).toFixed(3)} ${name}`);
}
