/**
 * The people index of a story: its full names in order with their roles and how often each is
 * written out, and the fullest name a surname or short name stands for (`fullestName`).
 */
import { HONORIFICS } from './lexicon';
import { memoized } from './memo';
import type { NameMention } from './names';

/** The word without a possessive ending ("Biden’s" → "Biden"). */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '');
}

/** The people of a story: full names (two words or more) and their first known role. */
export interface PersonIndex {
  /** Full names in order of first appearance. */
  names: string[];
  roles: Map<string, string | null>;
  /** How many times each full name is written out (absent: none counted). */
  mentions?: Map<string, number>;
  /**
   * The texts (sentences) whose first name is each full name, in order (absent: positions
   * unknown).
   */
  at?: Map<string, number[]>;
  /**
   * Full names written out somewhere other than at a text's start: a capitalized word run into a
   * surname at a sentence's start ("Despite Lima") never is.
   */
  inside?: Set<string>;
}

/** Most words before a text's first name for it to be the text's subject ("On Monday," = 2). */
const SUBJECT_MAX_WORDS = 3;

/**
 * Whether a mention is its text's subject, the person the text is about: its first name, a few
 * words at most after the start or a dateline ("On Monday, Ana Lima …", "HAVANA — Ana Lima …"),
 * and not an owner ("Ana Lima’s aide …"). Without the text, its first name.
 */
