/*
 * How the organisation reader (`referent-organisations.ts`) finds the subject of a sentence
 * before the figure's: rows that pass over what opens the clause before its subject, and rows
 * that read the name the subject goes by from then on. Each row's example is a story whose
 * figure label names the organisation only because of the row.
 *
 * Evidence (2026-12-03, news-figures dev set): "Earlier this month <Name> became …" (a time
 * phrase without its comma) hid the company an "its" in the next sentence stands for, and
 * "<Old name> had been renamed <New name>" named the old name for the "It had …" after it.
 */
import { MONTH_NAMES } from '../lexicon/time';
import { alternation } from '../lexicon/words';

/** An invented story, the figure's value in it, and the `measures` it gets with the row applied. */
export interface SubjectExample {
  paragraphs: string[];
  figure: string;
  measures: string;
}

/** One row: `skip` passes over a clause's opening, `rename` reads a new name after the subject. */
export interface SubjectRule {
  name: string;
  example: SubjectExample;
  /** How many characters open the clause before its subject (0: none). */
  skip?(clause: string): number;
  /** The name the subject goes by, read from the words right after it, or null. */
  rename?(after: string): string | null;
}

const MONTHS = alternation(MONTH_NAMES.map((m) => `${m[0]?.toUpperCase()}${m.slice(1)}`));
const PERIOD = '(?:year|month|week|season|spring|summer|autumn|fall|winter|quarter)';

/**
 * A short time phrase opening a clause without its comma, right before a capitalized subject:
 * "Earlier this month", "Later that year", "Last week", "In March", "In 2019", "By May 2020".
 */
const TIME_WITHOUT_COMMA = new RegExp(
  String.raw`^(?:(?:Earlier|Later)\s+(?:this|that|last|in\s+the)\s+${PERIOD}|(?:This|Last|Next|That)\s+${PERIOD}|(?:In|By)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:${MONTHS})(?:\s+\d{4})?|\d{4}))\s+(?=\p{Lu})`,
  'u',
);

/** A capitalized name of one to four words ("Corvane", "Tarn Bay Foods"). */
const NEW_NAME = String.raw`\p{Lu}[\p{L}\p{N}&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&’'-]*){0,3}`;
/** "had been renamed Tarnway", ", since renamed Tarnway", "(now called Tarnway)", "was renamed Tarnway". */
const RENAMED = new RegExp(
  String.raw`^\s*(?:,\s*|\(\s*)?(?:(?:(?:had|has|have)\s+been\s+|was\s+|since\s+|later\s+|now\s+)?(?:renamed|rebranded\s+as)|(?:since|later|now)\s+called)\s+(${NEW_NAME})(?=[\s,.;:)]|$)`,
  'u',
);

export const SUBJECT_RULES: readonly SubjectRule[] = [
  {
    name: 'time-without-comma',
    example: {
      paragraphs: [
        'Earlier this month Corvane Foods bought a dairy. Its profit fell to $2 million.',
      ],
      figure: '$2 million',
      measures: 'Corvane Foods’ profit',
    },
    skip: (clause) => TIME_WITHOUT_COMMA.exec(clause)?.[0].length ?? 0,
  },
  {
    name: 'renamed',
    example: {
      paragraphs: ['By 2019, Harbour Soft had been renamed Tarnway. It had 400 employees.'],
      figure: '400 employees',
      measures: 'Tarnway’s employees',
    },
    rename: (after) => RENAMED.exec(after)?.[1] ?? null,
  },
];

/** How many characters open a clause before its subject, by the first row that passes any. */
export function skipOpening(clause: string): number {
  for (const rule of SUBJECT_RULES) {
    const n = rule.skip?.(clause) ?? 0;
    if (n > 0) return n;
  }
  return 0;
}

/** The name a subject goes by from the words after it on ("had been renamed Tarnway"), or null. */
export function renamedAs(after: string): string | null {
  for (const rule of SUBJECT_RULES) {
    const name = rule.rename?.(after);
    if (name) return name;
  }
  return null;
}
