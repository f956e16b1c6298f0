/**
 * US states and their AP abbreviations: in "of Flint, Mich.," or "from Dayton, Ohio," the word
 * after a city's comma is a place, never a person named between commas.
 */

/** US states, full names and AP-style abbreviations, lowercased. */
const US_STATES = new Set(
  [
    'Alabama Ala. Alaska Arizona Ariz. Arkansas Ark. California Calif. Colorado Colo.',
    'Connecticut Conn. Delaware Del. Florida Fla. Georgia Ga. Hawaii Idaho Illinois Ill.',
    'Indiana Ind. Iowa Kansas Kan. Kentucky Ky. Louisiana La. Maine Maryland Md.',
    'Massachusetts Mass. Michigan Mich. Minnesota Minn. Mississippi Miss. Missouri Mo.',
    'Montana Mont. Nebraska Neb. Nevada Nev. Ohio Oklahoma Okla. Oregon Ore. Pennsylvania Pa.',
    'Tennessee Tenn. Texas Tex. Utah Vermont Vt. Virginia Va. Washington Wash. Wisconsin Wis.',
    'Wyoming Wyo. N.H. N.J. N.M. N.Y. N.C. N.D. R.I. S.C. S.D. W.Va. D.C.',
  ]
    .join(' ')
    .split(' ')
    .map((s) => s.toLowerCase())
    .concat([
      'new hampshire',
      'new jersey',
      'new mexico',
      'new york',
      'north carolina',
      'north dakota',
      'rhode island',
      'south carolina',
      'south dakota',
      'west virginia',
    ]),
);

/** Whether a phrase is a US state or its abbreviation ("Mich.", "Ohio", "New Mexico"). */
export function isUsState(phrase: string): boolean {
  return US_STATES.has(phrase.trim().replace(/\s+/gu, ' ').toLowerCase());
}

/**
 * Whether "<head>, <name>," is a "City, State" place: the state follows a capitalized word
 * ("of Flint, Mich."), so the name between commas is a place, not the speaker.
 */
export function isCityState(head: string, name: string): boolean {
  return isUsState(name) && /\p{Lu}[\p{L}’'.-]*\s*$/u.test(head);
}
