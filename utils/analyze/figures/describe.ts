/**
 * What a figure measures: a short phrase built from the clause around it (the counted noun, the
 * "of X" complement, the verb and its subject), never from story-specific words. The heuristics
 * are the ordered rule tables in `counted-rules.ts` (with `counted-verb-rules.ts`) and
 * `measure-rules.ts` (with `clause-rules.ts`, `agent-rules.ts`, `duration-rules.ts` and
 * `fallback-rules.ts`), and the clause-frame rows of `frame-rules.ts` (who did what to the
 * figure, read as subject + verb chain by `clause-frame.ts`); the first rule that answers wins,
 * and `applyRules` then adds the time the sentence gives right after the figure ("in October",
 * "after the recession of 1991").
 *
 * How often each rule decided before those tables were added (2026-12-02, PolNeAR train+dev
 * texts read at run time, 3,730 figures; reproduce with `traceFigures`): counted-noun 1224,
 * phrase-before 884 (662 of them a bare category word), of-complement 315, noun-after 268,
 * verb-by-subject 239,
 * counted-post-modifier 186, previous-of-kind 163, qualified-noun 94, counted-of-complement 75,
 * money-in 74, verb-object 58, level-of-subject 41, change-in 24, verb-particle 18, the rest
 * under 12 each; not-english, reading-scale and range-of-object never decide there (they do in
 * tests/unit/figures.test.ts).
 */
import type { FigureKind } from '../../summary';
import { ENGLISH_MARKERS, FOREIGN_MARKERS } from '../lexicon/figure-words';
import { MONTH_NAMES } from '../lexicon/time';
import { alternation } from '../lexicon/words';
import { memoized } from '../memo';
import { type Agent, findAgent } from './agent';
import { phraseAfter } from './grammar';
import { CURRENCY_PREFIX, RATE, unitCategory } from './patterns';

/** An invented sentence, the figure's value in it, and the `measures` a rule gives it. */
export interface RuleExample {
  sentence: string;
  figure: string;
  measures: string;
}

/** One heuristic: `apply` returns the figure's `measures`, or null to let the next rule try. */
export interface MeasureRule {
  name: string;
  example: RuleExample;
  apply(ctx: MeasureContext): string | null;
}

/** Everything a rule may read about one figure in its sentence. */
export interface MeasureContext {
  sentence: string;
  kind: FigureKind;
  /** The counted noun phrase of a count ("five insiders" → "insiders"), or null. */
  countedNoun: string | null;
  /** What the previous figure of the same kind and unit in the sentence measures. */
  previous: string | undefined;
  /** The text before the figure. */
  before: string;
  /** The text after the figure. */
  right: string;
  /** The figure without its rate ("$5 a day" → "$5"). */
  bareValue: string;
  /** The category word: share, amount, a unit's category, or number. */
  category: string;
  /** The last word before the figure, lowercase ("rose to 5%" → "to"). */
  lastWord: string;
  /** The noun phrase of an "of X" complement right after the figure ("18% of the land" → "land"), or "". */
  ofComplement(): string;
  /** The verb governing the figure, its subject and object (read once, on first use). */
  agent(): Agent | null;
}

const ENGLISH = new RegExp(`\\b(?:${alternation(ENGLISH_MARKERS)})\\b`, 'giu');
const FOREIGN = new RegExp(`\\b(?:${alternation(FOREIGN_MARKERS)})\\b`, 'giu');
/** Whether a sentence reads as English, whose grammar the rules rely on; if not, only the category is given. */
const looksEnglish = memoized((sentence: string): boolean => {
  const english = sentence.match(ENGLISH)?.length ?? 0;
  return english >= (sentence.match(FOREIGN)?.length ?? 0);
});

const RATE_AT_END = new RegExp(`${RATE}$`, 'u');
/** What is left of "about a year" once its period is read as a rate: a qualifier alone, or nothing. */
const ONLY_QUALIFIER =
  /^\s*(?:(?:a little\s+)?(?:about|around|nearly|almost|roughly|some|just|only|over|under|more than|less than|up to|at least)\s*)?$/iu;
const HAS_CURRENCY = new RegExp(CURRENCY_PREFIX);

