/**
 * The subject of a reporting verb: the phrase before "said" that names who speaks, across
 * appositives ("Dimitri Simes, who emigrated …, remarked"), a name between commas ("Trump’s
 * communications director, Steven Cheung, informed"), participial asides and coordinated verbs
 * ("the company cut its forecast and said").
 */
import {
  APPOSITIVE_OPENERS,
  CAPITALIZED_STOPWORDS,
  PERSON_NOUNS,
  PHRASE_BREAKERS,
  SOURCE_NOUNS,
  SPEECH_VERBS,
  SUBORDINATORS,
} from '../lexicon';
import { isNameWord, isRoleNoun } from '../names';
import { tokenize } from '../tokens';
import { asideOpen } from './asides';
import { clauseHeadSubject, hasNameWord, isFiller, TIME_SUBORDINATORS } from './clause-head';
import { isCityState } from './places';

export { VERB_FILLERS } from './clause-head';

/** Most words in a source noun phrase before its reporting verb ("A senior official with insight into high-level Kremlin discussions" = 9). */
export const MAX_SOURCE_WORDS = 10;

/** Longest stretch before a verb searched for a participial appositive (unit: characters). */
const MAX_APPOSITIVE_CHARS = 300;

/** A party, state or age in parentheses after a name ("(R-Texas)", "(Tex.)", "(D)"; unit: characters). */
const SHORT_PARENTHESIS = /\s\([^()]{1,20}\)/gu;

/** Determiners after which a speech verb's form is a noun ("his remarks", "the claims"). */
const NOUN_DETERMINERS =
  /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|whose)$/iu;

/**
 * Plural forms a copula follows at once: a noun, the subject of the copula ("his harbour remarks
 * were", "the Lund claims are").
 */
const COPULA_AFTER_PLURAL = /^(?:were|are)$/u;

/**
 * Quantifiers after which a speech verb's -s form is a plural noun ("many states", "both
 * reports"); not a numeral, which may end a name ("Article 33 states").
 */
const PLURAL_QUANTIFIERS =
  /^(?:[Mm]any|[Ss]everal|[Ss]ome|[Aa]ll|[Bb]oth|[Ff]ew|[Oo]ther|numerous|various|member|two|three|four|five|six|seven|eight|nine|ten|dozens)$/u;

/** A plural noun after a quantifier, maybe with one capitalized adjective between ("many Baltic states"). */
const afterQuantifier = (ws: readonly Word[], v: number): boolean =>
  /s$/u.test(ws[v]?.text ?? '') &&
  (PLURAL_QUANTIFIERS.test(ws[v - 1]?.text ?? '') ||
    (PLURAL_QUANTIFIERS.test(ws[v - 2]?.text ?? '') &&
      /^\p{Lu}\p{Ll}+$/u.test(ws[v - 1]?.text ?? '')));

/** Whether word `v` is a speech verb used as one, not a noun after a determiner ("his remarks"). */
export function isSpeechVerbAt(ws: readonly Word[], v: number): boolean {
  const w = ws[v];
  return (
    w !== undefined &&
    SPEECH_VERBS.has(w.text) &&
    !NOUN_DETERMINERS.test(ws[v - 1]?.text ?? '') &&
    !afterQuantifier(ws, v) &&
    !(/s$/u.test(w.text) && COPULA_AFTER_PLURAL.test(ws[v + 1]?.text ?? ''))
  );
}

/** Pronouns accepted as a subject ("he said"): the sentence is attributed, if vaguely. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of a text with offsets: the analysis's one tokenizer. */
export const words = (text: string): Word[] => tokenize(text);

/** Blanks out double-quoted spans (same length), so words inside a quotation are not attribution. */
export function maskQuotations(text: string): string {
  return text.replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)|«[^»]*(?:»|$)/gu, (m) => ' '.repeat(m.length));
}

/** maskQuotations, with parenthetical asides ("Ana Lima (D-Ore.)") blanked out too (same length). */
export const maskQuotationsAndAsides = (text: string): string =>
  maskQuotations(text).replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length));

