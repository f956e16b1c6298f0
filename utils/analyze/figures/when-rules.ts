/*
 * When a figure is for, where its clause says so before it: a time that opens the sentence
 * without a comma ("Last year she finished ninth") or sits inside the figure's clause ("which
 * means that each year 800 families pay $4 million"). The time right after a figure ("in
 * October") and one that opens the sentence before a comma ("In the 2019 season,") are read by
 * `applyRules` (`describe.ts`) already; these rows add the rest, to a label that has no time.
 */
import type { Figure, Sentence } from '../../summary';
import { SPEECH_VERBS, SUBORDINATORS } from '../lexicon';
import { MONTH_NAMES, WEEKDAYS } from '../lexicon/time';
import { alternation } from '../lexicon/words';
import { WHEN_AT_END } from './describe';
import { MAX_LABEL_WORDS } from './label-words';

/** An invented sentence, the figure's value in it, and the `measures` it gets with the rule applied. */
export interface WhenExample {
  sentence: string;
  figure: string;
  measures: string;
}

/** What a when rule reads about one figure. */
export interface WhenContext {
  measures: string;
  /** The text of the figure's sentence before it. */
  before: string;
}

/** One addition: `apply` returns the time to append, or null. */
export interface WhenRule {
  name: string;
  example: WhenExample;
  apply(ctx: WhenContext): string | null;
}

const PERIOD = '(?:year|month|week|quarter|season|spring|summer|autumn|fall|winter|weekend)';
/** A label that already says when ("in June", "this year", "since 2019", "Monday"). */
const HAS_TIME = new RegExp(
  `\\b(?:${PERIOD}s?|daily|weekly|monthly|annual|\\d{4}|${alternation([...MONTH_NAMES, ...WEEKDAYS].map((w) => `${w[0]?.toUpperCase()}${w.slice(1)}`))})\\b`,
  'u',
);
/** A time opening the sentence with no comma before its subject ("Last year she …"). */
const OPENING = new RegExp(`^((?:Last|This|Next)\\s+${PERIOD})\\s+(?=\\p{L})`, 'u');
/** A recurring or relative time inside the clause before the figure ("each year", "this month"). */
const IN_CLAUSE = new RegExp(`\\b((?:each|every|this|last|next)\\s+${PERIOD})\\b(?!\\s*,)`, 'u');
/** Words after which another clause runs to the figure. */
const OPENS_CLAUSE: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'after',
  'before',
  'would',
  'will',
]);
/** Where the figure's clause starts: after the last break. */
const CLAUSE_BREAK = /.*(?:[;:—–()“”"]|,\s)/su;

export const WHEN_RULES: readonly WhenRule[] = [
  {
    name: 'opening-time-no-comma',
    example: {
      sentence: 'Last year the small bakery sold 9,000 loaves to the navy.',
      figure: '9,000 loaves',
      measures: 'loaves the small bakery sold last year',
    },
    apply: ({ before }) => {
      const m = OPENING.exec(before);
      return m?.[1] ? m[1].toLowerCase() : null;
    },
  },
  {
    name: 'time-in-clause',
    example: {
      sentence: 'The fee is small, which means that each year 800 families pay $40 to the port.',
      figure: '$40',
      measures: 'amount paid by families to port each year',
    },
    apply: ({ before }) => {
      const clause = before.replace(CLAUSE_BREAK, '');
      const m = IN_CLAUSE.exec(clause);
      if (!m?.[1]) return null;
      // "said last month they would …", "… last month after two years": the time is another
      // clause's when a reporting verb comes right before it or a clause opens after it.
      const said = /(\p{L}+)\s+$/u.exec(clause.slice(0, m.index))?.[1]?.toLowerCase() ?? '';
      const rest =
        clause
          .slice(m.index + m[0].length)
          .toLowerCase()
          .match(/\p{L}+/gu) ?? [];
      if (
        SPEECH_VERBS.has(said) ||
        rest.some((w) => SPEECH_VERBS.has(w) || SUBORDINATORS.has(w) || OPENS_CLAUSE.has(w))
      )
        return null;
      return m[1].toLowerCase();
    },
  },
];

/** Appends the time a row finds to each figure's label that says no time yet. */
export function addWhen(
  located: { figure: Figure; rule: string; start: number }[],
  sentences: Sentence[],
): void {
  for (const t of located) {
    const text = sentences[t.figure.sentence]?.text;
    const { measures } = t.figure;
    if (!text || HAS_TIME.test(measures) || WHEN_AT_END.test(measures)) continue;
    // A bare category stays bare: "share last year" says no more than "share".
    if (!/\s/u.test(measures)) continue;
    appendFirstWhen(t, WHEN_RULES, { measures, before: text.slice(0, t.start) });
  }
}

/**
 * Appends the time the first row that finds one gives to the figure's label, and the row's name
 * to its rule, when the label stays within MAX_LABEL_WORDS (shared with `when-carry-rules.ts`).
 */
export function appendFirstWhen<C>(
  t: { figure: Figure; rule: string },
  rows: readonly { name: string; apply(ctx: C): string | null }[],
  ctx: C,
): void {
  for (const row of rows) {
    const when = row.apply(ctx);
    if (!when) continue;
    const label = `${t.figure.measures} ${when}`;
    if (label.split(/\s+/u).length <= MAX_LABEL_WORDS) {
      t.figure.measures = label;
      t.rule = `${t.rule}+${row.name}`;
    }
    return;
  }
}
