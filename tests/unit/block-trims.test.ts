import { describe, expect, test } from 'vitest';
import { BLOCK_TRIMS, trimBlock } from '../../utils/extract/block-trims';
import type { Block } from '../../utils/extract/readability';

const block = (text: string, linkChars: number): Block => ({
  text,
  heading: false,
  prose: true,
  boxed: false,
  linkChars,
});

describe('block trims, each on its own example', () => {
  test.each(BLOCK_TRIMS.map((rule) => [rule.name, rule] as const))('%s', (_, rule) => {
    const { text, linkChars, kept } = rule.example;
    expect(trimBlock(block(text, linkChars)).text).toBe(kept);
    const others = BLOCK_TRIMS.filter((r) => r !== rule);
    expect(trimBlock(block(text, linkChars), others).text).toBe(text);
  });
});

describe('more-link-after-excerpt', () => {
  test('words after an ellipsis that are not a link stay', () => {
    const text = 'She paused... and then she said yes';
    expect(trimBlock(block(text, 0)).text).toBe(text);
  });

  test('a long linked sentence after an ellipsis stays', () => {
    const text = 'The list goes on... Read the council’s full report on the harbor works';
    expect(trimBlock(block(text, 60)).text).toBe(text);
  });

  test('the trimmed link takes its words off the link count, not the brackets around it', () => {
    // "Ana" (3) and "read" (4) are links: 3 link characters stay with the kept excerpt.
    const trimmed = trimBlock(block('Ana: Loved the photos of the lighthouse at du... [read]', 7));
    expect(trimmed.text).toBe('Ana: Loved the photos of the lighthouse at du...');
    expect(trimmed.linkChars).toBe(3);
  });
});
