/*
 * Labels that call a person by the first name alone ("Ana’s 13 years of service", "time I’ve
 * known Tom"), as quotes and profiles do, name the person in full ("Ana Lima’s 13 years of
 * service"): a reader who skims the figures list meets the first name without the story around
 * it, and the full name is how the story introduced the person.
 *
 * Decision: only a first name exactly one of the story's named people has, and that is nobody's
 * surname, is completed; two people sharing it ("Tom Reyes", "Tom Vance") leave it as it is.
 */
import type { AnnotatedDocument } from '../annotate';

/** An invented story, the figure's value in it, and the `measures` it gets with the rule applied. */
export interface FirstNameExample {
  paragraphs: string[];
  figure: string;
  measures: string;
}

/** What a first-name rule reads: the capitalized word in the label and the story's people. */
export interface FirstNameContext {
  word: string;
  /** The story's people, fullest names in order of appearance. */
  people: readonly string[];
}

/** One completion: `apply` returns the full name, or null. */
export interface FirstNameRule {
  name: string;
  example: FirstNameExample;
  apply(ctx: FirstNameContext): string | null;
}

/** Most words a label with the full name may have (unit: words). */
const MAX_LABEL_WORDS = 12;

export const FIRST_NAME_RULES: readonly FirstNameRule[] = [
  {
    name: 'first-name-in-full',
    example: {
      paragraphs: [
        'The board named Ana Lima chief executive on Monday. “Ana’s 13 years of service to Corvane have been marked by hard work,” the chair said.',
      ],
      figure: '13 years',
      measures: 'duration of Ana Lima’s service to Corvane',
    },
    apply({ word, people }) {
      const full = people.filter((p) => p.split(/\s+/u).length > 1);
      if (full.some((p) => p.split(/\s+/u).at(-1) === word)) return null;
      const named = full.filter((p) => p.split(/\s+/u)[0] === word);
      return named.length === 1 ? (named[0] ?? null) : null;
    },
  },
];

/** A capitalized word of a label, with its possessive ("Ana", "Ana’s"). */
const CAPITALIZED = /(?<![\p{L}’'-])(\p{Lu}\p{Ll}+)(?=[’']s?(?!\p{L})|(?![\p{L}’'-]))/gu;

/**
 * The label with each first name written in full, and the names of the rows that did it (""
 * when none did).
 */
export function fullFirstNames(
  measures: string,
  doc: Pick<AnnotatedDocument, 'people'>,
): { measures: string; rule: string } {
  if (!/\p{Lu}/u.test(measures)) return { measures, rule: '' };
  const people = doc.people.names;
  let out = measures;
  const names: string[] = [];
  for (const m of measures.matchAll(CAPITALIZED)) {
    const word = m[1] ?? '';
    for (const rule of FIRST_NAME_RULES) {
      const full = rule.apply({ word, people });
      if (!full) continue;
      const surname = full.slice(word.length).trim();
      // "Ana Lima’s" already: the label says the full name.
      if (out.includes(surname)) break;
      const next = out.replace(new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}-])`, 'u'), full);
      if (next.split(/\s+/u).length <= MAX_LABEL_WORDS) {
        out = next;
        names.push(rule.name);
      }
      break;
    }
  }
  return { measures: out, rule: names.join('+') };
}
