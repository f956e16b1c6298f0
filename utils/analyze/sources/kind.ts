/**
 * What a source phrase is, read off its head noun and the story's people: the helpers the source
 * rules (rules.ts) and the quote speakers' kinds share.
 */
import type { Source } from '../../summary';
import type { AnnotatedDocument } from '../annotate';
import {
  DOCUMENT_HEADS,
  LISTS,
  MONTH_ABBREVIATIONS,
  ORG_WORDS,
  ORGANIZATION_HEADS,
  PARTY_MEMBERS,
  PERSON_NOUNS,
} from '../lexicon';
import { findNames, fullestName, isNameWord, isRoleNoun, type PersonIndex } from '../names';

/** Nouns that make an unnamed phrase a person-like source ("two officials", "one source"). */
const ANONYMOUS_HEADS =
  /^(?:sources?|officials?|insiders?|person|people|diplomats?|aides?|advis[eo]rs?|analysts?|experts?|executives?|witness(?:es)?|investigators?|spokes(?:person|man|woman|people)|residents?|employees?|members?|officers?|leaders?|bankers?|traders?|lawmakers?|negotiators?|auditors?|researchers?|scientists?|economists?|observers?|critics?|supporters?|opponents?|voters?|organizers?|organisers?|narrators?)$/iu;

/** Words that end a source phrase's head noun: prepositions, relative words, participles. */
const HEAD_END =
  /^(?:of|for|at|in|on|with|from|by|to|who|that|which|familiar|close|briefed|involved|presented|released|published|issued|filed|obtained|seen|reviewed|posted|made|dated|tracking|showing|analyzing|analysing)$/iu;

/** Number and quantity words that head "three of the sources" (the head is then after "of"). */
const QUANTITY =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|several|none|all|each|both|few|\d+)$/iu;

/** Words that make a phrase a clause fragment, not a noun phrase ("members will help him …"). */
export const FRAGMENT_WORD =
  /^(?:him|them|me|us|what|will|would|could|should|can|do|does|did|want|wants|wanted|still|if|whether|how|why)$/iu;

/** Most words in a source phrase; longer ones are clauses (unit: words). */
export const MAX_PHRASE_WORDS = 14;

/** The words of a phrase, edge punctuation removed. */
export const wordsOf = (phrase: string): string[] =>
  phrase
    .split(/\s+/u)
    .map((w) => w.replace(/^[“"‘(]+|[”"’),;:.]+$/gu, ''))
    .filter(Boolean);

/**
 * The head noun of a source phrase, lowercased, possessive dropped: the last word before a
 * preposition, relative word or participle ("figures from the council" → "figures", "five
 * insiders familiar with …" → "insiders"); after a quantity and "of", the noun that follows
 * ("three of the sources" → "sources").
 */
