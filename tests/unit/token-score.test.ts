import { describe, expect, test } from 'vitest';
import {
  blockCoverage,
  countTokens,
  f1Score,
  meanScore,
  overlapCount,
  scoreText,
  tokenize,
  zeroScore,
} from '../../scripts/eval/token-score';

describe('tokenize', () => {
  test.each([
    ['', []],
    ['  \n\t ', []],
    ['Hello, World!', ['hello', 'world']],
    ['MOSCOW, Nov 20 (Reuters) – Vladimir', ['moscow', 'nov', '20', 'reuters', 'vladimir']],
    [
      'U.S. forces hold 70-80% of 26,000 km²',
      ['u', 's', 'forces', 'hold', '70', '80', 'of', '26', '000', 'km²'],
    ],
    ['Kremlin’s “realities”', ['kremlin', 's', 'realities']],
    ['„Wir haben“ – 1.234,5 Mio. und 18 %', ['wir', 'haben', '1', '234', '5', 'mio', 'und', '18']],
    ['ÉTÉ à Zürich', ['été', 'à', 'zürich']],
    ['中文 新闻 2024', ['中文', '新闻', '2024']],
    ['<script>alert(1)</script>', ['script', 'alert', '1', 'script']],
  ])('%j', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});

describe('overlapCount (multiset intersection)', () => {
  test.each([
    ['a b c', 'a b c', 3],
    ['a a a', 'a', 1],
    ['a', 'a a a', 1],
    ['a a b', 'a b b', 2],
    ['a b', 'c d', 0],
    ['', 'a', 0],
  ])('%j ∩ %j = %i', (a, b, expected) => {
    expect(overlapCount(countTokens(tokenize(a)), countTokens(tokenize(b)))).toBe(expected);
  });
});

describe('scoreText', () => {
  test.each([
    // predicted, reference, precision, recall
    ['the cat sat', 'the cat sat', 1, 1],
    ['The CAT sat.', 'the cat sat', 1, 1],
    ['the cat sat on the mat', 'the cat sat', 3 / 6, 1],
    ['the cat', 'the cat sat on the mat', 1, 2 / 6],
    ['dog', 'the cat sat', 0, 0],
    ['the the the', 'the cat', 1 / 3, 1 / 2],
    ['', 'the cat sat', 0, 0],
    ['noise', '', 0, 1],
    ['', '', 1, 1],
  ])('%j vs %j', (predicted, reference, precision, recall) => {
    const score = scoreText(predicted, reference);
    expect(score.precision).toBeCloseTo(precision, 10);
    expect(score.recall).toBeCloseTo(recall, 10);
    expect(score.f1).toBeCloseTo(f1Score(precision, recall), 10);
  });

  test('counts tokens and overlap', () => {
    expect(scoreText('a b b x', 'a b c')).toEqual({
      precision: 2 / 4,
      recall: 2 / 3,
      f1: f1Score(2 / 4, 2 / 3),
      predicted: 4,
      reference: 3,
      overlap: 2,
    });
  });
});

describe('f1Score', () => {
  test.each([
    [0, 0, 0],
    [1, 1, 1],
    [1, 0, 0],
    [0.5, 1, 2 / 3],
  ])('P=%d R=%d → %d', (precision, recall, expected) => {
    expect(f1Score(precision, recall)).toBeCloseTo(expected, 10);
  });
});

describe('zeroScore and meanScore', () => {
  test('a failure scores zero but keeps the reference size', () => {
    expect(zeroScore('one two three')).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
      predicted: 0,
      reference: 3,
      overlap: 0,
    });
  });

  test.each([
    [[], { precision: 0, recall: 0, f1: 0 }],
    [[scoreText('a b', 'a b'), zeroScore('a b')], { precision: 0.5, recall: 0.5, f1: 0.5 }],
    [
      [scoreText('a b c d', 'a b'), scoreText('a', 'a b')],
      { precision: 0.75, recall: 0.75, f1: (f1Score(0.5, 1) + f1Score(1, 0.5)) / 2 },
    ],
  ])('mean %#', (scores, expected) => {
    const mean = meanScore(scores);
    expect(mean.precision).toBeCloseTo(expected.precision, 10);
    expect(mean.recall).toBeCloseTo(expected.recall, 10);
    expect(mean.f1).toBeCloseTo(expected.f1, 10);
  });
});

describe('blockCoverage', () => {
  test.each([
    [['the cat sat', 'on the mat'], 'the cat sat on the mat', [1, 1]],
    [['the cat sat', 'weather teaser'], 'the cat sat', [1, 0]],
    [['a b', 'a b'], 'a b', [1, 0]],
    [['', 'a'], '', [1, 0]],
    [['half of it'], 'half it', [2 / 3]],
  ])('%j in %j', (blocks, against, expected) => {
    const coverage = blockCoverage(blocks, against);
    expect(coverage).toHaveLength(expected.length);
    coverage.forEach((value, index) => {
      expect(value).toBeCloseTo(expected[index] ?? Number.NaN, 10);
    });
  });
});
