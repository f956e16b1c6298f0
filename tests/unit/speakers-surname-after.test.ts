import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuotes } from '../../utils/analyze/quotes';

const speakers = (paragraphs: string[]) =>
  findQuotes(annotateParagraphs(paragraphs)).map((q) => q.speaker);

describe('a common-word surname after the quote', () => {
  test('wins over a capitalized group word opening the clause of the quote', () => {
    expect(
      speakers([
        '“We lost that year,” said Dara From, a pastor.',
        'The plan favoured the richest Americans over everyone else.',
        'Many Americans then saw the Greens as “the party of big budgets,” From said. “We had to change that.”',
      ]),
    ).toEqual(['Dara From', 'Dara From', 'Dara From']);
  });
});
