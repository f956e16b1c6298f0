/**
 * Figures that belong together in one sentence become one figure: a change written with both
 * ends ("rose from 2.10% to 2.45%", "down 40 to 215", "cut by a half-point to 3.75%") keeps the
 * new level as its value and the rest in `change`; a conversion in parentheses ("$6.4bn (£5bn)")
 * keeps the first value and lists the second in `alsoWritten`. The heuristics are the ordered
 * table `RELATION_RULES`, each with its own invented example.
 */
import type { Figure, FigureChange, FigureKind, Sentence } from '../../summary';
import { changeNoun } from './agent';
import { amountOf, sameDimension, unitOf } from './amount';
import { verbBase } from './grammar';
import type { FigureTrace, LocatedFigure } from './index';

/** Words scanned back from "from" for the verb that makes "from A to B" a change (unit: words). */
const CHANGE_VERB_WINDOW = 6;
/** Verbs of change that say no direction; the numbers then say it. */
const NEUTRAL_CHANGE =
  /^(?:went|gone|going|goes|moved?|moving|changed?|changing|shift(?:ed|ing)?|swung|swing|swinging)$/u;
/** "ranges from A to B", "varies from A to B": a range, not a change. */
const RANGE_VERB = /^(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|span(?:s|ned|ning)?|anywhere)$/u;
/** Relative difference under which "by" equals "to" minus "from" (unit: share). */
const ADDS_UP = 0.02;

/** The figures of one sentence a rule reads, with the sentence's text. */
export interface RelationContext {
  text: string;
  figures: LocatedFigure[];
  /** Index in `figures` where the rule starts reading. */
  at: number;
}

/** One heuristic that joins figures; `apply` returns the joined figure and how many it took. */
export interface RelationRule {
  name: string;
  example: { sentence: string; figure: Partial<Figure> };
  apply(ctx: RelationContext): { joined: LocatedFigure; taken: number } | null;
}

const between = (ctx: RelationContext, a: number, b: number): string =>
  ctx.text.slice(ctx.figures[a]?.end ?? 0, ctx.figures[b]?.start ?? 0);
const beforeOf = (ctx: RelationContext, i: number): string =>
  ctx.text.slice(0, ctx.figures[i]?.start ?? 0);

/** The direction a word says ("rose", "up" → up), or null. */
function directionOfWord(word: string): 'up' | 'down' | null {
  const w = word.toLowerCase();
  if (w === 'up' || w === 'higher') return 'up';
  if (w === 'down' || w === 'lower') return 'down';
  // A verb of change, lower-case: "Halvorsen" is a name, "easy" no form of "ease".
  if (w !== word || verbBase(w) === null) return null;
  const noun = changeNoun(w);
  return noun === 'rise' ? 'up' : noun === 'fall' ? 'down' : null;
}

/** The direction a change word close before a figure says ("cut its main rate by"), or null. */
function directionBefore(before: string): 'up' | 'down' | null {
  const clause = before.split(/[,;:()—–]/u).at(-1) ?? '';
  const words = (clause.match(/[\p{L}-]+/gu) ?? []).slice(-CHANGE_VERB_WINDOW).reverse();
  for (const w of words) {
    const direction = directionOfWord(w);
    if (direction) return direction;
  }
  return null;
}

/**
 * Whether the words before "from" make "from A to B" a change, and its direction: a verb of
 * change within a few words ("rose sharply from"), not a verb of range ("ranges from").
 */
function changeBeforeFrom(before: string): { change: boolean; direction: 'up' | 'down' | null } {
  const words = before.replace(/\s*\bfrom\s*$/u, '').match(/[\p{L}-]+/gu) ?? [];
  const window = words.slice(-CHANGE_VERB_WINDOW).reverse();
  for (const w of window) {
    const lower = w.toLowerCase();
    if (RANGE_VERB.test(lower)) return { change: false, direction: null };
    const direction = directionOfWord(lower);
    if (direction) return { change: true, direction };
    if (NEUTRAL_CHANGE.test(lower)) return { change: true, direction: null };
  }
  return { change: false, direction: null };
}

