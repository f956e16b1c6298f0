import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuoteSpans } from '../../utils/analyze/quotes/spans';
import { attributeSpeakers } from '../../utils/analyze/speakers';

/** Every quote's speaker, in order. */
function speakers(paragraphs: string[]): (string | null)[] {
  const doc = annotateParagraphs(paragraphs);
  return attributeSpeakers(doc, findQuoteSpans(doc)).map((r) => r.speaker);
}

describe('the subject of the clause holding the quote: the nearest clause', () => {
  test.each([
    [
      'a clause joined after an earlier quote has its own subject',
      [
        'Ines Lund met Tomas Berg on the pier.',
        'Lund saying she was “quite hopeful” and Berg calling it a “fine talk.”',
      ],
      ['Ines Lund', 'Tomas Berg'],
    ],
    [
      'the same after a dash',
      [
        'Ines Lund met Tomas Berg on the pier.',
        'Both issued a note – Lund saying she was “quite hopeful” and Berg calling it a “fine talk.”',
      ],
      ['Ines Lund', 'Tomas Berg'],
    ],
    [
      'a “, with X -ing” clause holding the quote comes before the sentence’s subject',
      [
        'Harbour Democrats met on Monday.',
        'Democrats said little about Ines Lund.',
        'Democrats who back the pier were angry about the cost, with Ines Lund calling it a “gold-plated folly.”',
      ],
      ['Ines Lund'],
    ],
    [
      'a “with” without a comma is no clause of its own',
      [
        'Tomas Berg spoke on Monday.',
        'Tomas Berg answered with a chart showing “fewer ferries than ever.”',
      ],
      ['Tomas Berg'],
    ],
  ])('%s', (_, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });
});
