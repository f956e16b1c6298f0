import { describe, expect, test } from 'vitest';
import { clauseBeforeTime } from '../../utils/analyze/figures/gist-rules';
import { tracedFigure } from '../harness/figure-trace';

// The clause-gist rows: each table row is run on its own example by figure-rules.test.ts; these
// cases guard what the rows must not do.

const labelOf = (sentence: string, value: string): string | undefined => {
  return tracedFigure(sentence, value)?.figure.measures;
};

describe('clause gist', () => {
  test.each([
    ['Tarn, a small port town, was run', 'Tarn was run'],
    ['The old mill made paper', 'The old mill made paper'],
    ['Lima ran the bank, and that she has been running the port', 'she has been running the port'],
    ['It will involve cuts', ''],
    ['on his watch', ''],
  ])('the clause before a time phrase in "%s"', (before, clause) => {
    expect(clauseBeforeTime(before)).toBe(clause);
  });

  test('a time read back over an appositive names the sentence’s subject', () => {
    expect(labelOf('Tarn, a small port town, was run for decades by one family.', 'decades')).toBe(
      'time Tarn was run',
    );
  });

  test('a dummy "it" leaves the duration to the other rows', () => {
    expect(
      labelOf('It will involve deep cuts, all of them, over the next five years.', 'five years'),
    ).not.toMatch(/^time It/u);
  });

  test('a figure far from the last one does not continue its label', () => {
    expect(labelOf('Prices rose 5% in March; wages then 7%.', '7%')).toBe('rise in Prices');
    expect(
      labelOf(
        'Prices rose 5% in March; wages, rents and the cost of the new harbour permits, which the office set out in a long note to members, then 7%.',
        '7%',
      ),
    ).not.toMatch(/Prices/u);
  });
});
