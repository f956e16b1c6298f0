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
  /\b(?:correspondent|editor|reporter|writer|columnist|contributor|journalist|producer|photographer|analyst|critic|staff|intern|chief|bureau|desk|team|author|editorial|studio|newsroom|envoy|envoyée?|redakteur(?:in)?|korrespondent(?:in)?|rédact(?:eur|rice)|corresponsal|redactor(?:a)?|ceo|founder|co-founder|president|fellow)s?\b/i;
/**
 * Links to the author's profiles printed after the name: labels, not people ("Jane Doe Twitter",
 * "Jane Doe | Email").
 */
const SOCIAL_LABEL =
  /(?:^|\s+)(?:follow\s+(?:on\s+)?)?(?:twitter|facebook|instagram|linkedin|youtube|tiktok|mastodon|bluesky|email|e-mail|rss)$/i;
/**
 * A newsroom's or paper's name ends in one of these words ("Harbor Valley News", "Northwind
 * Media", "Lakeside Post"): printed after a name, it is the publication the author writes for.
 * A person with such a surname goes unnamed, which misleads less than a paper named as a person.
 */
const NEWSROOM_END =
  /\s(?:news|newsroom|media|times|post|press|tribune|herald|gazette|journal|chronicle|telegraph|magazine)$/i;
/**
 * A preposition printed apart from the names ("By | Jane Doe | in | Gardening", each in its own
 * link): what follows it is a section, a place or a paper, not people.
 */
const PREPOSITION_PIECE = /^(?:in|for|at|on|from)$/i;
const LEADING_BY =
  /^(?:by|written by|words by|reporting by|additional reporting by|with reporting by|story by|posted by|von|mit informationen von|mit material von|por|par|di|door|af|av)\s*:?\s+/i;
/**
 * A one-word label before the names ("Author: Jane Doe", "Texto: Ana Ruiz"); a full-width colon
 * needs no space after it ("著者：山田花子").
 */
const LEADING_LABEL = /^\s*\p{L}+\s*(?::\s+|：\s*)/u;
/**
 * Labels in scripts without capitals, printed before or after the names as parts of their own:
 * author, writer, poster, reporter, translator, illustration, photos ("著者 山田花子", "投稿者").
 */
const CJK_LABELS =
  '著者|作者|筆者|執筆者?|投稿者?|記者|文|編集部?|監修|翻訳者?|訳|イラスト|写真|撮影|作家';
const CJK_LABEL = new RegExp(`^(?:${CJK_LABELS})$`, 'u');
/** Such a label as a word of a byline: it parts the names ("著者 山田花子 イラスト 木村一郎"). */
const CJK_LABEL_WORD = new RegExp(`(?:^|\\s)(?:${CJK_LABELS})(?=\\s|$)`, 'gu');
/** A label in parentheses after a name ("山田花子(著者)", "Jane Doe (Author)"). */
const TRAILING_PARENTHESES = /\s*[(（][^()（）]*[)）]$/u;
/** A web address written as a name ("DailyLedger.com"). */
const DOMAIN_NAME = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}$/iu;
/** Days of the week: in a byline, one starts the date ("Jane Doe Tuesday, Aug. 5, 2025"). */
const WEEKDAY_START =
  /\s*(?:\||·|•|,)?\s*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*$/i;
/** Where a time or date starts inside a byline: everything from here on is not a name. */
const TIME_START =
  /\s*(?:\||·|•|—|–|-)?\s*\b(?:published|updated|posted|last updated|first published|created|modified|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado)\b.*$|\s*(?:\||·|•|,)?\s*\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b.*$|\s*(?:\||·|•|,)?\s*\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b.*$|\s*(?:\||·|•|,)?\s*\b\d{4}-\d{2}-\d{2}\b.*$|\s*(?:\||·|•|,)?\s*\b\d{1,2}:\d{2}\b.*$|\s*(?:\||·|•)?\s*\b\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?)\s+(?:ago|read)\b.*$/i;
/** Lower-case words a name may hold ("Emilio de Benito", "Ludwig van Beethoven", "bin Salman"). */
const NAME_PARTICLES =
  /^(?:d|de|del|dell|della|der|den|des|di|da|do|dos|du|van|von|zu|le|la|las|los|al|el|bin|ibn|y|e|af|av|ter|ten|op)$/;
/** The particles a name may open with ("van Gogh", "de la Cruz"). */
const FIRST_PARTICLES = /^(?:de|van|von|da|di|le|la|al|el|bin|ibn)$/;
/** A name is at most this long (unit: words). */
const NAME_MAX_WORDS = 5;

/** Where a byline is cut into its people: commas, "and", "with", a spaced dash ("Jane Doe - Reuters"). */
const PEOPLE_SEPARATOR =
  /\s*(?:,|;|&|\||·|•|\/|(?<!\p{L})(?:and|with|und|et|y|e)(?!\p{L}))\s*|\s+[-–—]\s+/iu;

function cleanPart(part: string): string {
  const text = normalizeSpace(
    part
      .replace(LEADING_LABEL, '')
      .replace(LEADING_BY, '')
      .replace(TRAILING_PARENTHESES, '')
      .replace(/^[\s,;:|·•-]+|[\s,;:|·•-]+$/g, ''),
  );
  return /^(?:by|von|por|par|di|door|af|av)$/i.test(text) || CJK_LABEL.test(text) ? '' : text;
}

