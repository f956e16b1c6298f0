import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findFigures } from '../../utils/analyze/figures/index';
import { PERSON_RULES } from '../../utils/analyze/figures/referent-people';

// The person table of figure labels (STYLE.md "A heuristic is a row"): every row runs on its own
// invented story, where the tracker's answer alone names the wrong person or nobody.

const labelOf = (paragraphs: string[], value: string): string | undefined => {
  const doc = annotateParagraphs(paragraphs);
  return findFigures({ sentences: doc.sentences, doc }).find((f) => f.value === value)?.measures;
};

describe('the person a figure label’s pronoun stands for', () => {
  test('rule names are unique', () => {
    const names = PERSON_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(PERSON_RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const { paragraphs, figure, measures } = rule.example;
    expect(labelOf(paragraphs, figure)).toBe(measures);
  });

  test('a chain does not carry its person past someone the sentence names first', () => {
    expect(
      labelOf(
        [
          'Tomas Berg sold his ferry to Ivo Marsh in May.',
          'He formed his own company the same week.',
          'In June, Marsh said he bought 40 boats.',
        ],
        '40 boats',
      ),
    ).not.toMatch(/Berg/u);
  });

  test('an opening phrase with a comma before the pronoun looks ahead to no one', () => {
    expect(
      labelOf(
        [
          'Tomas Berg sold the ferry line in May.',
          'In May, despite all his 12 trophies, Ivo Marsh was dropped from the crew.',
        ],
        '12 trophies',
      ),
    ).not.toMatch(/Marsh/u);
  });
});
