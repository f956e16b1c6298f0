/**
 * Shared helpers for people and roles: word tokens, speech verbs, person-name detection from
 * capitalization, role phrases and normalization of a surname to the fullest name in the story.
 * No list of specific people: names come from capitalization patterns plus small word lists.
 */

import {
  CAPITALIZED_STOPWORDS,
  HONORIFICS,
  INITIALISMS,
  NAME_PARTICLES,
  ORG_WORDS,
  ORGANIZATION_HEADS,
  PARTY_MEMBERS,
  PERSON_NOUNS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SOURCE_NOUNS,
} from './lexicon';
import { words } from './lexicon/words';
import { memoized } from './memo';
import { attributiveBefore } from './name-attributive';
import { loneWillAt, nameLikeAt } from './name-like';
import { indexMentions, type PersonIndex, stripPossessive } from './people-index';
import { type Token, tokenize } from './tokens';

export {
  fullestName,
  fullestNameAt,
  indexMentions,
  isKnownSurname,
  type PersonIndex,
  stripPossessive,
} from './people-index';

/** A person named in a text, with the role phrase that introduces them when there is one. */
export interface NameMention {
  /** The name as written, honorifics and possessive "’s" removed ("Dmitry Peskov", "Putin"). */
  name: string;
  /** Role phrase as written ("Kremlin spokesperson", "U.S. President-elect"), or null. */
  role: string | null;
  start: number;
  end: number;
  /** True when the name is introduced by a role or honorific (so one word is still a person). */
  introduced: boolean;
}

/** ORG_WORDS that are also common first names: leading a multi-word run, they start a person's name. */
const FIRST_NAME_ORG_WORDS = new Set(['bill']);
/** Role adjectives that, capitalized at a sentence start, still never begin a person's name. */
const NEVER_FIRST_NAME = new Set(['former', 'outgoing', 'incoming', 'acting', 'interim']);

/**
 * ORG_WORDS that are also common surnames ("Ana West", "Tom Hall Berg"): after a first word, in
 * a run of two or three words that a person's role follows (", a professor"), they are part of
 * the name.
 */
const SURNAME_ORG_WORDS = new Set(words('hall west east north south park lane church'));

/** Longest role phrase looked at before a name, in words ("Real estate mogul" = 3). */
const MAX_ROLE_WORDS = 4;

/** Most words a person name can have ("Martin Luther King Jr." = 4). */
const MAX_NAME_WORDS = 4;

/** Whether a word is capitalized like a name word ("Peskov", "O’Brien", "McDonald", "J."). */
export function isNameWord(word: string): boolean {
  // Most words open with a small ASCII letter or digit, no name word; others: once per story.
  const first = word.charCodeAt(0);
  if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) return false;
  return capitalizedNameWord(word);
}
const capitalizedNameWord = memoized((word: string): boolean => {
  if (/^\p{Lu}\.$/u.test(word)) return true;
  // Initials ("P.J. Crowley", "J.K. Rowling"), but not the initialisms of places and times.
  if (/^(?:\p{Lu}\.){2,3}$/u.test(word)) return !INITIALISMS.has(word);
  const bare = stripPossessive(word);
  if (!/^\p{Lu}/u.test(bare) || !/\p{Ll}/u.test(bare)) return false;
  // A US party and state after a name ("R-Texas", "D-Ore."), not a name of its own.
  if (/^[DRI]-\p{Lu}/u.test(bare)) return false;
  if (/\d/.test(bare)) return false;
  return !CAPITALIZED_STOPWORDS.has(bare.toLowerCase());
});

/** Whether a word names a role or office ("spokesperson", "President-elect"). */
export function isRoleNoun(word: string): boolean {
  const lower = stripPossessive(word).toLowerCase();
  return ROLE_NOUNS.has(lower) || /-elect$/.test(lower) || /^(?:ex|vice)-/.test(lower);
}

/** Whether only spaces separate two tokens (no punctuation in between). */
function adjacent(text: string, a: Token, b: Token): boolean {
  // A soft hyphen or zero-width character left by a page's typesetting is no gap ("Doug \u00adLee").
  return /^[\s\u00ad\u200b-\u200d\u2060]*\s[\s\u00ad\u200b-\u200d\u2060]*$/u.test(
    text.slice(a.end, b.start),
  );
}

