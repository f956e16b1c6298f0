/**
 * What a duration measures when no verb says it: where it was spent ("six years in Lisbon"),
 * what it counts from ("five years since the flood") or the state it describes ("seven months
 * pregnant"). These rows run in `MEASURE_RULES` after the verb rules. Evidence: durations on
 * public news pages were labelled with the bare category "duration" more than any other figure.
 */
import { CLAUSE_TIME_NOUNS, DATE_OBJECT_WORDS, NOT_NOUNS } from '../lexicon/figure-words';
import { alternation } from '../lexicon/words';
import type { MeasureRule } from './describe';
import { FUNCTION_WORDS, objectPhrase, phraseAfter } from './grammar';
import { INTERVAL_RULES } from './interval-rules';

const TIME_NOUN = new RegExp(`^(?:${alternation(CLAUSE_TIME_NOUNS)})\\b`, 'iu');
const DATE_OBJECT = new RegExp(`^(?:${alternation(DATE_OBJECT_WORDS)})\\b`, 'iu');
/** Words after a duration that are no state of its own ("ago", "later", "old": other figures' business). */
const NO_STATE: ReadonlySet<string> = new Set(['ago', 'later', 'earlier', 'old', 'long', 'apart']);
const NOT_NOUN_SET: ReadonlySet<string> = new Set(NOT_NOUNS);
/** Most words of an activity's prepositional object ("on the harbour wall") (unit: words). */
const MAX_ACTIVITY_WORDS = 3;

/** A verb group right after a subject: auxiliaries, then a past form ("was handed", "closed"). */
const SINCE_VERB =
  /^\s+((?:(?:was|were|had|has|have|first|last)\s+)*(?:\p{Ll}+ed|began|came|went|left|took|won|lost|got|made|became|fell|rose|broke|ran|met|set|saw|sold|bought|built|quit|struck|found))(?!\p{L})/u;
/** Most words of a "since" clause kept in the label (unit: words). */
const MAX_SINCE_WORDS = 7;

/**
 * The whole "since" clause when its subject has a verb ("since the flood closed the mill",
 * past an aside after a name: "since Lima, then a clerk, was handed the keys"), or null.
 */
function sinceClause(right: string, subject: string): string | null {
  const m = /^\s+(?:since|after|before|until)\s+/u.exec(right);
  if (!m) return null;
  const clause = right.slice(m[0].length);
  const at = clause.indexOf(subject);
  if (at < 0 || at > 4) return null;
  const written = clause.slice(0, at + subject.length);
  const rest = clause.slice(at + subject.length).replace(/^,[^,.;:—–()]{1,60},/u, '');
  const verb = SINCE_VERB.exec(rest);
  if (!verb?.[1]) return null;
  const object = objectPhrase(rest.slice(verb[0].length));
  const words = `${written} ${verb[1]}${object ? ` ${object}` : ''}`.split(/\s+/u);
  return words.length <= MAX_SINCE_WORDS ? words.join(' ') : null;
}

/** A form of "last" right before the duration, with its auxiliaries and an optional relative pronoun. */
const LASTING =
  /(?:,\s*|\s+)(?:(?:that|which)\s+)?(?:(?:will|would|could|can|may|might|should|must|has|have|had|did|does|do|still|only|probably|likely)\s+)*last(?:s|ed)?\s+(?:for\s+)?$/u;
/** The determiner a lasting thing opens on: "the strike", "its review", "a process". */
const LASTING_OPENER = /^(?:the|a|an|its|their|his|her|this)$/iu;
/** Most words between that determiner and the verb (unit: words). */
const MAX_LASTING_WORDS = 3;

