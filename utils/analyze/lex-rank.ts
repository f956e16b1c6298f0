/**
 * LexRank (Erkan & Radev 2004) for the claims: sentence centrality on a windowed graph, and the
 * sparse-vector helpers the claims stages share.
 */

/**
 * LexRank's graph links each sentence to the sentences at most this far away (unit: sentences): a
 * 1,500-sentence story then costs 1,500 × 80 similarities, not 1,500². Stories of up to 81
 * sentences (nearly every news story) get the full graph.
 */
const CENTRALITY_WINDOW = 40;
/** PageRank damping (the value of Erkan & Radev 2004), most iterations, and the total change in
 * rank below which it has converged (unit: sum of absolute changes, ranks summing to 1). */
const DAMPING = 0.85;
const PAGERANK_ITERATIONS = 50;
const PAGERANK_TOLERANCE = 1e-4;

/** Cosine similarity of two sparse vectors given their norms. */
export function cosine(
  a: Map<string, number>,
  b: Map<string, number>,
  normA: number,
  normB: number,
): number {
  if (normA === 0 || normB === 0) return 0;
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  // forEach, not for…of over entries: no [term, weight] pair allocated per entry (the claims
  // ranking calls this thousands of times on a long read).
  let dot = 0;
  small.forEach((w, t) => {
    dot += w * (large.get(t) ?? 0);
  });
  return dot / (normA * normB);
}

/** Euclidean norm of a sparse vector. */
export const norm = (v: Map<string, number>): number => {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum);
};

/**
 * LexRank (Erkan & Radev 2004, continuous): PageRank over sentences linked by the TF-IDF cosine of
 * their words, each sentence linked only within CENTRALITY_WINDOW. Returns each sentence's score
 * scaled so the highest is 1. Terms are numbered once and each sentence is spread into one dense
 * row, so a similarity costs one pass over the neighbour's terms.
 */
export function lexRank(vectors: Map<string, number>[], norms: number[]): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  const ids = new Map<string, number>();
  const rows = vectors.map((v) => {
    const terms = new Int32Array(v.size);
    const weights = new Float64Array(v.size);
    let k = 0;
    for (const [t, w] of v) {
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
      }
      terms[k] = id;
      weights[k++] = w;
    }
    return { terms, weights };
  });
  const dense = new Float64Array(ids.size);
  // Banded similarity matrix: band[i * width + (j - i + W)] is the weight of the link i–j.
  const width = 2 * CENTRALITY_WINDOW + 1;
  const band = new Float64Array(n * width);
  const outWeight = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = rows[i];
    const normA = norms[i] ?? 0;
    if (!a || normA === 0) continue;
    for (let k = 0; k < a.terms.length; k++) dense[a.terms[k] ?? 0] = a.weights[k] ?? 0;
    for (let j = i + 1; j <= Math.min(n - 1, i + CENTRALITY_WINDOW); j++) {
      const b = rows[j];
      const normB = norms[j] ?? 0;
      if (!b || normB === 0) continue;
      let dot = 0;
      for (let k = 0; k < b.terms.length; k++)
        dot += (b.weights[k] ?? 0) * (dense[b.terms[k] ?? 0] ?? 0);
      if (dot <= 0) continue;
      const w = dot / (normA * normB);
      band[i * width + (j - i + CENTRALITY_WINDOW)] = w;
      band[j * width + (i - j + CENTRALITY_WINDOW)] = w;
      outWeight[i] = (outWeight[i] ?? 0) + w;
      outWeight[j] = (outWeight[j] ?? 0) + w;
    }
    for (let k = 0; k < a.terms.length; k++) dense[a.terms[k] ?? 0] = 0;
  }
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < PAGERANK_ITERATIONS; iteration++) {
    next.fill((1 - DAMPING) / n);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      const r = rank[i] ?? 0;
      const out = outWeight[i] ?? 0;
      if (out === 0) {
        dangling += r;
        continue;
      }
      const share = (DAMPING * r) / out;
      const from = Math.max(0, i - CENTRALITY_WINDOW);
      const to = Math.min(n - 1, i + CENTRALITY_WINDOW);
      for (let j = from; j <= to; j++)
        next[j] = (next[j] ?? 0) + share * (band[i * width + (j - i + CENTRALITY_WINDOW)] ?? 0);
    }
    // A sentence sharing no word with its neighbours spreads its rank evenly.
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] = (next[i] ?? 0) + (DAMPING * dangling) / n;
      change += Math.abs((next[i] ?? 0) - (rank[i] ?? 0));
    }
    [rank, next] = [next, rank];
    if (change < PAGERANK_TOLERANCE) break;
  }
  let max = Number.EPSILON;
  for (const r of rank) max = Math.max(max, r);
  return Array.from(rank, (r) => r / max);
}