/** The kind of a value read alone ("2.45%" → percent, "$30 billion" → money). */
function kindOf(value: string, fallback: FigureKind): FigureKind {
  const unit = unitOf(value);
  if (unit === 'percent' || unit === 'points') return 'percent';
  if (unit.startsWith('money:')) return 'money';
  if (unit === 'count') return fallback === 'range' ? 'count' : fallback;
  return 'measure';
}

/** A change's measures: the level's, not "rise in" it ("rise in jobless rate" → "jobless rate"). */
function levelMeasures(...measures: string[]): string {
  const stripped = measures.map((m) => m.replace(/^(?:rise|fall) in |^[a-z]+: /u, ''));
  return stripped.find((m) => /\s/u.test(m)) ?? stripped[0] ?? '';
}

/** The direction the ends say when no word does. */
function directionOfEnds(from: string | null, to: string | null): 'up' | 'down' | null {
  const a = from ? amountOf(from) : null;
  const b = to ? amountOf(to) : null;
  if (!a || !b || a.n === b.n) return null;
  return b.n > a.n ? 'up' : 'down';
}

/**
 * "rose 2% from 3% to 5%": a move between two percentages is in percentage points; a `check`
 * when the story gives it in percent, or when "by" is not "to" minus "from".
 */
function changeCheck(change: FigureChange, sentence: number): Figure['check'] | undefined {
  if (!change.by || !change.from || !change.to) return undefined;
  const by = amountOf(change.by);
  const from = amountOf(change.from);
  const to = amountOf(change.to);
  if (!by || !from || !to || from.unit !== to.unit) return undefined;
  const difference = Math.abs(to.n - from.n);
  const addsUp = Math.abs(difference - by.n) <= ADDS_UP * Math.max(difference, by.n);
  if (from.unit === 'percent' && by.unit === 'percent' && addsUp && from.n !== 0) {
    const relative = Math.round((difference / from.n) * 100);
    return {
      reason: `From ${change.from} to ${change.to} is ${change.by.replace(/\s*(?:%|percent|per cent)$/u, '')} percentage points, a ${relative}% change.`,
      sentences: [sentence],
    };
  }
  if (by.unit === from.unit || (by.unit === 'points' && from.unit === 'percent')) {
    if (!addsUp && !by.approximate && !from.approximate && !to.approximate)
      return {
        reason: `From ${change.from} to ${change.to} is not a change of ${change.by}.`,
        sentences: [sentence],
      };
  }
  return undefined;
}

/** The joined figure for a change, located where its new level is written. */
function changeFigure(
  level: LocatedFigure,
  change: FigureChange,
  measures: string,
  start: number,
): LocatedFigure {
  const direction = change.direction ?? directionOfEnds(change.from, change.to);
  const full: FigureChange = { ...change, direction };
  const figure: Figure = {
    sentence: level.figure.sentence,
    value: change.to ?? level.figure.value,
    measures,
    kind: kindOf(change.to ?? level.figure.value, level.figure.kind),
    change: full,
  };
  const check = changeCheck(full, level.figure.sentence);
  if (check) figure.check = check;
  return { figure, rule: `${level.rule}+change`, start, end: level.end };
}

