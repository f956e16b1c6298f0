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
export const VAGUE_QUANTITIES = words('hundreds thousands millions billions dozens tens');

/** Scale words after a number, written apart ("4 billion", "8 lakh"). */
export const SCALE_WORDS = words('thousand million billion trillion crore lakh');

/** Scale words of the other languages whose numbers are read ("1,5 Milliarden", "3 Mio."). */
export const FOREIGN_SCALE_WORDS = words('Tausend Millionen Milliarden Mio. Mrd.');

/** Scale suffixes glued to a number ("$4bn", "€300m", "50k"). */
export const SCALE_SUFFIXES = words('bn tn m k');