/** Words that open a verb's object: "cut its forecast", "met the minister". */
const OBJECT_OPENERS = /^(?:the|a|an|its|his|her|their|our|my|your|this|these|those)$/u;
/** Words that take a noun phrase but are not verbs: "officials at the ministry". */
const NOT_VERBS =
  /^(?:of|from|at|for|in|with|to|on|by|into|about|over|under|near|across|inside|outside|behind|between|among|against|like|and|or|than|all|both)$/u;

/**
 * How many leading words of a phrase ending in a coordinating "and"/"or"/"then" are its subject:
 * "the company cut its forecast and" → 2 ("the company"); "a man carrying two coffees turned round
 * and" → 5. The coordinated verb is the first lowercase word followed by an object opener, or
 * else the word before "and" and its particles. 0 when the phrase does not end in a coordinator.
 */
export function coordinatedSubjectLength(phrase: readonly string[]): number {
  const last = phrase.length - 1;
  if (last < 1 || !/^(?:and|or|then)$/iu.test(phrase[last] ?? '')) return 0;
  for (let i = 1; i < last - 1; i++) {
    const word = phrase[i] ?? '';
    const next = phrase[i + 1] ?? '';
    // The object opens with a determiner ("cut its forecast") or a name ("closed Founders Park").
    if (
      /^\p{Ll}+$/u.test(word) &&
      !NOT_VERBS.test(word) &&
      (OBJECT_OPENERS.test(next) ||
        // …but a role before a name is a title, not a verb ("chief executive Ingrid Halvorsen").
        (/^\p{Lu}\p{Ll}/u.test(next) && !isRoleNoun(word) && !SOURCE_NOUNS.has(word)))
    )
      return i;
  }
  let k = last;
  while (k > 1 && VERB_PARTICLES.test(phrase[k - 1] ?? '')) k--;
  return Math.max(0, k - 1);
}

/** Particles and adverbs between a verb and "and" in "leant over and said", "turned back and told". */
const VERB_PARTICLES =
  /^(?:over|up|down|in|out|back|away|forward|around|round|off|on|aside|briefly|quietly|slowly|quickly|\p{Ll}+ly)$/u;

/** Whether a subject phrase can be a source: a source noun, a name, initials as the whole phrase ("CNN", "the NRB", not "the GOP front-runner"), or a pronoun. */
export function isSourcePhrase(phrase: Word[]): boolean {
  if (phrase.length === 0) return false;
  const first = phrase[0];
  if (phrase.length === 1 && first && PRONOUNS.has(first.text.toLowerCase())) return true;
  if (/^(?:[Tt]he )?\p{Lu}{2,6}s?$/u.test(phrase.map((w) => w.text).join(' '))) return true;
  return phrase.some(
    (w) =>
      SOURCE_NOUNS.has(w.text.toLowerCase()) ||
      PERSON_NOUNS.has(w.text.toLowerCase()) ||
      isRoleNoun(w.text) ||
      // Plural roles: "two engineers", "several economists".
      (/s$/u.test(w.text) && isRoleNoun(w.text.slice(0, -1))) ||
      (isNameWord(w.text) && !CAPITALIZED_STOPWORDS.has(w.text.toLowerCase())),
  );
}