/** The joining rules, in order; the first that answers at a figure wins. */
export const RELATION_RULES: readonly RelationRule[] = [
  {
    // "rose 0.35 points from 2.10% to 2.45%": the size of the move, then both ends.
    name: 'by-from-to',
    example: {
      sentence: 'The jobless rate rose 0.4 points from 3.6% to 4.0% in May.',
      figure: {
        value: '4.0%',
        change: { from: '3.6%', to: '4.0%', by: '0.4 points', direction: 'up' },
      },
    },
    apply: (ctx) => {
      const [c, a, b] = [ctx.figures[ctx.at], ctx.figures[ctx.at + 1], ctx.figures[ctx.at + 2]];
      if (!c || !a || c.figure.kind === 'range') return null;
      if (!/^\s*,?\s*from\s*$/u.test(between(ctx, ctx.at, ctx.at + 1))) return null;
      // "from 3% to 5%" may be one match (a range) or two.
      const ends =
        a.figure.kind === 'range'
          ? /^(.+?)\s+to\s+(.+)$/u.exec(a.figure.value)?.slice(1)
          : b && /^\s*to\s*$/u.test(between(ctx, ctx.at + 1, ctx.at + 2))
            ? [a.figure.value, b.figure.value]
            : undefined;
      const level = a.figure.kind === 'range' ? a : b;
      if (!ends?.[0] || !ends[1] || !level) return null;
      const direction = directionBefore(beforeOf(ctx, ctx.at));
      if (!direction) return null;
      const change = { from: ends[0], to: ends[1], by: c.figure.value, direction };
      const measures = levelMeasures(level.figure.measures, c.figure.measures);
      return {
        joined: changeFigure(level, change, measures, c.start),
        taken: level === a ? 2 : 3,
      };
    },
  },
  {
    // "slowing the runoff from $60 billion to about $30 billion": two figures, "from" and "to".
    name: 'from-to',
    example: {
      sentence: 'Ticket prices went from $12 to about $15 this season.',
      figure: {
        value: 'about $15',
        change: { from: '$12', to: 'about $15', by: null, direction: 'up' },
      },
    },
    apply: (ctx) => {
      const [a, b] = [ctx.figures[ctx.at], ctx.figures[ctx.at + 1]];
      if (!a || !b || a.figure.kind === 'range') return null;
      const before = beforeOf(ctx, ctx.at);
      if (!/\bfrom\s*$/u.test(before) || !/^\s*to\s*$/u.test(between(ctx, ctx.at, ctx.at + 1)))
        return null;
      const { change, direction } = changeBeforeFrom(before);
      if (!change) return null;
      return {
        joined: changeFigure(
          b,
          { from: a.figure.value, to: b.figure.value, by: null, direction },
          levelMeasures(b.figure.measures, a.figure.measures),
          a.start,
        ),
        taken: 2,
      };
    },
  },
  {
    // "down 40 to 215", "cut its rate by a half-point to 3.75%": the move, then the new level.
    name: 'by-to',
    example: {
      sentence: 'The index closed down 40 points to 2,150 points on Friday.',
      figure: {
        value: '2,150 points',
        change: { from: null, to: '2,150 points', by: '40 points', direction: 'down' },
      },
    },
    apply: (ctx) => {
      const [a, b] = [ctx.figures[ctx.at], ctx.figures[ctx.at + 1]];
      if (!a || !b || a.figure.kind === 'range') return null;
      if (!/^\s*,?\s*to\s*$/u.test(between(ctx, ctx.at, ctx.at + 1))) return null;
      const direction = directionBefore(beforeOf(ctx, ctx.at));
      if (!direction) return null;
      return {
        joined: changeFigure(
          b,
          { from: null, to: b.figure.value, by: a.figure.value, direction },
          levelMeasures(b.figure.measures, a.figure.measures),
          a.start,
        ),
        taken: 2,
      };
    },
  },
  {
    // One match "A to B" after a change: "fell from 9.1% to 3.2%", "rose 0.3 points to 2.4%".
    name: 'range-is-change',
    example: {
      sentence: 'Mortgage rates fell from 7.1% to 6.4% over the summer.',
      figure: { value: '6.4%', change: { from: '7.1%', to: '6.4%', by: null, direction: 'down' } },
    },
    apply: (ctx) => {
      const r = ctx.figures[ctx.at];
      if (r?.figure.kind !== 'range') return null;
      const ends = /^(.+?)\s+to\s+(.+)$/u.exec(r.figure.value);
      if (!ends?.[1] || !ends[2]) return null;
      const before = beforeOf(ctx, ctx.at);
      // "down from a range of $19.5 billion to $20 billion": a range, whatever moved.
      if (/\b(?:range|band|between)\s+(?:of\s+)?$/u.test(before)) return null;
      let change: FigureChange;
      if (/\bfrom\s*$/u.test(before)) {
        const said = changeBeforeFrom(before);
        if (!said.change) return null;
        change = { from: ends[1], to: ends[2], by: null, direction: said.direction };
      } else {
        // "lift output by 0.6 to 1.1 percentage points": after "by", a range of sizes, unless
        // its ends are in different units ("by 0.3 points to 2.4%").
        const [ua, ub] = [unitOf(ends[1]), unitOf(ends[2])];
        if (/\bby\s*$/u.test(before) && (ua === ub || ua === 'count')) return null;
        // Not "A to B" after a change word: a range.
        const direction = directionBefore(before);
        if (!direction) return null;
        change = { from: null, to: ends[2], by: ends[1], direction };
      }
      const at = r.start + r.figure.value.lastIndexOf(ends[2]);
      const level: LocatedFigure = { ...r, start: at };
      return {
        joined: changeFigure(level, change, levelMeasures(r.figure.measures), r.start),
        taken: 1,
      };
    },
  },
  {
    // "$6.4bn (£5bn)", "12 miles (19 km)": the same quantity in another unit is one figure.
    name: 'conversion-in-parentheses',
    example: {
      sentence: 'The bridge will cost $2.5bn (£2bn) to build.',
      figure: { value: '$2.5bn', alsoWritten: ['£2bn'] },
    },
    apply: (ctx) => {
      const [a, b] = [ctx.figures[ctx.at], ctx.figures[ctx.at + 1]];
      if (!a || !b || !/^\s*\(\s*$/u.test(between(ctx, ctx.at, ctx.at + 1))) return null;
      if (!/^\s*\)/u.test(ctx.text.slice(b.end))) return null;
      if (!sameDimension(unitOf(a.figure.value), unitOf(b.figure.value))) return null;
      const figure: Figure = {
        ...a.figure,
        alsoWritten: [...(a.figure.alsoWritten ?? []), b.figure.value],
      };
      return { joined: { ...a, figure }, taken: 2 };
    },
  },
];

