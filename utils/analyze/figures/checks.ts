/**
 * Figures the story itself contradicts, flagged with `check` so the reader can compare the two
 * sentences: a number in the headline or standfirst that no number in the body says, and a
 * total whose parts, given in the same sentence, add up to more than it (or, after "made up of",
 * to something else). Ordered table `CHECK_RULES`, each row with its invented example.
 */
import type { Figure, Sentence } from '../../summary';
import { CATEGORY_WORDS } from '../lexicon/figure-words';
import { type Amount, amountOf, sameNumber } from './amount';
import type { LocatedFigure } from './index';

/** The `check.sentences` index of the headline (see `FigureCheck` in utils/summary.ts). */
export const CHECK_HEADLINE = -1;
/** The `check.sentences` index of the standfirst. */
export const CHECK_STANDFIRST = -2;
/** A count in the headline is compared only from this size up: "two cuts", "three killed" are often rounded talk (unit: count). */
const MIN_CHECKED_COUNT = 10;
/** Relative difference under which parts equal their total (unit: share). */
const PARTS_TOLERANCE = 0.02;

/** What a check rule reads: the body's figures, its sentences, and the headline's and standfirst's figures. */
export interface CheckContext {
  figures: LocatedFigure[];
  sentences: Sentence[];
  outside: LocatedFigure[];
}

/** One consistency rule: it sets `check` on the figures it finds contradicted. */
export interface CheckRule {
  name: string;
  example: { title?: string; text: string; flagged: string };
  apply(ctx: CheckContext): void;
}

/** Every value a body figure says: its own, its change's ends, its conversions. */
function valuesOf(figure: Figure): string[] {
  const c = figure.change;
  return [
    figure.value,
    ...(c ? [c.from, c.to, c.by].filter((v): v is string => Boolean(v)) : []),
    ...(figure.alsoWritten ?? []),
  ];
}

/** Whether two amounts can say the same quantity: same unit, or either a bare count (lenient, so fewer false flags). */
const comparable = (a: Amount, b: Amount): boolean =>
  a.unit === b.unit || a.unit === 'count' || b.unit === 'count';

/** The counted noun's head, lower-case and without a plural -s ("police officers" → "officer"). */
const head = (measures: string): string =>
  (
    measures
      .split(/\s+(?:in|of|at|on|to|for|from|with|by)\s+/u)[0]
      ?.split(/\s+/u)
      .at(-1) ?? ''
  )
    .toLowerCase()
    .replace(/s$/u, '');

/** A count's counted noun head, read from its value ("14,000 homes" → "home"), else from its `measures`. */
const countHead = (figure: Figure): string =>
  /\p{L}$/u.test(figure.value)
    ? head(figure.value.split(/\s+/u).at(-1) ?? '')
    : head(figure.measures);

const CATEGORIES: ReadonlySet<string> = new Set(CATEGORY_WORDS);
/** The content words of a `measures` phrase, category words left out. */
const contentWords = (measures: string): string[] =>
  (measures.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !CATEGORIES.has(w));

/**
 * The body figure a headline figure restates: same unit and at least one shared content word in
 * what they measure, the most shared first. Without one, nothing is flagged: a headline figure
 * the body never restates is not a contradiction ("soup in forty minutes" over "lentils cook in
 * twenty minutes").
 */
