/**
 * The words the figures stage reads around a number: qualifiers kept in a figure's value, counted
 * nouns, and the words that say a neighbouring word is not what a figure measures.
 */
import { CALENDAR_UNITS, MONTH_NAMES, WEEKDAYS } from './time';
import { words } from './words';

/** Qualifiers kept in a figure's value ("more than 30,000", "an estimated $2m"). */
export const QUALIFIERS: readonly string[] = [
  ...['more than', 'less than', 'fewer than', 'greater than', 'in excess of', 'upwards of'],
  ...['as many as', 'as much as', 'as few as', 'as little as', 'at least', 'at most', 'up to'],
  ...['close to', 'closer to', 'just over', 'just under', 'just above', 'just below'],
  ...['well over', 'well above', 'well below', 'well under', 'an estimated', 'a record'],
  'an average of',
  ...['a little more than', 'a little less than', 'a little over', 'a little under'],
  ...words('approximately approx. about around nearly almost roughly some'),
  ...words('over under above below near between'),
];

/** Nouns whose plural has no -s, so they can be counted heads ("24 police officers", "1,000 people"). */
export const IRREGULAR_PLURALS = words(
  'people police personnel children men women staff cattle troops sheep fish aircraft crew livestock',
);

/** Words that never belong to a noun phrase the figures stage builds (articles, pronouns, prepositions, auxiliaries). */
export const FIGURE_FUNCTION_WORDS = words(`
  a an the of in on at to for from by with as than that which who whom whose what when where why how while
  and or but nor not no is are was were be been being has have had do does did will would could
  should may might must can its their his her our your my this these those it they he she we you i
  said says per each every out over into onto about after before since until during against
  between under above`);

/** Determiners that open a noun phrase ("the", "its", "both"). */
export const DETERMINERS = words(
  'the a an its their his her our your my this these those both all some any',
);

/** Comparatives a multiple is said with ("100x larger", "3x faster"), besides COMPARATIVES. */
export const MULTIPLE_COMPARATIVES = words('bigger faster higher cheaper greater');

/** Comparatives that end a counted noun phrase ("5 more seats" counts seats, not "more"). */
export const COMPARATIVES = words('more less larger smaller');

/** Adverb particles after a verb or a figure ("cut 5% off", "stay 200 feet away"). */
export const PARTICLES = words('away back down up off out over in');

/** Frequency adverbs ("$5 daily"). */
export const FREQUENCY_ADVERBS = words('daily nightly weekly annually');

/** Dimension adjectives after a figure and the noun each names ("30 inches long" → length). */
export const DIMENSIONS: Readonly<Record<string, string>> = {
  long: 'length',
  wide: 'width',
  deep: 'depth',
  tall: 'height',
  high: 'height',
  thick: 'thickness',
};

/** Time units that hold a figure without saying what it measures ("the first day", "at the time"). */
export const TIME_UNIT_NOUNS: readonly string[] = [...CALENDAR_UNITS, 'time'];

/*
 * Words that are never what a figure measures. They were three overlapping lists (NOT_NOUNS,
 * CONTAINER_NOUNS, JUNK_OBJECTS); now every word has one home below and the three sets each
 * rule reads are composed from these parts, so no word is listed twice.
 */
/** Adverbs and particles that are empty both after a figure and as a verb's object ("up", "daily", "today"). */
const EMPTY_ADVERBS: readonly string[] = [...PARTICLES, ...FREQUENCY_ADVERBS, 'today'];
/** Position words that follow a figure and hold one ("the last", "each"). */
const POSITION_WORDS = words('last next each');
/** Nouns that hold a figure and are empty as objects ("a total of", "a record"). */
const TOTAL_WORDS = words('total record');

/** Words that follow a figure without being what it measures ("$80 billion last year", "50 feet deep"). */
export const NOT_NOUNS: readonly string[] = [
  ...COMPARATIVES,
  ...words('higher lower old this earlier ago alone apiece later before after ahead without'),
  ...words('within despite apart behind pregnant left because worldwide globally overall if'),
  ...words('when while'),
  ...Object.keys(DIMENSIONS),
  ...EMPTY_ADVERBS,
  ...POSITION_WORDS,
];

/** Nouns that hold a figure without saying what it measures ("a range of", "the $1 billion figure"). */
export const CONTAINER_NOUNS: readonly string[] = [
  ...words('first second third range average level rate sum high low peak figure number'),
  ...words('amount value hour night handful couple dozen lot few region tune order'),
  ...words('neighborhood neighbourhood'),
  ...TIME_UNIT_NOUNS,
  ...POSITION_WORDS,
  ...TOTAL_WORDS,
];

