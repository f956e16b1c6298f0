import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuoteSpans } from '../../utils/analyze/quotes/spans';
import { attributeSpeakers } from '../../utils/analyze/speakers';

/** The speaker of the last quote. */
function lastSpeaker(paragraphs: string[]): string | null {
  const doc = annotateParagraphs(paragraphs);
  return attributeSpeakers(doc, findQuoteSpans(doc)).at(-1)?.speaker ?? null;
}

describe('descriptive speakers (issue 11)', () => {
  test('a plural owner ("the campaign staffers’ actions") is no subject of the quote', () => {
    expect(
      lastSpeaker([
        'The pier vote is on Monday.',
        'In a statement early on Monday, the HTU said the campaign staffers’ actions were “wholly out of line” and that it would act.',
      ]),
    ).toBe('the HTU');
  });

  test('an organisation by its initials after "the" speaks on in a quote-only paragraph', () => {
    expect(
      lastSpeaker([
        'At the chair’s direction, the HTU issued a statement apologizing to the captains for the emails.',
        '“On behalf of everyone at the union, we want to offer a sincere apology to the captains.”',
      ]),
    ).toBe('the HTU');
  });

  test('an organisation by its initials after "the" is the subject of its reporting verb', () => {
    expect(
      lastSpeaker([
        'The pier vote is on Monday.',
        'The HTU, in a note to members on Monday, said the pier was “unsafe for ferries.”',
      ]),
    ).toBe('the HTU');
  });

  test('a name after the head noun is the one the description introduces, not its modifier', () => {
    expect(
      lastSpeaker([
        'Coastal Breton fishermen called on the council to act.',
        'The Breton daily Ouest noted that “the harbour is one of the dirtiest in Europe.”',
      ]),
    ).toBe('the Breton daily Ouest');
  });

  test('a name with a lowercase firm after "of" is still the speaker ("Ana Lima of research firm HPX")', () => {
    expect(
      lastSpeaker([
        'The pier vote is on Monday.',
        '“Turnout will be low,” said Ana Lima of research firm HPX.',
      ]),
    ).toBe('Ana Lima');
  });

  test.each([
    [
      'a modal and "only" between the subject and a base-form verb ("could only quip")',
      'The vote was so late that a spokesman for the mayor could only quip: “I guess the pub was booked.”',
      'a spokesman for the mayor',
    ],
    [
      '"would only say"',
      'The vote was so late that a port spokeswoman would only say: “We are looking at it.”',
      'a port spokeswoman',
    ],
  ])('%s', (_, sentence, speaker) => {
    expect(lastSpeaker(['The pier vote is on Monday.', sentence])).toBe(speaker);
  });
});
