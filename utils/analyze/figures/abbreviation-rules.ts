/**
 * A count whose noun follows a dotted abbreviation: "70 million U.S. cable subscribers", "3,000
 * U.K. households". The figure pattern stops its counted noun at the capitals, so the number
 * was read bare and labelled from words elsewhere in the sentence (an eval article's count of a
 * channel's viewers got the channel's own description). The abbreviation and the noun after it
 * are what is counted. A row of `MEASURE_RULES`, run first.
 */
import { nounWithClauseBefore } from './counted-clause-rules';
import type { MeasureRule } from './describe';

/** "U.K. pay-TV homes": a dotted abbreviation, up to three words, a plural noun. */
const ABBREVIATED_NOUN =
  /^\s+((?:\p{Lu}\.){2,}\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*s)(?=[\s,.;:)]|$)/u;

/** The abbreviation rows, in order. */
export const ABBREVIATION_RULES: readonly MeasureRule[] = [
  {
    // "reaches 70 million U.S. cable subscribers": the abbreviated noun, with its clause.
    name: 'count-after-abbreviation',
    example: {
      sentence: 'The new channel reaches 40 million U.K. pay-TV homes.',
      figure: '40 million',
      measures: 'U.K. pay-TV homes the new channel reaches',
    },
    apply: (ctx) => {
      if (ctx.countedNoun || ctx.category !== 'number') return null;
      const noun = ABBREVIATED_NOUN.exec(ctx.right)?.[1]?.replace(/\s+/gu, ' ');
      if (!noun) return null;
      return nounWithClauseBefore(noun, ctx.before) ?? noun;
    },
  },
];
