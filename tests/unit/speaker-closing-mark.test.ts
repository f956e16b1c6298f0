import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuoteSpans } from '../../utils/analyze/quotes/spans';
import { attributeSpeakers } from '../../utils/analyze/speakers';

/** The speaker of the last quote of the paragraphs. */
function lastSpeaker(paragraphs: string[]): string | null {
  const doc = annotateParagraphs(paragraphs);
  return attributeSpeakers(doc, findQuoteSpans(doc)).at(-1)?.speaker ?? null;
}

describe('a clause joined after a partial quote, past words that go on the quote’s clause', () => {
  test.each([
    [
      'while, after a prepositional phrase',
      'Ana Lima accuses Tomas Berg of running a “smear campaign” over her harbour links while Berg suggests the former mayor is a captive of the port board.',
      'Ana Lima',
    ],
    [
      'but, after a time',
      'Ines Lund called the new fee “a tax on fishing” last week but Jonas Weber insists the pier needs it.',
      'Ines Lund',
    ],
    // A reporting verb among those words is the quote's own attribution.
    [
      'not past a reporting verb',
      'The fee is “a tax on fishing” he said on Monday and Jonas Weber nodded.',
      null,
    ],
  ])('%s', (_, sentence, speaker) => {
    const found = lastSpeaker(['The pier vote is on Monday.', sentence]);
    if (speaker === null) expect(found).not.toBe('Jonas Weber');
    else expect(found).toBe(speaker);
  });
});
