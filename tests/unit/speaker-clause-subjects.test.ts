import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuoteSpans } from '../../utils/analyze/quotes/spans';
import { attributeSpeakers } from '../../utils/analyze/speakers';

/** The speaker of the last quote of the paragraphs. */
function lastSpeaker(paragraphs: string[]): string | null {
  const doc = annotateParagraphs(paragraphs);
  return attributeSpeakers(doc, findQuoteSpans(doc)).at(-1)?.speaker ?? null;
}

describe('a quote whose own clause has another subject than the lead’s first name', () => {
  test.each([
    [
      'an organisation a name modifies, past a prepositional aside',
      [
        'Ines Lund kept a private server.',
        'The Lund campaign, in a note to donors, worded it more carefully: “She wrote to officials.”',
      ],
      'the Lund campaign',
    ],
    [
      'a clause joined by “but” that names something',
      ['Tomas Berg spoke at noon, but the harbour board dismissed his plan as “a daydream.”'],
      'the harbour board',
    ],
    [
      'a main clause after an opening “Even before” clause',
      [
        'Ines Lund won the vote.',
        'Even before Lund spoke on Tuesday, her campaign sent a text to supporters saying: “We won! Give now.”',
      ],
      'her campaign',
    ],
    [
      'a partial quote followed by a dash and a joined clause with its own subject',
      [
        'Ines Lund and Tomas Berg ran for mayor.',
        'Former Leeds mayor Carl Moss (G), a Lund supporter, praised Berg for his run, calling it “a fine feat” - but he said the time had come for Berg to stop.',
      ],
      'Carl Moss',
    ],
    [
      'a judge interrupting the narrator',
      [
        'I stood before the court.',
        '“Madam Judge,” I began, “let me explain.” I went on, and the judge interrupted me. “Why are you here?”',
      ],
      'the judge',
    ],
  ])('%s', (_, paragraphs, speaker) => {
    expect(lastSpeaker(paragraphs)).toBe(speaker);
  });

  test('a sentence that only mentions someone does not hand on the quote', () => {
    expect(
      lastSpeaker([
        'Ines Lund is a ferry captain.',
        'Lund sailed at dawn. Her first mate, Carl Moss, met him at the pier. “We lost a day.”',
      ]),
    ).not.toBe('Carl Moss');
  });

  test('the narrator taking the floor is left to the first-person rows', () => {
    expect(
      lastSpeaker([
        'Judge Ines Lund spoke first.',
        '“Sit down,” Lund said, and I interrupted her. “No.”',
      ]),
    ).not.toBe('I');
  });

  test('a joined clause that neither says nor names anything does not speak', () => {
    expect(
      lastSpeaker([
        'Tomas Berg leads among young voters, while the Lund campaign leads among those who call themselves “harbour folk” in polls.',
      ]),
    ).not.toBe('the Lund campaign');
  });
});

describe('a quote continuing the predicate of a reported clause', () => {
  test.each([
    [
      'the quote opens on a modal after “and”: the reporter',
      'Ines Lund said Tomas Berg pleaded with her for a seat on the board and “would have paid any price” to get it.',
      'Ines Lund',
    ],
  ])('%s', (_label, sentence, expected) => {
    expect(lastSpeaker(['Ines Lund and Tomas Berg met on the pier.', sentence])).toBe(expected);
  });
});
