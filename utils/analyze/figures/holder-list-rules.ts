/*
 * Labels completed from the figure they are part of: "Halden Bank had 400 employees, including
 * about a dozen managers" gives the first figure its holder ("Halden Bank’s employees",
 * `holder-rules.ts`), but the second stands too far from the subject for the holder reader. A
 * figure the sentence gives as part of the one before ("including", "among them") belongs to
 * the same holder, so its label takes the same possessive ("Halden Bank’s managers").
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
  /** The words of the sentence after the figure. */
  after: string;
}

/** One completion: `apply` returns the figure's new label, or null to leave it. */
export interface ListRule {
  name: string;
  example: ListExample;
  apply(ctx: ListContext): string | null;
}

/** Words that make the next figure part of the one before: ", including about", ", among them". */
const PART_OF =
  /^\s*(?:\([^)]*\)\s*)?,?\s*(?:including|among\s+them|of\s+whom|of\s+which)\s+(?:(?:about|some|around|roughly|nearly|almost|more\s+than|at\s+least|only|just|a|an)\s+)*$/iu;

/** A label that opens on a name's possessive ("Halden Bank’s employees"). */
const POSSESSIVE_OPENING = /^((?:\p{Lu}[\p{L}&-]*\s+){0,3}\p{Lu}[\p{L}&-]*(?:’s|’|'s|'))\s/u;

/**
 * Words that run a second figure in parallel with the one before, in the same clause: " for Tarn
 * Net and about", ", and". At most a short complement, then "and" or a comma, then qualifiers.
 */
const PARALLEL =
  /^(?:\s+[\p{L}\p{N}’'-]+){0,5}(\s*(?:,\s*and|,|\s+and)\s+(?:(?:about|some|around|roughly|nearly|almost|more\s+than|at\s+least|only|just|another)\s+)*)$/iu;
/** A complement that says which ("in Ohio", "for Tarn Net"): a preposition and a few words. */
const COMPLEMENT =
  /^(?:in|for|on|at|from|to|among|with)\s+[\p{L}\p{N}’'-]+(?:\s+[\p{L}\p{N}’'-]+){0,3}$/u;
/** The complement right after the second figure, up to the clause's next break. */
const OWN_COMPLEMENT =
  /^\s+((?:in|for|on|at|from|to|among|with)\s+[\p{L}\p{N}’'-]+(?:\s+[\p{L}\p{N}’'-]+){0,3}?)(?=\s*(?:[,;.:)]|$)|\s+(?:and|but|according|while|as)\b)/u;

/** A dash opening an aside right before the second figure: " of the council vote — ". */
const DASH_ASIDE = /^[^—–;:()]{0,40}\s[—–]\s*$/u;
/** A word's singular, for matching "votes" with "vote". */
const singular = (w: string): string => w.replace(/(?<=\p{L}{3})s$/u, '');

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
  {
    // "The company has 3,000 customers in Ohio and about 1,200 in Iowa": the second count goes on
    // with the first's noun and verb, so it is the same holder's ("Corvane Foods’ customers"),
    // and its own complement ("in Iowa") takes the place of the first's ("in Ohio").
    name: 'parallel-figure',
    example: {
      paragraphs: [
        'Corvane Foods grew fast. The company now has 3,000 customers in Ohio and about 1,200 in Iowa.',
      ],
      figure: 'about 1,200',
      measures: 'Corvane Foods’ customers in Iowa',
    },
    apply({ figure, previous, between, after }) {
      const parallel = PARALLEL.exec(between);
      if (!parallel) return null;
      const label = figure.figure.measures;
      const owner = POSSESSIVE_OPENING.exec(previous.figure.measures)?.[1] ?? '';
      const rest = previous.figure.measures.slice(owner.length).trim();
      // The same thing counted: the label opens on the word the first one's does after its owner.
      const head = rest.split(/\s+/u)[0];
      if (!head || label.split(/\s+/u)[0] !== head || /^\p{Lu}/u.test(label)) return null;
      // " for Tarn Net and about" → "for Tarn Net": the first figure's complement, said in its label.
      const firstTail = between.slice(0, between.length - (parallel[1]?.length ?? 0)).trim();
      const ownTail = OWN_COMPLEMENT.exec(after)?.[1];
      let out = label;
      if (firstTail && ownTail && COMPLEMENT.test(firstTail) && out.includes(firstTail)) {
        out = out.replace(firstTail, ownTail);
      }
      if (owner && !out.includes(owner)) out = `${owner} ${out}`;
      if (out === label) return null;
      return out.split(/\s+/u).length <= MAX_LABEL_WORDS ? out : null;
    },
  },
  {
    // "Lima won 61 percent of the council vote — 2,140 council votes — in May": the aside says the
    // first figure again in other terms, so what the first label says of its thing (who won it)
    // holds for the second ("council votes" → "council votes won by Lima").
    name: 'dash-restatement',
    example: {
      paragraphs: [
        'Tarn Lima won 61 percent of the council vote — 2,140 council votes — in the May poll.',
      ],
      figure: '2,140 council votes',
      measures: 'council votes won by Tarn Lima',
    },
    apply({ figure, previous, between }) {
      if (!DASH_ASIDE.test(between)) return null;
      const label = figure.figure.measures;
      const words = label.split(/\s+/u);
      if (words.length > 3 || /\p{Lu}/u.test(label)) return null;
      // The first label must say the same thing ("council vote"), and more after it.
      const first = previous.figure.measures.split(/\s+/u);
      const at = first.findIndex((_w, i) =>
        words.every((w, k) => singular(first[i + k] ?? '') === singular(w)),
      );
      const rest = at < 0 ? [] : first.slice(at + words.length);
      if (rest.length === 0) return null;
      const out = `${label} ${rest.join(' ')}`;
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
    const after = text.slice(t.end);
    for (const rule of LIST_RULES) {
      const out = rule.apply({ figure: t, previous, between, after });
      if (!out) continue;
      t.figure.measures = out;
      t.rule = `${t.rule}+${rule.name}`;
      return;
    }
  });
}
