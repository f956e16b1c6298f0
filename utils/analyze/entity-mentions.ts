/**
 * The mentions coreference resolves to (coreference.ts): each sentence's named people with
 * their gender and title cues and whether they are its subject, unnamed subjects introduced
 * indefinitely ("A harbour pilot said …"), and the people the story has speak by name. Built once
 * per document (`trackerBase`) and shared by every tracker of that document.
 */
import type { AnnotatedDocument } from './annotate';
import { PREPOSITIONS, ROLE_MODIFIERS, SPEECH_VERBS, SUBORDINATORS } from './lexicon';
import { HONORIFIC_ROLES } from './lexicon/people';
import { findNames, fullestName, fullestNameAt, isHeadAt, isRoleNoun } from './names';
import { pronounGender } from './pronoun-gender';

export type Gender = 'f' | 'm';

/** A salient mention a pronoun or description may stand for. */
export interface Candidate {
  speaker: string;
  role: string | null;
  anonymous: boolean;
  sentence: number;
  offset: number;
  subject: boolean;
  paragraph: number;
}

/** Most words of an unnamed description up to its head noun ("a Downing Street spokesman" = 4). */
const DESCRIPTION_MAX_WORDS = 6;
/** Most words before a name for it to count as its sentence's subject. */
const SUBJECT_MAX_LEAD_WORDS = 3;

/**
 * Gender cues, kept simple on purpose: an honorific before a name (Mr / Mrs, Ms, Miss), a
 * gendered role or descriptor ("spokeswoman", "grandmother-of-six"), and the pronoun a quote was
 * already resolved with. A pronoun or descriptor then skips people known to differ; people with
 * no cue stay eligible.
 */
const HONORIFIC_GENDER: Record<string, Gender> = {
  mr: 'm',
  sir: 'm',
  lord: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  dame: 'f',
  lady: 'f',
};
const FEMALE_WORD =
  /(?:^|[\s-])(?:\p{L}*woman|women|wife|mother|grandmother|gran|granny|grandma|daughter|sister|aunt|niece|queen|princess|actress|widow|girl|mum|mom|she)(?:$|[\s-])/iu;
const MALE_WORD =
  /(?:^|[\s-])(?:\p{L}*(?<!wo)man|men|husband|father|grandfather|grandad|grandpa|son|brother|uncle|nephew|king|prince|actor|widower|boy|dad|he)(?:$|[\s-])/iu;

/** The gender a word or phrase states ("spokeswoman" → f, "the father-of-two" → m), or null. */
export function genderOf(phrase: string | null | undefined): Gender | null {
  if (!phrase) return null;
  if (FEMALE_WORD.test(phrase)) return 'f';
  if (MALE_WORD.test(phrase)) return 'm';
  return null;
}

/** Determiners and number words that open an unnamed description ("one official"). */
export const DESCRIPTION_DETERMINERS =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|another|some|several|her|his|their|its|the)\b/iu;

/** Lowercases the leading determiner of a description ("One official" → "one official"). */
export function describe(phrase: string): string {
  const trimmed = phrase.trim().replace(/^(?:and|but)\s+/iu, '');
  return DESCRIPTION_DETERMINERS.test(trimmed)
    ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1)
    : trimmed;
}

/**
 * Conjunctions and adverbs that may open a clause before its subject ("But Lima said", "as
 * Lima told the council", "when Lima arrived").
 */
const LEAD_CONNECTIVES =
  /^(?:and|but|so|yet|then|also|now|still|meanwhile|as|when|after|before|which|who|whom|where)$/iu;

/**
 * Whether the word right before a name leaves the name its clause's subject: a capitalized
 * word, a determiner, a role word ("the former mayor Ana Lima"), an owner ("the port's chief"),
 * an age, a connective or a relative ("to which Lima replied"). A lowercase verb ("Lima accused
 * Berg") makes the name its object.
 */
