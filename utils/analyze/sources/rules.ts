/**
 * The source rules. A sentence's attribution phrase and reporting-verb subject are each read as
 * a source phrase and classified by the first row of PHRASE_RULES that takes it (a pronoun or a
 * predicate is no source; then a named person, an unnamed source, an organization); then every
 * row of SENTENCE_RULES reads the sentence for organizations cited without a reporting phrase.
 * Each row carries an invented example: a story and the source it must yield
 * (tests/unit/source-rules.test.ts runs every row on its example, with and without the row).
 */
import type { Source } from '../../summary';
import type { AnnotatedDocument } from '../annotate';
import { SPEECH_VERBS } from '../lexicon';
import { findNames, fullestName, isRoleNoun } from '../names';
import type { SourceBook } from './book';

export interface SourceContext {
  doc: AnnotatedDocument;
  book: SourceBook;
}

export interface SourceRule<Input> {
  name: string;
  example: { paragraphs: string[]; source: Pick<Source, 'name' | 'kind'> };
  /** True when the row took the input (later rows of PHRASE_RULES are then skipped). */
  apply: (ctx: SourceContext, input: Input, sentence: number) => boolean;
}

/** Nouns that make an unnamed phrase a person-like source ("two officials", "one source"). */
const ANONYMOUS_HEADS =
  /\b(?:sources?|officials?|insiders?|person|people|diplomats?|aides?|advis[eo]rs?|analysts?|experts?|executives?|witness(?:es)?|investigators?|spokes(?:person|man|woman|people)|residents?|employees?|members?|officers?|leaders?|bankers?|traders?|lawmakers?|negotiators?)\b/iu;

/** Nouns that make an unnamed phrase an organization ("the Ukrainian foreign ministry"). */
const ORGANIZATION_HEADS =
  /\b(?:ministry|government|company|department|agency|police|council|court|office|firm|bank|union|committee|commission|authority|regulator|prosecutors?|military|army|embassy|kremlin|white house|federation|group|party)\b/iu;

/** Phrases saying an organization was asked for comment. */
const COMMENT_REQUEST =
  /^((?:the\s+)?[\p{L}’'.\s-]{2,60}?)\s+(?:was|were|has|had)?\s*(?:not immediately available for (?:a )?comment|(?:did not|didn't) (?:immediately )?(?:respond|reply|return)|declined to comment|could not be reached)/iu;

/** A leading determiner or number word lowercased ("Two officials" → "two officials"). */
export const lowerDeterminer = (phrase: string): string =>
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|the|these|those|another|some|several|top)\b/iu.test(
    phrase,
  )
    ? phrase.charAt(0).toLowerCase() + phrase.slice(1)
    : phrase;

/** Whether a phrase's head (its last word) names people rather than an organization ("government scientists", "Legislators"). */
function peopleHead(phrase: string): boolean {
  const head = phrase.split(/\s+/u).pop() ?? '';
  if (ORGANIZATION_HEADS.test(head)) return false;
  const singular = head.replace(/s$/u, '');
  return ANONYMOUS_HEADS.test(head) || (/s$/u.test(head) && isRoleNoun(singular));
}

/** The person a source phrase names, in full, with the role the story gives them. */
function personOf(
  doc: AnnotatedDocument,
  phrase: string,
): { name: string; role: string | null } | null {
  const { people } = doc;
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
}

