/**
 * A speaker phrase ("she", "the former minister", "Kremlin spokesperson Dmitry Peskov", "one
 * official from Russia") turned into a speaker: a pronoun or description resolved through the
 * entity tracker, a name given in full, or an unnamed description kept as written.
 */
import { coordinatedSubjectLength, maskQuotations } from '../attribution';
import { DESCRIPTION_DETERMINERS, describe, genderOf, resolveMention } from '../coreference';
import { PREPOSITIONS } from '../lexicon';
import {
  findNames,
  fullestName,
  fullestNameAt,
  isNameWord,
  isRoleNoun,
  isSourceHead,
} from '../names';
import type { Place, SpeakerAttribution, SpeakerContext } from './context';

/** Most words of a whole unnamed description ("a senior official with insight into high-level Kremlin talks" = 9). */
const DESCRIPTION_PHRASE_MAX_WORDS = 12;

/** Words that make a phrase a clause rather than a noun phrase describing a speaker. */
const CLAUSE_WORDS =
  /^(?:and|or|but|then|is|are|was|were|has|have|had|will|would|could|did|does|do)$/iu;

const FIRST_PERSON = /^(?:i|we)$/iu;

/** Pronouns that are the subject of their clause. */
const SUBJECT_PRONOUN = /^(?:he|she|they|it|i|we)$/iu;

/** Relatives and companions named as speakers without a role noun ("his son", "a neighbour"). */
const KIN_AND_BYSTANDERS =
  /^(?:son|daughter|wife|husband|mother|father|friend|neighbour|neighbor|commuter|fan|fans|worker|witness|victim)s?$/iu;

/**
 * The speaker phrase before (or after) a reporting verb, cut to its noun phrase: a verb
 * coordinated with the reporting verb is dropped ("a woman … leant over and said" → "a woman …",
 * "Acme stepped in and tweeted" → "Acme"), so is a leading "as" ("as Reuters reported") and any
 * words before the determiner of an unnamed description ("hard a woman passing" → "a woman passing").
 */
export function speakerPhrase(phrase: string): string {
  let words = phrase
    .trim()
    .replace(/^[,\s]+|[,\s]+$/gu, '')
    .split(/\s+/u)
    .filter((w) => w !== '');
  while (words.length > 1 && /^(?:as|and|but|so|then|while|when)$/iu.test(words[0] ?? ''))
    words = words.slice(1);
  if (words.length > 1 && /^(?:and|or|then)$/iu.test(words[words.length - 1] ?? '')) {
    words = words.slice(0, coordinatedSubjectLength(words));
  }
  const head = words.findIndex(isSourceHead);
  let det = -1;
  for (let k = head - 1; k > 0; k--) {
    if (DESCRIPTION_DETERMINERS.test(words[k] ?? '') && /^\p{L}+$/u.test(words[k] ?? '')) {
      det = k;
      break;
    }
  }
  if (det > 0 && !words.slice(0, det).some((w) => isNameWord(w))) words = words.slice(det);
  return words.join(' ');
}

