/**
 * What a figure measures when its shape says it: an age ("22-year-old student", "the governor,
 * 68,"), a rank ("96th hottest", "No. 8 on the list"), a streak ("fifth straight month"). These
 * rows run first in `MEASURE_RULES`, each with its invented example.
 */
import {
  COUNT_PERIODS,
  MULTIPLYING_BASES,
  MULTIPLYING_PRESENT,
  MULTIPLYING_VERBS,
  PLACE_VERBS,
} from '../lexicon/figure-shapes';
import { ORDINAL_WORDS } from '../lexicon/numbers';
import { alternation } from '../lexicon/words';
import { predicateAfterRelative, wordsAfterComplement } from './clause-rules';
import { COMPARATIVE_RULE } from './comparative-rules';
import type { MeasureRule } from './describe';
import {
  objectPhrase,
  participle,
  phraseAfter,
  phraseBefore,
  relativeAfter,
  verbBase,
  wordsOf,
} from './grammar';
import { AGE_APPOSITION } from './scan';
import { FREQUENCY_RULE, TIMES_RULE } from './times-rules';

const PERSON_BEFORE = AGE_APPOSITION;
/** "the voting age to 16", "the voting age could be lowered to 16": the age noun. */
const AGE_NOUN =
  /((?:\p{Ll}+\s)?age)\s+(?:(?:(?:should|would|will|could|must|to|be|is|was|been|being)\s+){0,3}(?:raised|lifted|increased|lowered|cut|reduced|set|fixed)\s+)?(?:of\s+|to\s+|at\s+)?$/u;
const ORDINAL_VALUE = /^(?:\d+(?:st|nd|rd|th)|\p{L}+)$/u;
/** An ordinal alone ("20th", "ninth", "first"), as a place or a count of events is written. */
const ORDINAL_ONLY = new RegExp(
  `^(?:\\d+(?:st|nd|rd|th)|${alternation(['first', ...ORDINAL_WORDS])})$`,
  'iu',
);
/** "finished third", "came in second", "ended joint fifth": the verb before a place. */
const PLACE_BEFORE = new RegExp(
  `\\b(?:${alternation([...PLACE_VERBS, 'was', 'is', 'were', 'are', 'been'])})\\s(?:up\\s)?(?:in\\s)?(?:(?:joint|equal)[- ])?$`,
  'u',
);
const MULTIPLYING_VALUE = new RegExp(
  `\\b(?:${alternation([...MULTIPLYING_VERBS, ...MULTIPLYING_BASES, ...MULTIPLYING_PRESENT])})$`,
  'iu',
);
/** An auxiliary, modal or qualifier right before a multiplying verb ("are set to", "more than"). */
const AUXILIARY_AT_END =
  /\s*\b(?:have|has|had|is|are|was|were|be|been|set|expected|likely|to|will|would|could|may|might|should|can|more than|almost|nearly|roughly|about|just)\s*$/iu;
/** Verbs a count of wins or records is won with. */
const WINNING_VERB =
  /^(?:win|won|wins|set|sets|claim|claimed|take|took|takes|score|scored|break|broke)$/u;
/** The run or period a count of events is counted in ("of the season", "in a row", "this month"). */
const COUNT_PERIOD_AFTER = new RegExp(
  `\\s((?:of|in|this|so far this)\\s(?:(?:the|a|this|his|her|their|its)\\s)?(?:${alternation(COUNT_PERIODS)}))(?![\\p{L}-])`,
  'u',
);
/** A time in two units or glued to its unit ("1 minute 44.5 seconds", "59.4sec"), not "34 seconds". */
const RACE_TIME_VALUE =
  /(?:\s?(?:hrs?|mins?|hours?|minutes?),?\s(?:and\s)?\d|^\d+(?:\.\d+)?(?:mins?|secs?|hrs?)$)/u;
/** Verbs a race time is run with (base forms). */
const RACE_VERB =
  /^(?:run|ran|win|won|finish|clock|swim|swam|ride|rode|complete|set|cover|record|post|cross)$/u;
/** Words of the subject kept before a multiplying verb (unit: words). */
const MULTIPLE_SUBJECT_WORDS = 5;

/** A subordinate clause after a predicate: "after witnessing the first", "because they left". */
const CLAUSE_AFTER = /\s+(?:after|before|because|while|when|since|until|as|if)\b.*$/u;

