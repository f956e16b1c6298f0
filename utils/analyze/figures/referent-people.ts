/*
 * The named person a "he", "she", "his" or "her" in a figure's sentence stands for, read from the
 * coreference tracker (coreference.ts) and kept only when no other named person could be meant.
 * PERSON_RULES come first: places in a sentence or a story where the pronoun's person is clear
 * even though the tracker's answer alone would not be trusted.
 */
import type { Sentence } from '../../summary';
import type { AnnotatedDocument } from '../annotate';
import type { EntityTracker, Gender, Referent } from '../coreference';
import { fullestName } from '../people-index';

const genderOfPronoun = (w: string): Gender => (/^(?:she|her)$/u.test(w) ? 'f' : 'm');

/** What a person row reads about one pronoun of a figure's sentence. */
export interface PersonContext {
  tracker: EntityTracker;
  doc: Pick<AnnotatedDocument, 'chains' | 'names' | 'people'>;
  sentence: Sentence;
  /** Where the pronoun stands in the sentence. */
  offset: number;
  gender: Gender;
  /** The tracker's answer, or null. */
  referent(): Referent | null;
  /** Whether another named person of the pronoun's gender, named at or after `from` (a sentence index), could be meant. */
  rivalSince(speaker: string, from: number): boolean;
}

/** One row: the surname the pronoun stands for, or null. */
export interface PersonRule {
  name: string;
  example: { paragraphs: string[]; figure: string; measures: string };
  apply(ctx: PersonContext): string | null;
}

/** Sentences back a pronoun chain carries its person past rivals named before it (unit: sentences). */
const CHAIN_SENTENCES = 2;

const surnameOf = (name: string): string | null => name.split(/\s+/u).pop() ?? null;

export const PERSON_RULES: readonly PersonRule[] = [
  {
    // A pronoun in a phrase set off by a comma or dash at the sentence's start looks ahead to
    // the named person opening the clause after it, of the pronoun's gender.
    name: 'opening-phrase-looks-ahead',
    example: {
      paragraphs: [
        'Tomas Berg sold the ferry line in May.',
        'Despite all his 12 trophies, Ivo Marsh was dropped from the crew.',
      ],
      figure: '12 trophies',
      measures: 'Ivo Marsh’s trophies',
    },
    apply({ tracker, doc, sentence, offset, gender }) {
      const text = sentence.text;
      if (/[,—–;]/u.test(text.slice(0, offset))) return null;
      const named = (doc.names[sentence.index] ?? []).find(
        (m) => m.start > offset && /(?:,|[—–])\s*$/u.test(text.slice(offset, m.start)),
      );
      if (!named) return null;
      const full = fullestName(named.name, doc.people);
      if (!doc.people.names.includes(full)) return null;
      const known = tracker.genders.get(full);
      return known && known !== gender ? null : surnameOf(full);
    },
  },
  {
    // "In 2010, Berg gave the board six hours of his week": the one named person the pronoun's
    // own sentence opens on, as its subject, even in a story about someone else.
    name: 'own-sentence-subject',
    example: {
      paragraphs: [
        'Ivo Marsh chairs the port board. Marsh said the harbour would grow. Marsh said the dredging starts in May. Marsh said costs rose. Marsh said more was needed. Marsh said the board agreed. Marsh said the work was late.',
        'Tomas Berg is the deputy chair.',
        'In 2010, Berg gave the board six hours of his week.',
      ],
      figure: 'six hours',
      measures: 'duration of Berg’s week given by Tomas Berg in 2010',
    },
    apply({ tracker, sentence, offset, gender }) {
      const named = tracker.candidates.filter(
        (c) => !c.anonymous && c.sentence === sentence.index && c.offset < offset,
      );
      const first = named[0];
      if (!first?.subject || named.some((c) => c.speaker !== first.speaker)) return null;
      const known = tracker.genders.get(first.speaker);
      return known && known !== gender ? null : surnameOf(first.speaker);
    },
  },
  {
    // "He formed a company. But he soon quarrelled with it. In 1900 he sold …": a person a
    // pronoun of the sentences just before took up stays the pronoun's past rivals named earlier,
    // when the sentence names nobody else before the pronoun.
    name: 'pronoun-chain-past-rivals',
    example: {
      paragraphs: [
        'Tomas Berg sold his ferry to Ivo Marsh in May.',
        'He formed his own company the same week.',
        'In June he bought 40 boats.',
      ],
      figure: '40 boats',
      measures: 'boats Tomas Berg bought',
    },
    apply({ doc, sentence, offset, referent, rivalSince }) {
      const r = referent();
      if (!r || r.anonymous) return null;
      const before = (doc.names[sentence.index] ?? []).filter((m) => m.start < offset);
      if (before.some((m) => fullestName(m.name, doc.people) !== r.speaker)) return null;
      let last = -1;
      for (const chain of doc.chains) {
        if (chain.entity !== r.speaker) continue;
        for (const link of chain.links) {
          const back = sentence.index - link.sentence;
          if (link.kind === 'pronoun' && back > 0 && back <= CHAIN_SENTENCES) {
            last = Math.max(last, link.sentence);
          }
        }
      }
      return last >= 0 && !rivalSince(r.speaker, last) ? surnameOf(r.speaker) : null;
    },
  },
];

