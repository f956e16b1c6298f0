import type { Claim, Figure, Quote, Source } from '../utils/summary';

/** The words of each kind of item that the find box searches. */
export const SEARCHABLE = {
  claim: (claim: Claim) => [claim.text, claim.attribution],
  figure: (figure: Figure) => [figure.value, figure.measures],
  quote: (quote: Quote) => [quote.text, quote.speaker, quote.speakerRole],
  source: (source: Source) => [source.name, source.role],
} as const;

/** Lower-cased, accents and curly quotes folded, spaces collapsed: what the reader types matches what the page wrote. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** True when one of an item's texts contains the query (an empty query matches everything). */
export function matchesQuery(texts: readonly (string | null)[], query: string): boolean {
  const needle = fold(query.trim());
  if (needle === '') return true;
  return texts.some((text) => text !== null && fold(text).includes(needle));
}
