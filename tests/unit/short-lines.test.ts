import { describe, expect, test } from 'vitest';
import { cleanBlocks } from '../../utils/extract/clean-blocks';
import type { Block } from '../../utils/extract/readability';
import { SHORT_LINES } from '../../utils/extract/short-lines';
import { STORY_BLOCK_RULES } from '../../utils/extract/story-block-rules';
import { block } from '../harness/blocks';

const texts = (blocks: Block[]) => blocks.map((b) => b.text);

describe('short lines, each on its own example', () => {
  test.each(SHORT_LINES.map((rule) => [rule.name, rule] as const))('%s', (_, rule) => {
    const blocks = rule.example.texts.map((text) => block(text));
    const kept = rule.example.texts[rule.example.index];
    expect(texts(cleanBlocks(blocks, null, STORY_BLOCK_RULES, SHORT_LINES))).toContain(kept);
    const others = SHORT_LINES.filter((r) => r !== rule);
    expect(texts(cleanBlocks(blocks, null, STORY_BLOCK_RULES, others))).not.toContain(kept);
  });
});

describe('widget labels still go', () => {
  const story =
    'The harbor board voted on Monday to keep the late ferry running through the winter months.';

  test('a row of two lone words before a paragraph', () => {
    const kept = texts(
      cleanBlocks([block(story), block('Kudos'), block('Reply'), block(story)], null),
    );
    expect(kept).not.toContain('Kudos');
    expect(kept).not.toContain('Reply');
  });

  test('a linked word, a number and a lowercase word', () => {
    const blocks = [
      block(story),
      block('Subscribe', true),
      block('861'),
      block('share'),
      block(story),
    ];
    expect(texts(cleanBlocks(blocks, null))).toEqual([story, story]);
  });

  test('a widget printed twice is no column', () => {
    const blocks = [block(story), block('12'), block('Likes'), block('12'), block('Likes')];
    expect(texts(cleanBlocks(blocks, null))).toEqual([story]);
  });

  test('three lone words in a row are no column', () => {
    const blocks = [block('Like'), block('Tweet'), block('Email'), block(story)];
    expect(texts(cleanBlocks(blocks, null))).toEqual([story]);
  });
});