/** The category word for a figure's value: share, amount, a unit's category ("area"), or number. */
function categoryOf(bareValue: string, kind: FigureKind): string {
  if (/%|percent|per cent|point|Prozent|\d\s?bps?\b/.test(bareValue)) return 'share';
  if (HAS_CURRENCY.test(bareValue) || kind === 'money') return 'amount';
  // "nearly a decade", "about a century": a singular long period the unit list leaves out.
  return (
    unitCategory(bareValue) ??
    (/\b(?:decade|century)$|\s(?:year|month|week|day|hour)$/u.test(bareValue)
      ? 'duration'
      : 'number')
  );
}

/**
 * An "of" complement that opens on another figure names its counted thing after it: "60% of the
 * 2.3 million bbl. of diesel" → "diesel", "half of the 20 people who left" → "people who left".
 */
export function pastFigure(text: string): string {
  const figure =
    /^(?:(?:the|its|their|his|her|our|all|an?)\s+)?(?:about|some|nearly|almost|roughly)?\s*[$£€¥]?\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion|bn|m))?\s+/iu.exec(
      text,
    );
  if (!figure) return text;
  const rest = text.slice(figure[0].length);
  // A unit then "of"/"in": "4.1 million bbl. of crude", "$74 billion in fees".
  const unit = /^(?:[\p{L}.]+\s+)?(?:of|in)\s+/u.exec(rest);
  return unit ? rest.slice(unit[0].length) : rest;
}

/** The context the rules read, for the figure at `start`–`end` of `sentence`. */
export function measureContext(
  sentence: string,
  start: number,
  end: number,
  kind: FigureKind,
  countedNoun: string | null,
  previous: string | undefined,
): MeasureContext {
  const before = sentence.slice(0, start);
  const value = sentence.slice(start, end);
  // "about a year": a period that reads like a rate ("$5 a year") is the figure itself.
  const stripped = value.replace(RATE_AT_END, '');
  const bareValue = ONLY_QUALIFIER.test(stripped) ? value : stripped;
  let agent: Agent | null | undefined;
  let complement: string | undefined;
  return {
    sentence,
    kind,
    countedNoun,
    // "rose 5% in March; 7% in April": the time belongs to the previous figure alone.
    previous: previous?.replace(WHEN_AT_END, ''),
    before,
    right: sentence.slice(end),
    bareValue,
    category: categoryOf(bareValue, kind),
    lastWord: /(\S+)\s*$/.exec(before)?.[1]?.toLowerCase() ?? '',
    ofComplement() {
      if (complement === undefined) {
        // "4.1 million bbl. of crude": an abbreviated unit keeps its dot.
        const of = /^\.?\s+of\s+(.*)/.exec(sentence.slice(end));
        complement = of ? phraseAfter(pastFigure(of[1] ?? '')) : '';
      }
      return complement;
    },
    agent() {
      if (agent === undefined) agent = findAgent(sentence, start);
      return agent;
    },
  };
}

/**
 * First row of every table: the rules read English grammar, so a sentence in another language
 * gets the category word only. Evidence: German figures in the `de-kreishaushalt` eval article.
 */
export const NOT_ENGLISH: MeasureRule = {
  name: 'not-english',
  example: {
    sentence:
      'Der Kreis gibt 4,5 Millionen Euro für die Schulen aus, und die Stadt zahlt den Rest.',
    figure: '4,5 Millionen Euro',
    measures: 'amount',
  },
  apply: (ctx) => (looksEnglish(ctx.sentence) ? null : ctx.category),
};

const MONTHS = alternation(MONTH_NAMES.map((m) => `${m[0]?.toUpperCase()}${m.slice(1)}`));
const PERIOD =
  '(?:quarter|year|month|week|weekend|half|decade|season|period|summer|winter|spring|autumn)';
const ORDER =
  '(?:first|second|third|fourth|last|past|previous|next|same|current|fiscal|coming|opening|full)';
/**
 * A time right after a figure: "in October", "during the first year of recovery", "since
 * March 2020", "last year", "by 2030". Capitalised month names only, so "in may" is no month.
 */
