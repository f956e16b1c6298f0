import type { Quote } from '../utils/summary';

/** The quotes of one speaker, in story order. */
export interface QuoteGroup {
  speaker: string | null;
  quotes: Quote[];
}

/**
 * Quotes grouped by speaker: the most quoted speaker first (ties: who speaks first in the
 * story), unattributed quotes last.
 */
export function groupQuotesBySpeaker(quotes: Quote[]): QuoteGroup[] {
  const groups = new Map<string | null, QuoteGroup>();
  for (const quote of quotes) {
    const group = groups.get(quote.speaker) ?? { speaker: quote.speaker, quotes: [] };
    group.quotes.push(quote);
    groups.set(quote.speaker, group);
  }
  const order = [...groups.values()];
  return order
    .map((group, first) => ({ group, first }))
    .sort(
      (a, b) =>
        Number(a.group.speaker === null) - Number(b.group.speaker === null) ||
        b.group.quotes.length - a.group.quotes.length ||
        a.first - b.first,
    )
    .map(({ group }) => group);
}