export function headOf(phrase: string): string {
  const ws = wordsOf(phrase);
  const end = ws.findIndex((w, i) => i > 0 && HEAD_END.test(w));
  let head = (end > 0 ? ws.slice(0, end) : ws).at(-1) ?? '';
  if (end > 0 && QUANTITY.test(head) && /^of$/iu.test(ws[end] ?? ''))
    head = headOf(
      ws
        .slice(end + 1)
        .join(' ')
        .replace(/^the\s+/iu, ''),
    );
  return head.replace(/['’]s?$/u, '').toLowerCase();
}

/** Whether a head noun names people ("officials", "residents", "engineers", "a former chairman"). */
function peopleHead(head: string): boolean {
  if (ORGANIZATION_HEADS.has(head) || DOCUMENT_HEADS.has(head)) return false;
  return (
    ANONYMOUS_HEADS.test(head) ||
    PERSON_NOUNS.has(head) ||
    PARTY_MEMBERS.has(head) ||
    isRoleNoun(head) ||
    (/s$/u.test(head) && isRoleNoun(head.slice(0, -1)))
  );
}

/**
 * The kind of an unnamed source phrase by its head noun, or null when the head names none of
 * them: a document ("the commission's report"), people ("two officials"), an organization ("the
 * port authority", "the Federal Bureau of Prisons").
 */
export function unnamedKind(phrase: string): Exclude<Source['kind'], 'named'> | null {
  const head = headOf(phrase);
  if (DOCUMENT_HEADS.has(head)) return 'document';
  if (peopleHead(head)) return 'anonymous';
  if (ORGANIZATION_HEADS.has(head) || ORG_WORDS.has(head)) return 'organization';
  return null;
}

/**
 * A document's name without the when and how of its release ("a poll released last week" → "a
 * poll"), so the same document cited twice is one source.
 */
export const documentName = (phrase: string): string =>
  phrase
    .replace(
      /\s+(?:released|published|issued|presented|posted|made public|dated|seen|obtained|reviewed|leaked)\b.*$/iu,
      '',
    )
    .replace(/\s+(?:last|this|on)\s+\p{L}+$/u, '')
    .trim();

/** The named author of a document phrase: "figures from the Lake Carriers Council" → "the Lake Carriers Council". */
export const authorOf = (phrase: string): string | undefined =>
  // "figures the State Highway Patrol released": the author between the document and its verb.
  /^(?:\S+\s+){1,4}?((?:the\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+(?:of|for|and|&|\p{Lu}[\p{L}&.'’-]*))*)\s+(?:released|published|issued|compiled|gathered)\b/u.exec(
    phrase,
  )?.[1] ??
  /(?<!\b(?:seen|obtained|reviewed|viewed))\s(?:by|from)\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,3}(?:firm|company|group|agency)\s+)?((?:the\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+(?:of|for|and|&|\p{Lu}[\p{L}&.'’-]*))*)$/u.exec(
    phrase,
  )?.[1];

/** The one person of the story a single word names, as surname or first name ("Clinton", "O'Neill"). */
export function personOfWord(word: string, people: PersonIndex): string | null {
  const bare = word.replace(/['’]s?$/u, '').replace(/’/gu, "'");
  if (!isNameWord(bare)) return null;
  const same = people.names.filter((n) => {
    const parts = n.replace(/’/gu, "'").split(' ');
    return parts.length > 1 && (parts.at(-1) === bare || parts[0] === bare);
  });
  if (same.length === 0) return null;
  if (same.length === 1) return same[0] ?? null;
  const full = fullestName(bare, people);
  return same.includes(full) ? full : bare;
}

/**
 * The shortest listed name a longer name ends with ("Republican Donald Trump" → "Donald Trump"):
 * a party label or epithet before a name is no part of it.
 */
export function canonicalName(name: string, people: PersonIndex): string {
  const shorter = people.names
    .filter((n) => n !== name && n.includes(' ') && name.endsWith(` ${n}`))
    .sort((a, b) => a.length - b.length)[0];
  return shorter ?? name;
}

/**
 * The kind of a quote's speaker as the quotes stage names it: a person of the story or a
 * person's name ("Mayor Judith Park"), else by its head noun ("the report", "one resident"),
 * else a capitalised name is an organization ("Reuters", "the Associated Press"), else an
 * unnamed description.
 */
export function speakerKind(
  speaker: string,
  doc: AnnotatedDocument,
  sentence: number,
): Source['kind'] {
  const ws = speaker.split(/\s+/u);
  const lastWord = (ws.at(-1) ?? '').toLowerCase();
  // "a New Hampshire Republican", "one longtime adviser to Bill Clinton": a description.
  // ("de Blasio" is a name: the people index has it.)
  const known = doc.people.names.includes(speaker);
  // "the FBI", "the Coast Herald": "the" and a proper name is an organization.
  if (!known && /^the(?:\s+\p{Lu}[\p{L}\d&.-]*)+$/u.test(speaker)) return 'organization';
  if (PARTY_MEMBERS.has(lastWord) || (/^\p{Ll}/u.test(speaker) && !known))
    return unnamedKind(speaker) ?? 'anonymous';
  if (known) return 'named';
  const last = findNames(speaker).at(-1);
  if (last?.name.includes(' ') && speaker.endsWith(last.name)) return 'named';
  // A role title before two or more capitalised words: "Mayor Judith Park", "Port City Mayor
  // Judith Park" (even where a name word is also a place word the names stage declines).
  const title = ws.findLastIndex((w) => /^\p{Lu}/u.test(w) && isRoleNoun(w));
  const rest = ws.slice(title + 1);
  if (title >= 0 && rest.length >= 2 && rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return 'named';
  // A given name the names stage reads as a month ("Jan Lund", "June Berg") before a surname.
  const month =
    ws.length === 2 &&
    [...MONTH_ABBREVIATIONS, ...LISTS.monthNames].some(
      (m) => m.toLowerCase() === ws[0]?.toLowerCase(),
    );
  if (month && last?.name === ws[1]) return 'named';
  // "Nia Will" where the surname is also a common word the names stage leaves alone ("Will",
  // "West", even an organization word): two capitalised words the story introduces with a role
  // ("party strategist Nia Will", "Nia Will, a strategist") are a person's name.
  const twoNameWords = ws.length === 2 && ws.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
  if (twoNameWords && introducedWithRole(doc, speaker)) return 'named';
  const kind = unnamedKind(speaker);
  if (kind) return kind;
  // … or that "he" or "she" takes up.
  if (twoNameWords && personalPronounFollows(doc, speaker, sentence)) return 'named';
  // One capitalised word the quotes stage gives as a speaker is a person ("Cruz", "Haines")
  // unless it is an acronym ("NATO") or "he"/"she" never takes it up and the story writes it
  // with "the" ("the Kremlin").
  if (ws.length === 1 && isNameWord(speaker) && !ORG_WORDS.has(lastWord)) {
    if (personalPronounFollows(doc, speaker, sentence) || !writtenWithThe(doc).has(speaker))
      return 'named';
  }

  return /^(?:the\s+)?\p{Lu}/u.test(speaker) ? 'organization' : 'anonymous';
}

/**
 * Whether the story writes a name right after a role ("author and liberal critic Nia Will": a
 * role noun among the one to four lowercase words before it) or with a role in an appositive
 * ("Nia Will, a party strategist"); "Harbor Will, a charity" has none.
 */
function introducedWithRole(doc: AnnotatedDocument, name: string): boolean {
  const at = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const before = new RegExp(`((?:\\p{Ll}+\\s+){1,4})${at}(?![\\p{L}])`, 'gu');
  const after = new RegExp(`${at},\\s+(?:a|an|the)\\s+((?:[\\p{L}’'-]+\\s+){0,4}[\\p{L}-]+)`, 'gu');
  return doc.sentences.some((s) =>
    [...s.text.matchAll(before), ...s.text.matchAll(after)].some((m) =>
      (m[1] ?? '').split(/\s+/u).some((w) => isRoleNoun(w.toLowerCase())),
    ),
  );
}

/** The person a single-word role description stands for: the one person of the story with that role ("the mayor"). */
export function personOfRole(phrase: string, people: PersonIndex): string | null {
  const m = /^the\s+(?:\p{Ll}+\s+)?(\p{Ll}+)$/u.exec(phrase.trim());
  const role = m?.[1];
  if (!role || !isRoleNoun(role)) return null;
  const holders = [...people.roles].filter(([, r]) =>
    r ? r.toLowerCase().split(/\s+/u).includes(role) : false,
  );
  return holders.length === 1 ? (holders[0]?.[0] ?? null) : null;
}

/** Capitalised words a story writes after "the" ("the Kremlin"), computed once per story. */
const WITH_THE = new WeakMap<AnnotatedDocument, Set<string>>();

function writtenWithThe(doc: AnnotatedDocument): Set<string> {
  let words = WITH_THE.get(doc);
  if (!words) {
    words = new Set();
    for (const text of doc.masked)
      for (const m of text.matchAll(/\bthe\s+(\p{Lu}[\p{L}'’-]*)/gu)) if (m[1]) words.add(m[1]);
    WITH_THE.set(doc, words);
  }
  return words;
}

/** Sentences after a bare name searched for a personal pronoun taking it up (unit: sentences). */
const PRONOUN_LOOKAHEAD = 2;

/**
 * Whether "he" or "she" takes up a bare capitalised name right after it, before anyone else is
 * named ("Hastings said … He left in 2019."): the name is a person's, not an organization's.
 */
export function personalPronounFollows(
  doc: AnnotatedDocument,
  name: string,
  sentence: number,
): boolean {
  const at =
    doc.sentences[sentence]?.index === sentence
      ? sentence
      : doc.sentences.findIndex((s) => s.index === sentence);
  if (at < 0) return false;
  const same = doc.masked[at] ?? '';
  const after = same.slice(same.indexOf(name) + name.length);
  if (/\b(?:he|she)\s+(?:said|says|added|told|wrote)\b/iu.test(after)) return true;
  for (let k = at + 1; k <= at + PRONOUN_LOOKAHEAD && k < doc.sentences.length; k++) {
    const text = doc.masked[k] ?? '';
    if (/^\W*(?:he|she)\b/iu.test(text)) return true;
    if ((doc.namesOutsideQuotes[k] ?? []).length > 0) return false;
  }
  return false;
}
