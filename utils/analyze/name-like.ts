/**
 * Capitalized stopwords that are also names ("Will Doyle", "George Will", "June Okafor"): where
 * they join a person's name, and where they are one alone ("Will urged").
 */
import type { Token } from './tokens';

/** Whether only spaces separate two tokens. */
const adjacent = (text: string, a: Token, b: Token): boolean =>
  /^\s+$/u.test(text.slice(a.end, b.start));

/**
 * Capitalized stopwords that are also given names or surnames ("Will Doyle", "George Will",
 * "June Okafor"): inside a run, next to a real name word, they are part of the name.
 */
const NAME_LIKE_STOPWORDS = new Set(['will', 'may', 'june', 'april', 'august']);

/** Whether a word is a stopword that is also a given name or surname ("Will", "June"). */
export const isNameLikeStopword = (word: string): boolean =>
  NAME_LIKE_STOPWORDS.has(word.toLowerCase());
/** Words before a month or modal that make it a date or a question, never a name ("in June Lima"). */
const NOT_BEFORE_NAME =
  /^(?:in|on|since|by|until|till|last|next|early|late|mid|of|from|through|before|after|this|that|each|every|during|or|and|it|he|she|they|we|you|i|who|which)$/iu;

/** Whether token `i` is a name-like stopword that joins token `j` next to it (the caller checks `j` is a name word). */
export function nameLikeAt(text: string, tokens: Token[], i: number, j: number): boolean {
  const t = tokens[i];
  const other = tokens[j];
  if (
    !t ||
    !other ||
    !NAME_LIKE_STOPWORDS.has(t.text.toLowerCase()) ||
    !/^\p{Lu}\p{Ll}/u.test(t.text)
  )
    return false;
  const [a, b] = i < j ? [t, other] : [other, t];
  if (!adjacent(text, a, b)) return false;
  // "In June Lima said", "Will Lima resign?": a preposition or a question before it.
  const before = tokens[Math.min(i, j) - 1];
  if (before && NOT_BEFORE_NAME.test(before.text)) return false;
  // A modal opening a sentence needs the name to be followed by more name or a comma, not a verb:
  // "Will Doyle, a professor," / "Will Doyle said" (a past verb), not "Will Lima resign?".
  const next = tokens[Math.max(i, j) + 1];
  if (
    i < j &&
    t.text === 'Will' &&
    next &&
    adjacent(text, other, next) &&
    /^\p{Ll}+$/u.test(next.text) &&
    !/(?:ed|s)$|^(?:said|told|wrote|spoke)$/u.test(next.text)
  )
    return false;
  return true;
}

/**
 * "Will urged", "Will’s column": a capitalized "Will" before a verb in -ed or -s (or a past
 * form), which the modal never takes, or with a possessive, is the surname or given name.
 */
export function loneWillAt(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !/^Will(?:['’]s)?$/u.test(t.text)) return false;
  if (t.text !== 'Will') return true;
  return (
    next !== undefined &&
    adjacent(text, t, next) &&
    /^(?:\p{Ll}+ed|\p{Ll}+[^s\W]s|said|told|wrote|spoke|thought|saw)$/u.test(next.text)
  );
}