/** The thing a duration says lasts ("a process that will last", "The strike lasted") with its determiner, or null. */
function lastingThing(before: string): string | null {
  const m = LASTING.exec(before);
  if (!m) return null;
  const words = before.slice(0, m.index).split(/\s+/u);
  for (let i = words.length - 1; i >= Math.max(0, words.length - 1 - MAX_LASTING_WORDS); i--) {
    const word = words[i] ?? '';
    if (!LASTING_OPENER.test(word)) continue;
    const head = words.slice(i + 1);
    const isPhrase =
      head.length > 0 &&
      head.every((w) => /^[\p{L}’'-]+$/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()));
    const opener = /^an?$/iu.test(word) ? 'the' : word.toLowerCase();
    return isPhrase ? `${opener} ${head.join(' ')}` : null;
  }
  return null;
}

/** The duration rows, in order. */
export const DURATION_RULES: readonly MeasureRule[] = [
  ...INTERVAL_RULES,
  {
    // "a review that will last about a month", "The strike lasted six weeks": what lasts.
    name: 'duration-of-lasting',
    example: {
      sentence: 'The board began a safety review that will last about a month.',
      figure: 'about a month',
      measures: 'duration of the safety review',
    },
    apply: (ctx) => {
      if (ctx.category !== 'duration') return null;
      const thing = lastingThing(ctx.before);
      return thing ? `duration of ${thing}` : null;
    },
  },
  {
    // "spent three days painting the hall", "tired of working 12 hours a day": the activity.
    name: 'time-of-activity',
    example: {
      sentence: 'After three weeks painting the old ferry, the crew rested.',
      figure: 'three weeks',
      measures: 'time painting old ferry',
    },
    apply: (ctx) => {
      if (ctx.category !== 'duration') return null;
      const after = /^\s+(\p{Ll}+ing)\b(.*)/u.exec(ctx.right);
      if (after?.[1] && !FUNCTION_WORDS.has(after[1])) {
        // "working on scenes": a prepositional object when no direct one follows.
        const on = /^\s+(on|in|at|with|for|into|about)\s+([^,.;:—–()]+)/u.exec(after[2] ?? '');
        const onWhat = on?.[2] ? phraseAfter(on[2]).split(' ').slice(0, MAX_ACTIVITY_WORDS) : [];
        const object =
          phraseAfter(after[2] ?? '') ||
          (onWhat.length > 0 ? `${on?.[1]} ${onWhat.join(' ')}` : '');
        return `time ${after[1]}${object ? ` ${object}` : ''}`;
      }
      // "working 12 hours a day.": only when the figure ends the clause ("taking 41 seconds off
      // the record" is the record's business).
      const before = /^\s*(?:[,.;:—–)]|$)/u.test(ctx.right)
        ? /\b(\p{Ll}+ing)\s*$/u.exec(ctx.before)?.[1]
        : undefined;
      return before && !/^(?:during|including|according|following|nothing|something)$/u.test(before)
        ? `time ${before}`
        : null;
    },
  },
  {
    // "six years in Lisbon", "five minutes on stage": the place the time was spent.
    name: 'time-in-place',
    example: {
      sentence: 'After four years in Lisbon, the painter moved home.',
      figure: 'four years',
      measures: 'time in Lisbon',
    },
    apply: (ctx) => {
      if (ctx.category !== 'duration') return null;
      // "a few weeks with the new camera": the thing the time was spent with, as a place.
      const at = /^\s+(in|on|at|with)\s+([^,.;:—–()]+)/u.exec(ctx.right);
      if (!at?.[2]) return null;
      const place = phraseAfter(at[2]);
      // "in 2010", "in the summer", "in a row": a time, not a place.
      if (!place || TIME_NOUN.test(place) || DATE_OBJECT.test(place) || /^row$/iu.test(place))
        return null;
      return `time ${at[1]} ${place}`;
    },
  },
  {
    // "five years since the flood": what the time is counted from.
    name: 'time-since',
    example: {
      sentence: 'It has been nine years since the flood closed the mill.',
      figure: 'nine years',
      measures: 'time since the flood closed the mill',
    },
    apply: (ctx) => {
      if (ctx.category !== 'duration') return null;
      const since = /^\s+(since|after|before|until)\s+([^,.;:—–()]+)/u.exec(ctx.right);
      const what = since?.[2] ? phraseAfter(since[2]) : '';
      if (!what || TIME_NOUN.test(what)) return null;
      return `time ${since?.[1]} ${sinceClause(ctx.right, what) ?? what}`;
    },
  },
  {
    // "seven months pregnant", "ten years behind": the state the duration describes.
    name: 'time-predicate',
    example: {
      sentence: 'The patient, who was eight months pregnant, was sent home.',
      figure: 'eight months',
      measures: 'time pregnant',
    },
    apply: (ctx) => {
      if (ctx.category !== 'duration') return null;
      const state = /^\s+(\p{Ll}+)\s*(?:[,.;:—–)]|$)/u.exec(ctx.right)?.[1] ?? '';
      return state &&
        !NO_STATE.has(state) &&
        (!FUNCTION_WORDS.has(state) || NOT_NOUN_SET.has(state)) &&
        !TIME_NOUN.test(state)
        ? `time ${state}`
        : null;
    },
  },
];
