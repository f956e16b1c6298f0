/**
 * The regular expressions of the figures stage: one pattern that reads a figure (qualifier,
 * currency, number, scale, unit or counted noun, range tail, rate) and the spans with digits
 * that are never figures. Their words live in `../lexicon/`.
 */

import {
  CAREER_COUNT_NOUNS,
  COUNT_PERIODS,
  MULTIPLYING_BASES,
  MULTIPLYING_PRESENT,
  MULTIPLYING_VERBS,
  PLACE_NOUNS,
  PLACE_VERBS,
  SEQUENCE_NOUNS,
} from '../lexicon/figure-shapes';
import {
  COMPARATIVES,
  FIGURE_FUNCTION_WORDS,
  IRREGULAR_PLURALS,
  MARGIN_NOUNS,
  MARGIN_UNITS,
  MULTIPLE_COMPARATIVES,
  NUMBER_COMPOUND_NOUNS,
  PERIOD_REFERENCE_NOUNS,
  QUALIFIERS,
  RATE_NOUNS,
  READING_SCALES,
  SHORT_TIME_UNITS,
  TRAILING_QUALIFIERS,
} from '../lexicon/figure-words';
import {
  ANNIVERSARY_WORDS,
  FEW_COUNTS,
  FOREIGN_SCALE_WORDS,
  FRACTION_WORDS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  ROUND_QUANTITIES,
  SCALE_SUFFIXES,
  SCALE_WORDS,
  STREAK_WORDS,
  SUPERLATIVES,
  TENS_WORDS,
  TIMES_WORDS,
  VAGUE_COUNTS,
  VAGUE_QUANTITIES,
} from '../lexicon/numbers';
import { MONTH_NAMES, MONTH_SHORT, TIME_ZONES } from '../lexicon/time';
import {
  CURRENCY_WORDS,
  DATA_UNITS,
  DECIMAL_COMMA_UNIT_WORDS,
  FOREIGN_CURRENCY_WORDS,
  GERMAN_PERCENT_WORDS,
  OTHER_PERCENT_WORDS,
  PERCENT_WORDS,
  UNIT_ADJECTIVES,
  UNIT_CATEGORIES,
} from '../lexicon/units';
import { alternation, words } from '../lexicon/words';

const capitalized = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** An alternation of a list's words, each also in sentence case ("Twelve of the 19 officials"). */
const bothCases = (list: readonly string[]): string =>
  alternation([...list, ...list.map(capitalized)]);

/** "one" is read only inside a compound ("twenty-one"); see `NUMBER_WORDS`. */
const UNITS_WORDS = NUMBER_WORDS.filter((w) => w !== 'one');
const DIGIT_WORDS = NUMBER_WORDS.slice(0, 9);
const WORD_NUMBER = `(?:${bothCases(VAGUE_COUNTS)}|${bothCases(FEW_COUNTS)}|(?:${bothCases(TENS_WORDS)})(?:-(?:${alternation(DIGIT_WORDS)}))?|${bothCases(UNITS_WORDS)}|${bothCases(ROUND_QUANTITIES)})(?:(?: and a |-and-a-)half)?`;
/**
 * Numbers written with a decimal comma and dot thousands ("1.234,5 Millionen Euro", "6,2 Prozent",
 * "0,75 Prozentpunkte") are read whole, decided per number: the shape must be unambiguous or be
 * followed by a unit, scale, currency or percent word, so English "1.234 miles" is unaffected.
 */
