/**
 * A gender cue from the pronouns of a sentence that names one person: "Tomas Berg revised his
 * plan" says Berg is a "he", so a later "she said" is not taken for him (and, once taken, would
 * have marked him "she" and cost every later "he said" of his). Kept narrow on purpose: one
 * person named outside quotation marks, pronouns of one gender only, and the first pronoun a
 * few words after the name with no clause break, reporting verb or other person word ("the
 * mayor", "her son") between, any of which may bring in another antecedent.
 */
import type { Gender } from './entity-mentions';
import { PERSON_NOUNS, SPEECH_VERBS } from './lexicon';
import { isRoleNoun, type NameMention } from './names';

const PRONOUNS: Record<Gender, RegExp> = {
  m: /\b(?:he|him|his|himself)\b/iu,
  f: /\b(?:she|her|hers|herself)\b/iu,
};

/** Most words between the name and its pronoun ("Berg quietly revised his" = 2). */
const MAX_WORDS_BETWEEN = 3;

/**
 * An object pronoun, which stands for someone other than the clause's subject: "him", or "her"
 * not followed by a noun it owns ("told her.", "gave her the", "told her that").
 */
const OBJECT_PRONOUN =
  /^(?:him\b|her(?=\s*(?:[.,;:!?”"’)—–]|$|\s+(?:the|a|an|that|to|and|or|in|on|at|for|about|with|this|it|what|how|why|when|if)\b)))/iu;

/** Words after which a pronoun may stand for someone the sentence does not name. */
const OTHER_PERSON = /\b(?:who|whom|whose)\b/iu;

/**
 * The gender the pronouns after a sentence's only named person give them, or null. `text` is
 * the sentence with its quotations masked, `names` its names outside quotation marks, `isPerson`
 * whether a name is a person of the story (not a capitalized opener such as "Stung").
 */
export function pronounGender(
  text: string,
  allNames: readonly NameMention[],
  isPerson: (name: string) => boolean,
): Gender | null {
  const names = allNames.filter((n) => isPerson(n.name));
  const surnames = new Set(names.map((n) => n.name.split(/\s+/u).pop()));
  const first = names[0];
  if (!first || surnames.size !== 1) return null;
  const rest = text.slice(first.end);
  const m = PRONOUNS.m.exec(rest);
  const f = PRONOUNS.f.exec(rest);
  if ((m === null) === (f === null)) return null;
  const hit = (m ?? f) as RegExpExecArray;
  const between = rest.slice(0, hit.index);
  // Right after the name and its verb ("Berg revised his plan"): further on, past a clause
  // break or a reporting verb ("Berg said the levy hurt her budget"), the pronoun may be anyone's.
  if (OTHER_PERSON.test(between) || /[,;:—–()]/u.test(between)) return null;
  const words = between.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length > MAX_WORDS_BETWEEN) return null;
  if (words.some((w) => isRoleNoun(w) || PERSON_NOUNS.has(w) || SPEECH_VERBS.has(w))) return null;
  // "Lima ignored her.", "Berg thanked him": an object pronoun is someone else.
  if (OBJECT_PRONOUN.test(rest.slice(hit.index))) return null;
  return m ? 'm' : 'f';
}