/** A content word of an event phrase ("the recession", "the merger vote"). */
const EVENT_WORD = String.raw`(?!(?:of|and|or|in|on|at|to|for|by|with|the|a|an|that|which|who)\b)[\p{Ll}-]+`;
/** "after the recession of 1991", "following the merger": the event a figure is measured after. */
const AFTER_EVENT = String.raw`(?:after|following)\s+the\s+(?:${EVENT_WORD}\s+)?${EVENT_WORD}(?:\s+of\s+\d{4})?(?=\s*[,.;:)]|\s*$|\s+(?:and|or|but|in|on|at|to|for|by|with|as)\b)`;
/** A month, a year, or both ("May", "1991", "March 2020"). */
const MONTH_OR_YEAR = String.raw`(?:(?:${MONTHS})(?:\s+\d{4})?|\d{4})`;
/** "between 1990 and 1995", "from 2010 to the present", "between March and June": a span of time. */
const SPAN = String.raw`(?:between\s+${MONTH_OR_YEAR}\s+and\s+${MONTH_OR_YEAR}|from\s+${MONTH_OR_YEAR}\s+(?:to|until)\s+(?:${MONTH_OR_YEAR}|the\s+present|today))`;
const WHEN = new RegExp(
  String.raw`^,?\s+((?:(?:in|during|since|through|by|over|for)\s+(?:(?:the\s+|its\s+|their\s+)?(?:${ORDER}\s+)*${PERIOD}(?:\s+of\s+(?:the\s+)?[\p{Ll}-]+)?|(?:${MONTHS})(?:\s+\d{4})?|\d{4}))|(?:last|this|next)\s+${PERIOD}|${AFTER_EVENT}|${SPAN})(?=[\s,.;:)]|$)`,
  'u',
);
/** A `measures` that ends on a time this stage added ("jobless rate in October"). */
export const WHEN_AT_END = new RegExp(
  String.raw`\s+(?:(?:in|during|since|through|by|over|for)\s+(?:(?:the\s+|its\s+|their\s+)?(?:${ORDER}\s+)*${PERIOD}(?:\s+of\s+(?:the\s+)?[\p{Ll}-]+)?|(?:${MONTHS})(?:\s+\d{4})?|\d{4})|(?:last|this|next)\s+${PERIOD}|${AFTER_EVENT}|${SPAN})$`,
  'u',
);

/**
 * A time that opens the sentence before its comma: "In the 2019 season,", "Last spring,", "During
 * the 2019 season," (a year, month or period word inside, at most a few words).
 */
const FRONTED_WHEN = new RegExp(
  String.raw`^((?:In|During|Since|Through|Over|By|Last|This|Next)\s+(?:[\p{Ll}\d’'-]+\s+){0,4}(?:\d{4}|(?:${MONTHS})|${PERIOD}s?)(?:\s+[\p{Ll}\d’'-]+){0,3}),\s`,
  'u',
);

/** The time a sentence opens with, lower-cased ("in the 2019 season"), or "" when none or when the figure is inside it. */
export function frontedWhen(sentence: string, before: string): string {
  const when = FRONTED_WHEN.exec(sentence);
  if (!when?.[1] || before.length < when[0].length) return '';
  return `${when[1].charAt(0).toLowerCase()}${when[1].slice(1)}`.replace(/\s+/gu, ' ');
}

/** The time a figure is for, as written right after it ("in October"), or "". */
export function whenOf(right: string): string {
  return (WHEN.exec(right)?.[1] ?? '').replace(/\s+/gu, ' ');
}

/** Runs a rule table in order: the first rule's answer and its name, with the figure's time when the sentence says it. */
export function applyRules(
  rules: readonly MeasureRule[],
  ctx: MeasureContext,
): { measures: string; rule: string } {
  let found: { measures: string; rule: string } = { measures: ctx.category, rule: 'category' };
  for (const rule of rules) {
    const measures = rule.apply(ctx);
    if (measures !== null) {
      found = { measures, rule: rule.name };
      break;
    }
  }
  // "4.1% — unemployment rate in October": when, if the sentence says so right after the figure.
  const when = looksEnglish(ctx.sentence) ? whenOf(ctx.right) : '';
  const said = when.replace(
    /^(?:in|during|since|through|by|over|for)\s+(?:the\s+|its\s+|their\s+)?/u,
    '',
  );
  // A bare category stays bare: "share last year" says no more than "share".
  if (when && found.measures !== ctx.category && !found.measures.includes(said))
    found.measures = `${found.measures} ${when}`;
  // "In the 2019 season, the club sold 900 tickets": a time opening the sentence.
  const fronted = !when && looksEnglish(ctx.sentence) ? frontedWhen(ctx.sentence, ctx.before) : '';
  if (fronted && found.measures !== ctx.category && !WHEN_AT_END.test(found.measures))
    found.measures = `${found.measures} ${fronted}`;
  return found;
}
