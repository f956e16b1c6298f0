import type { OkSummary, SourceKind } from '../utils/summary';

/** Every number the summary shows about itself, computed once so that all places agree. */
export interface SummaryCounts {
  /** Key claims shown (the reader's limit) and found. */
  claimsShown: number;
  claims: number;
  figures: number;
  /** Every quote, partial ones included; the quotes section lists all of them. */
  quotes: number;
  partialQuotes: number;
  sources: number;
  /** Sources by kind; they add up to `sources`. */
  byKind: Record<SourceKind, number>;
}

/** Counts for the glance line and the section headings of a summary. */
export function summaryCounts(summary: OkSummary, claimLimit: number): SummaryCounts {
  const byKind: Record<SourceKind, number> = {
    named: 0,
    anonymous: 0,
    organization: 0,
    document: 0,
  };
  for (const source of summary.sources) byKind[source.kind] = (byKind[source.kind] ?? 0) + 1;
  return {
    claimsShown: Math.min(claimLimit, summary.claims.length),
    claims: summary.claims.length,
    figures: summary.figures.length,
    quotes: summary.quotes.length,
    partialQuotes: summary.quotes.filter((quote) => quote.partial).length,
    sources: summary.sources.length,
    byKind,
  };
}
