/**
 * The noun a figure qualifies: "growth above 40%", "unemployment at 4.1%", "the proposed merger
 * timescale of two years". A row of `MEASURE_RULES`, kept apart from that table's file for its
 * size. The words between the determiner and the noun stay: without them two eval articles'
 * labels kept the bare head noun and lost the words saying which plan and which total.
 */
import { CONTAINER_NOUNS } from '../lexicon/figure-words';
import type { MeasureRule } from './describe';
import { FUNCTION_WORDS, isInflectedVerb, nounLike } from './grammar';

const CONTAINERS: ReadonlySet<string> = new Set(CONTAINER_NOUNS);
/** Up to two words between a determiner and the noun a figure qualifies ("a total impact of"). */
const MODIFIED =
  /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,2})\p{Ll}[\p{L}-]*\s+(?:of|at)\s*$/u;

/** "in today's dollars", "in 10-year equivalents": lower-case terms of an amount ending its clause. */
const MONEY_TERMS =
  /^\s+in\s+((?:\d+-)?\p{Ll}[\p{Ll}’'-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})(?=\s*[,.;:)]|\s*$|\s+(?:versus|vs\.?|and|or|but)\s)/u;

/** "unemployment at 4.1%", "the proposed merger timescale of two years": the noun, with the words that say which. */
export const QUALIFIED_NOUN: MeasureRule = {
  // "growth above 40%", "unemployment at 4.1%", "inflation of 3%": the noun the figure qualifies.
  name: 'qualified-noun',
  example: {
    sentence: 'Analysts now expect unemployment at 4.1% by the summer.',
    figure: '4.1%',
    measures: 'unemployment by the summer',
  },
  apply: (ctx) => {
    const qualified =
      // "Inflation of 3%": the whole word, not its lower-case tail.
      /(?<!\p{L})(\p{Ll}[\p{L}-]*)\s+(?:of|at)\s*$/u.exec(ctx.before)?.[1] ??
      (/^(?:above|below|over|under|near|around)\s/u.test(ctx.bareValue) &&
      (ctx.kind === 'percent' || ctx.kind === 'money')
        ? ctx.lastWord
        : '');
    if (
      !qualified ||
      !nounLike(qualified) ||
      /(?:ing|ed|s)$/u.test(qualified) ||
      CONTAINERS.has(qualified)
    )
      return null;
    // "the proposed merger timescale of two years": the words after the determiner say which.
    const words = MODIFIED.exec(ctx.before)?.[1]?.trim().split(/\s+/u) ?? [];
    // A participle only right after the determiner ("the proposed"): "the firm expected revenue of" is a clause.
    const which = words.every(
      (w, i) =>
        !FUNCTION_WORDS.has(w) &&
        !/ing$/u.test(w) &&
        (!isInflectedVerb(w) || (i === 0 && /ed$/u.test(w))),
    );
    const noun = which && words.length > 0 ? `${words.join(' ')} ${qualified}` : qualified;
    // "a total cost of $40bn in today's dollars": the terms the amount is given in.
    const terms = ctx.kind === 'money' ? MONEY_TERMS.exec(ctx.right)?.[1] : undefined;
    return terms ? `${noun} in ${terms}` : noun;
  },
};
