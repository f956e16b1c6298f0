import { describe, expect, test } from 'vitest';
import { findAttribution, findSpeechSubject } from '../../utils/analyze/attribution';

describe('findAttribution', () => {
  test.each([
    [
      'according to',
      'Putin is willing to talk, according to five insiders familiar with Kremlin’s stance, as reported by Reuters.',
      'according to five insiders familiar with Kremlin’s stance',
    ],
    [
      'according to, short',
      'Russia might pull back, according to two officials.',
      'according to two officials',
    ],
    [
      'as reported by',
      'He decided alone, as reported by 10 Russian sources familiar with Kremlin perspectives.',
      'as reported by 10 Russian sources familiar with Kremlin perspectives',
    ],
    [
      'as per insights from',
      'It will talk, as per insights from five current and former officials.',
      'as per insights from five current and former officials',
    ],
    [
      'told Reuters',
      '“It is risky,” Kremlin spokesperson Dmitry Peskov told Reuters shortly before.',
      'Kremlin spokesperson Dmitry Peskov told Reuters',
    ],
    [
      'subject + verb',
      'If no deal is reached, the two sources indicated that Russia would fight.',
      'the two sources indicated',
    ],
    [
      'auxiliary and adverb',
      'Top U.S. military leaders have publicly remarked that this goal is ambitious.',
      'Top U.S. military leaders have publicly remarked',
    ],
    [
      'appositive relative clause',
      'Dimitri Simes, who emigrated in 1973, remarked that a deal was near.',
      'Dimitri Simes',
    ],
    [
      'appositive name after role',
      'Trump’s communications director, Steven Cheung, informed Reuters about it: “Yes.”',
      'Trump’s communications director, Steven Cheung, informed Reuters',
    ],
    [
      'inverted',
      'The deal is dead, said a spokesperson for the ministry.',
      'said a spokesperson for the ministry',
    ],
    [
      'no attribution',
      'Moscow controls an area of Ukraine comparable to the size of Virginia.',
      null,
    ],
    ['speech verb inside a quote is ignored', '“Putin has already stated it.”', null],
    ['United States is not a verb', 'It was a risky escalation by the United States.', null],
    ['verb joined to another verb', 'Regions that Russia claims and largely controls.', null],
  ])('%s', (_name, text, expected) => {
    expect(findAttribution(text)).toBe(expected);
  });

  test.each([
    ['A source close to the couple told The Sun: ', 'A source close to the couple'],
    [
      'One official from Russia mentioned that no deal was feasible, adding, ',
      'One official from Russia',
    ],
    ['In a statement read to the court, her son said: ', 'her son'],
    ['The weather was fine.', null],
  ])('findSpeechSubject(%s)', (text, expected) => {
    expect(findSpeechSubject(text)).toBe(expected);
  });
});
