import type { Claim, Figure } from '../utils/summary';

/**
 * Key figures first: a figure to check, then the figures of the claims the reader sees (the
 * numbers a reader needs to retell the story), then the rest, each group in story order.
 */
export function keyFiguresFirst(figures: Figure[], claims: Claim[]): Figure[] {
  const claimSentences = new Set(claims.map((c) => c.sentence));
  const rank = (f: Figure): number => (f.check ? 0 : claimSentences.has(f.sentence) ? 1 : 2);
  return figures
    .map((figure, index) => ({ figure, index }))
    .sort((a, b) => rank(a.figure) - rank(b.figure) || a.index - b.index)
    .map((x) => x.figure);
}
