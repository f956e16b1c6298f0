import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { BACKREF_RULES } from '../../utils/analyze/figures/backref-rules';
import { type LocatedFigure, traceFigures } from '../../utils/analyze/figures/index';

// The described-level rows of the back-reference table: their example runs with the table in
// figures-backref.test.ts; here, the cases they must leave alone.

function located(paragraphs: string[]): LocatedFigure[] {
  const doc = annotateParagraphs(paragraphs);
  return traceFigures(doc.sentences).filter((t): t is LocatedFigure => 'figure' in t);
}

const labelOf = (paragraphs: string[], value: string): string | undefined =>
  located(paragraphs).find((t) => t.figure.value === value)?.figure.measures;

describe('figure labels for a described level', () => {
  test('the example row is in the back-reference table', () => {
    expect(BACKREF_RULES.map((r) => r.name)).toContain('described-level-of-previous');
  });

  test('a description the sentence does not say before the figure is left', () => {
    expect(
      labelOf(
        [
          'Harbour fees dropped from about 9 percent of port income in 2010 to less than 4 percent in 2020. A rate of about 5 percent is fair.',
        ],
        'about 5 percent',
      ),
    ).not.toMatch(/harbour fees/u);
  });

  test('a figure of another kind before names no quantity', () => {
    expect(
      labelOf(
        [
          'Harbour fees brought in $4 million in 2020. The current rate of about 5 percent is fair.',
        ],
        'about 5 percent',
      ),
    ).not.toMatch(/harbour fees/u);
  });
});
