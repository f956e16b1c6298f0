import { describe, expect, test } from 'vitest';
import { findFigures } from '../../utils/analyze/figures/index';
import { WHERE_RULES } from '../../utils/analyze/figures/where-rules';
import { splitSentences } from '../../utils/analyze/sentences';

// The where table (STYLE.md "A heuristic is a row"): every row runs on its own invented example.

const labelOf = (sentence: string, value: string): string | undefined =>
  findFigures(splitSentences([sentence])).find((f) => f.value === value)?.measures;

describe('figure where rules', () => {
  test('rule names are unique', () => {
    const names = WHERE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(WHERE_RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const { sentence, figure, measures } = rule.example;
    expect(labelOf(sentence, figure)).toBe(measures);
  });

  test.each([
    [
      'a month is a time, not a place',
      'After almost ten years of patrols at sea in March, the crews rested.',
      'almost ten years',
    ],
    [
      'a name before a noun is no place',
      'He gave a five-minute interview of Ann Lee at Leith Harbour office.',
      'five-minute',
    ],
    [
      'a possessive is no place',
      'He gave a five-minute interview of Ann Lee at Tarn’s office.',
      'five-minute',
    ],
  ])('no place: %s', (_why, sentence, value) => {
    expect(labelOf(sentence, value)).not.toMatch(/\b(?:in|at) \p{Lu}/u);
  });

  test('a bare category stays bare', () => {
    expect(labelOf('About 40% in Leith did.', 'About 40%')).not.toMatch(/Leith/u);
  });
});