/** The name an appositive gives its unnamed head: a bare-name segment, or "named|called X". */
function appositiveName(before: string, open: number): { start: number; end: number } | null {
  const appositive = before.slice(open);
  const called = /\b(?:named|called)\s+((?:\p{Lu}[\p{L}’'.-]*\s?){1,4}?)\s*,\s*$/u.exec(appositive);
  const bare = /,\s+((?:\p{Lu}[\p{L}’'.-]*\s?){1,4}?)\s*,\s*$/u.exec(appositive);
  const m = called ?? bare;
  const name = m?.[1]?.trim();
  if (!m || !name || !words(name).every((w) => isNameWord(w.text))) return null;
  const start = open + m.index + m[0].indexOf(name);
  return { start, end: start + name.length };
}

/**
 * Offset of the comma opening the appositive that ends `before` (", who emigrated …,", ", in a
 * statement issued on Monday,", ", chairman of the board,"), or -1. A bare role noun opens one
 * too: "Ana Lima, chairman of the port authority, told".
 */
function appositiveOpen(before: string): number {
  const m = /,\s+([\p{Ll}-]+)\s[^,]*(?:,[^,]*)?,\s*$/u.exec(before);
  if (!m?.[1]) return -1;
  // The shortest appositive is the one right before the verb: retry from the next comma.
  const first = m[1];
  if (APPOSITIVE_OPENERS.has(first) || isRoleNoun(first)) return m.index;
  const rest = before.slice(m.index + 1);
  const inner = /,\s+([\p{Ll}-]+)\s[^,]*,\s*$/u.exec(rest);
  if (inner?.[1] && (APPOSITIVE_OPENERS.has(inner[1]) || isRoleNoun(inner[1])))
    return m.index + 1 + inner.index;
  return -1;
}

/**
 * A participial appositive whose closing comma sits inside a masked title: "Real estate mogul
 * Trump, famously known for his 1987 book “Trump: the Art of the Deal,” has stated" → the name
 * before the appositive's opening comma.
 */
function participialSubject(
  text: string,
  ws: Word[],
  before: string,
): { start: number; end?: number } | null {
  const participial =
    /(?:^|[,;:]\s*)([^,;:]*\p{Lu}[\p{L}’'.-]*),\s+(?:\p{Ll}+ly\s+)?(?:known|called|dubbed|nicknamed|famous|best known|born|\p{Ll}+ed)\s[^,;:]*(?:,\s*|\s{3,})$/u.exec(
      before.slice(-MAX_APPOSITIVE_CHARS),
    );
  const offset = Math.max(0, before.length - MAX_APPOSITIVE_CHARS);
  if (participial?.[1]) {
    const inner = ws.filter(
      (w) => w.end <= offset + participial.index + participial[0].indexOf(',', 1),
    );
    const headEnd = (inner[inner.length - 1]?.end ?? 0) as number;
    const subject = subjectBefore(
      text,
      [...inner, { text: 'said', start: headEnd, end: headEnd }],
      inner.length,
    );
    if (subject && hasNameWord(text.slice(subject.start, headEnd)))
      return { start: subject.start, end: headEnd };
  }
  return null;
}

/** The subject before a comma-closed aside: a relative clause or role appositive, or a name between commas. */
function appositiveSubject(
  text: string,
  ws: Word[],
  before: string,
): { start: number; end?: number } | null {
  // "Ana Lima, who emigrated …, remarked", "Lima, Berg’s lawyer, argues", "Lima, for example, said".
  const open = Math.max(appositiveOpen(before), asideOpen(before));
  if (open >= 0) {
    const inner = ws.filter((w) => w.end <= open);
    const subject = subjectBefore(
      text,
      [...inner, { text: 'said', start: open, end: open }],
      inner.length,
    );
    // An unnamed head identified inside its appositive: "Another commuter, a student who gave
    // only her first name, Léa, said" / "The chief executive, a former boss named Sandra Kloss,".
    const head = subject ? text.slice(subject.start, open) : '';
    const named = subject && !hasNameWord(head) ? appositiveName(before, open) : null;
    if (named) return named;
    return subject ? { start: subject.start, end: open } : null;
  }
  // "Trump’s communications director, Steven Cheung, informed": a name between commas.
  const named = /(?:^|[,;:]\s*)([^,;:]+),\s+([^,]+),\s*$/u.exec(before);
  if (named?.[1] && named[2]) {
    const nameWords = words(named[2]);
    // "Dana Reyes, 31, of Toledo, Ohio, said": a state after a city is a place, not a name.
    if (isCityState(named[1], named[2])) return placeSubject(text, ws, before, named);
    if (nameWords.length > 0 && nameWords.every((w) => isNameWord(w.text))) {
      const whole = named.index + named[0].indexOf(named[1]);
      const roleWords = words(named[1]);
      const roleIsOpening = /^\s*$/u.test(text.slice(0, whole));
      return {
        start:
          roleIsOpening && roleWords.length <= MAX_SOURCE_WORDS
            ? whole
            : whole + named[1].length + 2,
      };
    }
  }
  return null;
}

/**
 * The subject ending in a "City, State" place: "a woman in Worcester, Massachusetts, told" → the
 * noun phrase through the state; "…, 31, of Toledo, Ohio, said" (a prepositional leftover) → null.
 */
function placeSubject(
  text: string,
  ws: Word[],
  before: string,
  named: RegExpExecArray,
): { start: number; end?: number } | null {
  const head = named[1] ?? '';
  const cityEnd = named.index + named[0].indexOf(head) + head.length;
  const inner = ws.filter((w) => w.end <= cityEnd);
  const subject = plainSubject(
    text,
    [...inner, { text: 'said', start: cityEnd, end: cityEnd }],
    inner.length,
    cityEnd,
  );
  const first = words(text.slice(subject?.start ?? 0, cityEnd))[0]?.text ?? '';
  if (!subject || NOT_VERBS.test(first) || !/\p{L}/u.test(first)) return null;
  return { start: subject.start, end: before.replace(/[\s,]+$/u, '').length };
}

/** The noun phrase right before the verb, up to a clause break or MAX_SOURCE_WORDS words. */
function plainSubject(
  text: string,
  ws: Word[],
  end: number,
  verbStart: number,
): { start: number; end?: number } | null {
  let from = end;
  while (from - 1 >= 0 && end - (from - 1) <= MAX_SOURCE_WORDS) {
    const w = ws[from - 1];
    const next = ws[from];
    if (!w) break;
    const gap = text.slice(w.end, next ? next.start : verbStart);
    // A spaced hyphen is a dash typed plainly ("Ana Lima - the harbour master - said").
    if (/[,;:.!?()“”"—–]|\s--?\s/u.test(gap)) break;
    if (PHRASE_BREAKERS.has(w.text.toLowerCase())) break;
    from--;
  }
  const phrase = ws.slice(from, end);
  // "Lima, the port chief, met Berg on Monday and told him": a coordinated verb whose clause
  // opens with a name (and an appositive) shares that name as its subject.
  const last = phrase[phrase.length - 1];
  if (last && /^(?:and|then)$/iu.test(last.text)) {
    const head = clauseHeadSubject(text, last.start);
    if (head) return head;
  }
  // "The company cut its forecast and said": the subject is before the coordinated verb.
  const coordinated = coordinatedSubjectLength(phrase.map((w) => w.text));
  // "Lima, speaking on the radio, called Berg a “…” and said": what is left before "and" is
  // the first verb and its object, not a subject; the subject stands before the appositive.
  if (
    coordinated > 0 &&
    /^\p{Ll}+ed$/u.test(phrase[0]?.text ?? '') &&
    /^\p{Lu}/u.test(phrase[1]?.text ?? '')
  )
    return from > 0 ? subjectBefore(text, ws, from) : null;
  const subject = coordinated > 0 ? phrase.slice(0, coordinated) : phrase;
  if (/^(?:and|or|then)$/iu.test(phrase[phrase.length - 1]?.text ?? '') && coordinated === 0)
    return null;
  if (!isSourcePhrase(subject)) return null;
  const first = subject[0];
  if (!first) return null;
  return coordinated > 0
    ? { start: first.start, end: subject[coordinated - 1]?.end }
    : { start: first.start };
}

/** The subject phrase ending before word `v` (the reporting verb), or null. */
export function subjectBefore(
  text: string,
  ws: Word[],
  v: number,
): { start: number; end?: number } | null {
  let end = v;
  // Fillers sit right before the verb: "Pia Lund, speaking on Monday, said" keeps its comma.
  while (
    end - 1 >= 0 &&
    isFiller(ws[end - 1]?.text ?? '') &&
    !/[,;:]/u.test(text.slice(ws[end - 1]?.end ?? 0, ws[end]?.start ?? 0))
  )
    end--;
  const verbStart = ws[end]?.start ?? 0;
  // Appositive (ends in a comma or gap): "Dimitri Simes, who emigrated ..., remarked" → before ", who".
  const before = text.slice(0, verbStart);
  const aside = /(?:,\s*|\s{3,})$/u.test(before) ? participialSubject(text, ws, before) : null;
  if (aside) return aside;
  if (/,\s*$/u.test(before)) return appositiveSubject(text, ws, before);
  return plainSubject(text, ws, end, verbStart);
}

/**
 * "had asked to delay shipments", "urged to resign", "is said to be": a speech verb followed by
 * "to" and a verb reports a request or a rumour, not who speaks ("said to reporters" is speech).
 */
export const NOT_REPORTING_TO =
  /^\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|me|him|them|us|reporters|journalists)\b)\p{Ll}+(?<!s)\b/u;

/** Words before a speech verb that deny the speech ("cannot say", "did not comment"). */
const NEGATIONS =
  /^(?:not|never|cannot|can['’]t|won['’]t|wouldn['’]t|couldn['’]t|didn['’]t|doesn['’]t|don['’]t)$/iu;

/** Verbs of refusing before "to" and a speech verb ("declined to say"). */
const REFUSALS = /^(?:refused|refuses|refuse|declined|declines|decline)$/iu;

/** Whether offset `at` sits in a clause opened by a subordinator ("While Moscow asserts …,"). */
export function inSubordinateClause(text: string, at: number, time = false): boolean {
  const before = text.slice(0, at);
  const boundary = Math.max(...[',', ';', ':', '—', '–', '('].map((c) => before.lastIndexOf(c)));
  const clause = before.slice(boundary + 1);
  const first = /^\s*(?:(?:and|but|yet)\s+)?([\p{L}]+)/iu.exec(clause)?.[1]?.toLowerCase() ?? '';
  return SUBORDINATORS.has(first) || (time && TIME_SUBORDINATORS.test(first));
}

/** The subject of the last reporting verb of a text ("Steven Cheung" in "…, Steven Cheung, informed Reuters …"), verbatim, or null. */
export function findSpeechSubject(sentence: string): string | null {
  // A short parenthesis inside the subject ("Sen. Ana Lima (D-Ore.) said") is blanked out.
  const text = maskQuotations(sentence).replace(SHORT_PARENTHESIS, (m) => ' '.repeat(m.length));
  const ws = words(text);
  for (let v = ws.length - 1; v >= 0; v--) {
    const w = ws[v];
    if (!w || !isSpeechVerbAt(ws, v)) continue;
    if (/^\s+(?:and|or)\s/u.test(text.slice(w.end))) continue;
    if (NOT_REPORTING_TO.test(text.slice(w.end))) continue;
    if (NEGATIONS.test(ws[v - 1]?.text ?? '')) continue;
    // "refused to say whom …", "declined to comment": a refusal reports no words.
    if (ws[v - 1]?.text === 'to' && REFUSALS.test(ws[v - 2]?.text ?? '')) continue;
    const subject = subjectBefore(text, ws, v);
    if (!subject) continue;
    // "When Lima asked …, Berg fired back:": a subordinate clause's speaker, with the main
    // clause still to come, is not the sentence's.
    if (inSubordinateClause(text, subject.start, true) && /,\s*\S+\s+\S+/u.test(text.slice(w.end)))
      continue;
    let end = subject.end;
    if (end === undefined) {
      end = w.start;
      // Drop auxiliaries and adverbs between the subject and the verb.
      let k = v;
      while (k - 1 >= 0 && isFiller(ws[k - 1]?.text ?? '')) k--;
      end = ws[k]?.start ?? w.start;
    }
    const phrase = sentence
      .slice(subject.start, end)
      .replace(SHORT_PARENTHESIS, '')
      .replace(/[\s,]+$/u, '');
    if (phrase !== '') return phrase;
  }
  return null;
}