function leavesSubject(word: string): boolean {
  return (
    /^\p{Lu}/u.test(word) ||
    DESCRIPTION_DETERMINERS.test(word) ||
    isRoleNoun(word) ||
    ROLE_MODIFIERS.has(word.toLowerCase()) ||
    LEAD_CONNECTIVES.test(word) ||
    SUBORDINATORS.has(word.toLowerCase()) ||
    /['’]s?$/u.test(word) ||
    /\d|-/u.test(word)
  );
}

/** A past-tense verb between a subject and a later name ("went after", "thanked", "told"). */
const OBJECT_VERB =
  /\s(?:\p{Ll}+ed|went|told|met|saw|gave|took|sent|beat|hit|won|fought|sought|caught|taught|brought)\s/u;

/** Most words of a credit line or heading (unit: words). */
const CREDIT_LINE_MAX_WORDS = 10;

/** A short line of capitalized words with at most a linking word ("via", "by", "for"). */
function isCreditLine(text: string): boolean {
  const ws = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return (
    ws.length > 0 &&
    ws.length <= CREDIT_LINE_MAX_WORDS &&
    ws.every((w) => !/^\p{Ll}/u.test(w) || /^(?:via|by|for|of|and|the|de|van|von)$/u.test(w))
  );
}

/** The named people of one sentence as candidates, noting gender and title cues on the way. */
function namedCandidates(
  doc: AnnotatedDocument,
  i: number,
  genders: Map<string, Gender>,
  titles: Map<string, string>,
): Candidate[] {
  const s = doc.sentences[i];
  if (!s) return [];
  const { people } = doc;
  const text = doc.masked[i] ?? s.text;
  const out: Candidate[] = [];
  // A photo credit or a heading ("Ana Lima via Harbour Images.") has no clause: its names are
  // no one a later "she" or "the 43-year-old" stands for.
  if (isCreditLine(text)) return out;
  // Names inside quotation marks are titles or quoted words, not people of the story.
  for (const m of doc.namesOutsideQuotes[i] ?? []) {
    const full = fullestNameAt(m.name, people, s.index);
    const honorific = /\b(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, m.start - 6), m.start));
    const cue =
      HONORIFIC_GENDER[honorific?.[1]?.toLowerCase() ?? ''] ??
      genderOf(m.role ?? people.roles.get(full));
    if (cue && !genders.has(full)) genders.set(full, cue);
    const title = HONORIFIC_ROLES[honorific?.[1]?.toLowerCase() ?? ''];
    if (title && !titles.has(full)) titles.set(full, title);
    if (m.name.split(' ').length < 2 && !people.names.includes(full) && !m.introduced) continue;
    const lead = text.slice(0, m.start).replace(/^[^,]*,\s*/u, '');
    const leadWords = lead.trim() === '' ? 0 : lead.trim().split(/\s+/u).length;
    // The object of a preposition ("an analyst at Cross Research") is not the subject.
    const governed = PREPOSITIONS.has(
      text.slice(0, m.start).trim().split(/\s+/u).pop()?.toLowerCase() ?? '',
    );
    // "Lima went after Berg", "Lima told Berg": a name after the clause's named subject and its
    // verb, with no clause break between, is the verb's object.
    const prev = out.findLast((c) => c.subject);
    const between = prev ? text.slice(prev.offset, m.start) : '';
    const object =
      prev !== undefined &&
      !/[,;:—–()“”"]/u.test(between) &&
      !/\b(?:and|or|but|nor|as|when|while|because|since|until|who|which|that|if)\b/u.test(
        between,
      ) &&
      OBJECT_VERB.test(between);
    const subject =
      !governed &&
      !object &&
      leadWords <= SUBJECT_MAX_LEAD_WORDS &&
      (leadWords === 0 || leavesSubject(lead.trim().split(/\s+/u).pop() ?? '')) &&
      !/^['’]/u.test(s.text.slice(m.end, m.end + 2))
        ? true
        : /^\s*['’]s\b/u.test(text.slice(m.end)) && m.start === 0;
    const role = m.role ?? people.roles.get(full) ?? null;
    out.push({
      speaker: full,
      role,
      anonymous: false,
      sentence: s.index,
      offset: m.start,
      subject,
      paragraph: s.paragraph,
    });
  }
  return out;
}

/** An unnamed subject introduced indefinitely: "A Downing Street spokesman rejected that." */
function unnamedCandidate(doc: AnnotatedDocument, i: number): Candidate | null {
  const s = doc.sentences[i];
  const text = doc.masked[i];
  if (!s || text === undefined) return null;
  const d = /^(?:([^,“"]{0,40}),\s+)?((?:an?|one|another|her|his|their)\s+[^,.;:]*)/iu.exec(text);
  const intro = d?.[1] ?? '';
  if (!d?.[2] || findNames(intro).length > 0) return null;
  const words = d[2].split(/\s+/u).slice(0, DESCRIPTION_MAX_WORDS);
  const head = words.findIndex((_, k) => k > 0 && isHeadAt(words, k));
  if (head <= 0) return null;
  return {
    speaker: describe(words.slice(0, head + 1).join(' ')),
    role: null,
    anonymous: true,
    sentence: s.index,
    offset: d.index + (d[0].length - d[2].length),
    subject: true,
    paragraph: s.paragraph,
  };
}

/**
 * How far before a name its reporting verb is looked for: a verb and up to three capitalized
 * words. Reading the whole sentence before every name made the scan quadratic on long sentences
 * (unit: characters).
 */
const LOOK_BACK = 160;

/** A lowercase word, then up to three capitalized words, at the end of the text before a name. */
const VERB_BEFORE_NAME = /(?<!\p{Ll})(\p{Ll}+)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}$/u;
/** Words VERB_BEFORE_NAME can span at most: a lowercase word and three capitalized ones. */
const VERB_BEFORE_NAME_WORDS = 4;
const SPACE = /\s/u;

/**
 * The text from the space before its last VERB_BEFORE_NAME_WORDS words (all of it when shorter):
 * VERB_BEFORE_NAME matches there exactly as in the whole text, without being tried at every
 * earlier place (speed budget).
 */
function lastWords(text: string): string {
  let i = text.length;
  for (let w = 0; w < VERB_BEFORE_NAME_WORDS && i > 0; w++) {
    while (i > 0 && SPACE.test(text[i - 1] ?? '')) i--;
    while (i > 0 && !SPACE.test(text[i - 1] ?? '')) i--;
  }
  return text.slice(Math.max(0, i - 1));
}

/** People the story has speak by name somewhere ("Wiig says", "said Peskov"). */
function peopleWhoSpeakByName(doc: AnnotatedDocument): Set<string> {
  const speaks = new Set<string>();
  const isSpeechVerb = (w: string | undefined) => w !== undefined && SPEECH_VERBS.has(w);
  doc.sentences.forEach((s, i) => {
    const subject = doc.speechSubjects[i];
    for (const n of subject ? findNames(subject) : []) speaks.add(fullestName(n.name, doc.people));
    // A name right after a reporting verb ("…?” said Thomas Ricks, a senior fellow) or right
    // before one ("Gates told an audience").
    for (const n of doc.names[i] ?? []) {
      const before = VERB_BEFORE_NAME.exec(
        lastWords(s.text.slice(Math.max(0, n.start - LOOK_BACK), n.start)),
      )?.[1];
      const after = /^\s+(?:has\s+|had\s+|also\s+)?(\p{Ll}+)/u.exec(s.text.slice(n.end))?.[1];
      if (isSpeechVerb(before) || isSpeechVerb(after)) speaks.add(fullestName(n.name, doc.people));
    }
  });
  return speaks;
}

/** What a tracker reads from its document alone, before any speaker is added. */
export interface TrackerBase {
  candidates: readonly Candidate[];
  genders: ReadonlyMap<string, Gender>;
  titles: ReadonlyMap<string, string>;
  speaksByName: Set<string>;
  mainPerson: string | null;
  mostMentions: number;
}

/**
 * Each document's tracker base, built once: the coreference chains (annotate) and the speakers
 * stage each start a tracker from it, instead of rescanning every sentence twice.
 */
const BASES = new WeakMap<AnnotatedDocument, TrackerBase>();

export function trackerBase(doc: AnnotatedDocument): TrackerBase {
  const known = BASES.get(doc);
  if (known) return known;
  const candidates: Candidate[] = [];
  const genders = new Map<string, Gender>();
  const titles = new Map<string, string>();
  doc.sentences.forEach((_, i) => {
    candidates.push(...namedCandidates(doc, i, genders, titles));
    const unnamed = unnamedCandidate(doc, i);
    if (unnamed) candidates.push(unnamed);
  });
  // Pronoun cues last: an honorific or a gendered role anywhere says more.
  doc.sentences.forEach((s, i) => {
    const names = doc.namesOutsideQuotes[i] ?? [];
    const isPerson = (n: string) =>
      doc.people.names.includes(fullestNameAt(n, doc.people, s.index));
    const cue = pronounGender(doc.masked[i] ?? s.text, names, isPerson);
    const first = names.find((n) => isPerson(n.name));
    const full = cue && first ? fullestNameAt(first.name, doc.people, s.index) : null;
    if (cue && full && !genders.has(full)) genders.set(full, cue);
  });
  candidates.sort((a, b) => a.sentence - b.sentence || a.offset - b.offset);
  // The story's main person: the one its sentences name most (a profile's interviewee).
  let mainPerson: string | null = null;
  let mostMentions = 0;
  for (const [name, mentions] of doc.mentionCounts) {
    if (mentions > mostMentions) {
      mainPerson = name;
      mostMentions = mentions;
    }
  }
  const base = {
    candidates,
    genders,
    titles,
    speaksByName: peopleWhoSpeakByName(doc),
    mainPerson,
    mostMentions,
  };
  BASES.set(doc, base);
  return base;
}
