/*
 * The holder of a figure: who or what the figure's clause is about, named. A label built from
 * the words around a number ("customers for the new plan", "amount raised from investors")
 * often leaves out the clause's subject, which a reader needs ("whose customers?"); news copy
 * names it at the clause's start ("Tarn Ferries lost 900 passengers") or refers back to it
 * ("The company now has 3,000 customers", "She finished ninth", "It raised $4 million").
 *
 * The subject is read from the start of the figure's sentence (after a short opening phrase set
 * off by a comma): a capitalized name, or "it", "she", "he", "the company" resolved through the
 * coreference tracker (people) and the organisation reader (`referent-organisations.ts`). Only a
 * clause whose verb runs straight to the figure counts: a reporting verb ("said", "notes that"),
 * a relative clause or a second clause in between means the figure is someone else's.
 */
import type { Sentence } from '../../summary';
import type { AnnotatedDocument } from '../annotate';
import type { EntityTracker } from '../coreference';
import {
  ATTRIBUTION_VERBS,
  ORGANIZATION_HEADS,
  PLACE_REFERENCE_NOUNS,
  SPEECH_VERBS,
  SUBORDINATORS,
} from '../lexicon';
import { MONTH_NAMES, WEEKDAYS } from '../lexicon/time';
import { isInflectedVerb } from './grammar';
import { escapeRegExp } from './organisation-cues';
import { organisationFor } from './referent-organisations';
import { personFor } from './referent-people';
import { placeFor } from './referent-places';

/** Most words from the subject's end to the figure for the figure to be in the subject's clause (unit: words). */
const MAX_WORDS_TO_FIGURE = 12;
/** Most words in a holder's name (unit: words): a longer capitalized run is a title, not a name. */
const MAX_HOLDER_WORDS = 4;

/** A short opening phrase set off by a comma ("On Monday, ", "Last year, ", "In 2019, "). */
const OPENING_PHRASE = /^(?:[^,;:"“”]{1,40}),\s+/u;
/** A capitalized run opening a clause, its article dropped ("The Halden Bank board" → "Halden Bank"). */
const NAME_RUN =
  /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}\p{N}&’'-]*)(?:\s+(?:(?:&|of|de|and)\s+)?\p{Lu}[\p{L}\p{N}&’'-]*)*)(?=[\s,])/u;
const CALENDAR = new Set([...MONTH_NAMES, ...WEEKDAYS]);
/** Words that open a sentence capitalized without naming anyone. */
const NOT_A_NAME =
  /^(?:the|a|an|this|that|these|those|then|but|and|so|yet|still|now|also|meanwhile|however|in|on|at|by|for|with|after|before|since|during|while|when|if|as|all|some|most|many|more|each|every|one|two|three|four|five|six|seven|eight|nine|ten|its?|his|her|their|our|we|they|you|i|there|here|what|who|why|how|only|just|even|last|next|first|another|other|such|no|not|both|former)$/iu;

/**
 * Whether the words between a subject and its figure leave the subject's clause: a reporting
 * verb ("said", "notes"), a subordinator, a relative pronoun, "that", or a semicolon or dash.
 */
