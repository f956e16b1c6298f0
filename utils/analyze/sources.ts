/**
 * Who a story relies on: named people who speak or are quoted, organizations cited as sources,
 * and anonymous sources with their descriptions. Counting rules:
 * - named: mentions = sentences that name the person (any form of the name); quotes = quotes
 *   (full and partial) attributed to them.
 * - organization and anonymous: mentions = sentences that cite them.
 */
import type { Quote, Source } from '../summary';
import type { AnnotatedDocument } from './annotate';
import { ORG_WORDS, SPEECH_VERBS } from './lexicon';
import { findNames, fullestName, isRoleNoun } from './names';

/** Nouns that make an unnamed phrase a person-like source ("two officials", "one source"). */
const ANONYMOUS_HEADS =
  /\b(?:sources?|officials?|insiders?|person|people|diplomats?|aides?|advis[eo]rs?|analysts?|experts?|executives?|witness(?:es)?|investigators?|spokes(?:person|man|woman|people)|residents?|employees?|members?|officers?|leaders?|bankers?|traders?|lawmakers?|negotiators?)\b/iu;

/** Nouns that make an unnamed phrase an organization ("the Ukrainian foreign ministry"). */
const ORGANIZATION_HEADS =
  /\b(?:ministry|government|company|department|agency|police|council|court|office|firm|bank|union|committee|commission|authority|regulator|prosecutors?|military|army|embassy|kremlin|white house|federation|group|party)\b/iu;

/** Cited organizations: "which Reuters has reviewed", "seen by Reuters", "Reuters reported". */
const ORG_CITATIONS = [
  /\bwhich\s+(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})\s+(?:has|had|have)\s+(?:reviewed|seen|obtained)/u,
  /\b(?:seen|reviewed|obtained)\s+by\s+(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})/u,
  /\b(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})\s+(?:reported|has learned|revealed)\b/u,
];

/** Phrases saying an organization was asked for comment. */
const COMMENT_REQUEST =
  /^((?:the\s+)?[\p{L}’'.\s-]{2,60}?)\s+(?:was|were|has|had)?\s*(?:not immediately available for (?:a )?comment|(?:did not|didn't) (?:immediately )?(?:respond|reply|return)|declined to comment|could not be reached)/iu;

interface Entry extends Source {
  first: number;
}

const lowerDeterminer = (phrase: string): string =>
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|the|these|those|another|some|several|top)\b/iu.test(
    phrase,
  )
    ? phrase.charAt(0).toLowerCase() + phrase.slice(1)
    : phrase;

/**
 * The source phrase of an attribution: "according to two officials" → "two officials",
 * "Executives admitted" → "Executives", "and experts" → "experts", "by the IAEA, Crowley" →
 * "Crowley" (a prepositional phrase before the comma belongs to the clause, not the source).
 */
function sourcePhrase(attribution: string): string {
  return attribution
    .replace(
      /^(?:according to|as reported by|as per(?: insights| information)? from|as per|citing|as told to)\s+/iu,
      '',
    )
    .replace(/^(?:and|or|but|while|as|when|whereas)\s+/iu, '')
    .replace(/^(?:by|from|to|with|for|of|in|on|at|under)\s[^,]*,\s*/iu, '')
    .replace(
      /\s+(?:has\s+|have\s+|had\s+)?(?:publicly\s+|also\s+|later\s+|earlier\s+|then\s+|now\s+|previously\s+|again\s+|\p{Ll}+ly\s+)?([\p{Ll}]+)(?:\s+\p{Lu}\S*)?$/u,
      (tail, verb: string) => (SPEECH_VERBS.has(verb) ? '' : tail),
    )
    .replace(/\s+(?:later|earlier|then|now|previously|again|also)$/iu, '')
    .trim();
}

