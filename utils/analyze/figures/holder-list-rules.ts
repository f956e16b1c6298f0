/*
 * Labels completed from the figure they are part of: "Halden Bank had 400 employees, including
 * about a dozen managers" gives the first figure its holder ("Halden Bank’s employees",
 * `holder-rules.ts`), but the second stands too far from the subject for the holder reader. A
 * figure the sentence gives as part of the one before ("including", "among them") belongs to
 * the same holder, so its label takes the same possessive ("Halden Bank’s managers").
 */
import type { Figure } from '../../summary';

/** A kept figure with the rule that labelled it and its offsets in its sentence. */
interface LocatedFigure {
  figure: Figure;
  rule: string;
  start: number;
  end: number;
}

/** An invented story, the figure's value in it, and the `measures` it gets with the rule applied. */
export interface ListExample {
  paragraphs: string[];
  figure: string;
  measures: string;
}

/** What a row reads: the figure, the figure before it in its sentence, and the words between. */
export interface ListContext {
  figure: LocatedFigure;
  previous: LocatedFigure;
  between: string;
}

/** One completion: `apply` returns the figure's new label, or null to leave it. */
export interface ListRule {
  name: string;
  example: ListExample;
  apply(ctx: ListContext): string | null;
}

/** Most words the completed label may have (unit: words). */
const MAX_LABEL_WORDS = 10;

/** Words that make the next figure part of the one before: ", including about", ", among them". */
const PART_OF =
  /^\s*(?:\([^)]*\)\s*)?,?\s*(?:including|among\s+them|of\s+whom|of\s+which)\s+(?:(?:about|some|around|roughly|nearly|almost|more\s+than|at\s+least|only|just|a|an)\s+)*$/iu;

/** A label that opens on a name's possessive ("Halden Bank’s employees"). */
const POSSESSIVE_OPENING = /^((?:\p{Lu}[\p{L}&-]*\s+){0,3}\p{Lu}[\p{L}&-]*(?:’s|’|'s|'))\s/u;

export const LIST_RULES: readonly ListRule[] = [
  {
    name: 'holder-of-whole',
    example: {
      paragraphs: [
        'Halden Bank grew fast in 2019. It had 400 employees, including about a dozen managers.',
      ],
      figure: 'about a dozen managers',
      measures: 'Halden Bank’s managers',
    },
    apply({ figure, previous, between }) {
      if (!PART_OF.test(between)) return null;
      const owner = POSSESSIVE_OPENING.exec(previous.figure.measures)?.[1];
      const label = figure.figure.measures;
      // A label that names someone already says whose.
      if (!owner || /\p{Lu}/u.test(label)) return null;
      const out = `${owner} ${label}`;
      return out.split(/\s+/u).length <= MAX_LABEL_WORDS ? out : null;
    },
  },
];

/** Gives each figure that is part of the one before it in its sentence that figure's holder. */
export function completeListHolders(located: LocatedFigure[], texts: readonly string[]): void {
  located.forEach((t, i) => {
    const previous = located[i - 1];
    if (!previous || previous.figure.sentence !== t.figure.sentence) return;
    const text = texts[t.figure.sentence] ?? '';
    const between = text.slice(previous.end, t.start);
    for (const rule of LIST_RULES) {
      const out = rule.apply({ figure: t, previous, between });
      if (!out) continue;
      t.figure.measures = out;
      t.rule = `${t.rule}+${rule.name}`;
      return;
    }
  });
}
