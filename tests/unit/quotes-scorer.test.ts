import { describe, expect, test } from 'vitest';
import { articleNames, namesNobody, pairQuotes, sameSpeaker } from '../../scripts/eval/quotes';
import type { Quote } from '../../utils/summary';

const quote = (speaker: string | null, speakerRole: string | null = null): Quote => ({
  sentence: 0,
  text: 'We will reopen the pier.',
  speaker,
  speakerRole,
  partial: false,
});

describe('sameSpeaker', () => {
  test.each([
    ['Ana Lima', 'Lima', true],
    ['Mr. Lund', 'Tomas Lund', true],
    // A reflexive only stresses the name.
    ['Lima herself', 'Ana Lima', true],
    ['Lima herself', 'Tomas Lund', false],
    ['the harbour master', 'Ana Lima', false],
    ['a spokesman for the port', 'a port spokesman', true],
    // A royal title is a title too.
    ['Prince Idris', 'Idris bin Omar', true],
    ['Prince Idris', 'Omar bin Salim', false],
    // A name followed by the body it belongs to names the person.
    ['Mr. Ward of the Harbour Trust', 'Colin Ward', true],
    ['Ward of the Harbour Trust', 'Colin Ward', true],
    ['Mr. Ward of the Harbour Trust', 'Ana Lima', false],
    // "of" without "the" may be inside one name.
    ['Bank of Lisbon', 'Rita Bank', false],
    // An organisation's initials name it.
    ['the HTU board', 'Harbour Trade Union', true],
    ['the HTU', 'Bureau of Harbour Safety', false],
    ['the BHS', 'Bureau of Harbour Safety', true],
    ['the HTU board', 'Ana Lima', false],
  ])('%s vs %s', (gold, predicted, expected) => {
    expect(sameSpeaker(gold, quote(predicted))).toBe(expected);
  });

  test.each([
    // The article itself names the described speaker: an appositive or a title before the name.
    ['Ana Lima, a retired surgeon, runs the clinic.', 'the retired surgeon', 'Ana Lima', true],
    ['Retired surgeon Ana Lima runs the clinic.', 'The retired surgeon', 'Ana Lima', true],
    // An abbreviated title names the described person too.
    ['Harbour Sen. Ana Lima opened the pier.', 'the harbour senator', 'Ana Lima', true],
    ['Gov. Tomas Berg opened the pier.', 'the senator', 'Tomas Berg', false],
    // Both people in one sentence, but the description is not given to the predicted name.
    ['Ana Lima met a surgeon, Tomas Lund.', 'the surgeon', 'Ana Lima', false],
    // An indefinite description is for an unnamed speaker, never answered by a name.
    ['Ana Lima, a surgeon, runs the clinic.', 'a surgeon', 'Ana Lima', false],
  ])('%s: %s vs %s', (text, gold, predicted, expected) => {
    expect(sameSpeaker(gold, quote(predicted), text)).toBe(expected);
    expect(articleNames(text, gold, predicted)).toBe(expected);
  });
});

describe('namesNobody', () => {
  test.each([
    ['said', true],
    ['said in a statement', true],
    ['According to', true],
    ['me', true],
    ['o', true],
    ['Saidu Bah', false],
    ['the harbour master', false],
    ['Xi', false],
  ])('%s', (gold, expected) => {
    expect(namesNobody(gold)).toBe(expected);
  });
});

describe('pairQuotes', () => {
  const q = (text: string) => ({ text });

  test('a long prediction goes to the gold quote it reproduces, not to an earlier fragment', () => {
    const gold = [q('a disgrace'), q('The new pier is a disgrace and we will rebuild it by June.')];
    const predicted = [q('The new pier is a disgrace and we will rebuild it by June.')];
    expect(pairQuotes(gold, predicted)).toEqual([null, 0]);
  });

  test('the fragment and the full quote each get their own prediction, whatever the order', () => {
    const gold = [q('a disgrace'), q('The new pier is a disgrace and we will rebuild it by June.')];
    const predicted = [
      q('The new pier is a disgrace and we will rebuild it by June.'),
      q('a disgrace'),
    ];
    expect(pairQuotes(gold, predicted)).toEqual([1, 0]);
  });

  test('a prediction sharing too few words matches nothing', () => {
    expect(
      pairQuotes([q('We will rebuild the pier.')], [q('Taxes will fall next spring.')]),
    ).toEqual([null]);
  });

  test("ANNOTATION.md scoring: a prediction must hold 80% of the shorter quote's words", () => {
    // "we will rebuild the pier" against "we will rebuild the harbour wall": 4 of 5 shared (0.8).
    expect(
      pairQuotes([q('We will rebuild the pier.')], [q('We will rebuild the harbour wall.')]),
    ).toEqual([0]);
    // 3 of 5 shared (0.6): two different promises, not one quote.
    expect(
      pairQuotes([q('We will rebuild the pier.')], [q('We will rebuild every harbour crane.')]),
    ).toEqual([null]);
  });
});
