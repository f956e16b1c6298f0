/*
 * Labels read from the figure before, for a figure the sentence gives as a level of a quantity
 * it only describes: "Harbour fees fell from 9 percent of port income to 4 percent. The current
 * rate of 5 percent is fair." The label "current rate" says no more than a category; the quantity
 * is the one the figure before measured ("harbour fees"), so the label names it ("current rate
 * of harbour fees"). `backref-rules.ts` holds the rows for a clause that refers back through its
 * subject ("It rose to 4.6%"); these rows are for a description around the figure.
 */
import type { Figure } from '../../summary';
import { WHEN_AT_END } from './describe';
import { MAX_LABEL_WORDS } from './label-words';

/** A kept figure with the rule that labelled it and its offsets in its sentence. */
interface LocatedFigure {
  figure: Figure;
  rule: string;
  start: number;
  end: number;
}

/** An invented story, the figure's value in it, and the `measures` it gets with the rule applied. */
export interface DescribedExample {
  paragraphs: string[];
  figure: string;
  measures: string;
}

/** What a row reads: the figure, its sentence, the figures before in its paragraph (nearest last). */
export interface DescribedContext {
  figure: LocatedFigure;
  text: string;
  earlier: LocatedFigure[];
}

/** One rewrite: `apply` returns the figure's new label, or null to leave it. */
export interface DescribedRule {
  name: string;
  example: DescribedExample;
  apply(ctx: DescribedContext): string | null;
}

/** A label that is only a described level: "current rate", "the new level", "overall share". */
const DESCRIBED_LEVEL =
  /^(?:(?:current|new|latest|present|overall|average|typical|usual|normal)\s+)?(?:rate|level|share|figure|total)$/u;

/** A change label's noun, dropped when the new figure is a level ("rise in prices" → "prices"). */
const CHANGE_HEAD = /^(?:rise|fall|increase|decrease|drop|growth|change)\s+in\s+/u;

/** What the figure before measured, without its category or change words, or null. */
function quantityOf(measures: string): string | null {
  const base = measures.replace(WHEN_AT_END, '').replace(CHANGE_HEAD, '');
  const asShare = /^(.+?)\s+as\s+(?:a\s+)?(?:share|proportion|percentage)\s+of\s/u.exec(base)?.[1];
  if (asShare) return asShare;
  const of = /^(?:share|rate|level|amount|number|total)\s+of\s+(.+)$/u.exec(base)?.[1];
  if (of) return of;
  // A bare category or a clause says no quantity.
  return /^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}$/u.test(base) &&
    !/^(?:share|rate|level|amount|number|total|time|duration)\b/u.test(base)
    ? base
    : null;
}

export const DESCRIBED_BACKREF_RULES: readonly DescribedRule[] = [
  {
    name: 'described-level-of-previous',
    example: {
      paragraphs: [
        'Harbour fees dropped from about 9 percent of port income in 2010 to less than 4 percent in 2020. While the current rate of about 5 percent is fair, it is still high.',
      ],
      figure: 'about 5 percent',
      measures: 'current rate of harbour fees',
    },
    apply({ figure, text, earlier }) {
      const label = figure.figure.measures;
      if (!DESCRIBED_LEVEL.test(label)) return null;
      // The sentence says the description right before the figure ("the current rate of …").
      const said = new RegExp(`\\bthe\\s+${label}\\s+(?:of|was|is|stood\\s+at|at)\\s+$`, 'iu');
      if (!said.test(text.slice(0, figure.start))) return null;
      const previous = [...earlier].reverse().find((t) => t.figure.kind === figure.figure.kind);
      const quantity = previous ? quantityOf(previous.figure.measures) : null;
      if (!quantity) return null;
      const out = `${label} of ${quantity.charAt(0).toLowerCase()}${quantity.slice(1)}`;
      return out.split(/\s+/u).length <= MAX_LABEL_WORDS ? out : null;
    },
  },
];
