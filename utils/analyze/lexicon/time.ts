/** Time words: month and weekday names, lowercase (matchers add capitals or use the i flag). */
import { words } from './words';

/** Month names, written whole. */
export const MONTH_NAMES = words(
  'january february march april may june july august september october november december',
);

/** Month abbreviations as written before a day ("Nov. 20"); "may" is never shortened. */
export const MONTH_SHORT = words('jan feb mar apr jun jul aug sep sept oct nov dec');

/** Days of the week. */
export const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday');

/** Time-zone abbreviations written after a clock time ("2:30 p.m. EDT"). */
export const TIME_ZONES = words('ET EDT EST CT PT PDT GMT BST CET UTC');

/** Calendar units, singular ("a day", "10-year", "per month"). */
export const CALENDAR_UNITS = words('day week month year');