const EURO_UNIT = String.raw`(?=\s?(?:%|€|${alternation([
  ...GERMAN_PERCENT_WORDS,
  ...FOREIGN_SCALE_WORDS,
  ...FOREIGN_CURRENCY_WORDS,
  ...OTHER_PERCENT_WORDS,
  ...DECIMAL_COMMA_UNIT_WORDS,
])}|euros?\b))`;
const EURO_NUMBER = String.raw`\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3})+${EURO_UNIT}|\d+,\d{1,2}(?!\d)${EURO_UNIT}`;
const DIGIT_NUMBER = String.raw`${EURO_NUMBER}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const FRACTION = `(?:(?:one|two|three)-(?:quarters?|thirds?)|half|a quarter|a third) of a (?:percentage )?point|(?:a |one )(?:half|quarter)[- ](?:percentage[- ])?point|half a (?:percentage )?point`;
/** "hundreds", "tens of thousands": a vague plural, optionally of a plural scale word. */
const VAGUE = `(?:${bothCases(VAGUE_QUANTITIES)})(?: of (?:${alternation(
  VAGUE_QUANTITIES.filter((w) => SCALE_WORDS.includes(w.slice(0, -1))),
)}))?`;

/**
 * "two-thirds of", "half of", "half the members", "more than half": a share said as a fraction
 * ("the first half of" is dropped in scan.ts; "half a million" is a number, not a share).
 */
const SHARE_OF = `(?:${bothCases(FRACTION_WORDS)})`;
/**
 * "one in 10,000", "one in five": a ratio said against one, one figure (a year after "in" is a
 * date: "one in 2019").
 */
const ONE_IN = `(?:[Oo]ne|1)\\sin\\s(?:every\\s)?(?:(?!(?:1[5-9]|20)\\d\\d(?![\\d,]))(?:\\d{1,3}(?:,\\d{3})+|\\d+)|${WORD_NUMBER})(?:\\s(?:${alternation(SCALE_WORDS)}))?`;
/**
 * "1,920 x 1,080", "4x6 inches": two sides of a size, one figure; small sides need a unit ("16x9"
 * is an aspect ratio, "4x faster" a multiple, "4x100m" a relay).
 */
const SIDE = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const SIDE_UNIT = `\\s?(?:${alternation(['pixels', 'inches', 'feet', 'metres', 'meters', 'cm', 'mm', 'ft'])})`;
const LARGE_SIDE = String.raw`(?:\d{1,3}(?:,\d{3})+|\d{3,})`;
const DIMENSIONS = `(?:${SIDE}\\s?[x×]\\s?${SIDE}${SIDE_UNIT}|${LARGE_SIDE}\\s?[x×]\\s?${LARGE_SIDE})(?![\\p{L}\\p{N}])`;
/** "three out of four", "seven out of every 100", and `ONE_IN`. */
const OUT_OF = `(?:${DIGIT_NUMBER}|${WORD_NUMBER}) out of (?:every )?(?:${DIGIT_NUMBER}|${WORD_NUMBER})|${ONE_IN}`;
const ORDINAL = `(?:\\d+(?:st|nd|rd|th)|${bothCases(ORDINAL_WORDS)})`;
/** An ordinal that names an item of a sequence ("second quarter", "third-round") is no rank. */
const NOT_SEQUENCE = `(?![\\s-](?:${alternation(SEQUENCE_NOUNS)})(?![\\p{L}-]))`;
/**
 * Superlatives after a rank ("third-largest"); the value is the ordinal alone, as the team gold
 * (tests/gold/figures.json) writes it.
 */
const EST_SUPERLATIVES = alternation(SUPERLATIVES.filter((w) => w !== 'most' && w !== 'least'));
/** "No. 8", "the No 2 seed", "world number one": a ranking ("No. 10 Downing" is a name). */
const NUMBERED_RANK = `No\\.\\s?\\d+(?![\\d,.]*\\d)(?!\\s\\p{Lu})|No\\s?\\d+(?=\\s(?:seed|spot|position|ranking|ranked)\\b)|(?<=\\b[Ww]orld\\s)(?:No\\.?\\s?\\d+|number\\s(?:one|\\d+|${WORD_NUMBER}))`;
/**
 * Ranks, places and streaks: "96th hottest", "third-largest", "fifth straight month", "No. 8",
 * "finished third", "in fifth place", "her 20th world record", "its ninth title of the season".
 * A bare ordinal is a sequence ("the third witness", "second quarter"), never a figure.
 */
const RANK = [
  `${ORDINAL}(?=[\\s-](?:${EST_SUPERLATIVES})(?![\\p{L}-]))`,
  `${ORDINAL}(?=[\\s-](?:most|least)\\b)`,
  `${ORDINAL}(?=\\s(?:${alternation(ANNIVERSARY_WORDS)})\\b)`,
  `${ORDINAL}\\s(?:${alternation(STREAK_WORDS)})(?=\\s[a-z])`,
  NUMBERED_RANK,
  // A finishing place: "finished third", "came in second", "ended up joint fifth" ("came
  // first" is left out, as the team gold writes it).
  `(?<=\\b(?:${alternation(PLACE_VERBS)})\\s(?:up\\s)?(?:in\\s)?(?:(?:joint|equal)[- ])?)${ORDINAL}(?![\\p{L}-])${NOT_SEQUENCE}`,
  `${ORDINAL}(?=[\\s-](?:${alternation(PLACE_NOUNS)})\\b)`,
  // "was third in the sprint", "is second behind Leeds": a place said with "be".
  `(?<=\\b(?:was|is|were|are|been)\\s(?:(?:joint|equal)[- ])?)${ORDINAL}(?=\\s(?:in|behind|overall|on\\s(?:the\\s)?(?:table|ladder|standings|leaderboard))\\b)(?!\\sin\\s(?:an?\\s)?(?:series|line|command|row)\\b)${NOT_SEQUENCE}`,
  // A count in a career: "her 20th world record", "his ninth title".
  `(?<=\\b(?:his|her|their|its|[\\p{L}]+['’]s)\\s)${ORDINAL}${NOT_SEQUENCE}(?=(?:\\s[\\p{L}-]+){0,2}?\\s(?:${alternation(CAREER_COUNT_NOUNS)})(?![\\p{L}-]))`,
  // "won a record sixth title": a count the record says.
  `(?<=\\b(?:a|the)\\srecord\\s)${ORDINAL}${NOT_SEQUENCE}(?=\\s\\p{L})`,
  // "for the 20th time", "for a record fifth time": how often, counted.
  `(?<=\\bfor\\s(?:a|the)\\s(?:record\\s)?)${ORDINAL}(?=\\stime\\b)`,
  // A count of events in a period: "the fourth bank this month to", "third win in a row".
  `${ORDINAL}${NOT_SEQUENCE}(?=(?:\\s[\\p{L}'’-]+){1,3}?\\s(?:of|in|this|so far this)\\s(?:(?:the|a|this|his|her|their|its)\\s)?(?:${alternation(COUNT_PERIODS)})(?![\\p{L}-]))`,
].join('|');
/**
 * "Profits treble at the bank", "fares double in May": a headline's present tense after a plural
 * subject; "doubles its dividend" before a possessive ("the doubles in Paris" is a name).
 */
const PRESENT_MULTIPLY = `(?<=\\p{L}s\\s)(?<!\\b(?:was|is|has|does|as|this|his|its|us|thus|plus|less)\\s)(?:${alternation(MULTIPLYING_BASES)})(?=\\s(?:at|in|to|after|on|for|since|from|by)\\b|\\s*[.,;:!?]?\\s*$)|(?<!\\b(?:the|mixed|men's|women's)\\s)(?:${alternation(MULTIPLYING_PRESENT)})(?=\\s(?:its|their|his|her)\\b)`;
/**
 * "profits tripled", "sales more than doubled", "is set to double": a multiplying verb is a
 * figure, as "twice" is ("doubled down", "double figures", "could double as a shed" are not).
 */
const MULTIPLY = `(?:${bothCases(MULTIPLYING_VERBS)})(?![\\p{L}-])(?!\\s(?:down|up|back|as\\san?)\\b)|(?<=\\b(?:to|will|would|could|may|might|should|can)\\s)(?:${alternation(MULTIPLYING_BASES)})(?![\\p{L}-])(?!\\s(?:figures|digits|down|up|back|as)\\b)|${PRESENT_MULTIPLY}`;
/**
 * "one minute 44.5 seconds", "3min 59.4sec", "2hr 5min 30sec": a time in two or three units is
 * one figure; a time glued to its unit ("59.4sec", "3min") is one too.
 */
const TIME_FIRST = `(?:\\d+|[Oo]ne|${WORD_NUMBER})(?:\\s?(?:hrs?|mins?)|\\s(?:hours?|minutes?))`;
const TIME_NEXT = `,?\\s(?:and\\s)?\\d+(?:\\.\\d+)?(?:\\s?(?:mins?|secs?)|\\s(?:minutes?|seconds?)|s)(?![\\p{L}])`;
const RACE_TIME = `${TIME_FIRST}(?:${TIME_NEXT}){1,2}|\\d+(?:\\.\\d+)?(?:mins?|secs?|hrs?)(?![\\p{L}])`;

/** Qualifiers kept in the value; each also in sentence case ("About 30,000 vehicles"). */
export const QUALIFIER = `(?:${bothCases(QUALIFIERS)})\\s`;
/** "130 or so engineers", "60 or more miles": a qualifier written after the number. */
const TRAILING_QUALIFIER = `\\s(?:${alternation(TRAILING_QUALIFIERS)})`;
/**
 * "about a month", "nearly a decade", "about a half hour": a duration said with an article is a
 * figure only after a qualifier (a bare "a year" is a rate or a time reference).
 */
const ARTICLE_UNIT = `an?\\s(?:half[- ])?(?:${alternation([...SHORT_TIME_UNITS, 'year', 'decade', 'century'])})(?![\\p{L}-])`;
/** Qualifiers that are also prepositions: "bonded over a day of argument" is not a length. */
const PREPOSITION_QUALIFIER = '(?:[Oo]ver|[Uu]nder|[Aa]bove|[Bb]elow|[Nn]ear)\\s';
const ARTICLE_DURATION = `(?<=${QUALIFIER})(?<!\\b${PREPOSITION_QUALIFIER})${ARTICLE_UNIT}|(?<=\\b${PREPOSITION_QUALIFIER})${ARTICLE_UNIT}(?!\\sof\\b)`;
/** "near zero", "close to zero": zero is a level only after a qualifier ("zero tolerance" is not). */
const QUALIFIED_ZERO = `(?<=${QUALIFIER})zero(?![\\p{L}-])`;
/**
 * "a five-minute clip", "a 48-hour ban", "a two-month-long expedition": a short time unit glued to
 * a number before a noun is a length ("10-year note" and "a 12-month high" stay names: `mask`).
 */
const LENGTH_COMPOUND = `(?:\\d+|${WORD_NUMBER})-(?:${alternation(SHORT_TIME_UNITS)})s?(?:-long)?(?=\\s(?!(?:${alternation(PERIOD_REFERENCE_NOUNS)})\\b)[a-z])|(?:\\d+|${WORD_NUMBER})-(?:years?|decades?)-long(?=\\s[a-z])`;
/**
 * "a three-goal lead", "a 12-game streak", "a 20-seat majority": a count glued to the unit a
 * margin or a streak is counted in (other number-noun compounds stay names: `mask`).
 */
const MARGIN_COMPOUND = `(?:\\d+|${WORD_NUMBER})-(?:${alternation(MARGIN_UNITS)})(?=\\s(?:${alternation(MARGIN_NOUNS)})\\b)`;
/**
 * "lost trillions more", "Thousands marched": a vague plural standing alone is a count; "for
 * decades", "the worst in decades" a length ("tens" alone is not: "tens of" only); "the
 * trillions from earlier" refers back.
 */
const VAGUE_ALONE = `(?<!\\b[Tt]he\\s)(?:${bothCases(VAGUE_QUANTITIES.filter((w) => w !== 'tens'))})(?!\\s+of\\b)(?![\\p{L}-])|(?<=\\b(?:for|over|in|within)\\s)decades(?![\\p{L}-])`;
/** "18 to 1", "25 to 1": a ratio said against one, never followed by a unit or percent. */
const RATIO_TO_ONE = `\\d+(?:\\.\\d+)?\\sto\\s1(?!\\d|[.,]\\d|\\s?%|\\s(?:percent|per cent|percentage|points?)\\b)`;
/** "5 hours and 9 minutes": a smaller unit added to a measure. */
const AND_SMALLER_UNIT = `\\sand\\s\\d+\\s(?:minutes?|seconds?|inch(?:es)?|ounces?|months?|days?|weeks?)(?![\\p{L}])`;
export const CURRENCY_PREFIX = String.raw`(?:US\$|C\$|A\$|HK\$|NZ\$|R\$|\$|€|£|¥|₹|Rs\.?\s?|INR\s|USD\s|EUR\s|GBP\s|JPY\s|CHF\s)`;
/** Scale suffixes that make a bare number a figure ("50k"); "tn" is only read after a currency. */
export const BARE_SCALE_SUFFIXES = SCALE_SUFFIXES.filter((s) => s !== 'tn');
const SCALE = String.raw`(?:\s(?:${alternation([...SCALE_WORDS, ...FOREIGN_SCALE_WORDS])})|(?:${alternation(SCALE_SUFFIXES)})(?![\p{L}\p{N}]))`;
export const CURRENCY_WORD = `(?:${alternation([...CURRENCY_WORDS, ...FOREIGN_CURRENCY_WORDS, '€'])})`;
const PERCENT = String.raw`(?:\s?%|\s?bps?(?![\p{L}])|\s(?:${alternation([...PERCENT_WORDS, ...GERMAN_PERCENT_WORDS])}))`;

/** Each unit category's alternation, longest first within it, categories in matching order. */
const UNIT_ALTERNATIONS = UNIT_CATEGORIES.map(([category, units]) => ({
  category,
  pattern: alternation(units),
}));
const UNIT = `(?:${UNIT_ALTERNATIONS.map((u) => u.pattern).join('|')})`;
/** Units glued with a hyphen and used as adjectives ("1.6-mile span", "23-km corridor"). */
const HYPHEN_UNIT = String.raw`-(?:${alternation(UNIT_ADJECTIVES)})(?![\p{L}])`;
const HYPHEN_UNIT_TEST = new RegExp(HYPHEN_UNIT, 'u');
const UNIT_TESTS = UNIT_ALTERNATIONS.map(({ category, pattern }) => ({
  category,
  test: new RegExp(`(?:^|[\\s\\d])(?:${pattern})(?![\\p{L}])`, 'u'),
}));

/** Category word for a unit ("square kilometers" → "area", "1.6-mile" → "length"), or null. */
export function unitCategory(value: string): string | null {
  if (HYPHEN_UNIT_TEST.test(value)) return 'length';
  // "3min 59.4sec", "11.9sec": a time glued to its units.
  if (/\d\s?(?:mins?|secs?|hrs?)(?![\p{L}])/u.test(value)) return 'duration';
  for (const { category, test } of UNIT_TESTS) if (test.test(value)) return category;
  return null;
}

// A plural head noun ends in -s but not -ss or -us ("populous", "bonus" are not plurals).
const PLURALS = alternation(IRREGULAR_PLURALS);
const HEAD_NOUN = `(?:[a-z][a-z-]*[a-rt-tv-z]s|[A-Z][a-z]+[a-rt-tv-z]s|${PLURALS})`;
const STOP = String.raw`(?!(?:${alternation([...FIGURE_FUNCTION_WORDS, ...COMPARATIVES])})(?![\p{L}-]))`;
/**
 * A word before the counted noun: a name, an acronym ("three FOMC members"), a model ("12 F-35
 * jets"), a participle ("seven connected devices") or another word that is not itself a plural
 * or a gerund.
 */
const MODIFIER = `${STOP}(?:[A-Z][a-z]+(?:-[A-Za-z]+)?(?:\\s[A-Z][a-z]+){0,3}|[A-Z]{2,}|[A-Z]{1,3}-?\\d+[A-Za-z]?|(?:${PLURALS})|[a-z]+(?:-[a-z]+)*(?<![^s]s|ing))`;
/** Up to three modifiers, "and" only between two of them ("five current and former officials"). */
const COUNTED = String.raw`(?:\s${MODIFIER}(?:\sand(?=\s${MODIFIER}\s))?){0,3}\s${STOP}${HEAD_NOUN}(?![\p{L}])`;
export const RATE = String.raw`(?:\s(?:per\s(?:[a-z]+\s)?[a-z]+|a\s(?:${alternation(RATE_NOUNS)})))`;

/** "-1.0 percent", "−0.4%": a minus sign read with the number it is glued to, after a space. */
const MINUS = `(?:(?<=^|[\\s(])[-−](?=\\d))?`;
const NUMBER = `${MINUS}(?:${CURRENCY_PREFIX}\\s?)?(?:${DIGIT_NUMBER}|${WORD_NUMBER})${SCALE}?`;
/** The quantity itself, before any unit: "$1.2 billion", "five", "26,000", "8 lakh". */
const AMOUNT = `${NUMBER}(?:\\s${CURRENCY_WORD}(?![\\p{L}]))?`;
/** Units glued to the number ("1TB", "64GB"). */
const GLUED_UNIT = `(?:${alternation(DATA_UNITS.filter((u) => /^[A-Z]+$/.test(u)))})(?![\\p{L}])`;
const TAIL = `(?:${PERCENT}|${HYPHEN_UNIT}|${GLUED_UNIT}|\\s${UNIT}(?![\\p{L}]))`;
/** "70-80", "$25,000 to $40,000", and "and" only after "between". */
const RANGE = `(?:\\s?(?:-|–)\\s?|\\sto\\s|(?<=\\bbetween\\s\\S+)\\sand\\s)(?:${NUMBER})`;

/** A figure starts no word's middle (and after no "&", "/", "_", "." or "-"). */
const FIGURE_EDGE = '(?<![\\p{L}\\p{N}&/_.-])';

/** One figure: named groups say which shape matched (fraction, vague, part of the whole, amount). */
export const FIGURE_PATTERN = new RegExp(
  [
    FIGURE_EDGE,
    `(?<qual>(?:${QUALIFIER})?)`,
    '(?:',
    `(?<fraction>${FRACTION})`,
    `|(?<vague>${VAGUE}) of(?<vagueNoun>${COUNTED})`,
    `|(?<share>${SHARE_OF})(?= of\\s|\\s(?:the|its|their|his|her|our)\\s[\\p{L}-]+s\\b)|(?<share2>(?<=${QUALIFIER})${SHARE_OF})(?![\\p{L}-])(?!\\s(?:an?|of)\\b)`,
    `|(?<outOf>${OUT_OF})`,
    `|(?<dimensions>${DIMENSIONS})`,
    `|(?<ratio>\\d+(?:\\.\\d+)?-to-\\d+(?:\\.\\d+)?|${RATIO_TO_ONE})`,
    `|(?<lengthCompound>${LENGTH_COMPOUND})`,
    `|(?<marginCompound>${MARGIN_COMPOUND})`,
    `|(?<vagueAlone>${VAGUE_ALONE})`,
    `|(?<articleDuration>${ARTICLE_DURATION})`,
    `|(?<zero>${QUALIFIED_ZERO})`,
    `|(?<raceTime>${RACE_TIME})`,
    `|(?<rank>${RANK})`,
    `|(?<multiply>${MULTIPLY})`,
    `|(?<times>${bothCases(TIMES_WORDS)}|[Oo]nce(?= a (?:day|week|month|year)))`,
    `|(?<yearsOld>(?:${DIGIT_NUMBER}|${WORD_NUMBER})-(?:year|month|week)s?-old)`,
    `|(?<multiple>\\d+(?:\\.\\d+)?x)(?=\\s(?:${alternation([...COMPARATIVES, ...MULTIPLE_COMPARATIVES])}|as)\\b)`,
    `|(?<part>${WORD_NUMBER}|${DIGIT_NUMBER}) of the(?<whole>\\s(?:${DIGIT_NUMBER}|${WORD_NUMBER}))?(?<partNoun>${COUNTED})`,
    `|(?<amount>${AMOUNT})(?<postQual>${TRAILING_QUALIFIER})?(?:(?<tail1>${TAIL})(?:(?<range1>${RANGE}${TAIL})|(?<andUnit>${AND_SMALLER_UNIT}))?|(?<range2>${RANGE}(?:\\s${CURRENCY_WORD}(?![\\p{L}]))?)(?<tail2>${TAIL})?|(?<noun>${COUNTED}))?`,
    ')',
    `(?<rate>${RATE})?`,
    `(?![\\p{L}\\p{N}])`,
  ].join(''),
  'gu',
);

/**
 * Where a FIGURE_PATTERN match can start (tried sticky, a prefix test): at its edge, on no space,
 * on a character that is no letter (a digit, a currency sign, a minus) or on a word an alternative
 * may open with (a qualifier, a currency code, a number, fraction, ordinal, multiplying or vague
 * word, "a"/"an" before a duration, "No." or "number" of a rank, "zero", "once", "decades"). A
 * start that fails it is skipped without trying the whole pattern, the figures stage's main cost
 * (speed budget: a 25,000-word story in under 1 s). An alternative that opens with another word
 * adds it here (tests/unit/figure-recognition.test.ts checks the list against every example).
 */
export const FIGURE_START = new RegExp(
  `${FIGURE_EDGE}(?:[^\\p{L}\\s]|${CURRENCY_PREFIX}|${bothCases([
    ...QUALIFIERS,
    ...VAGUE_QUANTITIES,
    ...FRACTION_WORDS,
    ...VAGUE_COUNTS,
    ...FEW_COUNTS,
    ...TENS_WORDS,
    ...NUMBER_WORDS,
    ...ROUND_QUANTITIES,
    ...ORDINAL_WORDS,
    ...MULTIPLYING_VERBS,
    ...MULTIPLYING_BASES,
    ...MULTIPLYING_PRESENT,
    ...TIMES_WORDS,
    ...words('one two three half a an zero decades once No number'),
  ])})`,
  'uy',
);

/**
 * Whether a text may hold a figure at all: a digit, a currency sign, or a word a figure can be
 * said with. One cheap test per sentence spares the full pattern most sentences of a long read
 * (speed budget: a 25,000-word story analyzed in under 1 s).
 */
export const MAY_HOLD_FIGURE = new RegExp(
  `[\\p{N}$€£¥₹]|\\b(?:${bothCases([
    ...NUMBER_WORDS,
    ...TENS_WORDS,
    ...VAGUE_QUANTITIES,
    ...ORDINAL_WORDS,
    ...TIMES_WORDS,
    ...MULTIPLYING_VERBS,
    ...MULTIPLYING_BASES,
    ...MULTIPLYING_PRESENT,
    ...words(
      'dozen hundred thousand half quarter third once several few handful couple zero decades',
    ),
  ])}|an?\\s(?:half[- ])?(?:${alternation([...SHORT_TIME_UNITS, 'year', 'decade', 'century'])})\\b)`,
  'u',
);

const MONTHS = alternation([...MONTH_NAMES, ...MONTH_SHORT].map(capitalized));
const ZONES = alternation(TIME_ZONES);
/** Spans with digits that are never figures; masked before scanning, offsets kept. */
const NOT_FIGURE_PATTERNS: RegExp[] = [
  // Phone numbers: 312-904-9800, (312) 904-9800, 020 7239 7272, +44 20 7946 0000.
  /\(?\b\d{3}\)?[-.\s]\d{3}[-.]\d{4}\b/g,
  /\b0\d{2,4}\s\d{3,4}\s\d{3,4}\b/g,
  /\+\d{1,3}(?:[\s-]\d{2,4}){2,4}/g,
  // A local number (555-0142): a range never ends in a zero-led number.
  /\b\d{3}-0\d{3}\b/g,
  // Clock times and race times: 9 a.m., 2:30 p.m. EDT, 2:04:02.
  new RegExp(
    `\\b\\d{1,2}(?::\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|AM\\b|PM\\b)(?:\\s(?:${ZONES})\\b)?`,
    'g',
  ),
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/g,
  // Dates: Nov 20, Dec. 25, 2021, 14 April, April 2022, 11/20/2024, 2024-11-20.
  new RegExp(`\\b(?:${MONTHS})\\.?\\s\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s\\d{4})?(?![\\d,]*\\d)`, 'g'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?(?:${MONTHS})\\b(?:\\s\\d{4})?`, 'g'),
  new RegExp(`\\b(?:${MONTHS})\\.?\\s\\d{4}\\b`, 'g'),
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/g,
  // Time compounds used as adjectives or names: 10-year note, five-year average, 33-year low
  // (a short one before a noun is a length: LENGTH_COMPOUND).
  new RegExp(
    `\\b(?:\\d+|${WORD_NUMBER})-(?:(?:${alternation(NUMBER_COMPOUND_NOUNS.filter((w) => !SHORT_TIME_UNITS.includes(w)))})s?\\b(?!-old|-long)(?!\\s(?:${alternation(MARGIN_NOUNS)})\\b)|(?:${alternation(SHORT_TIME_UNITS)})s?\\b(?!-old|-long)(?!\\s(?!(?:${alternation(PERIOD_REFERENCE_NOUNS)})\\b)[a-z]))`,
    'gi',
  ),
  // Ages: "aged 45", "ages 18-29".
  /\b(?:aged?|ages)\s\d+(?:\s?[-–]\s?\d+)?/gi,
  // Points in time, not amounts: "two years ago", "three days earlier".
  new RegExp(
    `(?<!\\bthe\\s)\\b(?:${WORD_NUMBER}|\\d+|a|an)\\s(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)(?:\\sand\\sa\\shalf)?\\s(?:ago|earlier|before|later)\\b`,
    'gi',
  ),
  // Short intervals between two events: "two days after she won", "hours after the vote" (a
  // span of years after an event is a length a reader may check: "41 years after the law";
  // "waited 20 minutes before" measures the wait).
  new RegExp(
    `(?<!\\b(?:the|waited|wait|waits|took|take|takes|spent|spend|spends|lasted|lasts|last|for|within)\\s)\\b(?:(?:${WORD_NUMBER}|\\d+|a|an)\\s(?:weeks?|days?|hours?|minutes?)|hours|days|weeks|minutes)\\s(?:after|before)\\s(?=[\\p{Ll}\\p{Lu}])`,
    'gu',
  ),
];

/** "magnitude-5.8 quake": the hyphen after a reading scale is read as a space (offsets kept). */
const SCALE_HYPHEN = new RegExp(`\\b(${alternation(READING_SCALES)})-(?=\\d)`, 'giu');

/** Replaces spans that are never figures with spaces, keeping offsets. */
export function mask(text: string): string {
  let masked = text.replace(SCALE_HYPHEN, '$1 ');
  for (const pattern of NOT_FIGURE_PATTERNS) {
    masked = masked.replace(pattern, (m) => ' '.repeat(m.length));
  }
  return masked;
}

/** A value that is nothing but qualifiers ("more than "). */
export const QUALIFIER_ONLY = new RegExp(`^(?:${QUALIFIER})+`, 'i');
