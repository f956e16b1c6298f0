import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuoteSpans } from '../../utils/analyze/quotes/spans';
import { attributeSpeakers } from '../../utils/analyze/speakers';

/** The speaker of quote number `quote` (default: the last) of the paragraphs. */
function speakerOf(paragraphs: string[], quote = -1): string | null {
  const doc = annotateParagraphs(paragraphs);
  const spans = findQuoteSpans(doc);
  return attributeSpeakers(doc, spans).at(quote)?.speaker ?? null;
}

describe('a voice right before the opening mark, nearer than the sentence subject', () => {
  test('an indefinite pronoun crying out in a "when" clause is its own description', () => {
    expect(
      speakerOf(
        [
          'Mayor Ana Lima held up the plans.',
          'When someone in the hall shouted, “Too late,” Lima joked, waving the plans, “Never!”',
        ],
        0,
      ),
    ).toBe('someone in the hall');
  });

  test('a crowd taking up a chant', () => {
    expect(
      speakerOf([
        'Mayor Ana Lima spoke for an hour.',
        'Boos rang out, and then the whole hall took up the old chant “Sink the ferry!” again.',
      ]),
    ).toBe('the whole hall');
  });

  test('a "with" participle whose object clause has its own subject', () => {
    expect(
      speakerOf([
        'Ana Lima ran against Tomas Berg.',
        'Lima went after Berg, with the campaign of the former harbour master saying Berg was “no friend of the fleet.”',
      ]),
    ).toBe('the campaign of the former harbour master');
  });

  test('a "with" participle whose clause reports someone else speaking keeps its own reading', () => {
    expect(
      speakerOf([
        'Ana Lima ran against Tomas Berg.',
        'Lima went after Berg, with her team saying Berg told voters the pier was “a lost cause.”',
      ]),
    ).not.toBe('her team');
  });

  test('a reduced relative clause after "the ones"', () => {
    expect(
      speakerOf([
        'Ana Lima runs the harbour.',
        'Lima wants every file released, even the ones the Harbour Board now says are “restricted.”',
      ]),
    ).toBe('the Harbour Board');
  });
});

describe('the owner of a claim or finding whose clause holds the quote', () => {
  test('a finding whose clause has a possessive of its own', () => {
    expect(
      speakerOf([
        'Ana Lima and Tomas Berg sit on the harbour board.',
        'Lima was hurt most by board chair Tomas Berg’s conclusion that her accounts were “sloppy at best and a danger to the fleet.”',
      ]),
    ).toBe('Tomas Berg');
  });

  test('a reporting verb outside the relative clause that holds the owner', () => {
    expect(
      speakerOf([
        'Ana Lima and Tomas Berg sit on the harbour board.',
        'The skippers say they back Lima, who was hurt by the audit and by Tomas Berg’s claim that her books were “a mess.”',
      ]),
    ).toBe('Tomas Berg');
  });

  test('a later quote of the sentence with no clause of its own in between', () => {
    expect(
      speakerOf(
        [
          'Ana Lima and Tomas Berg sit on the harbour board.',
          'Harbour chief Ines Lund called Berg’s assertion of a “right to the slipway” over the old pier “odd and troubling.”',
        ],
        0,
      ),
    ).toBe('Tomas Berg');
  });
});

describe('a claim owner next to a later quote with a clause of its own', () => {
  test('a participle naming the claim hands the first quote to the subject', () => {
    expect(
      speakerOf(
        [
          'Ana Lima and Tomas Berg sit on the harbour board.',
          'The former harbour master blasted Berg’s call for a “harbour guard” on Monday, calling it “absurd.”',
        ],
        0,
      ),
    ).not.toBe('Tomas Berg');
  });
});

describe('a reporting clause after an exclamation, with a nickname inside the name', () => {
  const paragraphs = [
    'The party met on Friday.',
    '“What a night for our next mayor, Tomas Berg!” Berg’s niece, councillor Marta “Tita” Price (Ward 4), shouted to the crowd. “The whole town is watching us.”',
  ];

  test('the exclamation is the subject’s, nickname and all', () => {
    expect(speakerOf(paragraphs, 0)).toBe('Marta Tita Price');
  });

  test('the quote after the reporting clause keeps that speaker', () => {
    expect(speakerOf(paragraphs, 1)).toBe('Marta Tita Price');
  });
});

test('a title abbreviation inside the subject set off by commas does not end its clause', () => {
  expect(
    speakerOf([
      'The party met on Friday.',
      '“What a night for our next mayor!” Berg’s niece, state Sen. Marta Price, shouted to the crowd.',
    ]),
  ).toBe('Marta Price');
});

test('after a quote closed by a full stop, a sentence opening at its mark is someone else speaking', () => {
  expect(
    speakerOf([
      'Ana Lima runs the harbour.',
      'Lima said on Monday that the pier had “years of life left in it.” Jonas Weber, the engineer, told reporters the piles were rotten. “Nobody should walk on it.”',
    ]),
  ).toBe('Jonas Weber');
});

test('a speech verb’s -s form after a quantifier is a plural noun, not the reporting verb', () => {
  expect(
    speakerOf([
      'A new road crosses the Northern Marsh plain.',
      'Harbour trade has stirred unease in many Marsh states, and it has made “quiet friends” across the plain, said Nora Vidal, a trade expert at the port college.',
    ]),
  ).toBe('Nora Vidal');
});

test('a numeral ending a name leaves the -s form a reporting verb', () => {
  expect(
    speakerOf([
      'The harbour code was written in 1951.',
      'Its Article 12 affirms: “No ship in distress shall be turned away from the harbour.”',
    ]),
  ).not.toBeNull();
});

test('a speech participle before the colon, after a refusal to say', () => {
  expect(
    speakerOf([
      'Ana Lima is the mayor.',
      'The harbour spokesman refused to say whom Lima would back in May but said no meeting was planned with Tomas Berg, adding: “If one is asked for, we will consider it.”',
    ]),
  ).toBe('the harbour spokesman');
});

describe('a full name right after a capitalized owner is the speaker', () => {
  test.each([
    ['“The pier is safe,” said the Gazette’s Tomas Berg.', 'Tomas Berg'],
    ['“The pier is safe,” the Gazette’s Tomas Berg, who covers the port, wrote.', 'Tomas Berg'],
  ])('%s', (paragraph, speaker) => {
    expect(speakerOf(['The harbour board met on Monday.', paragraph])).toBe(speaker);
  });

  test('a name that owns a thing is still no speaker', () => {
    expect(speakerOf(['“The pier is safe,” said the Gazette’s Tomas Berg Foundation.'])).not.toBe(
      'Tomas Berg',
    );
  });
});
