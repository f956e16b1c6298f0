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
import { lowerDeterminer } from '../attribution';
import { ORGANIZATION_HEADS, PARTY_MEMBERS, SPEECH_VERBS } from '../lexicon';
import { findNames, fullestName, isNameWord } from '../names';
import type { SourceBook } from './book';
import {
  authorOf,
  canonicalName,
  documentName,
  FRAGMENT_WORD,
  MAX_PHRASE_WORDS,
  personalPronounFollows,
  personOfRole,
  personOfWord,
  unnamedKind,
  wordsOf,
} from './kind';

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

/** Phrases saying an organization was asked for comment. */
const COMMENT_REQUEST =
  /^((?:the\s+)?[\p{L}’'.\s-]{2,60}?)\s+(?:was|were|has|had)?\s*(?:not immediately available for (?:a )?comment|(?:did not|didn't) (?:immediately )?(?:respond|reply|return)|declined to comment|could not be reached)/iu;

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
      !/^\s+(?!(?:of|from|at|for|with|in|and|who|on)\b)\p{Ll}/u.test(phrase.slice(n.end)) &&
      // "president of the Brotherhood of Rail Operators": a name after "of" names a body,
      // unless a role introduces it ("Secretary of State Hillary Rodham Clinton").
      (n.introduced ||
        !/\b(?:of|of the|for|for the|at|at the)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}$/u.test(
          phrase.slice(0, n.start),
        )),
  );
  const last = m[m.length - 1];
  if (!last) return null;
  const name = canonicalName(fullestName(last.name, people), people);
  // The role the story introduces the person with comes first ("U.S. President-elect").
  return { name, role: people.roles.get(name) ?? last.role ?? null };
}

