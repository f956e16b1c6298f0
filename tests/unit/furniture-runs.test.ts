import { describe, expect, test } from 'vitest';
import { dropFurnitureRuns, FURNITURE_RUNS } from '../../utils/extract/furniture-runs';
import { wordCount } from '../../utils/extract/noise';
import { block } from '../harness/blocks';

describe('furniture runs, each on its own example', () => {
  test.each(FURNITURE_RUNS.map((rule) => [rule.name, rule] as const))('%s', (_, rule) => {
    const { texts, linked, start, length } = rule.example;
    const blocks = texts.map((text, index) => block(text, linked.includes(index)));
    const expected = texts.filter((_, index) => index < start || index >= start + length);
    expect(dropFurnitureRuns(blocks, wordCount).map((b) => b.text)).toEqual(expected);
    const others = FURNITURE_RUNS.filter((r) => r !== rule);
    expect(dropFurnitureRuns(blocks, wordCount, others).map((b) => b.text)).toEqual(texts);
  });
});

describe('paid-links-box', () => {
  test('a sentence about sponsored links is story text', () => {
    const texts = [
      'The council said sponsored links had misled readers.',
      'Harbor Loans Today. Fast approval for boat owners.',
    ];
    const blocks = [block(texts[0] ?? ''), block(texts[1] ?? '', true)];
    expect(dropFurnitureRuns(blocks, wordCount).map((b) => b.text)).toEqual(texts);
  });
});

describe('read-next-box', () => {
  test('unlinked story text after the label stays', () => {
    const texts = [
      'Read this next',
      'The harbor board voted last spring to end the late crossing, citing the cost of a second crew.',
    ];
    const blocks = [block(texts[0] ?? '', true), block(texts[1] ?? '')];
    expect(dropFurnitureRuns(blocks, wordCount).map((b) => b.text)).toEqual([texts[1]]);
  });
});

describe('cut-excerpts-box', () => {
  test('two cut lines, or unlinked lines trailing off, are text', () => {
    const two = [
      'Ana: Loved the photos of the lighthouse, especially the one at du...',
      'Ben: Welcome back! We missed your harbor stories all wi...',
    ];
    expect(
      dropFurnitureRuns(
        two.map((text) => block(text, true)),
        wordCount,
      ).map((b) => b.text),
    ).toEqual(two);
    const musing = ['Well...', 'I waited on the quay...', 'and the boat never came...'];
    expect(
      dropFurnitureRuns(
        musing.map((text) => block(text)),
        wordCount,
      ).map((b) => b.text),
    ).toEqual(musing);
  });
});
