import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findFigures } from '../../utils/analyze/figures/index';

// Whom a pronoun in a figure's sentence stands for (referent-people.ts), on invented stories.

const labelOf = (paragraphs: string[], value: string): string | undefined => {
  const doc = annotateParagraphs(paragraphs);
  return findFigures({ sentences: doc.sentences, doc }).find((f) => f.value === value)?.measures;
};

describe('a pronoun bound by its own sentence', () => {
  test('the one person the sentence names before the pronoun is meant, a rival before or not', () => {
    expect(
      labelOf(
        [
          'Ana Lima and Rosa Pinto built the harbour board together.',
          'In 2010, Lima promised the press office six hours of her week.',
        ],
        'six hours',
      ),
    ).toBe('duration of Ana Lima’s week in 2010');
  });

  test('two people named in the sentence leave the pronoun unresolved', () => {
    expect(
      labelOf(
        [
          'Ana Lima and Rosa Pinto built the harbour board together.',
          'In 2010, Lima told Pinto the press office would get six hours of her week.',
        ],
        'six hours',
      ),
    ).not.toMatch(/Lima|Pinto/u);
  });
});
