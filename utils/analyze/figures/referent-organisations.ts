/*
 * The organisation a figure label's "it", "its" or "the company" stands for (`referents.ts`):
 * the subjects of the figure's own clause and of the sentences just before, read left to right
 * with no parse. The nearest subject must be a capitalized name that is not a person's, with no
 * other subject in between; anything else gives no answer and the label keeps its pronoun.
 */
import type { AnnotatedDocument } from '../annotate';
import { trackerBase } from '../entity-mentions';
import { ORGANIZATION_HEADS, SUBORDINATORS } from '../lexicon';
import { MONTH_NAMES, WEEKDAYS } from '../lexicon/time';
import { alternation } from '../lexicon/words';
import { isRoleNoun } from '../names';
import { FUNCTION_WORDS } from './grammar';
import { escapeRegExp, hasOrganisationCue } from './organisation-cues';
import { renamedAs, skipOpening } from './referent-subjects';

/** How many sentences before the figure's own the subjects are read for an organisation. */
const ORGANISATION_SENTENCES = 2;
/** A capitalized run opening a clause ("Corvane Foods said", "The Halden Bank board voted"). */
const NAME_RUN =
  /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}\p{N}&.’'-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}&.’'-]*|&|of|de|for))*)(?=\s+\p{Ll})/u;
/** Capitalized words set off by a comma at a clause's start ("Tarn Ferries, which …"). */
const APPOSED_NAME = /^((?:\p{Lu}[\p{L}\p{N}&’'-]*)(?:\s+\p{Lu}[\p{L}\p{N}&’'-]*)*),\s/u;
/** A short opening phrase set off by a comma ("On Monday, ", "Last year, "). */
const OPENING_PHRASE = /^(?:[^,;:]{1,40}),\s+/u;

/** A capitalized day or month name ("Monday", "March"): a time, not another name. */
const CALENDAR_NAME = new RegExp(
  `(?<!\\p{L})(?:${alternation([...WEEKDAYS, ...MONTH_NAMES].map((w) => `${w[0]?.toUpperCase()}${w.slice(1)}`))})(?!\\p{L})`,
  'gu',
);
/** Each story's text, joined once, and its answers by name (organisation cues read the whole story). */
const CUES = new WeakMap<AnnotatedDocument, { text: string; answers: Map<string, boolean> }>();
function organisationCue(doc: AnnotatedDocument, name: string): boolean {
  let story = CUES.get(doc);
  if (!story) {
    story = { text: doc.sentences.map((s) => s.text).join(' '), answers: new Map() };
    CUES.set(doc, story);
  }
  let answer = story.answers.get(name);
  if (answer === undefined) {
    answer = hasOrganisationCue(story.text, name);
    story.answers.set(name, answer);
  }
  return answer;
}
/** Each story's answers of `isName`, by run (a story asks again for each figure). */
const NAME_CACHE = new WeakMap<AnnotatedDocument, Map<string, boolean>>();

/**
 * Whether a capitalized run opening a sentence is a name, not a capital that only opens it
 * ("Earlier", "Meanwhile"): the story never writes its first word in lower case, and either
 * the run has a second capitalized word or the story writes the word capitalized mid-sentence.
 */
function isName(doc: AnnotatedDocument, run: string): boolean {
  let cache = NAME_CACHE.get(doc);
  if (!cache) {
    cache = new Map();
    NAME_CACHE.set(doc, cache);
  }
  const known = cache.get(run);
  if (known !== undefined) return known;
  const word = run.split(/\s+/u)[0] ?? '';
  const lower = new RegExp(`(?<!\\p{L})${escapeRegExp(word.toLowerCase())}(?!\\p{L})`, 'u');
  const inside = new RegExp(`[\\p{Ll},]\\s+${escapeRegExp(word)}(?!\\p{L})`, 'u');
  let capitalizedInside = run.split(/\s+/u).length > 1;
  let answer = true;
  for (const s of doc.sentences) {
    if (lower.test(s.text)) {
      answer = false;
      break;
    }
    if (!capitalizedInside && inside.test(s.text)) capitalizedInside = true;
  }
  answer &&= capitalizedInside;
  cache.set(run, answer);
  return answer;
}

type Subject =
  | { kind: 'organisation'; name: string; end: number }
  | { kind: 'pronoun' }
  | { kind: 'other' };