function leavesClause(between: string): boolean {
  if (/[;:—–"“”]/u.test(between)) return true;
  return (between.toLowerCase().match(/\p{L}+/gu) ?? []).some(
    (w) =>
      SPEECH_VERBS.has(w) ||
      ATTRIBUTION_VERBS.has(w) ||
      SUBORDINATORS.has(w) ||
      /^(?:that|which|who|whom|whose|when|where|according|believes?|thinks?|estimated?s?|expects?)$/u.test(
        w,
      ),
  );
}

/** Whether a word reads as a verb form ("raised", "has", "finished", "came"). */
export function verbLike(word: string): boolean {
  const w = word.toLowerCase();
  if (
    /^(?:is|are|was|were|has|have|had|will|would|can|could|came|went|got|made|took|won|lost|sold|paid|spent|found|saw|put|set|shot|kept)$/u.test(
      w,
    )
  )
    return true;
  return /^\p{Ll}+$/u.test(word) && (/\p{Ll}{2}(?:ed|es)$/u.test(w) || isInflectedVerb(w));
}

/** Each story's answers of `writtenInside`, by word (a story asks again for each figure). */
const INSIDE_CACHE = new WeakMap<AnnotatedDocument, Map<string, boolean>>();

/** Whether the story writes a word capitalized mid-sentence somewhere ("met Corvane"). */
function writtenInside(doc: AnnotatedDocument, word: string): boolean {
  let cache = INSIDE_CACHE.get(doc);
  if (!cache) {
    cache = new Map();
    INSIDE_CACHE.set(doc, cache);
  }
  let answer = cache.get(word);
  if (answer === undefined) {
    const inside = new RegExp(`[\\p{Ll},]\\s+${escapeRegExp(word)}(?!\\p{L})`, 'u');
    answer = doc.sentences.some((s) => inside.test(s.text));
    cache.set(word, answer);
  }
  return answer;
}

/** Where the subject stands and whom it names. */
export interface Holder {
  /** The name as the story writes it ("Corvane Foods", "Lima"). */
  name: string;
  /** The words from the subject to the figure ("now has"). */
  between: string;
}

/**
 * The holder of the figure at `start` of `sentence`, or null when the clause's subject is no
 * name the story gives (a common noun phrase, a pronoun nobody named, a quote).
 */
export function holderOf(
  doc: AnnotatedDocument,
  sentence: Sentence,
  start: number,
  tracker: () => EntityTracker,
): Holder | null {
  const whole = doc.masked[sentence.index] ?? sentence.text;
  // "…; Tarn Ferries lost 900 passengers": the clause after the last semicolon before the figure.
  const semicolon = whole.slice(0, start).lastIndexOf('; ');
  const from = semicolon < 0 ? 0 : semicolon + 2;
  const text = whole.slice(from);
  const figureAt = start - from;
  let at = 0;
  const opening = OPENING_PHRASE.exec(text);
  // "In May, …", "After the storm, …" open the clause; "Tarn Ferries, which …" is its subject.
  const openingName = opening ? NAME_RUN.exec(opening[0])?.[1] : undefined;
  const subjectFirst =
    openingName !== undefined &&
    !NOT_A_NAME.test(openingName.split(/\s+/u)[0] ?? '') &&
    opening?.[0].replace(/,\s*$/u, '').trim() === openingName;
  if (opening && opening[0].length < figureAt && !subjectFirst) at = opening[0].length;
  // "Last year she", "This year the company": a short time phrase without its comma.
  const time =
    /^(?:(?:This|Last|Next|That)\s+(?:year|month|week|season|spring|summer|autumn|fall|winter|quarter)|(?:In|By)\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?|In\s+\d{4})\s+(?=\p{Ll})/u.exec(
      text.slice(at),
    );
  if (time) at += time[0].length;
  const clause = text.slice(at, figureAt);
  let name: string | null = null;
  let end = at;
  const pronoun = /^(it|she|he|the\s+(\p{Ll}+))\s+/iu.exec(clause);
  if (pronoun?.[1]) {
    const word = pronoun[1].toLowerCase();
    end = at + pronoun[0].length;
    if (word === 'she' || word === 'he')
      name = personFor(tracker(), sentence, word, from + at, doc);
    else if (word === 'it' || ORGANIZATION_HEADS.has(pronoun[2]?.toLowerCase() ?? '')) {
      name = organisationFor(doc, sentence.index, from + at);
    } else if (PLACE_REFERENCE_NOUNS.has(pronoun[2]?.toLowerCase() ?? '')) {
      // "the state got 45,000 requests": the place the story named before.
      name = placeFor(doc, sentence.index, from + at);
    } else return null;
  } else {
    const run = NAME_RUN.exec(clause);
    const written = run?.[1];
    if (!run || !written) return null;
    const words = written.split(/\s+/u);
    if (
      words.length > MAX_HOLDER_WORDS ||
      NOT_A_NAME.test(words[0] ?? '') ||
      SUBORDINATORS.has(words[0]?.toLowerCase() ?? '') ||
      CALENDAR.has(words[0]?.toLowerCase() ?? '') ||
      /[’']s$/u.test(written)
    )
      return null;
    // A lone capital that opens the sentence must be a name the story gives elsewhere too.
    const mention = (doc.names[sentence.index] ?? []).find(
      (n) => n.start >= from + at && n.start <= from + at + run[0].length - written.length,
    );
    // A lone capital that opens the sentence ("Inside", "Forty-one") is a name only when the
    // story also writes it capitalized mid-sentence.
    const known =
      // A capital that does not open the sentence ("In May, Corvane …", "…; Corvane …") is a name.
      from + at > 0 ||
      words.length > 1 ||
      mention?.introduced === true ||
      writtenInside(doc, written);
    // "The USB-C port is": a capital that modifies a common noun names no holder.
    const next = /^\s+(\p{L}+)/u.exec(clause.slice(run[0].length))?.[1] ?? '';
    if (
      !known ||
      (next && !verbLike(next) && !/ly$|^(?:now|also|then|still|already|just)$/u.test(next))
    )
      return null;
    // "Page and Brin": two holders, written as the story writes them.
    name = /\sand\s/u.test(written) ? written : (mention?.name ?? written);
    end = at + run[0].length;
  }
  if (!name) return null;
  // "Lima, who was …", "Lima, 41, a nurse from Dayton, finished …": a relative clause or an
  // aside about the name keeps the name its subject.
  const between = text
    .slice(end, figureAt)
    .replace(/^,\s+(?:who|which)\s+/u, ' ')
    .replace(/^(?:,[^,;:]{1,60}){1,2},\s+/u, ' ')
    .trim();
  if (
    between.split(/\s+/u).length > MAX_WORDS_TO_FIGURE ||
    leavesClause(between) ||
    // Another name between the subject and the figure may be the figure's holder instead.
    (between.match(/(?<!^)\b\p{Lu}\p{L}*/gu) ?? []).some((w) => !CALENDAR.has(w.toLowerCase())) ||
    !(between.match(/\p{L}+/gu) ?? []).some(verbLike)
  )
    return null;
  return { name, between };
}
