import { splitDateline } from '../extract/dateline';
import type { Claim, Figure, Quote } from '../summary';
import type { AnnotatedDocument } from './annotate';
import { claimAttributionAt } from './attribution';
import { type ClaimCandidate, type ClaimFeatures, claimCandidates } from './claim-candidates';
import { cosine } from './lex-rank';

/*
 * Claims: the sentences that carry the story, most important first.
 *
 * Each candidate sentence (claim-candidates.ts) has features read from the annotated document: a
 * position prior learned from reference summaries, centrality in the story (LexRank over its own
 * words on a windowed graph, lex-rank.ts), similarity to the headline and standfirst, and what it
 * carries (figures, a named source, the story's main entities, content words). A logistic model
 * over them gives its relevance (the chance a summary keeps it); the lede comes first and maximal
 * marginal relevance picks the claims that say different things. The model was fitted on the dev
 * half of the BBC News Summary set and is reported on the other half (scripts/eval/tune-claims.ts,
 * docs/decisions/0002-claims-ranking.md).
 */

/** Number of claims returned when the caller gives no limit. */
export const DEFAULT_CLAIM_LIMIT = 5;

/** Token Jaccard similarity above which a sentence repeats a better claim (unit: share 0..1). */
const NEAR_DUPLICATE_JACCARD = 0.5;

/** One weight per feature (log-odds per unit of the feature). */
export type ClaimWeights = Record<keyof ClaimFeatures, number>;

/** Everything the ranking learned: a logistic model of "a summary keeps this sentence", and MMR's λ. */
export interface ClaimModel {
  /** Relevance = σ(bias + Σ weight × feature): the modelled chance a summary keeps the sentence. */
  bias: number;
  weights: ClaimWeights;
  /**
   * Maximal marginal relevance: a claim's value is λ × relevance − (1 − λ) × its highest cosine
   * similarity to a claim already chosen (Carbonell & Goldstein 1998; unit: share).
   */
  lambda: number;
  /**
   * Whether the story's first candidate sentence (its lede) is always the first claim: the BBC dev
   * references keep it more often than any later sentence (see POSITION_PRIOR).
   */
  ledeFirst: boolean;
}

/**
 * Fitted on the BBC News Summary dev split (scripts/eval/tune-claims.ts): bias and weights by
 * logistic regression on its sentence labels, λ by the top-3 claims' ROUGE-1 F.
 */
export const MODEL: ClaimModel = {
  bias: -4,
  weights: {
    position: 1,
    centrality: 2.65,
    headline: 1,
    figures: 1,
    source: 0.43,
    entities: 0,
    length: 2,
  },
  lambda: 0.55,
  ledeFirst: true,
};

function jaccard(a: Map<string, number>, b: Map<string, number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a.keys()) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/** A candidate's relevance: the model's chance that a summary keeps it, times its penalty. */
export function relevance(candidate: ClaimCandidate, model: ClaimModel = MODEL): number {
  let z = model.bias;
  for (const key of Object.keys(model.weights) as (keyof ClaimFeatures)[])
    z += model.weights[key] * candidate.features[key];
  return candidate.penalty / (1 + Math.exp(-z));
}

/**
 * Picks up to `limit` candidates by maximal marginal relevance, best first, each with its marginal
 * value (non-increasing, since a candidate's redundancy only grows as claims are chosen). Ties go
 * to the earlier sentence.
 */
export function selectClaims(
  candidates: ClaimCandidate[],
  limit: number,
  model: ClaimModel = MODEL,
): { candidate: ClaimCandidate; value: number }[] {
  const { lambda } = model;
  const relevant = candidates.map((c) => ({ c, r: relevance(c, model), redundancy: 0 }));
  const chosen: { candidate: ClaimCandidate; value: number }[] = [];
  const open = new Set(relevant.keys());
  while (chosen.length < limit && open.size > 0) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const k of open) {
      const item = relevant[k];
      if (!item) continue;
      const value = lambda * item.r - (1 - lambda) * item.redundancy;
      if (value > bestValue) {
        best = k;
        bestValue = value;
      }
    }
    // The lede goes first, valued as the best candidate so values stay non-increasing.
    const lede = relevant.findIndex((item) => item.c.rank === 0);
    if (model.ledeFirst && chosen.length === 0 && open.has(lede)) best = lede;
    const pick = relevant[best];
    if (!pick) break;
    open.delete(best);
    chosen.push({ candidate: pick.c, value: bestValue });
    for (const k of open) {
      const item = relevant[k];
      if (!item) continue;
      // A near-duplicate of a chosen claim is never a claim of its own.
      if (jaccard(item.c.vector, pick.c.vector) > NEAR_DUPLICATE_JACCARD) {
        open.delete(k);
        continue;
      }
      const sim = cosine(item.c.vector, pick.c.vector, item.c.vectorNorm, pick.c.vectorNorm);
      item.redundancy = Math.max(item.redundancy, sim);
    }
  }
  return chosen;
}

/** The claim's text: its sentence without a leading dateline ("LONDON (Reuters) — "). */
export function claimText(text: string): string {
  return splitDateline(text)?.rest ?? text;
}

/** Ranks sentences by how much they carry the story and returns the top claims with attribution. */
export function rankClaims(
  doc: AnnotatedDocument,
  context: { quotes: Quote[]; figures: Figure[]; limit?: number; standfirst?: string | null },
): Claim[] {
  const { sentences, people } = doc;
  const limit = context.limit ?? DEFAULT_CLAIM_LIMIT;
  if (limit <= 0 || sentences.length === 0) return [];
  const chosen = selectClaims(claimCandidates(doc, context), limit);
  const claims = chosen.map(({ candidate, value }) => {
    const { sentence, position: i } = candidate;
    const claim: Claim = {
      sentence: sentence.index,
      text: claimText(sentence.text),
      score: Math.round(Math.min(1, Math.max(0, value / MODEL.lambda)) * 1000) / 1000,
      attribution: claimAttributionAt(sentences, i, people),
    };
    return { claim, speaker: candidate.quoteSpeaker };
  });
  // A claim that is a direct quote says who said it.
  return claims.map(({ claim, speaker }) =>
    claim.attribution === null && speaker ? { ...claim, attribution: speaker } : claim,
  );
}
