import { describe, expect, test } from 'vitest';
import { citesAddress, isWrittenAddress } from '../../utils/extract/cited-address';
import { cleanBlocks, endsSentence } from '../../utils/extract/clean-blocks';
import { wordCount } from '../../utils/extract/noise';
import type { Block } from '../../utils/extract/readability';
import { block } from '../harness/blocks';

const LEDE =
  'The harbor society meets on the first Monday of every month in the old customs house by the quay.';

/** A prose block whose only link is the last `linked` characters of its text. */
const linkedTail = (text: string, linked: number): Block => ({ ...block(text), linkChars: linked });
const ADDRESS = 'http://harbor-review.example.org/tides.html';

describe('citesAddress', () => {
  test.each([
    [
      'a reference entry ending on its address',
      `Tidal Records of the Alder Estuary, 1950-2000. Harbor Review, spring issue ${ADDRESS}`,
      ADDRESS.length,
      true,
    ],
    [
      'a resource guide’s "see also"',
      'Harbor Notes (newsletter) Tide tables and club news, free at the quay office. See also http://www.harbor-notes.example.org',
      'http://www.harbor-notes.example.org'.length,
      true,
    ],
    [
      'a teaser whose headline words link away as well',
      `Tidal Records of the Alder Estuary, 1950-2000 ${ADDRESS}`,
      60,
      false,
    ],
    [
      'a contact block with an email address',
      `Friends of the Harbor, Box 12, Alder Bay, E-Mail: desk@harbor.example.org Web: ${ADDRESS}`,
      ADDRESS.length,
      false,
    ],
    [
      'an address with too few words before it',
      `Tide tables online ${ADDRESS}`,
      ADDRESS.length,
      false,
    ],
    [
      'a notice pointing on after a field label',
      `This newsletter goes free of charge to members of the society. For more go to: ${ADDRESS}`,
      ADDRESS.length,
      false,
    ],
    ['a line that ends on words', 'Tidal Records of the Alder Estuary and the harbor', 0, false],
  ])('%s', (_name, text, linked, expected) => {
    const blocks = [block(LEDE), linkedTail(text, linked)];
    expect(citesAddress({ blocks, index: 1, kept: 1, wordCount, endsSentence })).toBe(expected);
  });

  test('cleanBlocks keeps a reference list’s entries after the story', () => {
    const entries = [
      `Tidal Records of the Alder Estuary, 1950-2000. Harbor Review, spring issue ${ADDRESS}`,
      'Mapping the Salt Marsh: A Field Guide for Volunteers and Schools http://marsh.example.org/guide.pdf',
    ];
    const blocks = [
      block(LEDE),
      ...entries.map((text) => linkedTail(text, text.split(' ').at(-1)?.length ?? 0)),
    ];
    expect(cleanBlocks(blocks, 'Harbor').map((b) => b.text)).toEqual([LEDE, ...entries]);
  });
});

describe('isWrittenAddress', () => {
  test.each([
    ['https://tide-tables.example.org/alder-bay/2025', true],
    ['www.tide-tables.example.org', true],
    ['Tide tables for the bay', false],
    ['See https://tide-tables.example.org', false],
    ['desk@tide-tables.example.org', false],
  ])('%s', (text, expected) => {
    expect(isWrittenAddress(text)).toBe(expected);
  });

  const post = (who: string, time: string, text: string): Block[] => [
    block(`Posted by ${who} » Sun Mar 02, 2025 ${time}`),
    block(who),
    block(text),
  ];
  const SHARED = 'https://tide-tables.example.org/alder-bay/2025';
  const thread = [
    ...post('kettlebird', '8:05 pm', 'Where do you all get the tide tables for the bay'),
    ...post('norrland', '8:43 pm', 'The harbor office keeps them online, here'),
    block(SHARED, true),
    ...post('kettlebird', '9:10 pm', 'Thanks, that helps'),
    block('Next topic', true),
  ];

  test('in a thread, the address a poster shared on its own line stays; the board’s links go', () => {
    const texts = cleanBlocks(thread, 'Tide tables').map((b) => b.text);
    expect(texts).toContain(SHARED);
    expect(texts).not.toContain('Next topic');
  });

  test('outside a thread, a lone linked address still goes', () => {
    const story = [block(LEDE), block(SHARED, true), block(LEDE.replace('first', 'last'))];
    expect(cleanBlocks(story, 'Harbor').map((b) => b.text)).not.toContain(SHARED);
  });
});
