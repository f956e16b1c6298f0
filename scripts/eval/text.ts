/** Text helpers the scorers share: one tokenizer for matching gold against predictions. */

/** Lower-cased word tokens, straight quotes, inner apostrophes kept ("don't"). */
export const tokens = (text: string): string[] =>
  text
    .replace(/[‘’]/gu, "'")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];

/** Shared distinct tokens over the shorter text's distinct tokens (unit: share 0–1). */
export function overlap(a: string, b: string): number {
  const ta = new Set(tokens(a));
  const tb = new Set(tokens(b));
  if (ta.size === 0 || tb.size === 0) return 0;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / Math.min(ta.size, tb.size);
}

/** Matches gold items to predictions one-to-one, in gold order, by the best score ≥ threshold. */
export function matchOneToOne<G, P>(
  gold: G[],
  predicted: P[],
  similarity: (g: G, p: P) => number,
  threshold: number,
): (number | null)[] {
  const used = new Set<number>();
  return gold.map((g) => {
    let best: number | null = null;
    let bestScore = 0;
    predicted.forEach((p, i) => {
      const s = similarity(g, p);
      if (!used.has(i) && s >= threshold && s > bestScore) {
        best = i;
        bestScore = s;
      }
    });
    if (best !== null) used.add(best);
    return best;
  });
}

export const ratio = (n: number, d: number): string => (d === 0 ? '  -  ' : (n / d).toFixed(3));

export const sum = <T>(xs: T[], f: (x: T) => number): number => xs.reduce((a, x) => a + f(x), 0);

export const mean = (xs: number[]): number =>
  xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
