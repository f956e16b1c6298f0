import { describe, expect, test } from 'vitest';
import { valueMatches } from '../../scripts/eval/figures';

// The team figures scorer's value match (scripts/eval/figures.ts): a gold value with no number
// token ("about an hour") was never matched, so a right prediction counted against precision.
describe('team figures scorer: valueMatches', () => {
  test.each<[string, string, boolean]>([
    ['about an hour', 'about an hour', true],
    ['each lasting about an hour', 'about an hour', true],
    ['almost a decade', 'almost a decade', true],
    ['about a week', 'about an hour', false],
    ['an hourly', 'an hour', false],
    ['five insiders', 'five insiders', true],
    ['5 insiders', 'five insiders', false],
    ['$1.2 billion', '$1.2 billion in aid', true],
    ['$1.3 billion', '$1.2 billion', false],
  ])('%s ~ gold %s → %s', (predicted, gold, expected) => {
    expect(valueMatches(predicted, gold)).toBe(expected);
  });
});
