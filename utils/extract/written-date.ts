/**
 * A date as pages print it beside a story, found inside the words around it: "posted on
 * Saturday, August 13th, 2011", "Aug 13, 2011 – 4:39 PM", "Published: Wednesday, 21 Sep 2011 |
 * 4:35 PM ET", "2011年8月13日", "13.08.2011", "2011/8/13". Engines parse few of these whole (ordinals, dashes, bars and zone
 * words defeat Date.parse), so the day, month and year are read out and written as ISO 8601.
 */

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
/** An English month name or its abbreviation ("Sept.", "August"). */
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A day of the month with an optional ordinal ending ("13th"). */
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** The written forms, each with its year, month and day groups in order of the array below. */
const FORMS: { pattern: RegExp; year: number; month: number; day: number }[] = [
  // "August 13th, 2011", "Aug 13 2011"
  { pattern: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'i'), month: 1, day: 2, year: 3 },
  // "13 August 2011", "21 Sep. 2011", "13th of August, 2011"
  {
    pattern: new RegExp(`\\b${DAY}\\.?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i'),
    day: 1,
    month: 2,
    year: 3,
  },
  // "2011-08-13"
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/, year: 1, month: 2, day: 3 },
  // "2011/8/13", "2011.08.13": a year written first leads the month, then the day.
  { pattern: /\b(\d{4})([./])(\d{1,2})\2(\d{1,2})\b/, year: 1, month: 3, day: 4 },
  // "13.08.2011": dots between numbers are written day first (German, Russian, Finnish…).
  { pattern: /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/, day: 1, month: 2, year: 3 },
  // "2011年8月13日"
  { pattern: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, year: 1, month: 2, day: 3 },
];
/** A printed date is looked for this near the start of its element's text (unit: characters). */
export const WRITTEN_DATE_WINDOW = 80;

function monthNumber(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  return MONTHS.indexOf(written.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
}

/**
 * The first date written near the start of `text`, as "YYYY-MM-DD", or null. The time of day is
 * left out: a time without its zone would be read in the reader's zone, a different instant.
 * Example: writtenDate('posted on Saturday, August 13th, 2011') → '2011-08-13'.
 */
export function writtenDate(text: string): string | null {
  const window = text.slice(0, WRITTEN_DATE_WINDOW);
  let best: { at: number; date: string } | null = null;
  for (const { pattern, year, month, day } of FORMS) {
    const match = pattern.exec(window);
    if (!match || (best && best.at <= match.index)) continue;
    const y = Number(match[year]);
    const m = monthNumber(match[month] ?? '');
    const d = Number(match[day]);
    if (m < 1 || m > 12 || d < 1 || d > 31) continue;
    const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    // "February 31" is no day.
    if (new Date(`${date}T00:00:00Z`).getUTCDate() !== d) continue;
    best = { at: match.index, date };
  }
  return best?.date ?? null;
}
