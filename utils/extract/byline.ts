/**
 * Bylines as people. Pages print bylines with everything around them: "By", publish and update
 * times ("Published 3:04 PM | Updated …"), the agency glued to the last name
 * ("Jane TUCKERAssociated Press"), job titles ("Helen Marsh, Science correspondent") and several
 * authors in one string ("A, B and C"). These rules keep the people, in order.
 */
import { normalizeSpace } from './noise';

/** News agencies and newsrooms: credited in bylines, but organizations, not people. */
const AGENCIES =
  /^(?:the\s+)?(?:associated press|ap|reuters|afp|agence france-presse|bloomberg(?: news)?|dpa|efe|ansa|xinhua|kyodo|pa(?: media)?|cnn(?: wire)?|bbc(?: news)?|upi|tass|anadolu|staff|staff reports?|wire reports?|news services?|wire services?)$/i;
/** The same agencies when glued to a preceding name without a space ("TUCKERAssociated Press"). */
const GLUED_AGENCY = /(\S)(Associated Press|Reuters|Agence France-Presse|Bloomberg News)\b/g;
/** Job titles that follow a name in a byline. */
const ROLE =
  /\b(?:correspondent|editor|reporter|writer|columnist|contributor|journalist|producer|photographer|analyst|critic|staff|intern|chief|bureau|desk|team|redakteur(?:in)?|korrespondent(?:in)?|rédact(?:eur|rice)|corresponsal|redactor(?:a)?)s?\b/i;
const LEADING_BY =
  /^(?:by|written by|words by|reporting by|story by|posted by|von|por|par|di|door|af|av)\s*:?\s+/i;
/** Where a time or date starts inside a byline: everything from here on is not a name. */
const TIME_START =
  /\s*(?:\||·|•|—|–|-)?\s*\b(?:published|updated|posted|last updated|first published|created|modified|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado)\b.*$|\s*(?:\||·|•|,)?\s*\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b.*$|\s*(?:\||·|•|,)?\s*\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b.*$|\s*(?:\||·|•|,)?\s*\b\d{4}-\d{2}-\d{2}\b.*$|\s*(?:\||·|•|,)?\s*\b\d{1,2}:\d{2}\b.*$|\s*(?:\||·|•)?\s*\b\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?)\s+(?:ago|read)\b.*$/i;
/** A name is at most this long (unit: words). */
const NAME_MAX_WORDS = 5;

function cleanPart(part: string): string {
  const text = normalizeSpace(
    part.replace(LEADING_BY, '').replace(/^[\s,;:|·•-]+|[\s,;:|·•-]+$/g, ''),
  );
  return /^(?:by|von|por|par|di|door|af|av)$/i.test(text) ? '' : text;
}

/** True when a byline part is a person's name rather than a role, agency, date or sentence. */
function isName(part: string): boolean {
  if (!part || /\d/.test(part) || /^https?:/i.test(part) || part.includes('@')) return false;
  const words = part.split(' ');
  if (words.length > NAME_MAX_WORDS) return false;
  if (AGENCIES.test(part) || ROLE.test(part)) return false;
  // In scripts with capitals, a name starts with one ("the newsroom" is not a person).
  if (/^\p{Ll}/u.test(part) && !/^(?:de|van|von|da|di|le|la|al|el|bin|ibn)\b/.test(part))
    return false;
  return true;
}

/** The people in a byline string, in order, without "By", times, agencies or job titles. */
export function bylinePeople(raw: string | null | undefined): string[] {
  if (!raw) return [];
  let text = normalizeSpace(raw).replace(GLUED_AGENCY, '$1, $2');
  text = text.replace(TIME_START, '');
  const people: string[] = [];
  for (const piece of text.split(/\s*(?:,|;|&|\||·|•|\/|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/i)) {
    // "Jane Doe for The Daily", "Jane Doe in Paris": the name is before the preposition.
    let part = cleanPart(piece.replace(/\s+(?:for|in|at|special to|für|pour|para)\s+.*$/i, ''));
    // "Jane Doe Staff Writer": the name is what comes before the job title.
    const role = ROLE.exec(part);
    if (role && role.index > 0) {
      part = cleanPart(part.slice(0, role.index));
      // "Senior Correspondent", "Science correspondent": one word before a title is part of it.
      if (!part.includes(' ')) continue;
    }
    // "JANE DOE" is printed in capitals, not named so.
    if (!/\p{Ll}/u.test(part) && /\p{Lu}{2}/u.test(part))
      part = part
        .toLowerCase()
        .replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep, ch) => sep + ch.toUpperCase());
    if (isName(part) && !people.some((known) => known.toLowerCase() === part.toLowerCase()))
      people.push(part);
  }
  return people;
}

/** The agency a byline credits when it names no person ("Associated Press"), else null. */
export function bylineAgency(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = normalizeSpace(raw).replace(GLUED_AGENCY, '$1, $2').replace(TIME_START, '');
  for (const piece of text.split(/\s*(?:,|;|&|\||·|•|\/|\band\b)\s*/i)) {
    const part = cleanPart(piece);
    if (AGENCIES.test(part) && !/^staff|^wire|^news/i.test(part)) return part;
  }
  return null;
}

/** A credit is a few words ("Wire Desk", "Staff") (unit: words). */
const CREDIT_MAX_WORDS = 4;

/** A byline that names a desk or team rather than people ("Wire Desk"), without "By" or times; else null. */
export function bylineCredit(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = cleanPart(normalizeSpace(raw).replace(TIME_START, ''));
  if (!text || /\d|https?:|@|\|/.test(text) || text.split(' ').length > CREDIT_MAX_WORDS)
    return null;
  return text;
}

/** A byline without the times and dates printed after the names. */
export function withoutTimes(raw: string): string {
  return normalizeSpace(raw).replace(TIME_START, '');
}
