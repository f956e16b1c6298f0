import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuoteSpans } from '../../utils/analyze/quotes/spans';
import { attributeSpeakers } from '../../utils/analyze/speakers';

/** The speaker of the last quote of the paragraphs. */
function lastSpeaker(paragraphs: string[]): string | null {
  const doc = annotateParagraphs(paragraphs);
  return attributeSpeakers(doc, findQuoteSpans(doc)).at(-1)?.speaker ?? null;
}

describe('the agent of a passive “asked by”', () => {
  test.each([
    [
      'a participle opening the sentence',
      'Asked by Gazette reporter Ana Lima if Berg “gets” the harbour, the mayor avoided a clear answer.',
      'Ana Lima',
    ],
  ])('%s', (_, sentence, speaker) => {
    expect(lastSpeaker(['The pier vote is on Monday.', sentence])).toBe(speaker);
  });
});
