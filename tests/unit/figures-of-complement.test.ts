import { describe, expect, test } from 'vitest';
import { phraseAfter } from '../../utils/analyze/figures/grammar';
import { traceFigures } from '../../utils/analyze/figures/index';
import { splitSentences } from '../../utils/analyze/sentences';

// An "of X" complement stops before "and" + a second verb of the subject, regular ("and
// climbed") or irregular ("and rose"); nouns joined by "and" stay. Invented sentences.
describe('of-complement ends at a coordinated verb', () => {
  test.each([
    ['sales and rose 3% in the spring', 'sales'],
    ['exports and grew fast', 'exports'],
    ['sales and climbed again', 'sales'],
    ['bread and milk', 'bread and milk'],
    ['wages and cuts', 'wages and cuts'],
  ])('%s', (text, phrase) => {
    expect(phraseAfter(text)).toBe(phrase);
  });

  test('a share of sales that then rose keeps only its complement', () => {
    const found = traceFigures(
      splitSentences(['Cheese made up 12% of sales and rose 3% in the spring.']),
    ).find((t) => 'figure' in t && t.figure.value === '12%');
    expect(found).toMatchObject({ figure: { measures: 'share of sales made by Cheese' } });
  });
});
