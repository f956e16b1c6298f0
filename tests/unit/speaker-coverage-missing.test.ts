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
        '"Should the board find more charts, each one goes online" ahead of the vote on the dredge, Harbour Board senior trial counsel Ana Lima wrote in a court filing.',
      ]),
    ).toEqual(['Ana Lima']);
  });

  test('a verb that reports speech only inverted right after the quote', () => {
    expect(
      speakers([
        OPENING,
        '"Half the town told us to give up," remembered Tomas Berg, once the harbour’s press officer. "We kept rowing anyway."',
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
        '“The pier is done,” Tomas Berg, the harbour pilot who started the rowing school posted on Friday.',
      ]),
    ).toEqual(['Tomas Berg']);
  });
});

describe('a quote-only paragraph after a paragraph closed by its attribution', () => {
  test('goes on with the speaker of a partial quote before it', () => {
    expect(
      speakers([
        'Ana Lima, a ferry captain, spoke at the harbour on Monday.',
        'Picking a ferry over a bridge is a “false choice, when the town can pay for neither,” she added.',
        '“My vote goes to whatever plan the engineers sign off.”',
      ]),
    ).toEqual(['Ana Lima', 'Ana Lima']);
  });
});

describe('the written thing “it” reads from', () => {
  test('a sign mentioned in the paragraph before, “it read” after the quote', () => {
    expect(
      speakers([
        'Ana Lima waved a hand-painted placard at the rally.',
        '“Keep the pier public,” it read.',
      ]),
    ).toEqual(['the placard']);
  });

  test('no written thing mentioned: no speaker', () => {
    expect(
      speakers(['Ana Lima waved at the rally on Monday.', '“Keep the pier public,” it read.']),
    ).toEqual([null]);
  });
});

describe('an earlier sentence of the paragraph', () => {
  test('its subject after an opening phrase that ends inside a quoted title', () => {
    expect(
      speakers([
        'The harbour protests went on for a week.',
        'On "Morning Tide," Councillor Tomas Berg (West), who lost the vote to Lima, called the protests a sign of hope. "Young sailors have run out of patience."',
      ]),
    ).toEqual(['Tomas Berg']);
  });
});
