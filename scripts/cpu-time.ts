/** Timing helpers the benchmarks share (bench.ts, bench-ab.ts, bench-stages.ts, bench-browser.ts, bench-chromium.ts). */

/**
 * CPU time of a call in ms (user + system of this process): unlike wall time it does not grow
 * when other processes share the cores.
 */
export function time(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Lets the event loop turn. Objects a synchronous run reaches through a WeakRef (happy-dom caches
 * its query results that way) stay alive until the run ends: without a turn between calls, every
 * copy of every page would stay in memory and garbage collection would grow slower with each
 * call, whoever's call it is.
 */
export const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The middle of the values (the upper one of an even count), or 0 for none. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
