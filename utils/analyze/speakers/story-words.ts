/**
 * How the story writes a word, memoized per document: in how many sentences, and whether also in
 * lowercase (then a capitalized one opening a sentence is a common noun, not a surname).
 */
import type { SpeakerContext } from './context';

/** Sentences that must name a lone capitalized word for it to be taken as a person's surname. */
export const MIN_SURNAME_SENTENCES = 2;

const namedCounts = new WeakMap<object, Map<string, number>>();
/** How many sentences of the story hold a word (memoized per document). */
export function sentencesNaming(ctx: SpeakerContext, word: string): number {
  let counts = namedCounts.get(ctx.doc);
  if (!counts) {
    counts = new Map();
    namedCounts.set(ctx.doc, counts);
  }
  let n = counts.get(word);
  if (n === undefined) {
    const re = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\b`, 'u');
    n = ctx.doc.sentences.filter((s) => re.test(s.text)).length;
    counts.set(word, n);
  }
  return n;
}

const lowercaseUses = new WeakMap<object, Map<string, boolean>>();
/**
 * Whether the story also writes a capitalized word in lowercase ("Boats are …" and "the boats"):
 * then it is a common noun opening a sentence, not a surname (memoized per document).
 */
export function usedInLowercase(ctx: SpeakerContext, word: string): boolean {
  let uses = lowercaseUses.get(ctx.doc);
  if (!uses) {
    uses = new Map();
    lowercaseUses.set(ctx.doc, uses);
  }
  let used = uses.get(word);
  if (used === undefined) {
    const lower = word.toLowerCase();
    const re = new RegExp(
      `(?<![\\p{L}’'-])${lower.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}’'-])`,
      'u',
    );
    used = lower !== word && ctx.doc.sentences.some((x) => re.test(x.text));
    uses.set(word, used);
  }
  return used;
}
