/**
 * A capitalized word used as an adjective before a noun for people or bodies ("the Lusitanian
 * minister", "Freedonian officials", "the Christian leader", "Arab Lusitanian lawmakers") names
 * nobody: it describes the noun after it, so the name finder gives it no mention of its own.
 */
import { ORGANIZATION_HEADS, PERSON_NOUNS, ROLE_NOUNS, SOURCE_NOUNS } from './lexicon';
import type { Token } from './tokens';

/** Words that open a noun phrase an adjective can sit in ("the", "many", "two"). */
const DETERMINERS =
  /^(?:the|a|an|some|many|most|several|few|other|all|both|two|three|four|five|six|seven|eight|nine|ten|his|her|their|its|our|these|those|this|that)$/u;

/** A noun for people or a body, singular or plural ("minister", "officials", "newspaper"). */
function peopleNoun(word: string): boolean {
  const forms = [word, word.replace(/s$/u, ''), word.replace(/ies$/u, 'y')];
  return forms.some(
    (w) =>
      ROLE_NOUNS.has(w) || SOURCE_NOUNS.has(w) || PERSON_NOUNS.has(w) || ORGANIZATION_HEADS.has(w),
  );
}

/**
 * Whether the capitalized run ending at token `last` modifies the lowercase noun for people or
 * a body right after it (only spaces between).
 */
export function attributiveBefore(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
): boolean {
  // "The board named Ana Lima chief executive": a run of two or more words after a verb is a name
  // with its role after it; as an adjective such a run follows a determiner or opens the clause
  // ("the Arab Lusitanian lawmakers", "Arab Lusitanian lawmakers said").
  const before = tokens[first - 1]?.text;
  if (last > first && before && /^\p{Ll}/u.test(before) && !DETERMINERS.test(before)) return false;
  const t = tokens[last];
  const next = tokens[last + 1];
  if (!t || !next || !/^\s+$/u.test(text.slice(t.end, next.start))) return false;
  if (/['’]s$/u.test(t.text) || !/^\p{Ll}+$/u.test(next.text)) return false;
  // "Ana Lima chairs the board", "Berg heads a team": a verb in -s takes an object, a noun does not.
  const object = /^(?:the|a|an|his|her|their|its|this|that|these|those|our|whether|to)$/iu;
  if (/s$/u.test(next.text) && object.test(tokens[last + 2]?.text ?? '')) return false;
  return peopleNoun(next.text);
}
