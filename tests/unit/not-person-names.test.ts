import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findNames } from '../../utils/analyze/names';
import { NOT_PERSON_RULES, notPersonNames } from '../../utils/analyze/not-person-names';

// The not-a-person table (STYLE.md "A heuristic is a row"): every row runs on its own invented story.

const namesOf = (paragraphs: string[]) => {
  const texts = annotateParagraphs(paragraphs).sentences.map((s) => s.text);
  return notPersonNames(
    texts.map((t) => findNames(t)),
    texts,
  );
};

describe('names that are no one’s', () => {
  test('rule names are unique', () => {
    const names = NOT_PERSON_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(NOT_PERSON_RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const { paragraphs, name, standsFor } = rule.example;
    expect(namesOf(paragraphs).get(name)).toBe(standsFor);
    expect(annotateParagraphs(paragraphs).people.names).not.toContain(name);
  });

  test('a person’s full name at a sentence’s start stays a person', () => {
    const paragraphs = [
      'Ana Lima chairs the port board.',
      'Ana Lima said the dredging would start soon. Lima said costs were rising.',
    ];
    expect(namesOf(paragraphs).has('Ana Lima')).toBe(false);
    expect(annotateParagraphs(paragraphs).people.names).toContain('Ana Lima');
  });

  test('a first name written inside another full name first is no earlier word', () => {
    const paragraphs = [
      'Board member Ana Reyes voted no.',
      'Chair Ana Lima said the vote was close.',
    ];
    expect(annotateParagraphs(paragraphs).people.names).toEqual(['Ana Reyes', 'Ana Lima']);
  });

  test('a place opening sentences keeps its words when its last word is never alone', () => {
    const paragraphs = ['New Tarnby is growing.', 'The town has new schools.'];
    expect(namesOf(paragraphs).has('New Tarnby')).toBe(false);
  });

  test('a given name that is also a modal stays the person’s, though the story writes it in lower case', () => {
    const paragraphs = [
      'Will Doyle opened the bakery in 1998.',
      'Prices will rise again this winter, said Doyle.',
    ];
    expect(namesOf(paragraphs).has('Will Doyle')).toBe(false);
    expect(annotateParagraphs(paragraphs).people.names).toContain('Will Doyle');
  });
});
