import { describe, expect, test } from 'vitest';
import { tracedFigure } from '../harness/figure-trace';

// Money "in" an event ("in the market crash") is what the clause's verb did with it during the
// event, not the event itself (money-where-rules.ts money-in-event). Invented sentences.
const traced = tracedFigure;

describe('money in an event', () => {
  test.each([
    [
      'The farmers lost $4bn in the market crash of 2019.',
      '$4bn',
      'amount the farmers lost in the market crash',
    ],
    ['The bank made $5m in the sell-off.', '$5m', 'amount the bank made in the sell-off'],
  ])('%s', (sentence, value, measures) => {
    expect(traced(sentence, value)).toMatchObject({ rule: 'money-in-event', figure: { measures } });
  });

  test('money in a thing keeps its own row', () => {
    expect(
      traced('The fund handed out $3 billion in emergency loans.', '$3 billion'),
    ).toMatchObject({
      rule: 'money-in-clause',
      figure: { measures: 'emergency loans the fund handed out' },
    });
  });
});
