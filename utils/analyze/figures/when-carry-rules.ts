/*
 * When a figure is for, carried over from the sentence before: news copy sets the time once
 * ("By May 2019, Tarn Ferries had grown fast.") and the next sentence goes on about the same
 * subject through a pronoun ("It had 40 boats."). The figure is the subject's at that time, so
 * a label that says no time gets the time the sentence before opens on ("boats Tarn Ferries had
 * by May 2019"). `when-rules.ts` reads times inside the figure's own sentence; these rows read
 * the sentence before, and only for a sentence that continues it.
 *
 * Decision: only a sentence that opens on a pronoun subject ("It", "They", "She", "He") carries
 * the time over; one that opens on a name or a new description may be about someone else, and
 * one that writes a time of its own ("now", "in 2020", "last year") has its own.
 */
import type { Figure, Sentence } from '../../summary';
import { MONTH_NAMES } from '../lexicon/time';
import { alternation } from '../lexicon/words';
import { WHEN_AT_END } from './describe';
import { appendFirstWhen } from './when-rules';

/** Invented sentences, the figure's value in the last, and the `measures` it gets with the rule applied. */
export interface CarryExample {
  paragraphs: string[];
  figure: string;
  measures: string;
}

/** What a carry rule reads: the figure's sentence before it and the sentence before that. */
export interface CarryContext {
  /** The text of the figure's sentence before the figure. */
  before: string;
  /** The whole text of the figure's sentence. */
  text: string;
  /** The sentence before, in the same paragraph or the one before it. */
  previous: string;
}

/** One carry-over: `apply` returns the time to append, or null. */
export interface CarryRule {
  name: string;
  example: CarryExample;
  apply(ctx: CarryContext): string | null;
}

const MONTH = alternation(MONTH_NAMES.map((w) => `${w[0]?.toUpperCase()}${w.slice(1)}`));
/**
 * A dated time opening a sentence before its comma: "By July 2001,", "In May,", "In 1998,",
 * "As of March 2020,". A month or a year must be in it: "In other words," says no time.
 */
const DATED_OPENING = new RegExp(
  `^((?:By|In|As of|At the end of|By the end of)\\s+(?:(?:${MONTH})(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|\\d{4}))\\s*,`,
  'u',
);
/** A sentence that opens on a pronoun subject, continuing the one before. */
const PRONOUN_OPENING = /^(?:It|They|She|He)\s+\p{Ll}/u;
/**
 * A time the sentence gives of its own anywhere: a year, a month, a period word, "now",
 * "today", "currently" ("It now has 40 boats" is today's count, not the one of 2019).
 */
const OWN_TIME = new RegExp(
  `\\b(?:\\d{4}|${MONTH}|now|today|currently|still|later|since|ago|year|month|week|quarter|season|decade)s?\\b`,
  'u',
);

export const CARRY_RULES: readonly CarryRule[] = [
  {
    name: 'time-of-sentence-before',
    example: {
      paragraphs: [
        'By May 2019, Halden Bank had grown fast. It had 400 employees and a new office.',
      ],
      figure: '400 employees',
      measures: 'Halden Bank’s employees by May 2019',
    },
    apply({ before, text, previous }) {
      if (!PRONOUN_OPENING.test(before) || OWN_TIME.test(text)) return null;
      const m = DATED_OPENING.exec(previous);
      if (!m?.[1]) return null;
      return `${m[1][0]?.toLowerCase()}${m[1].slice(1)}`;
    },
  },
];

/** Appends the time a row finds to each figure's label that says no time yet. */
export function carryWhen(
  located: { figure: Figure; rule: string; start: number }[],
  sentences: Sentence[],
): void {
  for (const t of located) {
    const sentence = sentences[t.figure.sentence];
    const previous = sentences[t.figure.sentence - 1];
    const { measures } = t.figure;
    if (!sentence || !previous || previous.paragraph < sentence.paragraph - 1) continue;
    // A bare category stays bare; a label that says when keeps its time.
    if (!/\s/u.test(measures) || OWN_TIME.test(measures) || WHEN_AT_END.test(measures)) continue;
    appendFirstWhen(t, CARRY_RULES, {
      before: sentence.text.slice(0, t.start),
      text: sentence.text,
      previous: previous.text,
    });
  }
}