/** True when a byline part is a person's name rather than a role, agency, date or sentence. */
function isName(part: string): boolean {
  if (!part || /\d/.test(part) || /^https?:/i.test(part) || part.includes('@')) return false;
  if (DOMAIN_NAME.test(part)) return false;
  const words = part.split(' ');
  if (words.length > NAME_MAX_WORDS) return false;
  if (AGENCIES.test(part) || ROLE.test(part) || NEWSROOM_END.test(part)) return false;
  // "AP Technology": a name does not open with an agency's initials.
  const first = words[0] ?? '';
  if (/^\p{Lu}{2,}$/u.test(first) && AGENCIES.test(first)) return false;
  // In scripts with capitals, a name starts with one ("the newsroom" is not a person), and so does
  // each of its words but the particles ("Ask Joe a Question" is a link, "Emilio de Benito" a name).
  return words.every(
    (word, index) =>
      !/^\p{Ll}/u.test(word) ||
      // "al-Rashid", "d'Orsay": the particle is the part before the hyphen or apostrophe.
      (index > 0 ? NAME_PARTICLES : FIRST_PARTICLES).test(word.split(/[-'’]/)[0] ?? ''),
  );
}

/** A byline without the times and dates printed after the names. */
export function withoutTimes(raw: string): string {
  return normalizeSpace(raw).replace(TIME_START, '').replace(WEEKDAY_START, '');
}

/**
 * The people in a byline string, in order, without "By", times, agencies or job titles. A last
 * part in capitals set after a comma, behind names in mixed case, is the publication's name, as
 * papers print their own ("Rosa Delgado, DAILY LEDGER" names Rosa Delgado); names joined by
 * "and" keep their capitals ("NGOZI OKAFOR and Per Lind" are two people).
 */
export function bylinePeople(raw: string | null | undefined): string[] {
  if (!raw) return [];
  const text = withoutTimes(
    normalizeSpace(raw).replace(GLUED_AGENCY, '$1, $2').replace(CJK_LABEL_WORD, ' | '),
  );
  const people: string[] = [];
  let lastInCapitals = false;
  for (const piece of text.split(PEOPLE_SEPARATOR)) {
    if (PREPOSITION_PIECE.test(piece.trim())) break;
    // "Jane Doe for The Daily", "Jane Doe in Paris": the name is before the preposition.
    let part = cleanPart(
      piece
        .replace(/\s+(?:for|in|at|special to|für|pour|para)\s+.*$/i, '')
        .replace(SOCIAL_LABEL, ''),
    );
    // "Jane Doe Staff Writer": the name is what comes before the job title.
    const role = ROLE.exec(part);
    if (role && role.index > 0) {
      part = cleanPart(part.slice(0, role.index));
      // "Senior Correspondent", "Science correspondent": one word before a title is part of it.
      if (!part.includes(' ')) continue;
    }
    // "JANE DOE" is printed in capitals, not named so.
    const inCapitals = !/\p{Ll}/u.test(part) && /\p{Lu}{2}/u.test(part);
    if (inCapitals)
      part = part
        .toLowerCase()
        .replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep, ch) => sep + ch.toUpperCase());
    if (isName(part) && !people.some((known) => known.toLowerCase() === part.toLowerCase())) {
      people.push(part);
      lastInCapitals = inCapitals;
    } else if (part) {
      lastInCapitals = false;
    }
  }
  const paperAfterComma = lastInCapitals && /,\s*[^,\p{Ll}]+$/u.test(text);
  return paperAfterComma && people.length > 1 && /\p{Ll}/u.test(text.split(',')[0] ?? '')
    ? people.slice(0, -1)
    : people;
}

/** The agency a byline credits when it names no person ("Associated Press"), else null. */
export function bylineAgency(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = withoutTimes(normalizeSpace(raw).replace(GLUED_AGENCY, '$1, $2'));
  for (const piece of text.split(PEOPLE_SEPARATOR)) {
    const part = cleanPart(piece);
    if (AGENCIES.test(part) && !/^staff|^wire|^news/i.test(part)) return part;
  }
  return null;
}

/** A credit is a few words ("Wire Desk", "Staff") (unit: words). */
const CREDIT_MAX_WORDS = 4;

/**
 * A byline that names a desk or team rather than people ("Wire Desk"), without "By" or times;
 * else null. A credit is written like a name: it starts with a capital in scripts that have them
 * ("vv" is a login), is no web address ("HarborLedger.com" is the site) and no "Author" label.
 */
export function bylineCredit(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = cleanPart(withoutTimes(raw));
  if (!text || /\d|https?:|@|\|/.test(text) || text.split(' ').length > CREDIT_MAX_WORDS)
    return null;
  if (/^\p{Ll}/u.test(text) || DOMAIN_NAME.test(text) || /\bauthors?$/i.test(text)) return null;
  return text;
}

/** A site's name as words, lower-case, without "www." or a domain ending ("Index.hr" → ["index"]). */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/^www\d*\./, '')
    .replace(/\.(?:co\.|com\.)?[a-z]{2,}$/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** True when `words` holds `part` as a run of whole words. */
function holdsRun(words: string[], part: string[]): boolean {
  for (let start = 0; start + part.length <= words.length; start++)
    if (part.every((word, index) => words[start + index] === word)) return true;
  return false;
}

/**
 * The people without the publication's own names: a "person" whose name holds the site's name
 * and more words is the publisher or its newsroom ("Ediciones Harbor Post" or "Harbor Post
 * Newsroom" on the Harbor Post). A name that is the site's name and no more is kept: a personal
 * site is named after its author.
 */
export function withoutPublication(people: string[], publications: (string | null)[]): string[] {
  const sites = publications.map((name) => nameWords(name ?? '')).filter((words) => words.length);
  if (sites.length === 0) return people;
  return people.filter((person) => {
    const words = nameWords(person);
    return !sites.some((site) => words.length > site.length && holdsRun(words, site));
  });
}