function opensText(m: NameMention, text: string | undefined, first: boolean): boolean {
  if (!first) return false;
  if (text === undefined) return true;
  const before = text.slice(0, m.start).replace(/^.*[—–]/su, '');
  const words = before.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length <= SUBJECT_MAX_WORDS && !/^['’]/u.test(text.slice(m.end, m.end + 1));
}

/** A word right before a name that makes it a place or a thing: an article or a place preposition. */
const PLACE_BEFORE =
  /(?<!\p{L})(?:the|in|near|at|outside|inside|across|throughout|around)\s+(?:nearby\s+|downtown\s+)?$/iu;

/** A sentence opening on a place: "On Tarn Hill, …", "Near Port Selby, …" ("on" inside a sentence may govern a person: "a bet on Ana Lima"). */
const OPENING_PLACE = /^(?:On|Near|Off)\s+$/u;

/**
 * Names a story writes only as places or things ("west of the Tarn Keys", "in Port Selby", "at
 * the Harlow Monument"): every mention comes right after "the" or a place preposition and none
 * is an owner ("in Ana Lima’s view"). A person is written bare somewhere ("Ana Lima said", "told
 * Ana Lima"), so a capitalized pair such as "Tarn Keys" never becomes a person whose first name
 * ("Tarn") labels then complete. Evidence: an island chain and a city named only after "the" and
 * "in" entered the people index of news-figures pages, and a figure label near the islands
 * completed the state's name with theirs.
 */
export function placeNames(mentionsByText: NameMention[][], texts: string[]): Set<string> {
  const placeLike = new Map<string, boolean>();
  for (const [t, mentions] of mentionsByText.entries()) {
    const text = texts[t] ?? '';
    for (const m of mentions) {
      const place =
        (PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) ||
          OPENING_PLACE.test(text.slice(0, m.start))) &&
        !/^['’]/u.test(text.slice(m.end, m.end + 1));
      placeLike.set(m.name, (placeLike.get(m.name) ?? true) && place);
    }
  }
  return new Set([...placeLike].filter(([, place]) => place).map(([name]) => name));
}

/**
 * Builds the index of people from the name mentions of each text, in order (`texts`: the texts
 * themselves, to tell which name is a text's subject, and which names are places: `placeNames`).
 */
export function indexMentions(mentionsByText: NameMention[][], texts?: string[]): PersonIndex {
  const places = texts ? placeNames(mentionsByText, texts) : new Set<string>();
  const names: string[] = [];
  const roles = new Map<string, string | null>();
  const counts = new Map<string, number>();
  const at = new Map<string, number[]>();
  const inside = new Set<string>();
  const singles: { name: string; role: string | null }[] = [];
  for (const [t, mentions] of mentionsByText.entries()) {
    for (const m of mentions) {
      if (places.has(m.name)) continue;
      if (m.name.split(' ').length >= 2) {
        counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
        const where = at.get(m.name);
        if (!opensText(m, texts?.[t], m === mentions[0])) {
        } else if (!where) at.set(m.name, [t]);
        else where.push(t);
        if (m.start > 0) inside.add(m.name);
        if (!roles.has(m.name)) {
          names.push(m.name);
          roles.set(m.name, m.role);
        } else if (!roles.get(m.name) && m.role) roles.set(m.name, m.role);
      } else if (m.introduced) singles.push({ name: m.name, role: m.role });
    }
  }
  // Roles given with a surname only ("President Putin") fill the full name's role.
  for (const s of singles) {
    const full = fullestName(s.name, { names, roles });
    if (full !== s.name) {
      if (!roles.get(full) && s.role) roles.set(full, s.role);
    } else if (!roles.has(s.name)) {
      names.push(s.name);
      roles.set(s.name, s.role);
    }
  }
  return { names, roles, mentions: counts, at, inside };
}

/**
 * Answers of fullestName per people list: a story asks about the same few names thousands of
 * times (every mention, every candidate), and each answer reads the whole list. A list only
 * grows, so its length tells whether the answers still hold.
 */
const FULLEST_NAMES = new WeakMap<
  readonly string[],
  { length: number; answers: Map<string, string> }
>();

/** Normalizes a name to the fullest name of the story sharing its surname ("Putin" → "Vladimir Putin"). */
export function fullestName(name: string, people: PersonIndex): string {
  let memo = FULLEST_NAMES.get(people.names);
  if (!memo || memo.length !== people.names.length) {
    memo = { length: people.names.length, answers: new Map() };
    FULLEST_NAMES.set(people.names, memo);
  }
  let answer = memo.answers.get(name);
  if (answer === undefined) {
    answer = findFullestName(name, people);
    memo.answers.set(name, answer);
  }
  return answer;
}

/**
 * A name's words without honorifics and possessive endings ("Mr. Lima’s" → ["Lima"]); asked for
 * every name mention, so answered once per story (callers only read the array).
 */
const bareWords = memoized((name: string): string[] =>
  name
    .split(/\s+/u)
    .filter((w) => !HONORIFICS.has(w.replace(/\.$/, '').toLowerCase()))
    .map(stripPossessive),
);

/** One person of a surname: the spelling the story's name is, and every spelling written out. */
interface SurnameGroup {
  name: string;
  mentions: number;
  spellings: string[];
}

/**
 * The story's names of a name's surname, grouped by person: a name whose words all sit in a
 * longer one is that person ("Ana Lima" in "Ana Maria Lima"), written out as the longest.
 */
function surnameGroups(words: string[], people: PersonIndex): SurnameGroup[] {
  const surname = words[words.length - 1];
  const count = (n: string) => people.mentions?.get(n) ?? 0;
  const lower = (n: string) => n.toLowerCase().split(' ');
  const within = (a: string, b: string) => lower(a).every((w) => lower(b).includes(w));
  const groups: SurnameGroup[] = [];
  for (const full of people.names) {
    const fw = full.split(' ');
    if (fw[fw.length - 1] !== surname) continue;
    if (words.length > 1 && !words.every((w) => fw.includes(w))) continue;
    const group = groups.find((g) => within(g.name, full) || within(full, g.name));
    if (!group) groups.push({ name: full, mentions: count(full), spellings: [full] });
    else {
      group.mentions += count(full);
      group.name = longerSpelling(group.name, full, count);
      group.spellings.push(full);
    }
  }
  return groups;
}

function findFullestName(name: string, people: PersonIndex): string {
  const words = bareWords(name);
  const surname = words[words.length - 1];
  if (!surname) return name;
  let best = words.join(' ');
  // A first name alone ("Dorothy says") stands for the one person of the story with that first
  // name, unless it is also someone's surname.
  if (words.length === 1 && !people.names.some((n) => n.endsWith(` ${surname}`))) {
    const byFirst = people.names.filter((n) => n.startsWith(`${surname} `));
    if (byFirst.length === 1 && byFirst[0]) return byFirst[0];
  }
  const groups = surnameGroups(words, people);
  // The longest person's name wins (the first of equal length), unless a shorter one is written
  // out more often: a capitalized word run into a name once ("Harbour Town Lima") is not the
  // "Ana Lima" of the whole story.
  const length = (n: string) => n.split(' ').length;
  let pick: { name: string; mentions: number } | undefined;
  for (const g of groups) if (!pick || length(g.name) > length(pick.name)) pick = g;
  for (const g of groups) {
    if (pick && length(g.name) < length(pick.name) && g.mentions > pick.mentions) pick = g;
  }
  if (pick && length(pick.name) >= length(best)) best = pick.name;
  return best;
}

/**
 * Which of two spellings of one person the story's name is: the longer ("Ana Maria Lima" over
 * "Ana Lima"), unless the longer only adds leading words and is written out no more often than the
 * shorter: "Unlike Ana Lima" once, "Ana Lima" twice, is a sentence's first word run into the name;
 * "The Real Ana Lima", a title-cased heading, once against "Ana Lima" once.
 */
function longerSpelling(a: string, b: string, count: (n: string) => number): string {
  const [short, long] = a.split(' ').length >= b.split(' ').length ? [b, a] : [a, b];
  if (long.split(' ').length === short.split(' ').length) return a;
  const prefixed = long.endsWith(` ${short}`);
  return prefixed && count(long) <= count(short) ? short : long;
}

/** Whether a single capitalized word is a known person's surname in the story. */
export function isKnownSurname(word: string, people: PersonIndex): boolean {
  const bare = stripPossessive(word);
  return people.names.some((n) => n === bare || n.endsWith(` ${bare}`));
}

/** Most words of a family member's name read by position ("Hillary Rodham Clinton" = 3). */
const MAX_FAMILY_NAME_WORDS = 3;

/** Answers of fullestNameAt's surname groups per people list (see FULLEST_NAMES). */
const FAMILIES = new WeakMap<
  readonly string[],
  { length: number; groups: Map<string, SurnameGroup[]> }
>();

/** Sentences before a bare surname within which a family member named in full is the one meant. */
const FAMILY_LOCAL_SENTENCES = 1;

/**
 * The person a name stands for at a place in the story (`text`: the index of its sentence).
 * A bare surname shared by several people of the story ("Clinton" for Bill and Hillary Clinton)
 * is the one named in full within the sentences just before it ("Bill Clinton spoke first.
 * Clinton said …"); otherwise, and for any other name, `fullestName`.
 */
export function fullestNameAt(name: string, people: PersonIndex, text: number): string {
  const full = fullestName(name, people);
  const words = bareWords(name);
  const surname = words[0];
  if (words.length !== 1 || !surname || !people.at) return full;
  let memo = FAMILIES.get(people.names);
  if (!memo || memo.length !== people.names.length) {
    memo = { length: people.names.length, groups: new Map() };
    FAMILIES.set(people.names, memo);
  }
  let family = memo.groups.get(surname);
  if (!family) {
    family = surnameGroups(words, people).filter(
      (g) => g.name.split(' ').length <= MAX_FAMILY_NAME_WORDS,
    );
    memo.groups.set(surname, family);
  }
  if (family.length < 2) return full;
  let pick: string | null = null;
  let last = text - FAMILY_LOCAL_SENTENCES - 1;
  for (const g of family) {
    // A word run into the surname at a sentence's start ("Despite Lima") is no one: a person
    // is written out inside a sentence somewhere, or more than once.
    if (!g.spellings.some((n) => people.inside?.has(n)) && g.mentions < 2) continue;
    for (const spelling of g.spellings) {
      const before = people.at.get(spelling)?.findLast((t) => t < text);
      if (before !== undefined && before > last) {
        last = before;
        pick = g.name;
      }
    }
  }
  return pick ?? full;
}
