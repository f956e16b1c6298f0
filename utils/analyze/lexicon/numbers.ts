/** Numbers written as words, and the scale words that multiply a number ("$4 billion", "8 lakh"). */
import { words } from './words';

/**
 * Number words from one to nineteen, in counting order. "one" is read only inside a compound
 * ("twenty-one"), never alone: a singular determiner carries no quantity a reader would check.
 */
export const NUMBER_WORDS = words(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
);

/** Multiples of ten written as words ("twenty", "ninety"). */
export const TENS_WORDS = words('twenty thirty forty fifty sixty seventy eighty ninety');

/** Round quantities said with an article ("a dozen eggs", "a thousand people"). */
export const ROUND_QUANTITIES: readonly string[] = ['a dozen', 'a hundred', 'a thousand'];

/** Plural number words that make a vague quantity ("hundreds of homes", "tens of thousands"). */
export const VAGUE_QUANTITIES = words('hundreds thousands millions billions trillions dozens tens');

/** Scale words after a number, written apart ("4 billion", "8 lakh"). */
export const SCALE_WORDS = words('thousand million billion trillion crore lakh');

/** Scale words of the other languages whose numbers are read ("1,5 Milliarden", "3 Mio."). */
export const FOREIGN_SCALE_WORDS = words('Tausend Millionen Milliarden Mio. Mrd.');

/** Scale suffixes glued to a number ("$4bn", "€300m", "50k"). */
export const SCALE_SUFFIXES = words('bn tn m k');

/** Ordinal words a rank or a streak is said with ("third-largest", "fifth straight month"). */
export const ORDINAL_WORDS = words(
  'second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth',
);

/** Superlatives that make an ordinal a rank ("96th hottest", "third-largest"); "most"/"least" too. */
export const SUPERLATIVES = words(`
  largest biggest highest lowest smallest fastest slowest oldest youngest busiest richest poorest
  hottest coldest deadliest safest strongest weakest longest shortest best worst most least
  greatest wealthiest tallest heaviest lightest cheapest costliest warmest wettest driest`);

/** Nouns after an ordinal that make it a count of years ("75th anniversary"); "second birthday" is an age, left out. */
export const ANNIVERSARY_WORDS = words('anniversary jubilee');

/** Words after an ordinal that make it a streak ("fifth straight month"). */
export const STREAK_WORDS = words('straight consecutive successive');

/** Fractions said as words ("two-thirds of", "half of", "one-fourth of"). */
export const FRACTION_WORDS: readonly string[] = [
  ...words(
    'half one-half one-third two-thirds one-quarter three-quarters one-fourth three-fourths',
  ),
  ...words('one-fifth two-fifths'),
  ...['a third', 'a quarter', 'a fifth'],
];

/** Approximate counts said with a scale word ("several hundred", "a few thousand"). */
export const VAGUE_COUNTS: readonly string[] = [
  ...['several hundred', 'several thousand', 'several million', 'a few hundred', 'a few thousand'],
  ...['a half-dozen', 'half a dozen', 'a half dozen'],
];

/**
 * Vague counts said before a counted noun ("several quarters", "a few weeks", "a handful of
 * stores"): an approximate magnitude is a figure (ANNOTATION.md), unlike a bare "several".
 * "a couple of" is left out: it is as often "not many" as two ("a couple of miles off").
 */
export const FEW_COUNTS: readonly string[] = ['a handful of', 'another few', 'a few', 'several'];

/** Multiplicative adverbs that are counts ("twice", "thrice"); "once" only as a rate ("once a week"). */
export const TIMES_WORDS = words('twice thrice');
