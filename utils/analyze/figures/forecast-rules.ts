/**
 * A level someone forecasts: "Ticket sales are forecast by the port to reach $9 million by 2025",
 * "… totaled $5 million in 2020 and is projected by analysts to hit $9 million". The verb rows
 * read the forecaster after "by" as the subject ("port by 2025"), losing what reaches the level;
 * an eval article's forecast of ad spending got the forecaster's name alone. The label is the
 * thing forecast and who forecasts it. A row of `MEASURE_RULES`, run before the verb rows.
 */
import type { MeasureRule } from './describe';
import { phraseAfter, phraseBefore, wordsOf } from './grammar';

/** "<thing> is forecast by <forecaster> to reach ": the thing, the verb and the forecaster. */
const FORECAST_BY =
  /^(.*?)\s+(?:is|are|was|were)\s+(forecast|expected|projected|predicted|estimated)\s+by\s+([^,;:]+?)\s+to\s+(?:reach|hit|top|exceed|be|(?:rise|grow|climb|fall|drop)\s+to)\s+$/u;
/** "… and is forecast by": the thing is the subject of the clause before, whose label the figure before has. */
const AND_AT_END = /\s+and$/u;

/** The forecast rows, in order. */
export const FORECAST_RULES: readonly MeasureRule[] = [
  {
    // "Ticket sales are forecast by the port to reach $9 million": the thing and its forecaster.
    name: 'level-forecast-by',
    example: {
      sentence:
        'Ferry ticket sales are forecast by the port authority to reach $9 million by 2025.',
      figure: '$9 million',
      measures: 'Ferry ticket sales forecast by port authority by 2025',
    },
    apply: (ctx) => {
      const m = FORECAST_BY.exec(ctx.before);
      if (!m?.[1] || !m[2] || !m[3]) return null;
      const by = phraseAfter(m[3]);
      const thing =
        AND_AT_END.test(m[1]) && ctx.previous
          ? ctx.previous
          : phraseBefore(wordsOf(m[1].split(/[,;:—–(]/u).at(-1) ?? ''));
      return thing && by ? `${thing} ${m[2]} by ${by}` : null;
    },
  },
];
