import { describe, expect, test } from 'vitest';
import { cleanBlocks } from '../../utils/extract/clean-blocks';
import { wordCount } from '../../utils/extract/noise';
import { SHORT_LINES } from '../../utils/extract/short-lines';
import { STORY_BLOCK_RULES } from '../../utils/extract/story-block-rules';
import { THREAD_FURNITURE, type ThreadFurniture } from '../../utils/extract/thread-furniture';
import { block } from '../harness/blocks';

const TITLE = 'An invented thread';

const clean = (texts: string[], linked: number[], rules: readonly ThreadFurniture[]) =>
  cleanBlocks(
    texts.map((text, index) => block(text, linked.includes(index))),
    TITLE,
    STORY_BLOCK_RULES,
    SHORT_LINES,
    rules,
  ).map((b) => b.text);

describe('thread furniture, each row on its own example', () => {
  test.each(THREAD_FURNITURE.map((rule) => [rule.name, rule] as const))('%s', (_, rule) => {
    const { texts, linked, dropped } = rule.example;
    const blocks = texts.map((text, index) => block(text, linked.includes(index)));
    const isPostHeader = (text: string) => /^posted\b/i.test(text);
    expect(rule.apply({ blocks, wordCount, isPostHeader }).sort((a, b) => a - b)).toEqual(dropped);
    // In cleanBlocks the row drops its lines; without it they stay.
    const withRow = clean(texts, linked, THREAD_FURNITURE);
    const without = clean(
      texts,
      linked,
      THREAD_FURNITURE.filter((r) => r !== rule),
    );
    for (const index of dropped) {
      const text = texts[index] ?? '';
      expect(withRow.filter((t) => t === text).length).toBeLessThan(
        without.filter((t) => t === text).length,
      );
    }
    // Every post's own text stays.
    for (const text of texts.filter((t) => wordCount(t) >= 5)) expect(withRow).toContain(text);
  });
});

describe('recurring-member-details', () => {
  const post = (who: string, time: string, text: string, details: string[]) => [
    block(who, true),
    ...details.map((detail) => block(detail)),
    block(`Posted ${time}`),
    block(text),
  ];
  test('a label in fewer than three posts’ details stays', () => {
    const blocks = [
      ...post('marlow', '10:41', 'Is the slipway open again?', ['Boat: Heron', 'Posts: 3']),
      ...post('tidewater', '11:02', 'After the spring tides, so late April.', ['Boat: Curlew']),
      ...post('marlow', '11:30', 'Thanks, that works for us.', ['Posts: 4']),
    ];
    const texts = cleanBlocks(blocks, TITLE).map((b) => b.text);
    expect(texts).toEqual(expect.arrayContaining(['Boat: Heron', 'Boat: Curlew', 'Posts: 3']));
  });
  test('a post’s own labelled lines, far from its header, stay', () => {
    const blocks = [
      ...post('marlow', '10:41', 'Here is what the harbour office told me on the phone today.', []),
      block('Fuel: from May'),
      block('Did the office say anything else about the berths this year?'),
      block('Slipway: from April'),
      block('That is all they would commit to before the board meets.'),
      block('Crane: from June'),
      ...post('tidewater', '11:02', 'After the spring tides, so late April.', []),
      ...post('marlow', '11:30', 'Thanks, that works for us.', []),
    ];
    const texts = cleanBlocks(blocks, TITLE).map((b) => b.text);
    expect(texts).toEqual(
      expect.arrayContaining(['Fuel: from May', 'Slipway: from April', 'Crane: from June']),
    );
  });
  test('one member’s line repeated under each of their posts (a signature) stays', () => {
    const sig = 'Boat: Heron, a 1972 trader';
    const blocks = [
      ...post('marlow', '10:41', 'Is the slipway open again?', [sig]),
      ...post('marlow', '11:02', 'Never mind, the office says late April.', [sig]),
      ...post('marlow', '11:30', 'And the fuel dock opens in May.', [sig]),
    ];
    expect(cleanBlocks(blocks, TITLE).map((b) => b.text)).toContain(sig);
  });
  test('a quote’s attribution with no value ("ana wrote: ↑") is no detail', () => {
    const blocks = [
      ...post('marlow', '10:41', 'Is the slipway open again?', ['tidewater wrote: ↑']),
      ...post('ana', '11:02', 'Never mind, the office says late April.', ['tidewater wrote: ↑']),
      ...post('ben', '11:30', 'And the fuel dock opens in May.', ['tidewater wrote: ↑']),
    ];
    expect(cleanBlocks(blocks, TITLE).map((b) => b.text)).toContain('tidewater wrote: ↑');
  });
  test('a web address is no labelled detail', () => {
    const blocks = [
      ...post('marlow', '10:41', 'Is the slipway open again?', ['http://harbour.example.org/a']),
      ...post('tidewater', '11:02', 'After the spring tides.', ['http://harbour.example.org/b']),
      ...post('marlow', '11:30', 'Thanks, that works for us.', ['http://harbour.example.org/c']),
    ];
    expect(cleanBlocks(blocks, TITLE).map((b) => b.text)).toContain('http://harbour.example.org/b');
  });
  test('a line that ends as a sentence is text, not a detail', () => {
    const blocks = [
      ...post('marlow', '10:41', 'Is the slipway open again?', ['Note: it rained.']),
      ...post('tidewater', '11:02', 'After the spring tides, so late April.', ['Note: it rained.']),
      ...post('marlow', '11:30', 'Thanks, that works for us.', ['Note: it rained.']),
    ];
    expect(cleanBlocks(blocks, TITLE).map((b) => b.text)).toContain('Note: it rained.');
  });
});

