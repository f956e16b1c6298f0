/**
 * Attribution of a sentence: the phrase that says who the sentence relies on.
 * - findAttribution: the verbatim phrase as written ("according to two officials", "Kremlin
 *   spokesperson Dmitry Peskov told Reuters"); sources.ts reads sources from it.
 * - claimAttribution: what the UI shows under a claim, as a reader would say who the claim is
 *   attributed to. Decision (format): "according to …" / "as reported by …" / "citing …" are kept
 *   verbatim as written (first letter lowercased); otherwise the source noun phrase alone, without
 *   its reporting verb or addressee ("Two sources highlighted" → "two sources", "Kremlin
 *   spokesperson Dmitry Peskov told Reuters" → "Kremlin spokesperson Dmitry Peskov"), a leading
 *   determiner or number word lowercased, a bare name given in full ("Sorvino" → "Elena
 *   Sorvino"). A reporting verb inside a subordinate clause ("While Moscow asserts that …, Russian
 *   forces occupy …") attributes that clause only, so the claim gets null: the story states it.
 */

import { findNames, fullestName, type PersonIndex } from '../names';
import {
  inSubordinateClause,
  isSourcePhrase,
  isSpeechVerbAt,
  maskQuotations,
  NOT_REPORTING_TO,
  subjectBefore,
  VERB_FILLERS,
  words,
} from './subject';

export {
  coordinatedSubjectLength,
  findSpeechSubject,
  maskQuotations,
  maskQuotationsAndAsides,
} from './subject';

/** Most words after "according to" / "as reported by" before the phrase is cut. */
const MAX_ACCORDING_WORDS = 12;

