/**
 * The people index of a story: its full names in order with their roles and how often each is
 * written out, and the fullest name a surname or short name stands for (`fullestName`).
 */
import { HONORIFICS } from './lexicon';
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
}

/** Builds the index of people from the name mentions of each text, in order. */
export function indexMentions(mentionsByText: NameMention[][]): PersonIndex {
  const names: string[] = [];
  const roles = new Map<string, string | null>();
  const counts = new Map<string, number>();
  const singles: { name: string; role: string | null }[] = [];
  for (const mentions of mentionsByText) {
    for (const m of mentions) {
      if (m.name.split(' ').length >= 2) {
        counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
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
  return { names, roles, mentions: counts };
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

function findFullestName(name: string, people: PersonIndex): string {
  const words = name
    .split(/\s+/u)
    .filter((w) => !HONORIFICS.has(w.replace(/\.$/, '').toLowerCase()))
    .map(stripPossessive);
  const surname = words[words.length - 1];
  if (!surname) return name;
  let best = words.join(' ');
  // A first name alone ("Dorothy says") stands for the one person of the story with that first
  // name, unless it is also someone's surname.
  if (words.length === 1 && !people.names.some((n) => n.endsWith(` ${surname}`))) {
    const byFirst = people.names.filter((n) => n.startsWith(`${surname} `));
    if (byFirst.length === 1 && byFirst[0]) return byFirst[0];
  }
  // The story's names of that surname, grouped by person: a name whose words all sit in a
  // longer one is that person ("Ana Lima" in "Ana Maria Lima"), written out as the longest.
  const count = (n: string) => people.mentions?.get(n) ?? 0;
  const lower = (n: string) => n.toLowerCase().split(' ');
  const within = (a: string, b: string) => lower(a).every((w) => lower(b).includes(w));
  const groups: { name: string; mentions: number }[] = [];
  for (const full of people.names) {
    const fw = full.split(' ');
    if (fw[fw.length - 1] !== surname) continue;
    if (words.length > 1 && !words.every((w) => fw.includes(w))) continue;
    const group = groups.find((g) => within(g.name, full) || within(full, g.name));
    if (!group) groups.push({ name: full, mentions: count(full) });
    else {
      group.mentions += count(full);
      group.name = longerSpelling(group.name, full, count);
    }
  }
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
