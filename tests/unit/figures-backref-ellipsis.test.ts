import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { BACKREF_RULES } from '../../utils/analyze/figures/backref-rules';
import { type LocatedFigure, traceFigures } from '../../utils/analyze/figures/index';

// The bare-count rows of the back-reference table: their example runs with the table in
// figures-backref.test.ts; here, the cases they must read and the ones they must leave alone.

function labelOf(paragraphs: string[], value: string): string | undefined {
  const doc = annotateParagraphs(paragraphs);
  return traceFigures(doc.sentences)
    .filter((t): t is LocatedFigure => 'figure' in t)
    .find((t) => t.figure.value === value)?.figure.measures;
}

describe('a bare count of what the sentence before counted', () => {
  test('the row is in the back-reference table', () => {
    expect(BACKREF_RULES.map((r) => r.name)).toContain('count-of-previous');
  });

  test('a label without a subject keeps its verb', () => {
    expect(
      labelOf(
        [
          'Tarnland is likely to lose two council seats. The same is true for the next town the party carried, which also will lose two.',
        ],
        'two',
      ),
    ).toBe('council seats to lose');
  });

  test('a relative pronoun after an aside that renames a name gives the subject', () => {
    expect(
      labelOf(
        [
          'Tarnland is likely to lose two council seats. The same is true for Halden, another town the party carried, which also will lose two.',
        ],
        'two',
      ),
    ).toBe('council seats lost by Halden');
  });

  test('a figure before that counts nothing gives no noun', () => {
    expect(
      labelOf(['Tarnland is likely to lose $3 million in fees. Halden will gain two.'], 'two'),
    ).toBe('number Halden will gain');
  });
});
