import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findFigures } from '../../utils/analyze/figures/index';
import { CARRY_RULES } from '../../utils/analyze/figures/when-carry-rules';

// The carry-over table (STYLE.md "A heuristic is a row"): every row runs on its own invented example.

const labelOf = (paragraphs: string[], value: string): string | undefined => {
  const doc = annotateParagraphs(paragraphs);
  return findFigures({ sentences: doc.sentences, doc }).find((f) => f.value === value)?.measures;
};

describe('figure times carried over from the sentence before', () => {
  test('rule names are unique', () => {
    const names = CARRY_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(CARRY_RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const { paragraphs, figure, measures } = rule.example;
    expect(labelOf(paragraphs, figure)).toBe(measures);
  });

  test('a sentence with a time of its own keeps it', () => {
    expect(
      labelOf(
        ['By May 2019, Halden Bank had grown fast. It now has 400 employees and a new office.'],
        '400 employees',
      ),
    ).not.toMatch(/May/u);
  });

  test('a sentence opening on another subject carries nothing over', () => {
    expect(
      labelOf(
        ['By May 2019, Halden Bank had grown fast. Its rival Corvane had 400 employees.'],
        '400 employees',
      ),
    ).not.toMatch(/May/u);
  });

  test('an opening phrase without a month or year is no time', () => {
    expect(
      labelOf(
        ['In other words, Halden Bank had grown fast. It had 400 employees and a new office.'],
        '400 employees',
      ),
    ).not.toMatch(/other words/u);
  });
});
