/**
 * Asides between a subject and its reporting verb that appositiveOpen (./subject.ts) does not
 * know: an appositive naming its head by an owner's role ("Ana Lima, Berg’s lawyer, argues"; the
 * owner a capitalized possessive, up to four words, then at most three lowercase words ending in
 * a role noun) and a discourse adverbial ("Lima’s campaign, for example, said"). The aside's
 * opening comma ends the subject.
 */
import { isRoleNoun } from '../names';

/** ", Tomas Berg’s longtime lawyer," ending the text before a reporting verb. */
const POSSESSIVE_ROLE_APPOSITIVE =
  /,\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)\s*,\s*$/u;

/** ", for example," ending the text before a reporting verb: a comment on the clause, no subject. */
const DISCOURSE_ASIDE =
  /,\s+(?:for\s+(?:example|instance|its\s+part|his\s+part|her\s+part|their\s+part)|however|in\s+turn|in\s+fact|meanwhile|moreover|though|too|likewise|similarly|in\s+particular|in\s+response)\s*,\s*$/u;

/** Offset of the comma opening a possessive role appositive or discourse aside ending `before`, or -1. */
export function asideOpen(before: string): number {
  const m = POSSESSIVE_ROLE_APPOSITIVE.exec(before);
  if (m?.[1] && isRoleNoun(m[1])) return m.index;
  return DISCOURSE_ASIDE.exec(before)?.index ?? -1;
}