/** The shape rules, in order. */
export const SHAPE_RULES: readonly MeasureRule[] = [
  {
    // "two-thirds of its territory", "half of the 20 people", "three out of four of its spires".
    name: 'share-of',
    example: {
      sentence: 'Crews replanted two-thirds of the burned forest by spring.',
      figure: 'two-thirds',
      measures: 'share of burned forest',
    },
    apply: (ctx) => {
      if (ctx.kind !== 'percent' || /[\d%]|percent|point/u.test(ctx.bareValue)) return null;
      const rest = /^\s+of\s+(.*)/u.exec(ctx.right)?.[1];
      if (!rest) return null;
      const thing = phraseAfter(
        rest.replace(/^(?:the|its|their|his|her|our|all)\s+/iu, '').replace(/^[\d,.]+\s+/u, ''),
      );
      if (!thing) return null;
      // "half of the 30 runners who started the race had quit": which ones, and what they did.
      const relative = relativeAfter(wordsAfterComplement(ctx.right, thing).join(' '));
      // "quit after the first hill": a clause of its own ends the predicate.
      const then = relative
        ? predicateAfterRelative(ctx.before, ctx.right, thing, relative).replace(CLAUSE_AFTER, '')
        : '';
      return [`share of ${thing}`, relative, then].filter(Boolean).join(' ');
    },
  },
  FREQUENCY_RULE,
  COMPARATIVE_RULE,
  TIMES_RULE,
  {
    // "100x larger than the old model": how many times, said whole.
    name: 'multiple',
    example: {
      sentence: 'The new reactor is 40x larger than the prototype.',
      figure: '40x',
      measures: 'times new reactor is larger than prototype',
    },
    apply: (ctx) => {
      if (!/\dx$/u.test(ctx.bareValue)) return null;
      const comparison = /^\s+(\p{L}+)(?:\s+than\s+(.*))?/u.exec(ctx.right);
      const subject = phraseBefore(
        wordsOf(ctx.before.replace(/\s+(?:is|are|was|were|be|grew|got)\s*$/u, '')),
      );
      const than = comparison?.[2] ? ` than ${phraseAfter(comparison[2])}` : '';
      return `times ${subject ? `${subject} is ` : ''}${comparison?.[1] ?? ''}${than}`.trim();
    },
  },
  {
    // "a 22-year-old graduate student": the age of the noun after it.
    name: 'age-compound',
    example: {
      sentence: 'A 19-year-old cashier won the county chess title.',
      figure: '19-year-old',
      measures: 'age of cashier',
    },
    apply: (ctx) => {
      if (!/-old$/u.test(ctx.bareValue)) return null;
      // "the 52-year-old's debut role": the compound is the person; the age is at what follows.
      const owned = /^['’]s\s+(.*)/u.exec(ctx.right)?.[1];
      if (owned !== undefined) {
        const event = phraseAfter(owned);
        return event ? `age at ${event}` : 'age';
      }
      // The noun after, cut before its verb ("cashier won" is "cashier").
      const noun = objectPhrase(ctx.right.replace(/^\s+/u, ''));
      return noun ? `age of ${noun}` : 'age';
    },
  },
  {
    // "the governor, 68, said", "raise the retirement age to 70": a bare number that is an age.
    name: 'age-bare',
    example: {
      sentence: 'The harbor master, 71, said the pier would reopen.',
      figure: '71',
      measures: 'age of the harbor master',
    },
    apply: (ctx) => {
      if (!/^\d{1,3}$/u.test(ctx.bareValue)) return null;
      const noun = AGE_NOUN.exec(ctx.before)?.[1];
      if (noun) return noun;
      const person = /^,/u.test(ctx.right) ? PERSON_BEFORE.exec(ctx.before)?.[1] : undefined;
      return person
        ? `age of ${person.replace(/^(?:The|A|An|His|Her|Their)\b/u, (d) => d.toLowerCase())}`
        : null;
    },
  },
  {
    // "the 90th anniversary of the harbour ferry": years since what the "of" phrase names.
    name: 'anniversary',
    example: {
      sentence: 'The town marks the 150th anniversary of its harbor this week.',
      figure: '150th',
      measures: 'anniversary of harbor',
    },
    apply: (ctx) => {
      const what = /^\s+(anniversary|jubilee)\b(?:\s+of\s+(.*))?/u.exec(ctx.right);
      if (!what?.[1]) return null;
      const of = what[2] ? phraseAfter(what[2]) : '';
      if (of) return `${what[1]} of ${of}`;
      // "Social Security's 75th anniversary": whose, from the possessive before.
      const owner = /([\p{Lu}][\p{L}-]*(?:\s[\p{Lu}][\p{L}-]*)*)['’]s\s+$/u.exec(ctx.before)?.[1];
      return owner ? `${what[1]} of ${owner}` : what[1];
    },
  },
  {
    // "ranked her the 96th hottest woman", "the third-largest lender", "No. 8 on the list": a
    // rank, and in what (the superlative is read from the value when the value holds it).
    name: 'rank',
    example: {
      sentence: 'The survey ranked the town the 14th safest city in the state.',
      figure: '14th',
      measures: 'rank as safest city in the state',
    },
    apply: (ctx) => {
      const no = /^(?:No\.?\s?\d+|number\s\S+)$/u.test(ctx.bareValue);
      const inValue = /^(?:\d+(?:st|nd|rd|th)|\p{L}+)[\s-](\p{L}+est)$/u.exec(ctx.bareValue)?.[1];
      if (!no && !inValue && !ORDINAL_VALUE.test(ctx.bareValue)) return null;
      if (no) {
        const on = /^\s+(?:on|in)\s+(.*)/u.exec(ctx.right);
        if (on?.[1]) return `rank on ${phraseAfter(on[1])}`;
        const seed = /^\s+(seed|spot|position)\b/u.exec(ctx.right)?.[1];
        const world = /\bworld\s$/iu.test(ctx.before);
        const who = phraseBefore(
          wordsOf(
            ctx.before.replace(
              /\s*\b(?:is|was|are|were|the|as|world|wore|wears|wearing|became|becomes)\s*$/giu,
              '',
            ),
          ),
        );
        const of = who ? ` of ${who}` : '';
        if (seed) return `${seed} in the ranking${of}`;
        return world ? `world ranking${of}` : `rank${of}`;
      }
      const superlative = inValue
        ? [ctx.right, inValue, ctx.right]
        : /^[\s-]+((?:most|least)\s+\S+|\p{L}+est)\s+(.*)/u.exec(ctx.right);
      if (!superlative) return null;
      const rest = phraseAfter(superlative[2] ?? '');
      const inPhrase = /^\s*\S+(?:\s\S+)?\s+(in\s+the\s+[\p{L}-]+|in\s+[\p{L}-]+)/u.exec(
        superlative[2] ?? '',
      )?.[1];
      return `rank as ${superlative[1]} ${rest}${inPhrase && !rest.includes(' in ') ? ` ${inPhrase}` : ''}`.trim();
    },
  },
  {
    // "finished third in the final", "came in second": a finishing place, of whom and in what.
    name: 'place',
    example: {
      sentence: 'Okafor finished fourth in the county hill race.',
      figure: 'fourth',
      measures: 'place of Okafor in county hill race',
    },
    apply: (ctx) => {
      if (!ORDINAL_ONLY.test(ctx.bareValue)) return null;
      // "fifth-placed Leeds": the place of the name after it.
      const placed = /^-placed\s+(.*)/u.exec(ctx.right)?.[1];
      if (placed) return `place of ${objectPhrase(placed) || phraseAfter(placed)}`;
      const verb = PLACE_BEFORE.exec(ctx.before);
      if (!verb) return null;
      const who = phraseBefore(wordsOf(ctx.before.slice(0, verb.index)));
      const inWhat = /^\s+(?:in|at)\s+(.*)/u.exec(ctx.right)?.[1];
      // "in the 100m": a race named by its distance is read as written.
      const what = inWhat
        ? phraseAfter(inWhat) ||
          (/^(?:the\s)?([\d,]+\s?(?:m|km|metres)(?:\s\p{Ll}+)?)\b/u.exec(inWhat)?.[1] ?? '')
        : '';
      return `${who ? `place of ${who}` : 'finishing place'}${what ? ` in ${what}` : ''}`;
    },
  },
  {
    // "her 20th world record", "the fourth bank this month to": a count of events in a run.
    name: 'ordinal-count',
    example: {
      sentence: 'The Comets won their seventh league title of the decade.',
      figure: 'seventh',
      measures: 'count of league titles of the decade won by Comets',
    },
    apply: (ctx) => {
      if (!ORDINAL_ONLY.test(ctx.bareValue) || !/^\s+\p{L}/u.test(ctx.right)) return null;
      const period = COUNT_PERIOD_AFTER.exec(ctx.right);
      const noun = phraseAfter(period ? ctx.right.slice(0, period.index) : ctx.right);
      if (!noun) return null;
      const plural = noun.replace(/y$/u, 'ie').replace(/(?<!s)$/u, 's');
      const agent = ctx.agent();
      const by =
        agent?.subject && WINNING_VERB.test(agent.verb)
          ? ` ${participle(verbBase(agent.verb) ?? agent.verb)} by ${agent.subject}`
          : '';
      const when = period ? ` ${period[1]}` : '';
      return `count of ${plural}${when}${by}`;
    },
  },
  {
    // "profits tripled", "sales more than doubled": how many times, and of what.
    name: 'multiplying-verb',
    example: {
      sentence: 'Ticket sales at the lido tripled after the heatwave.',
      figure: 'tripled',
      measures: 'multiple of ticket sales at the lido after the heatwave',
    },
    apply: (ctx) => {
      if (!MULTIPLYING_VALUE.test(ctx.bareValue)) return null;
      let before = ctx.before;
      for (let prev = ''; prev !== before; ) {
        prev = before;
        before = before.replace(AUXILIARY_AT_END, '');
      }
      // "Acme said on Tuesday its revenue tripled": the clause after the reporting verb.
      const clause = (
        before.split(/[,;:“"]|\b(?:that|which|who|and|said|says|reported|announced)\b/u).at(-1) ??
        ''
      ).replace(/^\s*on\s+\p{Lu}\p{Ll}+day\s+/u, '');
      const subject = clause
        .trim()
        .replace(/^(?:The|A|An|Its|Their|His|Her)\s+/u, (d) => d.toLowerCase());
      const words = subject.split(/\s+/u).filter(Boolean);
      const phrase = words
        .slice(-MULTIPLE_SUBJECT_WORDS)
        .join(' ')
        .replace(/^(?:the|a|an|its|their|his|her)\s+/iu, '');
      return phrase ? `multiple of ${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}` : null;
    },
  },
  {
    // "the risk is one in 10,000", "one in five adults": a ratio against one, of what.
    name: 'one-in',
    example: {
      sentence: 'The chance of a false alarm is one in 5,000.',
      figure: 'one in 5,000',
      measures: 'chance of a false alarm',
    },
    apply: (ctx) => {
      if (!/^(?:one|1)\sin\s/iu.test(ctx.bareValue)) return null;
      const noun = /^\s+(?:of\s+)?\p{L}/u.test(ctx.right)
        ? phraseAfter(ctx.right.replace(/^\s+of\s+/u, ' '))
        : '';
      if (noun && !/^(?:is|are|was|were|has|have|had)\b/u.test(noun)) return `share of ${noun}`;
      const subject = /([\p{L}][\p{L}\s-]*?)\s+(?:is|was|are|were|stands at|put at)\s+$/u.exec(
        ctx.before,
      )?.[1];
      return subject
        ? subject.replace(/^(?:The|A|An)\s+/u, '').replace(/^\p{Lu}/u, (c) => c.toLowerCase())
        : null;
    },
  },
  {
    // "ran 3min 59.4sec in Oslo", "won in one minute 44.5 seconds": a time, of whom and where.
    name: 'race-time',
    example: {
      sentence: 'Adeyemi ran the course in 4min 12.6sec on Sunday.',
      figure: '4min 12.6sec',
      measures: 'time of Adeyemi for the course',
    },
    apply: (ctx) => {
      // "3 hours and 20 minutes of video": a length of something, for the rules after.
      if (!RACE_TIME_VALUE.test(ctx.bareValue) || /^\s+of\b/u.test(ctx.right)) return null;
      // Only a time someone ran, won or clocked; "the crossing lasts 1 hour and 10 minutes" is
      // left to the duration rules, and so is a time whose runner the clause does not name.
      const agent = ctx.agent();
      if (!agent?.subject || !RACE_VERB.test(verbBase(agent.verb) ?? agent.verb)) return null;
      const object = agent.object ? phraseAfter(agent.object) : '';
      return `time of ${agent.subject}${object ? ` for the ${object}` : ''}`;
    },
  },
  {
    // "a three-goal lead", "its 12-game winning streak": the units of a margin or a streak.
    name: 'margin-compound',
    example: {
      sentence: 'The Otters held a four-goal lead at the break.',
      figure: 'four-goal',
      measures: 'lead in goals',
    },
    apply: (ctx) => {
      const unit = /^[\p{L}\d]+-(\p{L}+)$/u.exec(ctx.bareValue)?.[1];
      const noun =
        /^\s+((?:winning\s+|losing\s+|unbeaten\s+)?(?:lead|streak|margin|deficit|cushion|advantage|majority|swing|skid|run))\b/u.exec(
          ctx.right,
        )?.[1];
      return unit && noun ? `${noun} in ${unit}s` : null;
    },
  },
  {
    // "the fifth straight month of gains": a streak, and of what.
    name: 'streak',
    example: {
      sentence: 'Sales rose for the sixth consecutive quarter of growth.',
      figure: 'sixth consecutive',
      measures: 'consecutive quarters of growth',
    },
    apply: (ctx) => {
      const streak = /\s(straight|consecutive|successive)$/u.exec(ctx.bareValue)?.[1];
      if (!streak) return null;
      const unit = phraseAfter(ctx.right);
      return unit ? `${streak} ${unit.replace(/^(\p{L}+?)(?<!s)(?=\s|$)/u, '$1s')}` : streak;
    },
  },
];
