/**
 * Bag-of-words scoring of extracted text against a reference, as the public article-extraction
 * benchmarks score it (https://github.com/scrapinghub/article-extraction-benchmark): lowercase
 * Unicode word tokens, multiset intersection, precision/recall/F1. Pure functions over strings.
 */

/** Precision, recall and F1 of one extraction, with the token counts they come from. */
export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
  /** Tokens in the extracted text. */
  predicted: number;
  /** Tokens in the reference text. */
  reference: number;
  /** Tokens in both, counted as a multiset intersection. */
  overlap: number;
}

/** A word token: a run of Unicode letters and digits ("U.S." gives "u", "s"; "70-80%" gives "70", "80"). */
const TOKEN = /[\p{L}\p{N}]+/gu;

/** Splits text into lowercase Unicode word tokens, in order. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** Counts each token of a list (a multiset). */
export function countTokens(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** Size of the multiset intersection of two token counts. */
export function overlapCount(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
): number {
  let overlap = 0;
  for (const [token, count] of a) overlap += Math.min(count, b.get(token) ?? 0);
  return overlap;
}

/** Harmonic mean of precision and recall; 0 when both are 0. */
export function f1Score(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * Scores extracted text against reference text. Both empty scores 1 (nothing to find, nothing
 * found); an empty extraction of a non-empty reference scores 0; text extracted where the
 * reference is empty has precision 0 and recall 1 (nothing was missed).
 */
export function scoreText(predicted: string, reference: string): TokenScore {
  const predictedCounts = countTokens(tokenize(predicted));
  const referenceCounts = countTokens(tokenize(reference));
  const predictedTotal = sum(predictedCounts.values());
  const referenceTotal = sum(referenceCounts.values());
  const overlap = overlapCount(predictedCounts, referenceCounts);
  if (predictedTotal === 0 && referenceTotal === 0) {
    return { precision: 1, recall: 1, f1: 1, predicted: 0, reference: 0, overlap: 0 };
  }
  const precision = predictedTotal === 0 ? 0 : overlap / predictedTotal;
  const recall = referenceTotal === 0 ? 1 : overlap / referenceTotal;
  return {
    precision,
    recall,
    f1: f1Score(precision, recall),
    predicted: predictedTotal,
    reference: referenceTotal,
    overlap,
  };
}

/** The score of an extraction that failed or found no story: nothing extracted, nothing right. */
export function zeroScore(reference: string): TokenScore {
  return {
    precision: 0,
    recall: 0,
    f1: 0,
    predicted: 0,
    reference: tokenize(reference).length,
    overlap: 0,
  };
}

/** Macro average of precision, recall and F1 over pages (each page weighs the same); zeros when empty. */
export function meanScore(scores: readonly TokenScore[]): {
  precision: number;
  recall: number;
  f1: number;
} {
  if (scores.length === 0) return { precision: 0, recall: 0, f1: 0 };
  return {
    precision: sum(scores.map((s) => s.precision)) / scores.length,
    recall: sum(scores.map((s) => s.recall)) / scores.length,
    f1: sum(scores.map((s) => s.f1)) / scores.length,
  };
}

/**
 * Share of each block's tokens found in the other text (multiset, consumed in block order), to
 * name which paragraphs an extraction lost (reference blocks against the extraction) or let
 * through (extracted blocks against the reference).
 */
export function blockCoverage(blocks: readonly string[], against: string): number[] {
  const remaining = countTokens(tokenize(against));
  return blocks.map((block) => {
    const tokens = tokenize(block);
    if (tokens.length === 0) return 1;
    let found = 0;
    for (const token of tokens) {
      const left = remaining.get(token) ?? 0;
      if (left > 0) {
        found += 1;
        remaining.set(token, left - 1);
      }
    }
    return found / tokens.length;
  });
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