function counterpart(h: LocatedFigure, amount: Amount, ctx: CheckContext): LocatedFigure | null {
  const headline = new Set(contentWords(h.figure.measures));
  let best: LocatedFigure | null = null;
  let bestScore = 0;
  for (const f of ctx.figures) {
    const a = amountOf(f.figure.value);
    if (!a || a.unit !== amount.unit) continue;
    if (amount.unit === 'count' && countHead(f.figure) !== countHead(h.figure)) continue;
    const score = contentWords(f.figure.measures).filter((w) => headline.has(w)).length;
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

const setCheck = (f: LocatedFigure, reason: string, sentences: number[]): void => {
  if (!f.figure.check) f.figure.check = { reason, sentences };
};

const PARTS_AT_MOST = /^[^;.]*?\b(?:including|of whom|of which|among them|among whom)\b/u;
const PARTS_EXACTLY =
  /^[^;.]*?\b(?:made up of|comprising|split between|divided between|divided into)\b/u;

/** The check rules, in order. */
export const CHECK_RULES: readonly CheckRule[] = [
  {
    // "Storm cuts power to 40,000 homes" over a body that says 14,000: the reader should compare.
    name: 'headline-number-not-in-body',
    example: {
      title: 'Storm cuts power to 40,000 homes in Fenwick',
      text: 'The storm cut power to 14,000 homes across the county on Monday.',
      flagged: '14,000 homes',
    },
    apply: (ctx) => {
      const said = ctx.figures.flatMap((f) => valuesOf(f.figure).flatMap((v) => amountOf(v) ?? []));
      for (const h of ctx.outside) {
        const amount = amountOf(h.figure.value);
        if (!amount || h.figure.kind === 'range') continue;
        if (amount.unit === 'count' && amount.n < MIN_CHECKED_COUNT) continue;
        if (said.some((b) => comparable(amount, b) && sameNumber(amount, b))) continue;
        const body = counterpart(h, amount, ctx);
        if (!body) continue;
        const where = h.figure.sentence === CHECK_HEADLINE ? 'headline' : 'standfirst';
        setCheck(
          body,
          `The ${where} says “${h.figure.value}”; the story says “${body.figure.value}”.`,
          [h.figure.sentence, body.figure.sentence],
        );
      }
    },
  },
  {
    // "120 people were hurt, including 70 children and 60 adults": the parts exceed the total.
    name: 'parts-exceed-total',
    example: {
      text: 'In all 120 people were hurt, including 70 children and 60 adults, officials said.',
      flagged: '120 people',
    },
    apply: (ctx) => {
      const textOf = new Map(ctx.sentences.map((s) => [s.index, s.text]));
      ctx.figures.forEach((total, i) => {
        const text = textOf.get(total.figure.sentence) ?? '';
        const after = text.slice(total.end);
        const atMost = PARTS_AT_MOST.exec(after);
        const exactly = atMost ? null : PARTS_EXACTLY.exec(after);
        const cue = atMost ?? exactly;
        const t = amountOf(total.figure.value);
        if (!cue || !t || total.figure.kind !== 'count') return;
        const cueEnd = total.end + cue[0].length;
        const parts = ctx.figures
          .slice(i + 1)
          .filter(
            (p) =>
              p.figure.sentence === total.figure.sentence &&
              p.start >= cueEnd &&
              p.figure.kind === 'count',
          )
          .map((p) => ({ p, a: amountOf(p.figure.value) }));
        if (parts.length < 2 || parts.some(({ a }) => !a || a.unit !== t.unit)) return;
        const sum = parts.reduce((acc, { a }) => acc + (a?.n ?? 0), 0);
        const tooMany = sum > t.n * (1 + (t.approximate ? PARTS_TOLERANCE * 5 : 0));
        const mismatch = exactly && Math.abs(sum - t.n) > PARTS_TOLERANCE * t.n;
        if (tooMany || mismatch)
          setCheck(
            total,
            `The parts (${parts.map(({ p }) => p.figure.value).join(', ')}) add up to ${sum.toLocaleString('en-US')}, not ${total.figure.value}.`,
            [total.figure.sentence],
          );
      });
    },
  },
];

/** Runs every check rule over the body's figures, setting `check` where the story contradicts itself. */
export function checkFigures(
  figures: LocatedFigure[],
  sentences: Sentence[],
  outside: LocatedFigure[],
): void {
  const ctx = { figures, sentences, outside };
  for (const rule of CHECK_RULES) rule.apply(ctx);
}
