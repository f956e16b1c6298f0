import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuoteSpans } from '../../utils/analyze/quotes/spans';
import { attributeSpeakers } from '../../utils/analyze/speakers';

/** The speakers of every quote of the paragraphs, in order. */
function speakers(paragraphs: string[]): (string | null)[] {
  const doc = annotateParagraphs(paragraphs);
  return attributeSpeakers(doc, findQuoteSpans(doc)).map((a) => a.speaker);
}

describe('a signature paragraph below a quote-only paragraph', () => {
  test('a dash and a name sign a closed quote', () => {
    expect(
      speakers([
        'Here are the claims we checked from the harbour debate.',
        '“The pier has lost money for ten years.”',
        '- Tomas Berg.',
      ]),
    ).toEqual(['Tomas Berg']);
  });

  test('a signature beats the speaker of the quote before it', () => {
    expect(
      speakers([
        '“The pier must stay open,” Ana Lima said on Monday.',
        '“The pier has lost money for ten years.”',
        '— Tomas Berg, harbour pilot.',
      ]),
    ).toEqual(['Ana Lima', 'Tomas Berg']);
  });

  test('a headline or a photo credit after a closed quote signs nothing', () => {
    expect(
      speakers([
        'The harbour board met on Monday.',
        '“The pier has lost money for ten years.”',
        'Ferry Plans.',
        'The board will vote in May.',
      ]),
    ).toEqual([null]);
  });

  test('a paragraph with words outside its quote is not signed below', () => {
    expect(
      speakers([
        'The harbour board met on Monday.',
        'The board heard that the pier had “lost money for years.”',
        '- Tomas Berg.',
      ]),
    ).toEqual(['the board']);
  });
});
