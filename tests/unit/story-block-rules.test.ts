import { describe, expect, test } from 'vitest';
import { cleanBlocks } from '../../utils/extract/clean-blocks';
import type { Block } from '../../utils/extract/readability';
import { STORY_BLOCK_RULES } from '../../utils/extract/story-block-rules';

const prose = (text: string): Block => ({
  text,
  heading: false,
  prose: true,
  boxed: false,
  linkChars: 0,
});

describe('story block rules, each on its own example', () => {
  test.each(STORY_BLOCK_RULES.map((rule) => [rule.name, rule] as const))('%s', (_, rule) => {
    const { texts, index, linkedTail } = rule.example;
    const blocks = texts.map(prose);
    const kept = texts[index] ?? '';
    if (linkedTail)
      blocks[index] = { ...prose(kept), linkChars: kept.split(' ').at(-1)?.length ?? 0 };
    expect(cleanBlocks(blocks, 'An invented headline').map((b) => b.text)).toContain(kept);
    const others = STORY_BLOCK_RULES.filter((r) => r !== rule);
    expect(cleanBlocks(blocks, 'An invented headline', others).map((b) => b.text)).not.toContain(
      kept,
    );
  });
});

describe('deck-before-lede', () => {
  const LEDE =
    'The river came over the road on a Tuesday, and by Friday the barley in the low fields was gone.';
  const DECK =
    'Rising water is reshaping the delta and the people who farm it. Ada Quill reports from the levee';

  test('a line cut on a word no sentence ends on is a teaser, not a deck', () => {
    const cut =
      'Rising water is reshaping the delta and the people who farm it, and the levee could even';
    expect(cleanBlocks([prose(cut), prose(LEDE)], 'Levee').map((b) => b.text)).toEqual([LEDE]);
  });

  test('a line that links away is a teaser, not a deck', () => {
    const linked = { ...prose(DECK), linkChars: 20 };
    expect(cleanBlocks([linked, prose(LEDE)], 'Levee').map((b) => b.text)).toEqual([LEDE]);
  });

  test('a line after a heading is that heading’s teaser, not a deck', () => {
    const heading = { ...prose('Another story from the delta'), heading: true, prose: false };
    expect(cleanBlocks([heading, prose(DECK), prose(LEDE)], 'Levee').map((b) => b.text)).toEqual([
      LEDE,
    ]);
  });
});

describe('ends-on-web-address', () => {
  test('a line ending on an email address is not kept by it', () => {
    const promo =
      'Know something about the harbor that we do not? Write to the news desk at tips@harbor-news.example.com';
    const lede =
      'The harbor society meets on the first Monday of every month in the old customs house by the quay.';
    const linked: Block = { ...prose(promo), linkChars: 30 };
    expect(cleanBlocks([prose(lede), linked], 'Harbor').map((b) => b.text)).toEqual([lede]);
  });
});

describe('deck-before-lede, not a timestamp', () => {
  test('a long line of publish and update times is not a deck', () => {
    const times = 'Published 4:05 p.m. ET Mar. 2, 2026 | Updated 9:40 p.m. ET Mar. 2, 2026';
    const lede =
      'The river came over the road on a Tuesday, and by Friday the barley in the low fields was gone.';
    expect(cleanBlocks([prose(times), prose(lede)], 'Levee').map((b) => b.text)).toEqual([lede]);
  });
});

describe('ends-on-web-address, not a contact block', () => {
  test('a contact block ending on a labelled address is not kept by it', () => {
    const contact =
      'Friends of the Harbor, Post Office Box 12, Alder Bay, phone 555 0100, E-Mail: desk@harbor.example.org Web: http://harbor.example.org';
    const lede =
      'The harbor society meets on the first Monday of every month in the old customs house by the quay.';
    const linked: Block = { ...prose(contact), linkChars: 30 };
    expect(cleanBlocks([prose(lede), linked], 'Harbor').map((b) => b.text)).toEqual([lede]);
  });
});
