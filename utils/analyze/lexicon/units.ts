/**
 * Units, currencies and percent words that follow a number. Each unit list is one category a
 * figure's `measures` can fall back on; `UNIT_CATEGORIES` keeps them in matching order.
 */
import { CALENDAR_UNITS } from './time';
import { words } from './words';

/** "sq km", "sq. ft", "sqm": every spelling of the short square units. */
const SHORT_SQUARE = ['sq', 'sq.'].flatMap((sq) =>
  ['', ' '].flatMap((space) => words('km mi ft m').map((unit) => `${sq}${space}${unit}`)),
);

/** Units of area. */
export const AREA_UNITS: readonly string[] = [
  ...words('kilometers kilometres km miles meters metres feet yards').map((u) => `square ${u}`),
  ...SHORT_SQUARE,
  ...words('km2 acres acre hectares hectare'),
];

/** Units of speed. */
export const SPEED_UNITS: readonly string[] = [
  ...words('miles kilometers kilometres').map((u) => `${u} per hour`),
  ...words('mph km/h kph knots'),
];

/** Units of distance and length. */
export const DISTANCE_UNITS: readonly string[] = [
  'light years',
  'nautical miles',
  ...words('light-years kilometers kilometres km miles mile meters metres feet foot ft inches'),
  ...words('inch yards microns'),
];

/** Units of weight; "pounds of" so that the currency "pounds" stays money. */
export const WEIGHT_UNITS: readonly string[] = [
  'pounds of',
  ...words('tons tonnes tonne ton kilograms kg grams lbs ounces'),
];

/** Units of volume. */
export const VOLUME_UNITS: readonly string[] = [
  'cubic meters',
  'cubic metres',
  ...words('liters litres gallons barrels bbl'),
];

/** Units of temperature. */
export const TEMPERATURE_UNITS: readonly string[] = [
  ...words('Celsius Fahrenheit C F').map((scale) => `degrees ${scale}`),
  ...words('degrees °C °F °'),
];

/** Units of time, as durations ("48 hours", "two decades"). */
export const DURATION_UNITS: readonly string[] = [
  ...words('decades years months weeks days hours minutes seconds milliseconds'),
  ...CALENDAR_UNITS,
  ...words('hour minute second'),
];

/** Units of digital storage ("up to 1TB", "64 GB"). */
export const DATA_UNITS = words('TB GB MB KB terabytes gigabytes megabytes kilobytes');

/** Unit lists in matching order with the category word that describes them ("area", "speed"). */
export const UNIT_CATEGORIES: readonly (readonly [string, readonly string[]])[] = [
  ['area', AREA_UNITS],
  ['speed', SPEED_UNITS],
  ['distance', DISTANCE_UNITS],
  ['weight', WEIGHT_UNITS],
  ['volume', VOLUME_UNITS],
  ['temperature', TEMPERATURE_UNITS],
  ['duration', DURATION_UNITS],
  ['storage', DATA_UNITS],
];

/** Singular units glued to a number with a hyphen and used as adjectives ("1.6-mile span"). */
export const UNIT_ADJECTIVES = words(
  'mile km kilometer kilometre meter metre foot inch yard acre ton tonne hectare',
);

/** Currency names of the languages besides English whose numbers are read ("1,5 Millionen Euro"). */
export const FOREIGN_CURRENCY_WORDS = words('Euro EUR Franken');

/** Currency names written after an amount ("300 dollars", "5 million euros"). */
export const CURRENCY_WORDS = words(
  'dollars euros pounds yen yuan rupees francs pesos rubles roubles won',
);

/** Percent words in English ("4 percent", "25 basis points"). */
export const PERCENT_WORDS: readonly string[] = [
  'percent',
  'per cent',
  'percentage points',
  'percentage point',
  'basis points',
];

/** Percent words in German, read with English ones ("6,2 Prozent"). */
export const GERMAN_PERCENT_WORDS = words('Prozent Prozentpunkt Prozentpunkte');

/** Percent words of other languages, read only after a decimal comma ("6,2 pour cent"). */
export const OTHER_PERCENT_WORDS: readonly string[] = [
  'pour cent',
  'por ciento',
  'per cento',
  'procent',
];

/**
 * Words that tell a decimal-comma number ("1.234,5", "6,2") from an English one ("1.234 miles"),
 * besides the scale, currency and percent words above.
 */
export const DECIMAL_COMMA_UNIT_WORDS: readonly string[] = [
  'million d',
  'millions d',
  ...words('Kronen Złoty milliard milliards millones milioni miliardi'),
  ...words('km Kilometer Meter Tonnen Grad Stunden Jahre'),
];
