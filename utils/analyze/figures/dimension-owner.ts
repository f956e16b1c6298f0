/**
 * Whose size a figure after "measures" is: "The crack measures about nine inches in length" →
 * the crack; "a crack in the dam on Tuesday, which slants to the left and measures nine inches"
 * → the crack too. A relative clause after a closing time phrase ("on Tuesday, which …") is
 * about the thing the main verb acted on, not the day; the first noun phrase after the subject
 * that opens on an article names it. Used by the `dimension` row of `MEASURE_RULES` when no
 * other owner is found.
 */
import { WEEKDAYS } from '../lexicon/time';
import { alternation } from '../lexicon/words';
import { FUNCTION_WORDS, objectPhrase, phraseBefore, wordsOf } from './grammar';

/** "measures about", "measured": the verb of size right before the figure. */
const MEASURES_BEFORE =
  /(?:^|\s)measur(?:es|ed|ing)\s+(?:(?:about|nearly|almost|some|roughly|around|just)\s+)?$/u;
/** ", which slants to the left and measures": a relative clause up to that verb. */
const RELATIVE_TO_VERB = /,?\s+(?:which|that)(?:\s[^,;:]*)?$/u;
/** A time phrase closing the clause before the relative pronoun: "on Tuesday", "last week", "yesterday". */
const TIME_AT_END = new RegExp(
  `\\s+(?:on\\s+(?:${alternation(WEEKDAYS)})|(?:last|this)\\s+(?:week|month|year)|yesterday|today)\\s*$`,
  'iu',
);

/** The thing measured before "measures", or "". */
export function measuredOwner(before: string): string {
  const verb = MEASURES_BEFORE.exec(before);
  if (!verb) return '';
  const head = before.slice(0, verb.index);
  const relative = RELATIVE_TO_VERB.exec(head);
  if (!relative) {
    const subject = phraseBefore(wordsOf(head));
    return subject && !FUNCTION_WORDS.has(subject.toLowerCase()) ? subject : '';
  }
  const main = head.slice(0, relative.index);
  if (!TIME_AT_END.test(main)) return phraseBefore(wordsOf(main));
  // "Crews found a crack in the dam on Tuesday, which": the main verb's object, the first
  // noun phrase opened by an article after the subject's.
  const words = wordsOf(main.replace(TIME_AT_END, ''));
  const at = words.findIndex((w, i) => i > 0 && /^(?:a|an|the)$/iu.test(w.text));
  if (at < 0) return '';
  const object = objectPhrase(main.slice((words[at] as { start: number }).start));
  return object.replace(/^(?:the|a|an)\s+/iu, '');
}
