import { describe, expect, test } from 'vitest';
import { annotateParagraphs } from '../../utils/analyze/annotate';
import { findQuoteSpans } from '../../utils/analyze/quotes/spans';
import { attributeSpeakers } from '../../utils/analyze/speakers';

/** The speakers of every quote of the paragraphs, in order. */
function speakers(paragraphs: string[]): (string | null)[] {
  const doc = annotateParagraphs(paragraphs);
  return attributeSpeakers(doc, findQuoteSpans(doc)).map((a) => a.speaker);
}

const OPENING = 'The harbour case was heard on Monday.';

describe('missing speakers (issue 11)', () => {
  test('a reporting clause ending the sentence, with a place after its verb', () => {
    expect(
      speakers([
        OPENING,
        '"If the board finds more records, it will search them for files" that answer the requests of the trust, Harbour Board senior trial counsel Ana Lima wrote in a court filing.',
      ]),
    ).toEqual(['Ana Lima']);
  });

  test('a verb that reports speech only inverted right after the quote', () => {
    expect(
      speakers([
        OPENING,
        '"An awful lot of people said no," remembered Tomas Berg, the harbour’s former spokesman. "And the more they said it, the more we tried."',
      ]),
    ).toEqual(['Tomas Berg', 'Tomas Berg']);
  });

  test('the same verb before its object reports no quote', () => {
    expect(
      speakers([OPENING, '"The pier is done." Tomas Berg remembered the storm of 1990 well.']),
    ).toEqual([null]);
  });

  test('“it” after a publication whose capitalized name ends in s', () => {
    expect(
      speakers([
        OPENING,
        '"The pier is closed," the Harbour Times wrote.',
        '“But since then, its fortunes have changed,” it further wrote.',
      ]),
    ).toEqual(['the Harbour Times', 'the Harbour Times']);
  });

  test('a relative clause inside the appositive, its closing comma left out', () => {
    expect(
      speakers([
        OPENING,
        '“The pier is done,” Tomas Berg, the harbour pilot who founded the ferry club tweeted on Wednesday.',
      ]),
    ).toEqual(['Tomas Berg']);
  });
});

describe('a quote-only paragraph after a paragraph closed by its attribution', () => {
  test('goes on with the speaker of a partial quote before it', () => {
    expect(
      speakers([
        'Ana Lima, a ferry captain, spoke at the harbour on Monday.',
        'Choosing between the ferry and the bridge is a “false choice, because there are three options,” she said.',
        '“I will vote for the option that best fits the town.”',
      ]),
    ).toEqual(['Ana Lima', 'Ana Lima']);
  });
});

describe('the written thing “it” reads from', () => {
  test('a sign mentioned in the paragraph before, “it read” after the quote', () => {
    expect(
      speakers([
        'Ana Lima sat at the rally with a sign of her own.',
        '“I am still with the pier,” it read.',
      ]),
    ).toEqual(['the sign']);
  });

  test('no written thing mentioned: no speaker', () => {
    expect(
      speakers(['Ana Lima sat at the rally on Monday.', '“I am still with the pier,” it read.']),
    ).toEqual([null]);
  });
});

describe('an earlier sentence of the paragraph', () => {
  test('its subject after an opening phrase that ends inside a quoted title', () => {
    expect(
      speakers([
        'The harbour protests went on for a week.',
        'On "Morning Tide," Councillor Tomas Berg (West), who lost the vote to Lima, called the protests a sign of hope. "The younger people are sick and tired of waiting."',
      ]),
    ).toEqual(['Tomas Berg']);
  });
});
