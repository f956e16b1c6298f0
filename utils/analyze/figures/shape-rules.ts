/**
 * What a figure measures when its shape says it: an age ("22-year-old student", "the governor,
 * 68,"), a rank ("96th hottest", "No. 8 on the list"), a streak ("fifth straight month"). These
 * rows run first in `MEASURE_RULES`, each with its invented example.
 */
import type { MeasureRule } from './describe';
import { objectPhrase, phraseAfter, phraseBefore, wordsOf } from './grammar';
import { AGE_APPOSITION } from './scan';

const PERSON_BEFORE = AGE_APPOSITION;
/** "the voting age to 16", "the voting age could be lowered to 16": the age noun. */
const AGE_NOUN =
  /((?:\p{Ll}+\s)?age)\s+(?:(?:(?:should|would|will|could|must|to|be|is|was|been|being)\s+){0,3}(?:raised|lifted|increased|lowered|cut|reduced|set|fixed)\s+)?(?:of\s+|to\s+|at\s+)?$/u;
/** Words of the clause kept before "twice" when it has no auxiliary (unit: words). */
const TIMES_CONTEXT_WORDS = 4;
const ORDINAL_VALUE = /^(?:\d+(?:st|nd|rd|th)|\p{L}+)$/u;

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
      return thing ? `share of ${thing}` : null;
    },
  },
  {
    // "was taken to hospital twice": how many times, and what.
    name: 'times',
    example: {
      sentence: 'The ferry was towed back to port twice last winter.',
      figure: 'twice',
      measures: 'times towed back to port last winter',
    },
    apply: (ctx) => {
      if (!/\b(?:twice|thrice|once)(?: a \p{L}+)?$/iu.test(ctx.bareValue)) return null;
      // The verb phrase of the clause: after its auxiliary, or its last few words.
      const clause = ctx.before.split(/[,;:“"]|\b(?:that|which|who)\b/u).at(-1) ?? '';
      const afterAuxiliary = /\b(?:was|were|is|are|been|be|has|have|had|got|get)\s+(.+?)\s*$/u.exec(
        clause,
      )?.[1];
      const verbPhrase = (afterAuxiliary ?? clause)
        .replace(/^\s*(?:I|we|you|he|she|they|it|that|this)\s+/iu, '')
        .replace(/\s*\b(?:was|were|is|are|be|been)\s*$/u, '')
        .trim();
      const words = verbPhrase.split(/\s+/u).filter(Boolean);
      // "That was twice the old figure": no verb phrase; what it multiplies.
      if (words.length < 2 || /^\p{Lu}/u.test(words[0] ?? '')) {
        const of = phraseAfter(
          ctx.right.replace(/^\s+(?:the|as)\s+/u, '').replace(/^[\d.,%$]+\s*/u, ''),
        );
        return of ? `multiple of ${of}` : 'multiple';
      }
      const phrase = words.slice(-TIMES_CONTEXT_WORDS).join(' ');
      return phrase ? `times ${phrase}` : 'times';
    },
  },
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
      // "the 38-year-old's first lead": the compound is the person; the age is at what follows.
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
    // "ranked her the 96th hottest woman", "No. 8 on the list": a rank, and in what.
    name: 'rank',
    example: {
      sentence: 'The survey ranked the town the 14th safest city in the state.',
      figure: '14th',
      measures: 'rank as safest city in the state',
    },
    apply: (ctx) => {
      const no = /^No\.\s?\d+$/u.test(ctx.bareValue);
      if (!no && !ORDINAL_VALUE.test(ctx.bareValue)) return null;
      if (no) {
        const on = /^\s+(?:on|in)\s+(.*)/u.exec(ctx.right);
        return on?.[1] ? `rank on ${phraseAfter(on[1])}` : 'rank';
      }
      const superlative = /^[\s-]+((?:most|least)\s+\S+|\p{L}+est)\s+(.*)/u.exec(ctx.right);
      if (!superlative) return null;
      const rest = phraseAfter(superlative[2] ?? '');
      const inPhrase = /^\s*\S+(?:\s\S+)?\s+(in\s+the\s+[\p{L}-]+|in\s+[\p{L}-]+)/u.exec(
        superlative[2] ?? '',
      )?.[1];
      return `rank as ${superlative[1]} ${rest}${inPhrase && !rest.includes(' in ') ? ` ${inPhrase}` : ''}`.trim();
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
