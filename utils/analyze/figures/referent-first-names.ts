/*
 * Labels that call a person by a surname alone at the first figure that names them ("age of
 * Lima" → "age of Ana Lima") name them in full too, as a story introduces a person: the figures
 * list is read without the story that introduced the name; later labels keep the surname.
 *
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

/** What a surname row reads: the capitalized word in the label and what the story says of it. */
export interface SurnameContext {
  word: string;
  /** The story's people, fullest names in order of appearance. */
  people: readonly string[];
  /** Words the story writes in lower case somewhere ("soon", "like"). */
  lowercase: ReadonlySet<string>;
}

/** One completion of a surname: `apply` returns the full name, or null. */
export interface SurnameRule {
  name: string;
  example: FirstNameExample;
  apply(ctx: SurnameContext): string | null;
}

export const SURNAME_RULES: readonly SurnameRule[] = [
  {
    name: 'surname-in-full-first-mention',
    example: {
      paragraphs: [
        'Harbour board chair Ana Lima said on Monday the port would borrow more. Lima, 52, has led the board since the storm.',
        'Lima has run the port for 11 years.',
      ],
      figure: '52',
      measures: 'age of Ana Lima',
    },
    // Decision: the one full name of the story ending on the word, whose other words the story
    // never writes in lower case: "Soon Lima" or "Like Lima", a sentence's opening word run into
    // the surname, is no first name.
    apply({ word, people, lowercase }) {
      const named = people.filter((p) => {
        const words = p.split(/\s+/u);
        return (
          words.length > 1 &&
          words.at(-1) === word &&
          words.slice(0, -1).every((w) => !lowercase.has(w.toLowerCase()))
        );
      });
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

/** A capitalized word standing alone: no capitalized word right before or after it ("Lima", not "Ana Lima"). */
const LONE_CAPITALIZED =
  /(?<!\p{Lu}[\p{L}.-]*\s+|[\p{L}’'-])(\p{Lu}\p{Ll}+)(?=[’']s?(?!\p{L})|(?![\p{L}’'-]))(?![’']?s?\s+\p{Lu})/gu;

/**
 * A capitalized word right after an article: the story uses it for a thing ("the Tarn vaccine",
 * "a Tarn outbreak"), so it is no surname.
 */
const THING_BEFORE = /(?<![\p{L}’'-])(?:[Tt]he|[Aa]n?)\s+(\p{Lu}\p{Ll}+)(?![\p{L}’'-])/gu;

/**
 * Every label in story order, with each first name in full (`fullFirstNames`) and, at the first
 * label that names a person, a lone surname in full (SURNAME_RULES); later labels keep the
 * surname. Returns the names of the rows that applied to each label ("" when none did).
 */
export function fullNamesInList(
  measures: readonly string[],
  doc: Pick<AnnotatedDocument, 'people' | 'sentences'>,
): { measures: string; rule: string }[] {
  const people = doc.people.names;
  const named = new Set<string>();
  let lowercase: Set<string> | null = null;
  let things: Set<string> | null = null;
  return measures.map((label) => {
    const first = fullFirstNames(label, doc);
    let out = first.measures;
    const rules = first.rule ? [first.rule] : [];
    if (!/\p{Lu}/u.test(out)) return { measures: out, rule: rules.join('+') };
    for (const p of people) if (out.includes(p)) named.add(p);
    // From the last word back, so the places of the words before stay where they were.
    for (const m of [...out.matchAll(LONE_CAPITALIZED)].reverse()) {
      const word = m[1] ?? '';
      const at = m.index ?? 0;
      if (!people.some((p) => p.endsWith(` ${word}`))) continue;
      lowercase ??= new Set(
        doc.sentences.flatMap((s) => s.text.match(/(?<![\p{L}’'-])\p{Ll}+(?![\p{L}])/gu) ?? []),
      );
      things ??= new Set(
        doc.sentences.flatMap((s) => [...s.text.matchAll(THING_BEFORE)].map((t) => t[1] ?? '')),
      );
      if (things.has(word)) continue;
      for (const rule of SURNAME_RULES) {
        const full = rule.apply({ word, people, lowercase });
        if (!full) continue;
        if (named.has(full)) break;
        named.add(full);
        const next = `${out.slice(0, at)}${full}${out.slice(at + word.length)}`;
        if (next.split(/\s+/u).length <= MAX_LABEL_WORDS) {
          out = next;
          rules.push(rule.name);
        }
        break;
      }
    }
    return { measures: out, rule: rules.join('+') };
  });
}