/** The role phrase right before token `i` (exclusive), as token range, or null. */
function roleBefore(text: string, tokens: Token[], i: number): { from: number; to: number } | null {
  // Contiguous role: "Kremlin spokesperson Dmitry Peskov", "U.S. President-elect Trump".
  let j = i - 1;
  const prev = tokens[j];
  const cur = tokens[i];
  if (prev && cur && adjacent(text, prev, cur) && isRoleNoun(prev.text)) {
    let from = j;
    while (from - 1 >= 0 && i - (from - 1) <= MAX_ROLE_WORDS) {
      const t = tokens[from - 1];
      const after = tokens[from];
      if (!t || !after || !/^\s+$/u.test(text.slice(t.end, after.start))) break;
      const lower = t.text.toLowerCase();
      const capitalLike = /^\p{Lu}/u.test(t.text) && !CAPITALIZED_STOPWORDS.has(lower);
      if (!(capitalLike || ROLE_MODIFIERS.has(lower) || isRoleNoun(t.text))) break;
      from--;
    }
    return { from, to: j };
  }
  // Appositive role before a comma: "Trump’s communications director, Steven Cheung".
  if (prev && cur && /^\s*,\s*$/u.test(text.slice(prev.end, cur.start)) && isRoleNoun(prev.text)) {
    let from = j;
    while (from - 1 >= 0 && j - (from - 1) < MAX_ROLE_WORDS) {
      const t = tokens[from - 1];
      const after = tokens[from];
      if (!t || !after || !/^\s+$/u.test(text.slice(t.end, after.start))) break;
      const lower = t.text.toLowerCase();
      if (['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes(lower)) break;
      if (CAPITALIZED_STOPWORDS.has(lower) && !/['’]s$/u.test(t.text)) break;
      from--;
    }
    const lead = text.slice(0, tokens[from]?.start ?? 0);
    // Only when the role opens its clause, so "... the director, Smith" is not misread.
    if (/(?:^|[.;:,—–(]\s*)$/u.test(lead)) return { from, to: j };
  }
  j = i;
  return null;
}

/** The role phrase after a name: "Jane Doe, a spokeswoman for Acme," → "spokeswoman for Acme". */
function roleAfter(text: string, end: number): string | null {
  const rest = text.slice(end);
  const m =
    /^,\s+(?:(?:a|an|the)\s+)?((?:[\p{L}’'.-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:of|for|at|to)\s+(?:the\s+)?[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*)*)?)\s*[,.]/u.exec(
      rest,
    );
  if (!m?.[1] || !m[2] || !isRoleNoun(m[2])) return null;
  const words = m[1].split(/\s+/u);
  if (words.some((w) => ['who', 'which', 'that', 'said', 'says'].includes(w.toLowerCase()))) {
    return null;
  }
  return m[1].trim();
}

/** Whether ", a/an/the …" with a role noun in its first four words follows `end` (", an education professor at …"). */
function personAppositive(text: string, end: number): boolean {
  const m = /^,\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(text.slice(end));
  return (m?.[1] ?? '').split(/\s+/u).some((w) => isRoleNoun(w));
}

/**
 * Whether token `n` is a nickname in double quotes between two name words ("Ana “Nana” Lima"):
 * it stays inside the run but is no word of the name.
 */
function nicknameAt(text: string, tokens: Token[], n: number): boolean {
  const [a, b, c] = [tokens[n - 1], tokens[n], tokens[n + 1]];
  if (!a || !b || !c || !isNameWord(a.text) || !isNameWord(b.text) || !isNameWord(c.text)) {
    return false;
  }
  return (
    /^\s+["“]$/u.test(text.slice(a.end, b.start)) && /^["”]\s+$/u.test(text.slice(b.end, c.start))
  );
}

/** The last token of the maximal run of name words from token i (particles and initials allowed). */
function nameRunEnd(text: string, tokens: Token[], i: number): number {
  let k = i;
  while (k + 1 < tokens.length) {
    const a = tokens[k];
    const b = tokens[k + 1];
    if (a && b && !/['’]s$/u.test(a.text) && nicknameAt(text, tokens, k + 1)) {
      k += 2;
      continue;
    }
    if (!a || !b || !adjacent(text, a, b) || /['’]s$/u.test(a.text)) break;
    const c = tokens[k + 2];
    if (isNameWord(b.text) || (isNameWord(a.text) && nameLikeAt(text, tokens, k + 1, k))) k++;
    else if (NAME_PARTICLES.has(b.text) && c && adjacent(text, b, c) && isNameWord(c.text)) {
      k += 2;
    } else break;
  }
  return k;
}

const isHonorific = (word: string): boolean =>
  HONORIFICS.has(word.replace(/\.$/, '').toLowerCase());

/**
 * Where the name starts in the run i..k once role nouns and honorifics at its head are stripped
 * ("President Volodymyr Zelenskiy"), the role phrase that introduces it, and whether it is
 * introduced (so one word is still a person).
 */
function runHead(
  text: string,
  tokens: Token[],
  i: number,
  k: number,
): { from: number; role: { from: number; to: number } | null; introduced: boolean } {
  let from = i;
  for (let r = k - 1; r >= i; r--) {
    const t = tokens[r];
    // A party before a full name is a role too ("Republican Ana Lima", "Democrat Tomas Berg").
    const party = k - r >= 2 && PARTY_MEMBERS.has(t?.text.toLowerCase() ?? '');
    if (t && (isRoleNoun(t.text) || isHonorific(t.text) || party)) {
      from = r + 1;
      break;
    }
  }
  if (from === i) {
    const role = roleBefore(text, tokens, from);
    return { from, role, introduced: role !== null };
  }
  if (!isHonorific(tokens[from - 1]?.text ?? '')) {
    return {
      from,
      role: roleBefore(text, tokens, from) ?? { from: i, to: from - 1 },
      introduced: true,
    };
  }
  // An honorific is not a role; a role noun before it is ("Chancellor Dr. Ana Lima").
  const before = from - 1 > i ? { from: i, to: from - 2 } : null;
  return {
    from,
    role: before && isRoleNoun(tokens[before.to]?.text ?? '') ? before : null,
    introduced: true,
  };
}

/** Finds person names in a text, with their role phrases (no specific-person lists). */
export const findNames = (text: string): NameMention[] => namesIn(text).slice();
// Once per text and story (memo.ts): a fresh list each call, its mentions shared and unchanged.
const namesIn = memoized((text: string): NameMention[] => {
  const tokens = tokenize(text);
  const mentions: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (
      !first ||
      !(
        isNameWord(first.text) ||
        (isNameWord(tokens[i + 1]?.text ?? '') && nameLikeAt(text, tokens, i, i + 1)) ||
        loneWillAt(text, tokens, i)
      )
    ) {
      i++;
      continue;
    }
    // "Former Lima aide Ana Costa": a capitalized role adjective opens no name.
    if (NEVER_FIRST_NAME.has(first.text.toLowerCase())) {
      i++;
      continue;
    }
    const k = nameRunEnd(text, tokens, i);
    // A participle opening the sentence is not a first name ("Telling Ana Lima the news, …").
    if (k - i >= 2 && first.start === 0 && /^\p{Lu}\p{Ll}{3,}ing$/u.test(first.text)) {
      i++;
      continue;
    }
    let { from, role, introduced } = runHead(text, tokens, i, k);
    const isOrgWord = (t: Token, n: number, run: Token[]) =>
      ORG_WORDS.has(stripPossessive(t.text).toLowerCase()) &&
      !(n === 0 && run.length > 1 && FIRST_NAME_ORG_WORDS.has(t.text.toLowerCase()));
    // A quoted nickname inside the run is no word of the name ("Ana “Nana” Lima" is Ana Lima).
    let words = tokens.slice(from, k + 1).filter((_, n) => !nicknameAt(text, tokens, from + n));
    // "Secretary of State Hillary Rodham Clinton": after "<role> of", an organization word
    // that ends the title before two or more name words leaves the name after it.
    const lastOrg = words.findLastIndex((t, n) => isOrgWord(t, n, words));
    const titled = tokens[i - 1]?.text === 'of' && isRoleNoun(tokens[i - 2]?.text ?? '');
    if (titled && lastOrg >= 0 && words.length - lastOrg - 1 >= 2) {
      const tail = words.slice(lastOrg + 1);
      if (
        !tail.some((t, n) => isOrgWord(t, n, tail)) &&
        tail.every((t) => /\p{Ll}/u.test(t.text))
      ) {
        role = { from: i, to: from + lastOrg };
        from += lastOrg + 1;
        introduced = true;
        words = tail;
      }
    }
    const last = words[words.length - 1];
    // "Bill" opens a person's name ("Bill Shorten") as often as it names a law ("Finance Bill").
    const orgWordAt = (t: Token, n: number) =>
      ORG_WORDS.has(stripPossessive(t.text).toLowerCase()) &&
      !(n === 0 && words.length > 1 && FIRST_NAME_ORG_WORDS.has(t.text.toLowerCase()));
    const surnameWithRole =
      words.length >= 2 &&
      words.length <= 3 &&
      last !== undefined &&
      words.every(
        (t, n) =>
          !orgWordAt(t, n) ||
          (n > 0 && SURNAME_ORG_WORDS.has(stripPossessive(t.text).toLowerCase())),
      ) &&
      personAppositive(text, last.end);
    const orgLike = !surnameWithRole && words.some(orgWordAt);
    const firstWord = words[0];
    // "the Wisconsin Republican", "a New Hampshire Democrat": a party member described by
    // place, not a person's name, however capitalised.
    const partyMember =
      words.length > 1 && PARTY_MEMBERS.has(stripPossessive(last?.text ?? '').toLowerCase());
    // "the Lusitanian minister", "Freedonian officials": an adjective, not a name.
    const attributive = !introduced && attributiveBefore(text, tokens, from, k);
    if (
      last &&
      firstWord &&
      !orgLike &&
      !partyMember &&
      !attributive &&
      words.length <= MAX_NAME_WORDS
    ) {
      const name = [...words.slice(0, -1).map((t) => t.text), stripPossessive(last.text)]
        .join(' ')
        .replace(/\s+/g, ' ');
      const after = roleAfter(text, last.end);
      const roleText = role
        ? text.slice(tokens[role.from]?.start ?? 0, tokens[role.to]?.end ?? 0)
        : after;
      if (words.length >= 2 || introduced || after) {
        mentions.push({
          name,
          role: roleText,
          start: firstWord.start,
          end: last.start + stripPossessive(last.text).length,
          introduced: introduced || after !== null,
        });
      } else {
        mentions.push({
          name,
          role: null,
          start: firstWord.start,
          end: last.start + stripPossessive(last.text).length,
          introduced: false,
        });
      }
    }
    i = k + 1;
  }
  return mentions;
});

/** Builds the index of people named in a story's texts (multi-word or role-introduced names). */
export function indexPeople(texts: string[]): PersonIndex {
  return indexMentions(texts.map(findNames), texts);
}

/**
 * A head noun that makes a phrase a possible source: a role, a source noun, a person noun or an
 * organisation's head noun ("the Lund campaign", "the harbour team").
 */
export const isSourceHead = (w: string): boolean => {
  const lower = w.toLowerCase();
  return (
    isRoleNoun(w) ||
    SOURCE_NOUNS.has(lower) ||
    PERSON_NOUNS.has(lower) ||
    ORGANIZATION_HEADS.has(lower)
  );
};

/** Irregular past tenses that follow a subject ("the Lund campaign took the step"), never a noun. */
const IRREGULAR_PAST =
  /^(?:took|made|gave|sent|got|went|came|told|wrote|ran|held|kept|spent|won|saw|found|brought|bought|began|became|met|sought|struck|threw|drew|stood|led)$/u;

/** Nouns ending in -ly, which an organisation noun may modify ("the campaign rally"). */
const LY_NOUNS = /^(?:rally|family|ally|supply|assembly|anomaly|monopoly|homily|tally|belly)$/u;

/**
 * An organisation noun followed by another lowercase word that does not read as a verb modifies
 * that word ("a retired school cook"), while "the Lund campaign called" has its head, and so has
 * "the Lund campaign quickly sent" (an adverb before the verb).
 */
export const nounBeforeNoun = (w: string, next: string | undefined): boolean =>
  ORGANIZATION_HEADS.has(w.toLowerCase()) &&
  !SOURCE_NOUNS.has(w.toLowerCase()) &&
  next !== undefined &&
  /^\p{Ll}/u.test(next) &&
  !/^(?:\p{Ll}+(?:ed|ing|s)|is|was|has|had|will|would|can|could|did)$/u.test(next) &&
  !(/^\p{Ll}{4,}ly$/u.test(next) && !LY_NOUNS.test(next)) &&
  !IRREGULAR_PAST.test(next);

/** Whether word `k` of a phrase is its source head ("the Lund campaign", not "a school cook"). */
export const isHeadAt = (words: string[], k: number): boolean =>
  isSourceHead(words[k] ?? '') && !nounBeforeNoun(words[k] ?? '', words[k + 1]);
