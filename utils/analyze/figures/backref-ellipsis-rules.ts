/*
 * Bare counts that leave out what they count because the sentence before said it: "Tarnland is
 * likely to lose three council seats. Halden will gain two." The second figure is a number of
 * the same things ("council seats Halden will gain"), not a "number" of nothing. Rows of the
 * back-reference table (`backref-rules.ts`), for a number that ends its clause.
 */
import type { Figure } from '../../summary';
import { MAX_LABEL_WORDS } from './label-words';

/** A kept figure with the rule that labelled it and its offsets in its sentence. */
interface LocatedFigure {
  figure: Figure;
  rule: string;
  start: number;
  end: number;
}

/** An invented story, the figure's value in it, and the `measures` it gets with the rule applied. */
export interface EllipsisExample {
  paragraphs: string[];
  figure: string;
  measures: string;
}

/** What a row reads: the figure, its sentence, the figures before in its paragraph (nearest last). */
export interface EllipsisContext {
  figure: LocatedFigure;
  text: string;
  earlier: LocatedFigure[];
}

/** One rewrite: `apply` returns the figure's new label, or null to leave it. */
export interface EllipsisRule {
  name: string;
  example: EllipsisExample;
  apply(ctx: EllipsisContext): string | null;
}

/** A number alone: digits or one spelled-out word ("two", "12", "twenty-five"). */
const BARE_NUMBER = /^(?:\d[\d,]*|\p{Ll}+(?:-\p{Ll}+)?)$/u;
/** The end of a clause right after the figure. */
const CLAUSE_END = /^\s*(?:[.,;:!?)—–]|$)/u;
/** A counted value's number with its qualifier ("about 40", "three", "more than 1,000"). */
const COUNT_NUMBER =
  /^(?:(?:about|some|nearly|almost|around|roughly|more\s+than|at\s+least|over|only|just|another)\s+)*(?:\d[\d,.]*|\p{L}+(?:-\p{L}+)?)\s+/iu;
/** Labels that only guess from the words near the number. */
const WEAK_RULES = /^(?:category|clause-gist|phrase-before|verb-by-subject)(?:\+|$)/u;

export const ELLIPSIS_BACKREF_RULES: readonly EllipsisRule[] = [
  {
    name: 'count-of-previous',
    example: {
      paragraphs: ['Tarnland is likely to lose three council seats. Halden will gain two.'],
      figure: 'two',
      measures: 'council seats Halden will gain',
    },
    apply({ figure, text, earlier }) {
      const { value, kind, measures } = figure.figure;
      if (kind !== 'other' || !BARE_NUMBER.test(value) || !WEAK_RULES.test(figure.rule))
        return null;
      if (!CLAUSE_END.test(text.slice(figure.end))) return null;
      const previous = [...earlier].reverse().find((t) => t.figure.kind === 'count');
      if (!previous) return null;
      const number = COUNT_NUMBER.exec(previous.figure.value);
      const noun = number ? previous.figure.value.slice(number[0].length).trim() : '';
      if (!/^\p{Ll}[\p{Ll}\s-]*$/u.test(noun)) return null;
      // "also will lose" (no subject in the label): the verb alone reads after the noun.
      const future = /^(?:\p{Ll}+\s+)?(?:will|would|to)\s+(\p{Ll}+)$/u.exec(measures)?.[1];
      const out = /^number\s/u.test(measures)
        ? `${noun}${measures.slice('number'.length)}`
        : future
          ? `${noun} to ${future}`
          : `${noun} ${measures}`;
      return out.split(/\s+/u).length <= MAX_LABEL_WORDS ? out : null;
    },
  },
];
