/** Helpers for the lexicon's data files: word lists are written as text and read once. */

/** The words of a list written as whitespace-separated text (duplicates kept, for validation). */
export function words(text: string): readonly string[] {
  return text.split(/\s+/u).filter(Boolean);
}

/** A regular-expression alternation of a list's words, longest first, metacharacters escaped. */
export function alternation(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
}
