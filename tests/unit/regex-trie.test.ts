import { describe, expect, test } from 'vitest';
import { FIGURE_PATTERN } from '../../utils/analyze/figures/patterns';
import { compactAlternations } from '../../utils/analyze/regex-trie';

// compactAlternations rewrites literal alternations as prefix trees; the matches must not change
// (the figure pattern is compiled from its output). Every sentence here is invented.

describe('compactAlternations: the tree it writes', () => {
  test.each<[string, string, string]>([
    ['shared prefix', '(?:several thousand|several hundred)', '(?:several (?:thousand|hundred))'],
    ['both cases share a class', '(?:Dozen|dozen|Score|score)', '(?:[Dd]ozen|[Ss]core)'],
    ['longer word first, as listed', '(?:a few|a)', '(?:a(?: few|))'],
    ['shorter word first, as listed', '(?:ab|abc|b)x', '(?:ab(?:|c)|b)x'],
    ['mixed order under one branch kept', '(?:abc|a|ab)', '(?:abc|a|ab)'],
    ['only the literal run', '(?:x|\\d+|ab|ac)', '(?:x|\\d+|a[bc])'],
    ['escaped dot is a literal', '(?:Rs\\.|Rs)', '(?:Rs(?:\\.|))'],
    ['lookbehind with a capture kept', '(?<=(a)(?:ab|ac))', '(?<=(a)(?:ab|ac))'],
  ])('%s', (_name, source, expected) => {
    expect(compactAlternations(source, 'u')).toBe(expected);
  });

  test('a pattern with the i flag is returned unchanged', () => {
    expect(compactAlternations('(?:Abc|ab)', 'iu')).toBe('(?:Abc|ab)');
  });
});

describe('compactAlternations: the same matches', () => {
  const sentences = [
    'A little more than 4,000 people, about a third of the town, left in 2023.',
    'Several hundred workers and a few thousand fans marched; twice as many stayed home.',
    'Nearly half the members voted, up 12.5% from 2.1 million in the spring.',
    'She finished third, 3min 59.4sec behind the winner, for the fourth time.',
    'Rents could double by 2030, when one in five tenants will be 65-year-old pensioners.',
    'Some 1.234,5 Millionen Euro and between 70 and 80 percent of the €2bn fund.',
  ];
  test.each(sentences)('%s', (sentence) => {
    const tree = new RegExp(compactAlternations(FIGURE_PATTERN.source, 'gu'), 'gu');
    const matches = (re: RegExp) =>
      [...sentence.matchAll(re)].map((m) => [m.index, m[0], JSON.stringify(m.groups)]);
    expect(matches(tree)).toEqual(matches(FIGURE_PATTERN));
  });
});