/** Cuts an "according to ..." tail at the first clause boundary. */
function cutPhrase(text: string, start: number, from: number): { start: number; end: number } {
  const rest = text.slice(from);
  // An initial's or abbreviation's period ("the U.S. Senate") ends nothing.
  const stop =
    /[,;:!?—–()“”"]|(?<!(?:^|[\s.])\p{Lu})\.|\s(?:who|which|that|and said|while|but)\s/u.exec(rest);
  let end = from + (stop ? stop.index : rest.length);
  const tail = words(text.slice(from, end));
  const limit = tail[MAX_ACCORDING_WORDS - 1];
  if (tail.length > MAX_ACCORDING_WORDS && limit) end = from + limit.end;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Finds the attribution phrase of a sentence, verbatim ("according to two officials"), or null. */
export function findAttribution(sentence: string): string | null {
  const text = maskQuotations(sentence);
  const found = findIn(text, false);
  return found ? sentence.slice(found.start, found.end).trim() : null;
}

/**
 * Leading determiners and number words lowercased in a source phrase ("Two sources" → "two
 * sources"). The one home of this list: sources/rules.ts names its sources with it too, so a
 * claim's phrase and the source it names read the same.
 */
const LEADING_DETERMINER =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several|the|these|those|another|some|many|most|top|according|as|citing)\b/iu;

/** Lowercases a leading determiner or number word, leaving names and roles as written. */
export function lowerDeterminer(phrase: string): string {
  return LEADING_DETERMINER.test(phrase)
    ? phrase.charAt(0).toLowerCase() + phrase.slice(1)
    : phrase;
}

/** Words between a subject and its reporting verb that are not part of the source ("have publicly"). */
const SUBJECT_TAIL = new RegExp(`(?:\\s+(?:${VERB_FILLERS.source.slice(4, -2)}))+$`, 'u');

/** Sentences before a claim read to resolve its "he"/"she" (unit: sentences). */
const CLAIM_CONTEXT_SENTENCES = 3;

/** `claimAttribution` of sentence `i` of a story, with the sentences before it as context. */
export function claimAttributionAt(
  sentences: readonly { text: string }[],
  i: number,
  people?: PersonIndex,
): string | null {
  const sentence = sentences[i];
  if (!sentence) return null;
  const previous = sentences.slice(Math.max(0, i - CLAIM_CONTEXT_SENTENCES), i).map((s) => s.text);
  return claimAttribution(sentence.text, people, previous);
}

/**
 * Who a claim is attributed to, as the UI shows it under the claim (format in the file comment),
 * or null when the sentence is the story's own statement. `people` gives names in full;
 * `previous` (the sentences before, nearest last) resolves "he"/"she" to the last named person.
 */
export function claimAttribution(
  sentence: string,
  people?: PersonIndex,
  previous: string[] = [],
): string | null {
  const text = maskQuotations(sentence);
  const found = findIn(text, true);
  if (!found) return null;
  const phrase = sentence.slice(found.start, found.subjectEnd ?? found.end).trim();
  if (/^(?:according to|as reported by|as per|citing|as told to)\b/iu.test(phrase))
    return lowerDeterminer(phrase);
  let subject = phrase
    .replace(/^said\s+/u, '')
    .replace(/[\s,]+$/u, '')
    .replace(SUBJECT_TAIL, '');
  if (/^(?:he|she)$/iu.test(subject)) {
    for (let k = previous.length - 1; k >= Math.max(0, previous.length - PRONOUN_LOOKBACK); k--) {
      const names = findNames(maskQuotations(previous[k] ?? '')).filter(
        (n) => n.name.includes(' ') || n.introduced,
      );
      const last = names[names.length - 1];
      if (last) return people ? fullestName(last.name, people) : last.name;
    }
    return null;
  }
  if (/^(?:it|they|we|i)$/iu.test(subject)) return null;
  // A bare name is given in full: "Sorvino" → "Elena Sorvino".
  const names = findNames(subject);
  const only = names.length === 1 ? names[0] : undefined;
  if (people && only && only.start === 0 && only.end === subject.length && !only.role) {
    subject = fullestName(only.name, people);
  }
  return subject === '' ? null : lowerDeterminer(subject);
}

/** Sentences back a claim's "he"/"she" looks for its named person (unit: sentences). */
const PRONOUN_LOOKBACK = 3;

/** An attribution span: from the subject to the verb (or addressee); subjectEnd ends the source alone. */
interface Span {
  start: number;
  end: number;
  subjectEnd?: number;
}

/** The attribution span of a quote-masked text; `mainOnly` skips verbs of subordinate clauses. */
function findIn(text: string, mainOnly: boolean): Span | null {
  const according =
    /\b(?:according to|as reported by|as per(?: insights| information)? from|as per|citing|as told to)\s+/iu.exec(
      text,
    );
  // "citing weak orders" gives a reason, not a source: "citing" needs a source phrase.
  const citesSource = (m: RegExpExecArray): boolean => {
    if (!/^citing/iu.test(m[0])) return true;
    const phrase = cutPhrase(text, m.index, m.index + m[0].length);
    return isSourcePhrase(words(text.slice(m.index + m[0].length, phrase.end)));
  };
  if (according && citesSource(according)) {
    const phrase = cutPhrase(text, according.index, according.index + according[0].length);
    // "as reported by Reuters" alone is the publisher talking about itself; keep looking first.
    const selfOnly = /^as reported by \p{Lu}\p{L}+$/u.test(text.slice(phrase.start, phrase.end));
    if (!selfOnly) return phrase;
  }
  const ws = words(text);
  for (let v = 0; v < ws.length; v++) {
    const w = ws[v];
    // Lowercase only: "United States" is not the verb "states".
    if (!w || !isSpeechVerbAt(ws, v)) continue;
    const subject = subjectBefore(text, ws, v);
    if (NOT_REPORTING_TO.test(text.slice(w.end))) continue;
    // "regions that Russia claims and controls": a verb joined to another is not reporting.
    const joined = /^\s+(?:and|or)\s/u.test(text.slice(w.end));
    if (subject && mainOnly && inSubordinateClause(text, subject.start)) continue;
    if (subject && !joined) {
      if (subject.end !== undefined) return { start: subject.start, end: subject.end };
      let end = w.end;
      const obj = ws[v + 1];
      // Keep the addressee of "told": "Peskov told Reuters".
      if (/^(?:told|informed)$/i.test(w.text) && obj && /^\p{Lu}/u.test(obj.text)) {
        // The addressee runs over capitalized words: "told The Sun", "told France Inter".
        let k = v + 1;
        while (ws[k + 1] && /^\p{Lu}/u.test(ws[k + 1]?.text ?? '') && k - v < 3) k++;
        end = ws[k]?.end ?? obj.end;
      }
      return { start: subject.start, end, subjectEnd: w.start };
    }
    // Inverted: "..., said Dmitry Peskov." / "said a spokesperson for the ministry".
    if (/[,”"]\s*$/u.test(text.slice(0, w.start))) {
      const tail = cutPhrase(text, w.start, w.end);
      const subjectWords = words(text.slice(tail.start, tail.end)).slice(1);
      if (isSourcePhrase(subjectWords)) return tail;
    }
  }
  return according && citesSource(according)
    ? cutPhrase(text, according.index, according.index + according[0].length)
    : null;
}
