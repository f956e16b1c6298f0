import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findFigures } from '../../utils/analyze/figures/index';
import { FIRST_NAME_RULES, SURNAME_RULES } from '../../utils/analyze/figures/referent-first-names';

// The first-name table (STYLE.md "A heuristic is a row"): every row runs on its own invented story.

const labelOf = (paragraphs: string[], value: string): string | undefined => {
  const doc = annotateParagraphs(paragraphs);
  return findFigures({ sentences: doc.sentences, doc }).find((f) => f.value === value)?.measures;
};

describe('figure labels name a person called by the first name in full', () => {
  test('rule names are unique', () => {
    const names = FIRST_NAME_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(FIRST_NAME_RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const { paragraphs, figure, measures } = rule.example;
    expect(labelOf(paragraphs, figure)).toBe(measures);
  });

  test('a first name two people share is left as it is', () => {
    expect(
      labelOf(
        [
          'The board named Ana Lima chief executive and Ana Reyes chair on Monday. “Ana’s 13 years of service to Corvane have been marked by hard work,” the chair said.',
        ],
        '13 years',
      ),
    ).not.toMatch(/Lima|Reyes/u);
  });

  test('a surname already in the label is not written twice', () => {
    expect(
      labelOf(
        ['Ana Lima runs the harbour board. Last year Ana Lima spent $4 million on new cranes.'],
        '$4 million',
      ),
    ).not.toMatch(/Lima.*Lima/u);
  });
});

test('a place’s first word is no first name: the label keeps the place as written', () => {
  expect(
    labelOf(
      [
        'Divers mapped the reefs west of the Tarn Keys last spring.',
        'They found a wreck 40 miles south of the Tarn panhandle.',
      ],
      '40 miles',
    ),
  ).not.toMatch(/Keys/u);
});

describe('the first label naming a person by the surname names them in full', () => {
  test.each(SURNAME_RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const { paragraphs, figure, measures } = rule.example;
    expect(labelOf(paragraphs, figure)).toBe(measures);
  });

  const story = [
    'Harbour board chair Ana Lima said on Monday the port would borrow more. Lima, 52, has led the board since the storm.',
    'Lima has run the port for 11 years.',
  ];

  test('a later label keeps the surname', () => {
    expect(labelOf(story, '11 years')).toMatch(/(?<!Ana )Lima/u);
    expect(labelOf(story, '11 years')).not.toMatch(/Ana/u);
  });

  test('a word the story also writes in lower case is no first name', () => {
    const doc = [
      'Soon Lima took the chair of the harbour board. Lima, 52, has led the board since the storm.',
      'The board will soon vote on the loan.',
    ];
    expect(labelOf(doc, '52')).not.toMatch(/Soon/u);
  });

  test('a capitalized word after an article names a thing, not the person', () => {
    expect(
      labelOf(
        [
          'Doctor Ana Tarn first described the virus in 2009. Tarn said more tests were needed.',
          'Officials spent $40 million on a Tarn vaccine.',
        ],
        '$40 million',
      ),
    ).not.toMatch(/Ana/u);
  });
});