describe('bare-post-stubs', () => {
  test('a poster’s name recurring in most but not every post stays', () => {
    const texts = [
      'Posted 10:41',
      'marlow',
      'Does anyone know when the slipway at the north quay opens again?',
      'Posted 11:02',
      'marlow',
      'Never mind, the harbour office says late April.',
      'Posted 11:30',
      'tidewater',
      'That matches what they told me.',
      'Posted 11:45',
      'marlow',
      'Thanks anyway.',
    ];
    expect(clean(texts, [], THREAD_FURNITURE)).toEqual(texts);
  });
});

describe('bare-post-stubs, not a signature', () => {
  test('a code under every post is a signature, not a stub', () => {
    const texts = [
      'Posted 10:41',
      'Does anyone know when the slipway at the north quay opens again?',
      'k7q2harbour9',
      'Posted 11:02',
      'Never mind, the harbour office says late April.',
      'k7q2harbour9',
      'Posted 11:30',
      'And the fuel dock opens in May.',
      'k7q2harbour9',
    ];
    expect(clean(texts, [], THREAD_FURNITURE)).toEqual(texts);
  });
});

describe('thread-control-run', () => {
  test('two short lines before the first post are no run of buttons', () => {
    const texts = [
      'Harbour board',
      'Slipway',
      'Posted 10:41',
      'Does anyone know when the slipway at the north quay opens again?',
      'Posted 11:02',
      'After the spring tides, so late April.',
      'Posted 11:30',
      'Thanks, that works for us.',
    ];
    expect(clean(texts, [], THREAD_FURNITURE)).toEqual(texts);
  });
  test('the first poster’s name right above the first header stays', () => {
    const texts = [
      'New topic',
      'Search',
      'Subscribe',
      'marlow',
      'Posted 10:41',
      'Does anyone know when the slipway at the north quay opens again?',
      'Posted 11:02',
      'After the spring tides, so late April.',
      'Posted 11:30',
      'Thanks, that works for us.',
    ];
    expect(clean(texts, [], THREAD_FURNITURE)).toEqual(texts.slice(3));
  });
});

describe('rank-under-name', () => {
  test('a single line above each post’s details is the poster’s name, and stays', () => {
    const texts = [
      'marlow',
      'Joined: 14 Mar 2019',
      'Posted 10:41',
      'Does anyone know when the slipway at the north quay opens again?',
      'Ivo Marsh',
      'Joined: 02 Aug 2011',
      'Posted 11:02',
      'After the spring tides, so late April.',
      'marlow',
      'Joined: 14 Mar 2019',
      'Posted 11:30',
      'Thanks, that works for us.',
    ];
    const kept = clean(texts, [0, 4, 8], THREAD_FURNITURE);
    expect(kept).toEqual(expect.arrayContaining(['marlow', 'Ivo Marsh']));
  });
  test('two short lines above only some posts’ details are no name and rank', () => {
    const texts = [
      'marlow',
      'Deckhand',
      'Joined: 14 Mar 2019',
      'Posted 10:41',
      'Does anyone know when the slipway at the north quay opens again?',
      'Ivo Marsh',
      'Joined: 02 Aug 2011',
      'Posted 11:02',
      'After the spring tides, so late April.',
      'lockwood',
      'Joined: 30 May 2022',
      'Posted 11:20',
      'Same question here.',
      'marlow',
      'Deckhand',
      'Joined: 14 Mar 2019',
      'Posted 11:30',
      'Thanks, that works for us.',
    ];
    expect(clean(texts, [0, 5, 9, 13], THREAD_FURNITURE)).toContain('Deckhand');
  });
});