/** Person names of a phrase that are not possessives nor objects of a preposition. */
export function headNames(phrase: string) {
  return findNames(phrase).filter((m) => {
    if (/^['’]/u.test(phrase.slice(m.end))) return false;
    const lead = phrase.slice(0, m.start).trim().split(/\s+/u);
    const before = lead.pop()?.toLowerCase() ?? '';
    // "a delegate on the Berg slate": a name after a preposition and its determiner is its object.
    const objectOf =
      /^(?:the|a|an)$/u.test(before) && PREPOSITIONS.has(lead.pop()?.toLowerCase() ?? '');
    // "The Herald’s Tom Berg": a full name right after a capitalized owner, ending the phrase
    // or set off by a comma, or followed by a past-tense verb ("… Tom Berg offered"), is the
    // owner's person, not a thing the owner has.
    const owner = phrase.slice(0, m.start).trim().split(/\s+/u).pop() ?? '';
    const ownersPerson =
      /^\p{Lu}/u.test(owner) &&
      m.name.includes(' ') &&
      /^\s*(?:,|$|\p{Ll}+ed\b)/u.test(phrase.slice(m.end));
    return !PREPOSITIONS.has(before) && (!/['’]s$/u.test(before) || ownersPerson) && !objectOf;
  });
}

/** A named person of the story as a speaker, with the role the story gives them. */
export function namedSpeaker(
  ctx: SpeakerContext,
  name: string,
  role: string | null,
): SpeakerAttribution {
  const { people } = ctx.doc;
  const full =
    ctx.sentence === undefined
      ? fullestName(name, people)
      : fullestNameAt(name, people, ctx.sentence);
  return { speaker: full, role: role ?? people.roles.get(full) ?? null, anonymous: false };
}

/** Whether a phrase can describe an unnamed speaker: a noun phrase with a source or name word. */
function isDescription(words: string[]): boolean {
  const isSourceWord = (w: string) =>
    isSourceHead(w) ||
    // Plural roles: "one of the project managers".
    (/s$/u.test(w) && isRoleNoun(w.slice(0, -1))) ||
    KIN_AND_BYSTANDERS.test(w);
  // The head comes before a preposition ("a source at the station"), "of" aside ("one of the
  // engineers", "52 percent of voters"): "a Tuesday breakfast with reporters" describes no one.
  const headEnd = words.findIndex(
    (w, k) => k > 0 && w.toLowerCase() !== 'of' && PREPOSITIONS.has(w.toLowerCase()),
  );
  const hasSourceWord = words.slice(0, headEnd < 0 ? words.length : headEnd).some(isSourceWord);
  // A description is a noun phrase: a clause ("the deal was signed and") is no speaker.
  if (words.length > DESCRIPTION_PHRASE_MAX_WORDS || words.some((w) => CLAUSE_WORDS.test(w)))
    return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  // Never a possessive alone ("Trump’s") nor a clause leftover ("to the party’s platform",
  // "saying Lima’s", "made by commissioner Bill"): a description opens with a determiner, a
  // number or a capital, or is a short phrase ending on its head ("local officials").
  if (/['’]s?$/u.test(last)) return false;
  const opensNounPhrase =
    DESCRIPTION_DETERMINERS.test(first) ||
    /^[\p{Lu}\d]/u.test(first) ||
    isSourceWord(first) ||
    isSourceWord(last);
  if (!opensNounPhrase || PREPOSITIONS.has(first.toLowerCase())) return false;
  return hasSourceWord || words.some((w) => isNameWord(w));
}

/** "this Berg look-alike", "that Lima double": a demonstrative, a name, then its lowercase head. */
const DEMONSTRATIVE_NAME_DESCRIPTION =
  /^(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,3}\p{Ll}[\p{Ll}’'-]*$/u;

/** An organisation by its initials right at a reporting verb ("NATO said", "the FBI said"), loose or not. */
const ACRONYM = /^(?:[Tt]he\s+)?\p{Lu}{2,6}s?$/u;

/** Most words of a description whose head no word list knows ("the progressive heavyweights" = 3). */
const LOOSE_DESCRIPTION_MAX_WORDS = 4;

/**
 * A determiner and a few lowercase words ending in a noun ("the moderator", "a narrator",
 * "another child", "the gambling tycoon"): right before or after the reporting verb of a quote,
 * such a phrase describes its speaker even when its head is in no word list.
 */
export function isLooseDescription(np: string): boolean {
  const words = np.split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  // "Another wrote, “…”": one more of the speakers just described.
  if (words.length === 1 && /^another$/iu.test(np)) return true;
  return (
    words.length >= 2 &&
    words.length <= LOOSE_DESCRIPTION_MAX_WORDS &&
    DESCRIPTION_DETERMINERS.test(words[0] ?? '') &&
    /^\p{L}+$/u.test(words[0] ?? '') &&
    words.slice(1).every(
      (w, j) =>
        // An owner may stand before the head ("the ad’s narrator").
        (/^[\p{Ll}\p{N}][\p{L}\p{N}-]*$/u.test(w) ||
          (j < words.length - 2 && /^\p{Ll}+['’]s$/u.test(w))) &&
        !CLAUSE_WORDS.test(w) &&
        !PREPOSITIONS.has(w) &&
        !DESCRIPTION_DETERMINERS.test(w),
    ) &&
    // The head is a noun: not an adverb, a participle or a pronoun ("the one", "the others").
    !/(?:ly|ing|ed)$/u.test(last) &&
    !/^(?:one|ones|other|others|same|former|latter|latest|first|last|this|that|who|which)$/u.test(
      last,
    )
  );
}

/** A speaker the text names or describes; a bare pronoun is left to the rows that resolve it. */
export const named = (found: SpeakerAttribution | null): SpeakerAttribution | null =>
  found?.speaker ? found : null;

/**
 * Turns a speaker phrase into a speaker (name, pronoun, role or description), or null. With
 * `loose`, the phrase is the whole subject of a quote's reporting verb, so any determiner-led
 * noun phrase describes the speaker (`isLooseDescription`).
 */
export function fromPhrase(
  ctx: SpeakerContext,
  phrase: string,
  at: Place,
  loose = false,
): SpeakerAttribution | null {
  const { people } = ctx.doc;
  const np = speakerPhrase(phrase);
  if (np === '' || FIRST_PERSON.test(np)) return null;
  const npWords = np.split(/\s+/u);
  if (npWords.length > 1) {
    // A subject pronoun opens a clause, never a speaker phrase ("He praised the mayor’s budget");
    // one that closes the phrase is its subject after an opener ("On the ferry, she" → "she").
    if (SUBJECT_PRONOUN.test(npWords[0] ?? '')) return null;
    const last = npWords[npWords.length - 1] ?? '';
    if (SUBJECT_PRONOUN.test(last)) return fromPhrase(ctx, last, at, loose);
  }
  // "the Vermont senator and presidential candidate": a description of two roles of one person
  // resolves through its first ("the Vermont senator").
  const firstRole = /^(the\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+and\s+[\p{L}\s-]+$/iu.exec(np)?.[1];
  const resolved =
    resolveMention(ctx.tracker, np, at) ??
    (firstRole ? resolveMention(ctx.tracker, firstRole, at) : null);
  if (resolved?.kind === 'pronoun') {
    // The pronoun a quote is resolved with is a gender cue for that person from now on.
    const found = resolved.referent;
    if (found && !found.anonymous) ctx.tracker.noteGender(found.speaker, genderOf(np));
    return found;
  }
  // "this Berg look-alike": a demonstrative, a name and a lowercase noun describe someone the
  // name only modifies (an impersonator, a rival), never the named person.
  if (DEMONSTRATIVE_NAME_DESCRIPTION.test(np)) {
    return { speaker: np.charAt(0).toLowerCase() + np.slice(1), role: null, anonymous: true };
  }
  // A name inside quotation marks is a title ("on “Morning Tides,” host Ana Lima said"), never
  // the speaker; a comma inside them ends no head.
  const masked = maskQuotations(np);
  // A lone capitalized word counts as a person only when the story knows it as one.
  const names = headNames(np).filter(
    (n) =>
      masked.slice(n.start, n.end).trim() !== '' &&
      (n.name.includes(' ') ||
        n.introduced ||
        people.names.includes(fullestName(n.name, people)) ||
        n.name === np),
  );
  // The head comes before an appositive ("Gene Lund, a former Berg adviser" → Gene Lund), and
  // a name that modifies the head noun is not the speaker ("one Berg campaign source").
  const headEnd = masked.indexOf(',') >= 0 ? masked.indexOf(',') : np.length;
  // After a determiner, any lowercase noun makes the name its modifier ("the Berg supporter",
  // "one Lima confidant").
  const modifies = (n: { start: number; end: number }) => {
    // A name after the head noun is the one it introduces ("the Lisbon daily Correio").
    const all = np.slice(n.end, headEnd).trim().split(/\s+/u);
    const cap = all.findIndex((w, j) => j > 0 && /^\p{Lu}/u.test(w));
    const rest = cap > 0 && !PREPOSITIONS.has(all[0] ?? '') ? all.slice(0, cap) : all;
    const opener = np.slice(0, n.start).trim();
    return (
      rest.length > 0 &&
      rest[0] !== '' &&
      rest.every((w) => /^\p{Ll}[\p{Ll}’'-]*$/u.test(w) && !CLAUSE_WORDS.test(w)) &&
      (rest.some(isSourceHead) ||
        // A determiner and any adjectives ("the", "the printed") before the name.
        (DESCRIPTION_DETERMINERS.test(opener.split(/\s+/u)[0] ?? '') &&
          opener
            .split(/\s+/u)
            .slice(1)
            .every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !CLAUSE_WORDS.test(w))))
    );
  };
  const inHead = names.filter((n) => n.end <= headEnd);
  const m = (inHead.length > 0 ? inHead : names).filter((n) => !modifies(n)).pop();
  if (m) return namedSpeaker(ctx, m.name, m.role);
  // "the spokeswoman added", "the former minister told": the last person with that role;
  // "the 71-year-old said", "the grandmother-of-six told": the last fitting named person.
  if (resolved?.referent) return resolved.referent;
  const words = np.split(/\s+/u);
  return isDescription(words) ||
    ACRONYM.test(np) ||
    (loose && isLooseDescription(np)) ||
    (firstRole !== undefined && isDescription(firstRole.split(/\s+/u)))
    ? { speaker: describe(np), role: null, anonymous: true }
    : null;
}