/** Whether a phrase's head (its last word) names people rather than an organization ("government scientists", "Legislators"). */
function peopleHead(phrase: string): boolean {
  const head = phrase.split(/\s+/u).pop() ?? '';
  if (ORGANIZATION_HEADS.test(head)) return false;
  const singular = head.replace(/s$/u, '');
  return ANONYMOUS_HEADS.test(head) || (/s$/u.test(head) && isRoleNoun(singular));
}

/** A named source outranks an organization, which outranks an unnamed one, for the same name. */
const KIND_RANK: Record<Source['kind'], number> = { named: 2, organization: 1, anonymous: 0 };

/** Finds the sources a story cites, most cited first (quotes, then mentions, then position). */
export function findSources(doc: AnnotatedDocument, quotes: Quote[]): Source[] {
  const { people, sentences } = doc;
  const entries = new Map<string, Entry>();
  // One entry per name: the same source seen as named, organization or anonymous is one source.
  const add = (name: string, kind: Source['kind'], role: string | null, first: number): Entry => {
    const key = name.toLowerCase();
    let e = entries.get(key);
    if (!e) {
      e = { name, kind, role, mentions: 0, quotes: 0, first };
      entries.set(key, e);
    }
    if (KIND_RANK[kind] > KIND_RANK[e.kind]) e.kind = kind;
    if (!e.role && role) e.role = role;
    return e;
  };
  const personOf = (phrase: string): { name: string; role: string | null } | null => {
    const m = findNames(phrase).filter(
      (n) =>
        (n.name.includes(' ') ||
          n.introduced ||
          people.names.includes(fullestName(n.name, people))) &&
        // "Rail unions": a capitalized word before a common noun modifies it.
        !/^\s+\p{Ll}/u.test(phrase.slice(n.end)) &&
        // "president of the Brotherhood of Rail Operators": a name after "of" names a body,
        // unless a role introduces it ("Secretary of State Hillary Rodham Clinton").
        (n.introduced ||
          !/\b(?:of|of the|for|for the|at|at the)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}$/u.test(
            phrase.slice(0, n.start),
          )),
    );
    const last = m[m.length - 1];
    if (!last) return null;
    const name = fullestName(last.name, people);
    // The role the story introduces the person with comes first ("U.S. President-elect").
    return { name, role: people.roles.get(name) ?? last.role ?? null };
  };

  // Named people and unnamed sources that speak in quotes.
  for (const q of quotes) {
    if (!q.speaker) continue;
    const named = people.names.includes(q.speaker);
    const e = add(q.speaker, named ? 'named' : 'anonymous', q.speakerRole, q.sentence);
    e.quotes++;
  }

  const cited = new Map<string, Set<number>>();
  const cite = (e: Entry, sentence: number) => {
    const key = e.name.toLowerCase();
    const set = cited.get(key) ?? new Set<number>();
    set.add(sentence);
    cited.set(key, set);
  };
  let lastAnonymous: Entry | null = null;
  sentences.forEach((s, i) => {
    const masked = doc.masked[i] ?? s.text;
    const phrases = [doc.attributions[i] ?? null, doc.speechSubjects[i] ?? null].filter(
      (x): x is string => x !== null,
    );
    for (const raw of new Set(phrases.map(sourcePhrase))) {
      if (raw === '' || /^(?:he|she|they|it|we|i)$/iu.test(raw)) continue;
      // A phrase that opens with a reporting verb is a predicate, not a source ("told investigators she feared …").
      if (SPEECH_VERBS.has(raw.split(/\s+/u)[0] ?? '')) continue;
      const person = personOf(raw);
      // "a spokesman for the Kremlin" is not named, but a phrase ending in a name is
      // ("U.S. Secretary of State Hillary Rodham Clinton").
      // "the research firm Keystone Housing" is an organization's name, not a person's.
      const beforeName = person
        ? raw.slice(0, raw.lastIndexOf(person.name.split(' ')[0] ?? ''))
        : '';
      const namesOrganization = ORGANIZATION_HEADS.test(
        beforeName.trim().split(/\s+/u).pop() ?? '',
      );
      const endsWithName =
        person !== null && raw.endsWith(person.name.split(' ').pop() ?? person.name);
      if (
        person &&
        !namesOrganization &&
        (endsWithName || !/^(?:\S+\s+){0,3}(?:of|from)\b/iu.test(raw.replace(/\p{Lu}\S*$/u, '')))
      ) {
        add(person.name, 'named', person.role, s.index);
        continue;
      }
      if (
        (ANONYMOUS_HEADS.test(raw) &&
          !ORGANIZATION_HEADS.test(raw.split(/\s+/u).slice(-1)[0] ?? '')) ||
        peopleHead(raw)
      ) {
        // "these sources", "the sources": the last anonymous source of the same kind.
        const anaphor =
          /^(?:these|those|the)\s+(?:\S+\s+)?(source|official|insider|people)s?$/iu.exec(raw);
        const head = anaphor?.[1]?.toLowerCase();
        const antecedent: Entry | null = head
          ? ([...entries.values()]
              .filter((x) => x.kind === 'anonymous' && x.name.toLowerCase().includes(head))
              .pop() ?? lastAnonymous)
          : null;
        const e: Entry = antecedent ?? add(lowerDeterminer(raw), 'anonymous', null, s.index);
        cite(e, s.index);
        lastAnonymous = e;
        continue;
      }
      const capital = /^(?:the\s+)?\p{Lu}/u.test(raw) && !/\s/u.test(raw.replace(/^the\s+/iu, ''));
      if (ORGANIZATION_HEADS.test(raw) || capital) {
        // "a new analysis … by the research firm Keystone Housing Analytics" → its name.
        const named =
          /\b(?:firm|company|group|agency|bank|ministry|department|union|office)\s+((?:\p{Lu}[\p{L}&.'’-]*\s?){1,5})$/u.exec(
            raw,
          )?.[1];
        cite(
          add(named ? named.trim() : lowerDeterminer(raw), 'organization', null, s.index),
          s.index,
        );
      }
    }
    for (const re of ORG_CITATIONS) {
      const m = re.exec(masked);
      const name = m?.[1];
      if (name && !people.names.includes(fullestName(name, people))) {
        cite(add(name, 'organization', null, s.index), s.index);
      }
    }
    const comment = COMMENT_REQUEST.exec(masked.trim());
    if (comment?.[1] && ORGANIZATION_HEADS.test(comment[1])) {
      cite(add(lowerDeterminer(comment[1].trim()), 'organization', null, s.index), s.index);
    }
  });

  // Mentions: sentences naming a person; sentences citing the others.
  for (const e of entries.values()) {
    if (e.kind === 'named') {
      const words = e.name.split(' ');
      const surname = words[words.length - 1] ?? e.name;
      // Any form of the name counts: the surname, or the first name when it stands for this person.
      const first = words[0] ?? '';
      const forms = [
        surname,
        ...(words.length > 1 && fullestName(first, people) === e.name ? [first] : []),
      ];
      const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const re = new RegExp(`\\b(?:${forms.map(escapeRe).join('|')})\\b`, 'u');
      e.mentions = sentences.filter((s) => re.test(s.text)).length;
      const firstMention = sentences.find((s) => re.test(s.text));
      if (firstMention) e.first = Math.min(e.first, firstMention.index);
    } else {
      const set = cited.get(e.name.toLowerCase()) ?? new Set<number>();
      for (const q of quotes)
        if (q.speaker?.toLowerCase() === e.name.toLowerCase()) set.add(q.sentence);
      e.mentions = set.size;
    }
  }
  return [...entries.values()]
    .filter((e) => !(e.kind === 'organization' && ORG_WORDS.has(e.name.toLowerCase())))
    .sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || a.first - b.first)
    .map(({ name, kind, role, mentions, quotes: q }) => ({
      name,
      kind,
      role,
      mentions,
      quotes: q,
    }));
}
