/**
 * The head of a clause: fillers between a subject and its verb, and the named subject opening
 * the clause that a coordinated reporting verb shares ("Ana Lima, the port chief, met Ivo Berg
 * and told him").
 */
import { CAPITALIZED_STOPWORDS, SUBORDINATORS } from '../lexicon';
import { isNameWord } from '../names';
import { tokenize } from '../tokens';

/** Most words of a clause's named subject ("Harbour Board chair Ana Lima" = 5). */
const MAX_CLAUSE_HEAD_WORDS = 10;

/** Auxiliaries and adverbs that may sit between a subject and its verb ("have publicly remarked"). */
export const VERB_FILLERS =
  /^(?:has|have|had|also|previously|publicly|later|earlier|privately|separately|repeatedly|once|again|recently|then|reportedly|initially|further|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Nouns ending in -ly that can head a subject ("the family said"), never adverbs. */
const LY_NOUNS =
  /^(?:family|ally|rally|assembly|supply|monopoly|anomaly|bully|folly|tally|homily)$/u;

/** Auxiliaries and adverbs between a subject and its verb: VERB_FILLERS or any -ly adverb ("emphatically"). */
export const isFiller = (w: string): boolean =>
  VERB_FILLERS.test(w) || (/^\p{Ll}{3,}ly$/u.test(w) && !LY_NOUNS.test(w));

/** Time conjunctions that open a subordinate clause too ("When Lima asked …, Berg …"). */
export const TIME_SUBORDINATORS = /^(?:when|whenever|after|before)$/iu;

/** Whether a phrase holds a capitalized name-like word ("Dimitri Simes", not "Another commuter"). */
export function hasNameWord(phrase: string): boolean {
  return tokenize(phrase).some(
    (w) => isNameWord(w.text) && !CAPITALIZED_STOPWORDS.has(w.text.toLowerCase()),
  );
}

/** Words a clause may open with before its subject ("But Lima …", "Later, Lima …"). */
const CLAUSE_OPENERS = /^(?:(?:but|and|so|yet|then|later|still|meanwhile|instead|even)\b[\s,]*)+/iu;

/** A clause's opening subject: words ending in a capitalised name, an optional appositive, then a lowercase word. */
const CLAUSE_HEAD =
  /^((?:[\p{L}’'.-]+\s+){0,5}?\p{Lu}[\p{L}’'.-]*)(?:\s*,\s+[^,]{1,150},)?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u;

/** A lowercase word that reads as a finite verb: -ed, -s (not -ss), or a common irregular form. */
const VERB_FORM =
  /^(?:\p{Ll}+ed|\p{Ll}+[^s\W]s|was|were|is|are|met|told|took|made|went|gave|led|came|sent|spoke|wrote|said|did|got|put|ran|won|lost|left|held|kept|brought|thought|sought|began|broke|chose|drove|fell|felt|found|heard|knew|paid|read|rose|saw|sat|set|shook|spent|stood|struck|taught|threw|tore|wore|can|will|would|could|should|may|might|must)$/u;

/**
 * The subject of the clause a coordinated verb belongs to ("Ana Lima, the port chief, met Ivo
 * Berg on Monday and told him" → "Ana Lima"): the name opening the clause, when its next word
 * is lowercase (its first verb). The clause opens after a sentence break, or after a leading
 * subordinate clause's comma ("When …, Lima …"); a subordinate clause opened after a comma
 * (", after the company …") has no named head. `andStart` is the coordinator's offset.
 */
export function clauseHeadSubject(
  text: string,
  andStart: number,
): { start: number; end: number } | null {
  const before = text.slice(0, andStart);
  let start =
    Math.max(...['.', ';', ':', '!', '?', '—', '–'].map((c) => before.lastIndexOf(c))) + 1;
  // "Sen. Lima": a title's period is no sentence break.
  if (start > 1 && /(?:^|\s)\p{Lu}\p{Ll}{0,3}\.$/u.test(before.slice(0, start))) return null;
  let clause = before.slice(start);
  const lead = /^\s*([\p{L}]+)/u.exec(clause)?.[1]?.toLowerCase() ?? '';
  if (SUBORDINATORS.has(lead) || TIME_SUBORDINATORS.test(lead)) {
    const comma = clause.indexOf(',');
    if (comma < 0) return null;
    start += comma + 1;
    clause = before.slice(start);
  }
  // A subordinate clause later in the sentence ("…, after the company cut …") is not the head's.
  for (const m of clause.matchAll(/,\s*(\p{L}+)/gu)) {
    const w = m[1]?.toLowerCase() ?? '';
    if (SUBORDINATORS.has(w) || TIME_SUBORDINATORS.test(w)) return null;
  }
  const opener = CLAUSE_OPENERS.exec(clause.trimStart())?.[0].length ?? 0;
  const offset = start + (clause.length - clause.trimStart().length) + opener;
  const m = CLAUSE_HEAD.exec(text.slice(offset, andStart));
  const subject = m?.[1];
  const verb = m?.[2] ?? '';
  if (!m || !subject || !(isFiller(verb) || VERB_FORM.test(verb))) return null;
  // "Scott’s relatives watched": a possessive owns the head noun after it, it is no subject.
  if (/['’]s?$/u.test(subject)) return null;
  if (tokenize(subject).length > MAX_CLAUSE_HEAD_WORDS) return null;
  // Only a named head: "the company cut its forecast and" keeps coordinatedSubjectLength's reading.
  if (!hasNameWord(subject)) return null;
  return { start: offset, end: offset + subject.length };
}
