import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findFigures } from '../../utils/analyze/figures/index';
import { WHEN_RULES } from '../../utils/analyze/figures/when-rules';

// The when table (STYLE.md "A heuristic is a row"): every row runs on its own invented example.

const labelOf = (paragraphs: string[], value: string): string | undefined => {
  const doc = annotateParagraphs(paragraphs);
  return findFigures({ sentences: doc.sentences, doc }).find((f) => f.value === value)?.measures;
};

describe('figure when rules', () => {
  test('rule names are unique', () => {
    const names = WHEN_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(WHEN_RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const { sentence, figure, measures } = rule.example;
    expect(labelOf([sentence], figure)).toBe(measures);
  });

  test('a label that says when already gets no second time', () => {
    expect(labelOf(['Last year the bakery sold 9,000 loaves in May.'], '9,000 loaves')).not.toMatch(
      /last year/u,
    );
  });

  test('a time before a comma belongs to another clause', () => {
    expect(
      labelOf(['Each year, the fee rose, and 800 families pay $40 to the port.'], '$40'),
    ).not.toMatch(/each year/u);
  });

  test('a bare category stays bare', () => {
    expect(labelOf(['Last year 40% did.'], '40%')).not.toMatch(/last year/u);
  });

  test('the holder and the time together', () => {
    expect(
      labelOf(['Rosa Pinto runs for the club. This year she climbed to No. 4.'], 'No. 4'),
    ).toBe('Rosa Pinto’s rank this year');
  });

  test('a time said of a reporting verb is not the figure’s', () => {
    expect(
      labelOf(
        ['Tarn Ferries said last month it would keep spending flat after two years of growth.'],
        'two years',
      ),
    ).not.toMatch(/last month/u);
  });
});
