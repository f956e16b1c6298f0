/*
 * The named person a "he", "she", "his" or "her" in a figure's sentence stands for, read from the
 * coreference tracker (coreference.ts) and kept only when no other named person could be meant.
 */
import type { Sentence } from '../../summary';
import type { EntityTracker, Gender } from '../coreference';

const genderOfPronoun = (w: string): Gender => (/^(?:she|her)$/u.test(w) ? 'f' : 'm');

/**
 * Whether the pronoun's own sentence names its referent before it and no other person: "In 2010,
 * Lima promised the press office six hours of her week" is Lima's week even when another
 * woman was named a paragraph before, as a pronoun most often takes the subject of its own
 * sentence.
 */
function boundBySentence(
  tracker: EntityTracker,
  sentence: Sentence,
  offset: number,
  speaker: string,
): boolean {
  const named = tracker.candidates.filter(
    (c) => !c.anonymous && c.sentence === sentence.index && c.offset < offset,
  );
  return named.length > 0 && named.every((c) => c.speaker === speaker);
}

/** The surname of the named person a pronoun stands for, when no other named person fits. */
export function personFor(
  tracker: EntityTracker,
  sentence: Sentence,
  pronoun: string,
  offset: number,
): string | null {
  const gender = genderOfPronoun(pronoun);
  const q = { sentence: sentence.index, offset, paragraph: sentence.paragraph, gender };
  const referent = tracker.resolve(q);
  if (!referent || referent.anonymous) return null;
  if (boundBySentence(tracker, sentence, offset, referent.speaker)) {
    return referent.speaker.split(/\s+/u).pop() ?? null;
  }
  // Confident only when no other named person in reach could be meant; a person the story
  // names only in passing is no rival to its main person ("Lady Gaga" in a profile of Ana Lima).
  const rival = tracker.candidates.some(
    (c) =>
      !c.anonymous &&
      c.speaker !== referent.speaker &&
      !tracker.isMainOver(referent.speaker, c.speaker) &&
      sentence.paragraph - c.paragraph < 3 &&
      (c.sentence < sentence.index || (c.sentence === sentence.index && c.offset < offset)) &&
      (tracker.genders.get(c.speaker) ?? gender) === gender,
  );
  if (rival) return null;
  return referent.speaker.split(/\s+/u).pop() ?? null;
}