/** What opens a clause: an organisation's name, "it", or anything else. */
function subjectOf(text: string, doc: AnnotatedDocument, sentence: number, at: number): Subject {
  let clause = text.slice(at).trimStart();
  let offset = at + (text.length - at - clause.length);
  const opening = OPENING_PHRASE.exec(clause);
  // "Tarn Ferries, which runs boats, is shrinking": a name set off by an aside is the subject.
  const lead = APPOSED_NAME.exec(clause);
  const leadFirst = lead?.[1]?.split(/\s+/u)[0]?.toLowerCase() ?? '';
  if (lead?.[1] && !FUNCTION_WORDS.has(leadFirst) && isName(doc, lead[1])) {
    clause = `${lead[1]} is`;
  } else if (opening && !NAME_RUN.test(clause)) {
    clause = clause.slice(opening[0].length);
    offset += opening[0].length;
  }
  // "Earlier this month Corvane bought …": a time phrase without its comma (`referent-subjects.ts`).
  const time = skipOpening(clause);
  clause = clause.slice(time);
  offset += time;
  if (/^(?:it|its)\b/iu.test(clause)) return { kind: 'pronoun' };
  // "If Corvane could win …, it would …": a subordinator opening the sentence is no part of the
  // name after it.
  const subordinator = /^(\p{L}+)\s+(?=\p{Lu})/u.exec(clause);
  if (subordinator?.[1] && SUBORDINATORS.has(subordinator[1].toLowerCase())) {
    clause = clause.slice(subordinator[0].length);
    offset += subordinator[0].length;
  }
  const run = NAME_RUN.exec(clause);
  const name = run?.[1];
  if (!run || !name) return { kind: 'other' };
  const first = name.split(/\s+/u)[0]?.toLowerCase() ?? '';
  if (FUNCTION_WORDS.has(first) || /[’']s$/u.test(name) || name.includes('.')) {
    return { kind: 'other' };
  }
  // A capital that only opens the sentence ("Earlier", "Meanwhile") is no name: the story writes
  // the word in lower case elsewhere, or never capitalized mid-sentence.
  const opensSentence = offset === 0 && !/^the\s/iu.test(run[0]);
  if (opensSentence && !isName(doc, name)) return { kind: 'other' };
  const nameStart = offset + run[0].length - name.length;
  // The names index takes any lone capitalized word for a name ("Apple was failing"): a person
  // is one introduced by a role, named with two words, or given a gender by the story.
  const genders = trackerBase(doc).genders;
  const isPerson = (doc.names[sentence] ?? []).some(
    (n) =>
      n.start < nameStart + name.length &&
      n.end > nameStart &&
      (n.introduced ||
        [...genders.keys()].some((k) => k.split(/\s+/u).pop() === n.name) ||
        // Two capitalized words read as a person's name unless the story uses them as an
        // organisation ("Meridian Freight said it …"; organisation-cues.ts).
        ((/\s/u.test(n.name) ||
          doc.people.names.some(
            (full) => /\s/u.test(full) && full.split(/\s+/u).pop() === n.name,
          )) &&
          !organisationCue(doc, n.name))),
  );
  if (isPerson) return { kind: 'other' };
  // "The Pope spoke": a role is a person, however capitalized.
  if (!/\s/u.test(name) && isRoleNoun(name)) return { kind: 'other' };
  // "the Tarn Ferries company" is "Tarn Ferries"; "the Fed" keeps its article.
  const head = /^\s+(\p{Ll}+)/u.exec(clause.slice(run[0].length))?.[1] ?? '';
  const written = /^the\s/iu.test(run[0]) && !ORGANIZATION_HEADS.has(head) ? `the ${name}` : name;
  // "Harbour Soft had been renamed Tarnway": the name it goes by from then on.
  const renamed = renamedAs(clause.slice(run[0].length));
  if (renamed) return { kind: 'organisation', name: renamed, end: nameStart + name.length };
  return { kind: 'organisation', name: written, end: nameStart + name.length };
}

/**
 * The organisation the figure's "it" or description stands for: the subject of the figure's own
 * sentence when that is a name (not the pronoun), else the nearest earlier sentence's, passing
 * over sentences that open with "it"; anything else in between means no confident answer.
 */
export function organisationFor(
  doc: AnnotatedDocument,
  index: number,
  pronounAt: number,
): string | null {
  for (let i = index; i >= 0 && i >= index - ORGANISATION_SENTENCES; i--) {
    const s = doc.sentences[i];
    if (!s) return null;
    if (i < index && s.paragraph < (doc.sentences[index]?.paragraph ?? 0) - 1) return null;
    const text = doc.masked[i] ?? s.text;
    const subject = subjectOf(text, doc, i, 0);
    // "Ana Lima wants the Fed to raise its rate": another name between the subject and the
    // pronoun of the figure's own sentence could be meant as well.
    if (subject.kind === 'organisation' && i === index) {
      const between = text
        .slice(subject.end, Math.max(subject.end, pronounAt))
        // "said on Monday that it": a day or month is no other name.
        .replace(CALENDAR_NAME, ' ');
      return /[\s(]\p{Lu}/u.test(between) ? null : subject.name;
    }
    if (subject.kind === 'organisation') return subject.name;
    if (subject.kind === 'other' && i < index) return null;
  }
  return null;
}
