import { describe, expect, test } from 'vitest';
import { findFigures } from '../../utils/analyze/figures';
import { splitSentences } from '../../utils/analyze/sentences';

// Scores and vote tallies (score-rules.ts), each case an invented sentence.

const measuresOf = (text: string, value: string): string | undefined =>
  findFigures(splitSentences([text])).find((f) => f.value === value)?.measures;

describe('scores and vote tallies', () => {
  test.each([
    [
      'a vote names who voted and on what',
      'The Tarn harbour board voted 5-2 on Monday to sell the old ferry.',
      '5-2',
      'vote of Tarn harbour board to sell old ferry',
    ],
    [
      'a vote against something',
      'Senators voted 52 to 48 against the levy.',
      '52 to 48',
      'vote of Senators against levy',
    ],
    [
      'a loss names the side it was to',
      'The Rovers lost 2-0 to the Hawks.',
      '2-0',
      'score as Rovers lost to Hawks',
    ],
    [
      'a draw names the other side',
      'The Rovers drew 1-1 with the Hawks.',
      '1-1',
      'score as Rovers drew with Hawks',
    ],
  ])('%s', (_why, sentence, value, measures) => {
    expect(measuresOf(sentence, value)).toBe(measures);
  });

  test('a ratio without a contest or vote verb is no score', () => {
    expect(
      measuresOf('The bank ran a 30-to-1 leverage ratio for years.', '30-to-1') ?? '',
    ).not.toMatch(/^(?:score|vote)\b/u);
  });
});