export const PHRASE_RULES: SourceRule<string>[] = [
  {
    name: 'a pronoun or a predicate is no source',
    // "told investigators she feared …" opens with a reporting verb: a predicate, not a source.
    example: {
      paragraphs: ['He told investigators the vault was empty.'],
      source: { name: 'He', kind: 'organization' },
    },
    apply: (_, raw) =>
      raw === '' ||
      /^(?:he|she|they|it|we|i)$/iu.test(raw) ||
      SPEECH_VERBS.has(raw.split(/\s+/u)[0] ?? ''),
  },
  {
    // "U.S. Secretary of State Hillary Rodham Clinton" is named; "a spokesman for the Kremlin"
    // is not; "the research firm Keystone Housing" names an organization, not a person.
    name: 'a named person',
    example: {
      paragraphs: ['Harbour master Ana Lima said the pier would reopen in May.'],
      source: { name: 'Ana Lima', kind: 'named' },
    },
    apply: ({ doc, book }, raw, sentence) => {
      const person = personOf(doc, raw);
      if (!person) return false;
      const beforeName = raw.slice(0, raw.lastIndexOf(person.name.split(' ')[0] ?? ''));
      if (ORGANIZATION_HEADS.test(beforeName.trim().split(/\s+/u).pop() ?? '')) return false;
      const endsWithName = raw.endsWith(person.name.split(' ').pop() ?? person.name);
      if (!endsWithName && /^(?:\S+\s+){0,3}(?:of|from)\b/iu.test(raw.replace(/\p{Lu}\S*$/u, '')))
        return false;
      book.add(person.name, 'named', person.role, sentence);
      return true;
    },
  },
  {
    // "these sources", "the sources": the last unnamed source of the same kind.
    name: 'an unnamed source',
    example: {
      paragraphs: [
        'The plant will close in June, according to three people familiar with the plan.',
      ],
      source: { name: 'three people familiar with the plan', kind: 'anonymous' },
    },
    apply: ({ book }, raw, sentence) => {
      const anonymous =
        (ANONYMOUS_HEADS.test(raw) &&
          !ORGANIZATION_HEADS.test(raw.split(/\s+/u).slice(-1)[0] ?? '')) ||
        peopleHead(raw);
      if (!anonymous) return false;
      const anaphor =
        /^(?:these|those|the)\s+(?:\S+\s+)?(source|official|insider|people)s?$/iu.exec(raw);
      const head = anaphor?.[1]?.toLowerCase();
      const antecedent = head ? book.lastAnonymousWith(head) : null;
      const e = antecedent ?? book.add(lowerDeterminer(raw), 'anonymous', null, sentence);
      book.cite(e, sentence);
      book.lastAnonymous = e;
      return true;
    },
  },
  {
    // "a new analysis … by the research firm Keystone Housing Analytics" → its name.
    name: 'an organization',
    example: {
      paragraphs: ['The regional health ministry said the clinic would stay open.'],
      source: { name: 'the regional health ministry', kind: 'organization' },
    },
    apply: ({ book }, raw, sentence) => {
      const capital = /^(?:the\s+)?\p{Lu}/u.test(raw) && !/\s/u.test(raw.replace(/^the\s+/iu, ''));
      if (!ORGANIZATION_HEADS.test(raw) && !capital) return false;
      const named =
        /\b(?:firm|company|group|agency|bank|ministry|department|union|office)\s+((?:\p{Lu}[\p{L}&.'’-]*\s?){1,5})$/u.exec(
          raw,
        )?.[1];
      book.cite(
        book.add(named ? named.trim() : lowerDeterminer(raw), 'organization', null, sentence),
        sentence,
      );
      return true;
    },
  },
];

/** An organization cited by a pattern of the sentence, unless it is a person of the story. */
function citationRule(
  name: string,
  pattern: RegExp,
  example: SourceRule<string>['example'],
): SourceRule<string> {
  return {
    name,
    example,
    apply: ({ doc, book }, masked, sentence) => {
      const cited = pattern.exec(masked)?.[1];
      if (!cited || doc.people.names.includes(fullestName(cited, doc.people))) return false;
      book.cite(book.add(cited, 'organization', null, sentence), sentence);
      return true;
    },
  };
}

/** Rows that read the whole sentence (quotations blanked) for organizations it cites. */
export const SENTENCE_RULES: SourceRule<string>[] = [
  citationRule(
    'a document an outlet has reviewed',
    /\bwhich\s+(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})\s+(?:has|had|have)\s+(?:reviewed|seen|obtained)/u,
    {
      paragraphs: ['The memo, which Harbor Ledger has reviewed, lists nine sites.'],
      source: { name: 'Harbor Ledger', kind: 'organization' },
    },
  ),
  citationRule(
    'a document seen by an outlet',
    /\b(?:seen|reviewed|obtained)\s+by\s+(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})/u,
    {
      paragraphs: ['A draft seen by Harbor Ledger puts the cost at nine million.'],
      source: { name: 'Harbor Ledger', kind: 'organization' },
    },
  ),
  citationRule(
    'an outlet that reported',
    /\b(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})\s+(?:reported|has learned|revealed)\b/u,
    {
      paragraphs: ['The mill will close, Harbor Ledger reported on Monday.'],
      source: { name: 'Harbor Ledger', kind: 'organization' },
    },
  ),
  {
    name: 'an organization asked for comment',
    example: {
      paragraphs: ['The ferry company did not respond to a request for comment.'],
      source: { name: 'the ferry company', kind: 'organization' },
    },
    apply: ({ book }, masked, sentence) => {
      const comment = COMMENT_REQUEST.exec(masked.trim());
      if (!comment?.[1] || !ORGANIZATION_HEADS.test(comment[1])) return false;
      book.cite(
        book.add(lowerDeterminer(comment[1].trim()), 'organization', null, sentence),
        sentence,
      );
      return true;
    },
  },
];
