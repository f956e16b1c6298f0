import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuotes } from '../../utils/analyze/quotes';

const lastSpeaker = (paragraphs: string[]) =>
  findQuotes(annotateParagraphs(paragraphs)).at(-1)?.speaker ?? null;

describe('a naming verb right before a quoted phrase', () => {
  test.each([
    ['brought up as', 'an incident Lima brought up as “very odd” in an interview'],
    ['referred to as', 'a plan Lima referred to as “a trap” last week'],
    ['branded', 'a plan Lima branded “a trap” last week'],
    ['characterized as', 'a plan Lima characterized as “a trap” last week'],
  ])('%s: the name before the verb, not the main clause subject', (_, tail) => {
    expect(
      lastSpeaker([
        'Mayor Ana Lima spoke on Monday. Lima spoke again later.',
        `Tomas Berg in 1994 took over the review of the pier deal and looked into the fire at the depot, ${tail}.`,
      ]),
    ).toBe('Ana Lima');
  });
});
