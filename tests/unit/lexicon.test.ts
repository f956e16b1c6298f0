import { describe, expect, test } from 'vitest';
import {
  CAPITALIZED_STOPWORDS,
  CASED_LISTS,
  LISTS,
  lexiconProblems,
} from '../../utils/analyze/lexicon';
import { alternation, words } from '../../utils/analyze/lexicon/words';

describe('lexicon', () => {
  test('has no duplicate entry and no word in two lists that must not overlap', () => {
    expect(lexiconProblems()).toEqual([]);
  });

  test.each([
    [{ a: words('said told said') }, [], ['a: duplicate "said"']],
    [
      { a: words('said'), b: words('spokesman said') },
      [['a', 'b', 'why']] as [string, string, string][],
      ['a and b share "said" (why)'],
    ],
    [
      { a: words('said'), b: words('spokesman') },
      [['a', 'b', 'why']] as [string, string, string][],
      [],
    ],
  ])('validation reports %j', (lists, disjoint, expected) => {
    expect(lexiconProblems(lists, disjoint)).toEqual(expected);
  });

  test('every list is lower case words without surrounding space', () => {
    for (const [name, list] of Object.entries(LISTS)) {
      for (const word of list) {
        expect(word, name).not.toMatch(/^\s|\s$/u);
        if ((CASED_LISTS as string[]).includes(name)) continue; // "U.S.", "Prozent": as printed
        expect(word, name).toBe(word.toLowerCase());
      }
    }
  });

  test('composed sets keep their parts (months and weekdays are never names)', () => {
    for (const w of ['monday', 'march', 'sept', 'the', 'however'])
      expect(CAPITALIZED_STOPWORDS.has(w)).toBe(true);
  });

  test('alternation escapes and puts longer words first', () => {
    expect(alternation(['a.m', 'am', 'a.m.'])).toBe('a\\.m\\.|a\\.m|am');
  });
});