/** Joins the figures of each sentence by `RELATION_RULES`; dropped matches follow their sentence's figures. */
export function relateFigures(traces: FigureTrace[], sentences: Sentence[]): FigureTrace[] {
  const textOf = new Map(sentences.map((s) => [s.index, s.text]));
  const out: FigureTrace[] = [];
  let i = 0;
  while (i < traces.length) {
    const first = traces[i];
    if (!first) break;
    const sentence = 'figure' in first ? first.figure.sentence : first.sentence;
    const figures: LocatedFigure[] = [];
    const dropped: FigureTrace[] = [];
    for (; i < traces.length; i++) {
      const u = traces[i];
      if (!u || ('figure' in u ? u.figure.sentence : u.sentence) !== sentence) break;
      if ('figure' in u) figures.push(u);
      else dropped.push(u);
    }
    out.push(...relateSentence(textOf.get(sentence) ?? '', figures), ...dropped);
  }
  return out;
}

/** The figures of one sentence after joining. */
export function relateSentence(text: string, figures: LocatedFigure[]): LocatedFigure[] {
  const out: LocatedFigure[] = [];
  for (let at = 0; at < figures.length; ) {
    let joined: { joined: LocatedFigure; taken: number } | null = null;
    for (const rule of RELATION_RULES) {
      joined = rule.apply({ text, figures, at });
      if (joined) {
        joined.joined = { ...joined.joined, rule: `${joined.joined.rule}+${rule.name}` };
        break;
      }
    }
    if (joined) {
      out.push(joined.joined);
      at += joined.taken;
    } else {
      const f = figures[at];
      if (f) out.push(f);
      at++;
    }
  }
  return out;
}