export const PHRASE_RULES: SourceRule<string>[] = [
  {
    name: 'a pronoun, a predicate or a clause fragment is no source',
    // "told investigators she feared …" opens with a reporting verb: a predicate, not a source;
    // "members will help him raise cash" is a clause; "Twenty-seven" alone is a number.
    example: {
      paragraphs: ['Twenty-seven said they would vote against the levy.'],
      source: { name: 'Twenty-seven', kind: 'organization' },
    },
    apply: (_, raw) => {
      const ws = wordsOf(raw);
      return (
        raw === '' ||
        /^(?:he|she|they|it|we|i)$/iu.test(raw) ||
        SPEECH_VERBS.has(ws[0] ?? '') ||
        ws.length > MAX_PHRASE_WORDS ||
        ws.some((w) => FRAGMENT_WORD.test(w)) ||
        (ws.length === 1 &&
          /^(?:\p{L}+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\p{L}+teen|\p{L}+ty)$/iu.test(
            raw,
          ))
      );
    },
  },
  {
    // A surname alone ("O'Neill said") is the one person of the story with that surname, however
    // its apostrophe is typed, never an organization or a second person.
    name: 'a surname or first name of a person of the story',
    example: {
      paragraphs: [
        'Chef Dara O’Neill opened the kitchen in 2019.',
        "Prices will rise in spring, O'Neill told staff.",
      ],
      source: { name: 'Dara O’Neill', kind: 'named' },
    },
    apply: ({ doc, book }, raw, sentence) => {
      const ws = wordsOf(raw);
      const word = ws.length === 1 ? ws[0] : undefined;
      const person = word ? personOfWord(word, doc.people) : null;
      if (!person) return false;
      book.cite(
        book.add(person, 'named', doc.people.roles.get(person) ?? null, sentence),
        sentence,
      );
      return true;
    },
  },
  {
    // "U.S. Secretary of State Joan Mireille Wexley" is named; "a spokesman for the Kremlin"
    // is not; "the research firm Keystone Housing" names an organization, not a person.
    name: 'a named person',
    example: {
      paragraphs: ['Harbour master Ana Lima said the pier would reopen in May.'],
      source: { name: 'Ana Lima', kind: 'named' },
    },
    apply: ({ doc, book }, raw, sentence) => {
      const person = personOf(doc, raw);
      // "a Nevada Democrat": a party member described, not named.
      if (!person || PARTY_MEMBERS.has(person.name.split(' ').at(-1)?.toLowerCase() ?? ''))
        return false;
      // "Officials at St. Mary's Hospital": a name inside the prepositional phrase of a common
      // noun head (lowercase, or plural) names a place or body, not the source.
      const pp = /^((?:\S+\s+){0,4}?(\S+))\s+(?:at|of|from|with|in|for)\s+([^,]*)$/u.exec(raw);
      const headWord = pp?.[2] ?? '';
      if (
        pp &&
        (/^\p{Ll}/u.test(headWord) || /\p{Ll}s$/u.test(headWord)) &&
        unnamedKind(pp[1] ?? '') !== null &&
        (pp[3] ?? '').includes(person.name.split(' ').at(-1) ?? person.name)
      )
        return false;
      const beforeName = raw.slice(0, raw.lastIndexOf(person.name.split(' ')[0] ?? ''));
      const before = beforeName.trim().split(/\s+/u).pop() ?? '';
      if (ORGANIZATION_HEADS.has(before.toLowerCase())) return false;
      const endsWithName = raw.endsWith(person.name.split(' ').pop() ?? person.name);
      // "president of the Brotherhood of Rail Operators": a name after "of" names a body; "Dr.
      // Ana Lima of the Lakeside Clinic": a name before it is the person.
      const surnameAt = raw.indexOf(person.name.split(' ').at(-1) ?? person.name);
      const ofAt = raw.search(/\s(?:of|from)\s/u);
      if (
        !endsWithName &&
        !(ofAt > 0 && surnameAt >= 0 && surnameAt < ofAt) &&
        /^(?:\S+\s+){0,3}(?:of|from)\b/iu.test(raw.replace(/\p{Lu}\S*$/u, ''))
      )
        return false;
      book.cite(book.add(person.name, 'named', person.role, sentence), sentence);
      return true;
    },
  },
  {
    // "Hastings said … He left in 2019": a bare name a personal pronoun takes up is a person,
    // even when the story never gives the first name.
    name: 'a bare name that "he" or "she" takes up',
    example: {
      paragraphs: ['The pier will reopen in May, Hastings said. He did not give a reason.'],
      source: { name: 'Hastings', kind: 'named' },
    },
    apply: ({ doc, book }, raw, sentence) => {
      const ws = wordsOf(raw);
      const word = ws.length === 1 ? ws[0] : undefined;
      if (!word || !isNameWord(word) || !personalPronounFollows(doc, word, sentence)) return false;
      book.cite(book.add(word, 'named', null, sentence), sentence);
      return true;
    },
  },
  {
    // "the mayor said", when the story has one mayor: the person, not an anonymous source.
    name: 'a role description of the one person holding it',
    example: {
      paragraphs: [
        'Mayor Tobias Renn closed the bridge on Friday.',
        'The repairs will take a month, the mayor said.',
      ],
      source: { name: 'Tobias Renn', kind: 'named' },
    },
    apply: ({ doc, book }, raw, sentence) => {
      const person = personOfRole(raw, doc.people);
      if (!person) return false;
      book.cite(
        book.add(person, 'named', doc.people.roles.get(person) ?? null, sentence),
        sentence,
      );
      return true;
    },
  },
  {
    // "a court filing", "the commission's 46-page report", "figures from the council", "a poll
    // released last week" (its release left out of its name).
    name: 'a document the story cites',
    example: {
      paragraphs: ['The levy will double, according to a council report seen on Friday.'],
      source: { name: 'a council report', kind: 'document' },
    },
    apply: ({ book }, raw, sentence) => {
      // "an analysis by the research firm Keystone": the author is the source (a later row).
      if (unnamedKind(raw) !== 'document' || authorOf(raw)) return false;
      book.cite(book.add(lowerDeterminer(documentName(raw)), 'document', null, sentence), sentence);
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
      if (unnamedKind(raw) !== 'anonymous') return false;
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
    // "a new analysis … by the research firm Keystone Housing Analytics" → its name; "the
    // Federal Bureau of Prisons", "the news agency", "Reuters", "NATO".
    name: 'an organization',
    example: {
      paragraphs: ['The regional health ministry said the clinic would stay open.'],
      source: { name: 'the regional health ministry', kind: 'organization' },
    },
    apply: ({ book }, raw, sentence) => {
      const bare = raw.replace(/^the\s+/iu, '');
      // One capitalised word that is not an adverb ("Separately") or a sentence opener.
      const capital =
        /^\p{Lu}[\p{L}&.'’-]*$/u.test(bare) && (isNameWord(bare) || /^\p{Lu}{2,}$/u.test(bare));
      // "the" and a capitalised name: a person's name never takes "the".
      const theName =
        /^the\s+\p{Lu}/u.test(raw) &&
        !/\s\p{Ll}+$/u.test(raw.replace(/\s+(?:of|for|and|on)\s.*$/u, ''));
      const author = authorOf(raw);
      if (unnamedKind(raw) !== 'organization' && !capital && !theName && !author) return false;
      const named =
        /\b(?:firm|company|group|agency|bank|ministry|department|union|office)\s+((?:\p{Lu}[\p{L}&.'’-]*\s?){1,5})$/u.exec(
          raw,
        )?.[1];
      book.cite(
        book.add(named?.trim() ?? author ?? lowerDeterminer(raw), 'organization', null, sentence),
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
      if (!comment?.[1] || unnamedKind(comment[1].trim()) !== 'organization') return false;
      book.cite(
        book.add(lowerDeterminer(comment[1].trim()), 'organization', null, sentence),
        sentence,
      );
      return true;
    },
  },
];
