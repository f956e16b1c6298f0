/**
 * Figures in a list after one verb: "The toll averaged 4 percent between 1990 and 1995, 2 percent
 * between 2000 and 2005 and 1 percent from 2010 to the present". The second and later figures
 * stand for the first one's label at another time; without this row the verb rows read the words
 * before them afresh and found a wrong verb (an adjective read as the subject of a word misread
 * as a verb, for the second of three rates in an eval article's list). Rows of `MEASURE_RULES`,
 * run before the verb rows.
 */
import { type MeasureRule, WHEN_AT_END, whenOf } from './describe';

/** A list separator right before the figure: ", ", ", and ", " and ", " or ". */
const LIST_SEPARATOR = /(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u;
/** What the previous figure of the list ends on: a digit, a percent or a point. */
const FIGURE_END = /(?:\d|%|\bpercent|\bper cent|\bpoints?)$/u;
/** What may follow a figure of the list: nothing more, punctuation, or the next item. */
const LIST_GOES_ON = /^\s*(?:[,.;)]|$|(?:and|or)\s)/u;

/** The list rows, in order. */
export const LIST_RULES: readonly MeasureRule[] = [
  {
    // "averaged 4 percent between 1990 and 1995, 2 percent between 2000 and 2005": the first
    // figure's label, with this one's own time (`applyRules` adds it).
    name: 'list-continues-previous',
    example: {
      sentence:
        'The toll on the bridge averaged 4 percent between 1990 and 1995, 2 percent between 2000 and 2005.',
      figure: '2 percent',
      measures: 'toll on bridge averaged between 2000 and 2005',
    },
    apply: (ctx) => {
      if (!ctx.previous || !LIST_SEPARATOR.test(ctx.before)) return null;
      if (!whenOf(ctx.right) && !LIST_GOES_ON.test(ctx.right)) return null;
      // The item before: a figure, then at most its own time ("4 percent between 1990 and 1995").
      const item = ctx.before.replace(LIST_SEPARATOR, '').replace(WHEN_AT_END, '');
      return FIGURE_END.test(item) ? ctx.previous : null;
    },
  },
];