/** Objects of a verb that do not say what a figure is: pronouns, contractions, time adverbs, bare adjectives. */
export const JUNK_OBJECTS: readonly string[] = [
  ...words('itself himself herself themselves it them'),
  ...["there's", 'there’s', "it's", 'it’s'],
  ...words('weeknights weekdays weekends tonight'),
  ...words('full whole entire combined mere additional extra further'),
  ...EMPTY_ADVERBS,
  ...TOTAL_WORDS,
];

/** Time nouns that end a relative clause before the main verb ("… at the time now earns"). */
export const CLAUSE_TIME_NOUNS: readonly string[] = [
  ...TIME_UNIT_NOUNS,
  ...words('moment season period era point'),
];

/** Objects of a post-modifier that are times, not which ones ("in October", "on Monday", "in total"). */
export const DATE_OBJECT_WORDS: readonly string[] = [
  ...MONTH_NAMES,
  ...WEEKDAYS,
  ...TIME_UNIT_NOUNS,
  ...words('total addition recent past last'),
];

/** Post-modifiers that say which of a counted noun are meant ("familiar with", "from", "in"). */
export const POST_MODIFIERS: readonly string[] = [
  ...['familiar with', 'close to', 'aware of', 'involved in', 'briefed on', 'based in'],
  ...words('from in at with on for'),
];

/** Words that end in "'s" without owning anything ("there's", "it's"). */
export const CONTRACTION_HEADS = words('there here it that what who he she let where how');

/** Words that open another clause; a phrase holding one is not what a figure measures. */
export const SUBORDINATORS = words('whether if that because although while when which who');

/** Scales a number is read on ("a magnitude 4.8 earthquake", "a Category 4 hurricane"). */
export const READING_SCALES = words('magnitude category level grade stage force');

/** Adjectives after an object that say it did not move ("held its rate steady"). */
export const STEADY_WORDS = words('steady unchanged flat stable');

/** Nouns that a number compounds with into a name or an adjective ("10-year note", "five-member board"). */
export const NUMBER_COMPOUND_NOUNS: readonly string[] = [
  ...TIME_UNIT_NOUNS,
  ...words('hour minute member point seat game story'),
];

/** Qualifiers written after a number ("130 or so engineers", "60 or more miles"). */
export const TRAILING_QUALIFIERS: readonly string[] = ['or so', 'or more'];

/**
 * Time units short enough that a compound with them is a length, not a name ("a five-minute
 * clip", "a 48-hour ban"); year compounds stay names ("10-year note", "33-year low").
 */
export const SHORT_TIME_UNITS = words('second minute hour day week month');

/** Units a margin or a streak is counted in, glued to its number ("a three-goal lead", "12-game streak"). */
export const MARGIN_UNITS = words('goal point run game match stroke shot seat vote win');

/** Nouns a margin or streak compound sits before ("three-goal lead", "12-game winning streak"). */
export const MARGIN_NOUNS = words(`
  lead streak margin deficit cushion advantage majority swing skid winning losing unbeaten`);

/** Nouns after a time compound that make it a reference period, not a length ("a 12-month high"). */
export const PERIOD_REFERENCE_NOUNS = words('high low average peak trough');

/** Adjectives that make "100%" an idiom of wholeness ("100% sure", "not 100% accurate"). */
export const FULL_SHARE_ADJECTIVES = words(`
  accurate reliable sure certain confident committed correct right wrong honest clear safe
  behind convinced focused healthy fit ready serious`);

/** Nouns of a rate after "a" ("$5 a day", "£200 a head"). */
export const RATE_NOUNS: readonly string[] = [...CALENDAR_UNITS, ...words('night head person')];

/** Frequent function words of English: a sentence with fewer of these than of FOREIGN_MARKERS is not read as English. */
export const ENGLISH_MARKERS = words(
  'the of and to is are was were has have with for said its their a in',
);

/** Frequent function words of the other languages whose numbers are read (German, French, Spanish, Italian, Swedish, Dutch). */
export const FOREIGN_MARKERS = words(
  'der die das und von mit den dem des ist sind im um auf le les et est une du el los las y es del il di che och att een het',
);

/** Category words a figure's `measures` falls back to; they say nothing about which quantity it is. */
export const CATEGORY_WORDS = words(
  'share amount number duration length distance area weight speed volume temperature',
);

/** Words that open a time phrase standing before a clause's subject ("each year", "last month"). */
export const LEADING_TIME_DETERMINERS = words('each every last this next per');
/** What such a time phrase counts in: calendar units and parts of the year or day. */
export const LEADING_TIME_NOUNS: readonly string[] = [
  ...TIME_UNIT_NOUNS,
  ...words('spring summer autumn winter weekend morning evening night season'),
];
/** Single words that stand before a clause's subject as when ("today", "nationwide" is where, not when). */
export const LEADING_TIME_WORDS = words('today yesterday now currently meanwhile annually');
