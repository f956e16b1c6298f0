import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { LIST_RULES } from '../../utils/analyze/figures/holder-list-rules';
import { findFigures } from '../../utils/analyze/figures/index';

// The part-of-a-whole table (STYLE.md "A heuristic is a row"): every row runs on its own invented story.

const labelOf = (paragraphs: string[], value: string): string | undefined => {
  const doc = annotateParagraphs(paragraphs);
  return findFigures({ sentences: doc.sentences, doc }).find((f) => f.value === value)?.measures;
};

describe('a figure that is part of the one before takes its holder', () => {
  test('rule names are unique', () => {
    const names = LIST_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(LIST_RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const { paragraphs, figure, measures } = rule.example;
    expect(labelOf(paragraphs, figure)).toBe(measures);
  });

  test('a figure merely listed after another is not part of it', () => {
    expect(
      labelOf(
        [
          'Halden Bank grew fast in 2019. It had 400 employees, and a rival hired about a dozen managers.',
        ],
        'about a dozen managers',
      ),
    ).not.toMatch(/Halden/u);
  });

  test('a second figure counting something else keeps its own label', () => {
    const label = labelOf(
      [
        'Corvane Foods grew fast. The company now has 3,000 customers in Ohio and 40 stores in Iowa.',
      ],
      '40 stores',
    );
    expect(label).not.toMatch(/customers/u);
  });

  test('a restating aside with words after its count still takes the figure before’s holder', () => {
    const label = labelOf(
      ['The Greens won 52 percent of the vote — 1.2 million votes in all — in May.'],
      '1.2 million votes',
    );
    expect(label).toBe('votes won by Greens');
  });

  test('an aside counting another thing takes nothing from the figure before', () => {
    const label = labelOf(
      ['Tarn Lima won 61 percent of the council vote — 40 towns in total — in May.'],
      '40 towns',
    );
    expect(label).not.toMatch(/Lima/u);
  });
});
