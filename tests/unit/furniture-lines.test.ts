import { describe, expect, test } from 'vitest';
import { cleanBlocks } from '../../utils/extract/clean-blocks';
import { FURNITURE_LINES, furnitureLine } from '../../utils/extract/furniture-lines';
import { wordCount } from '../../utils/extract/noise';
import type { Block } from '../../utils/extract/readability';

const block = (
  text: string,
  {
    heading = false,
    linked = false,
    linkChars,
  }: { heading?: boolean; linked?: boolean; linkChars?: number } = {},
): Block => ({
  text,
  heading,
  prose: !heading,
  boxed: false,
  linkChars: linkChars ?? (linked ? text.length : 0),
});

describe('furniture lines, each on its own example', () => {
  test.each(FURNITURE_LINES.map((rule) => [rule.name, rule] as const))('%s', (_, rule) => {
    const example = block(rule.example.text, rule.example);
    expect(furnitureLine(example, wordCount)).toBe(rule.name);
    const others = FURNITURE_LINES.filter((r) => r !== rule);
    expect(furnitureLine(example, wordCount, others)).toBeNull();
  });
});

describe('story text that looks like furniture stays', () => {
  const story = [
    'The ferry went back to the top of the river before the storm, and the crew waited there.',
    'Return to the island was slow: the harbor page of the council listed every delay.',
    'Readers who click here and there on the council site will find the tide tables.',
    'Our reporters read the council’s feeds every morning before the crossing opens.',
    'The notice said the transcript was generated automatically and had errors in it.',
  ];
  test.each(story)('%s', (text) => {
    expect(furnitureLine(block(text), wordCount)).toBeNull();
  });

  test('a capitals label before unlinked text is a story’s own lead-in, not a promo', () => {
    const text = 'UPDATE: The ferry will run again on Monday, the harbor board said.';
    expect(furnitureLine(block(text), wordCount)).toBeNull();
    expect(
      furnitureLine(block('Harbor news: Ferry crews vote', { linkChars: 17 }), wordCount),
    ).toBeNull();
  });

  test('a one-letter line of prose is not a heading glyph, and a CJK one-character heading stays', () => {
    expect(furnitureLine(block('海', { heading: true }), wordCount)).toBeNull();
    expect(furnitureLine(block('A'), wordCount)).toBeNull();
  });

  test('cleanBlocks drops the line and keeps the story around it', () => {
    const texts = [
      'The harbor board voted on Monday to keep the late ferry running through the winter months.',
      'Back to top',
      'The vote was close, and the board said it would look again at the cost in the spring.',
    ];
    const kept = cleanBlocks(
      texts.map((text, index) => block(text, { linked: index === 1 })),
      null,
    ).map((b) => b.text);
    expect(kept).toEqual([texts[0], texts[2]]);
  });
});

describe('separated-link-menu', () => {
  test('a sentence set off by dashes, with a link in it, is not a menu', () => {
    const text =
      'The ferry - the last one before the winter timetable - leaves from the quay at six - see the timetable';
    expect(furnitureLine(block(text, { linkChars: 13 }), wordCount)).toBeNull();
  });
  test('two links around one dash are not a menu', () => {
    expect(
      furnitureLine(block('Tide Tables - Ferry Times', { linkChars: 22 }), wordCount),
    ).toBeNull();
  });
  test('an all-link line with hyphens but no spaced separator is not a menu', () => {
    expect(
      furnitureLine(
        block('Harbor-side ferry-times for year-round riders', { linkChars: 45 }),
        wordCount,
      ),
    ).toBeNull();
  });
  test('separators at the line’s start and between links make a menu', () => {
    expect(
      furnitureLine(
        block('» Tide Tables » Ferry Times » Harbor Cams', { linkChars: 33 }),
        wordCount,
      ),
    ).toBe('separated-link-menu');
  });
});

describe('footer lines', () => {
  test('story sentences that open like a footer line stay', () => {
    for (const text of [
      'Powered by wind alone, the old ketch crossed to the island in a day.',
      'He registered the copyright in 1998 and sold it a year later.',
      'Last updated maps show the channel has moved north since the storm of 2019, the survey said.',
    ])
      expect(furnitureLine(block(text), wordCount)).toBeNull();
  });
});