/**
 * Whether the pronoun's own sentence names its referent before it and no other person: "In 2010,
 * Lima promised the press office six hours of her week" is Lima's week even when another
 * woman was named a paragraph before, as a pronoun most often takes the subject of its own
 * sentence.
 */
function boundBySentence(
  tracker: EntityTracker,
  sentence: Sentence,
  offset: number,
  speaker: string,
): boolean {
  const named = tracker.candidates.filter(
    (c) => !c.anonymous && c.sentence === sentence.index && c.offset < offset,
  );
  return named.length > 0 && named.every((c) => c.speaker === speaker);
}

/**
 * The surname of the named person a pronoun stands for: the first of PERSON_RULES that answers
 * (with the story's annotations, `doc`), else the tracker's answer when no other named person fits.
 */
export function personFor(
  tracker: EntityTracker,
  sentence: Sentence,
  pronoun: string,
  offset: number,
  doc?: Pick<AnnotatedDocument, 'chains' | 'names' | 'people'>,
): string | null {
  const gender = genderOfPronoun(pronoun);
  const q = { sentence: sentence.index, offset, paragraph: sentence.paragraph, gender };
  let resolved: Referent | null | undefined;
  const referent = () => {
    if (resolved === undefined) resolved = tracker.resolve(q);
    return resolved;
  };
  // Confident only when no other named person in reach could be meant; a person the story
  // names only in passing is no rival to its main person ("Lady Gaga" in a profile of Ana Lima).
  const rivalSince = (speaker: string, from: number) =>
    tracker.candidates.some(
      (c) =>
        c.sentence >= from &&
        !c.anonymous &&
        c.speaker !== speaker &&
        !tracker.isMainOver(speaker, c.speaker) &&
        sentence.paragraph - c.paragraph < 3 &&
        (c.sentence < sentence.index || (c.sentence === sentence.index && c.offset < offset)) &&
        (tracker.genders.get(c.speaker) ?? gender) === gender,
    );
  if (doc) {
    const ctx: PersonContext = {
      tracker,
      doc,
      sentence,
      offset,
      gender,
      referent,
      rivalSince,
    };
    for (const rule of PERSON_RULES) {
      const name = rule.apply(ctx);
      if (name) return name;
    }
  }
  const r = referent();
  if (!r || r.anonymous) return null;
  if (boundBySentence(tracker, sentence, offset, r.speaker)) return surnameOf(r.speaker);
  return rivalSince(r.speaker, 0) ? null : surnameOf(r.speaker);
}
