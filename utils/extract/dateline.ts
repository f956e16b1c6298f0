/**
 * Datelines: the place and agency a wire story opens with ("WASHINGTON (Reuters) — ",
 * "CAIRO — ", "LONDON, England (CNN) -- ", "(CNN)"), split off the first paragraph so that the
 * story's first sentence starts with its first word and the header shows where it was filed.
 */

/**
 * An all-capitals place, an optional ", State" and date, an optional "(Agency)" or "(May 4)",
 * then a dash and a space, or a double hyphen or em dash glued to the story's first capital
 * ("OSLO--The council voted": a typed dash that lost its spaces).
 */
const PLACE_DATELINE =
  /^((?:\p{Lu}[\p{Lu}.'’-]+)(?:[ -]\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,\s*[\p{L}.\s]{2,30}?)?(?:,\s*\p{L}+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\/\s*\p{L}[\p{L}-]*\s*\/|\([\p{L}\p{N}\s.,&-]{2,30}\))?)\s*(?:(?:—|–|--|-)\s+(?=\S)|(?:—|--)(?=\p{Lu}))/u;
/** An agency in parentheses at the very start ("(CNN)", "(Reuters) — "), glued or not. */
const AGENCY_DATELINE =
  /^(\((?:CNN|CNN Business|Reuters|AP|AFP|dpa|Bloomberg|UPI|AAP|PA)\))\s*(?:(?:—|–|--|-)\s*)?(?=\S)/u;
/**
 * A place in any script, then a known agency in parentheses and a dash ("دمشق، سوريا (CNN) --",
 * "Lisboa (Lusa) —"): the agency says it is a dateline where no capitals can.
 */
const ANY_PLACE_DATELINE =
  /^([^()\d.!?"“]{2,40}?\s*\((?:CNN|CNN Business|Reuters|AP|AFP|dpa|Bloomberg|UPI|AAP|PA|Lusa|EFE|ANSA|Xinhua)\))\s*(?:—|–|--|-)\s*(?=\S)/u;
/** A dateline is short: a place and an agency (unit: characters). */
const DATELINE_MAX_CHARS = 80;

/** The dateline at the start of a paragraph and the paragraph after it, or null. */
export function splitDateline(paragraph: string): { dateline: string; rest: string } | null {
  const byCapitals = AGENCY_DATELINE.exec(paragraph) ?? PLACE_DATELINE.exec(paragraph);
  const match = byCapitals ?? ANY_PLACE_DATELINE.exec(paragraph);
  if (!match?.[1] || match[0].length > DATELINE_MAX_CHARS) return null;
  const rest = paragraph.slice(match[0].length);
  // What follows must be the story's sentence: a capital letter (or a letter of a script without
  // capitals), a digit or a quote.
  if (!/^[\p{Lu}\p{Lo}\p{N}"“‘'(]/u.test(rest)) return null;
  const dateline = match[1].replace(/\s+/g, ' ').trim();
  // A place needs two capital letters in a row: "A — B" or "I - the" is not a dateline (a
  // known agency is evidence enough).
  if (byCapitals && !/\p{Lu}{2}/u.test(dateline)) return null;
  return { dateline, rest };
}
