import { describe, expect, test } from 'vitest';
import { cleanBlocks, comparable } from '../../utils/extract/clean-blocks';
import { wordCount } from '../../utils/extract/noise';
import type { Block } from '../../utils/extract/readability';
import { readsTwice } from '../../utils/extract/repeats';
import { block } from '../harness/blocks';

const A = 'The ferry board met on Monday to decide the winter timetable for the island routes.';
const B = 'Riders asked for a later boat on Fridays, when the mainland markets close at six.';
const C = 'The board agreed to a trial of the late sailing until the end of February.';
const D = 'Fares stay as they are, though the board will look at them again in the spring.';

const twice = (texts: string[]) =>
  readsTwice(
    texts.map((text) => block(text)),
    texts.map(comparable),
    wordCount,
  );

describe('readsTwice', () => {
  test.each([
    ['a story rendered twice', [A, B, C, A, B, C], true],
    ['a passage the writer restates', [A, B, C, D, B], false],
    ['a refrain right after itself', [A, B, B, C], false],
    ['no repeat', [A, B, C, D], false],
  ])('%s', (_name, texts, expected) => {
    expect(twice(texts)).toBe(expected);
  });
});

describe('cleanBlocks keeps a restated passage', () => {
  test('the writer’s repeat stays; a story rendered twice loses its second copy', () => {
    const texts = (blocks: Block[]) => cleanBlocks(blocks, 'Ferries').map((b) => b.text);
    expect(texts([A, B, C, D, B].map((text) => block(text)))).toEqual([A, B, C, D, B]);
    expect(texts([A, B, C, A, B, C].map((text) => block(text)))).toEqual([A, B, C]);
  });

  test('a boxed exact repeat is a pull quote and goes', () => {
    const pull: Block = { ...block(B), boxed: true };
    expect(
      cleanBlocks([block(A), block(B), block(C), pull, block(D)], 'Ferries').map((b) => b.text),
    ).toEqual([A, B, C, D]);
  });
});
