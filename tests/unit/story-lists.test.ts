import { describe, expect, test } from 'vitest';
import { runReadability } from '../../utils/extract/readability';
import { findStoryLists, restoreStoryLists } from '../../utils/extract/story-lists';

function docWith(body: string): Document {
  return new DOMParser().parseFromString(
    `<html><head><title>Harbor survey</title></head><body>${body}</body></html>`,
    'text/html',
  );
}

const P = [
  'The harbor survey was commissioned by the port board in the spring, after two winters of storms had moved the sandbanks at the mouth of the estuary, and it was finished in the autumn, on time and within its budget.',
  'The pilots had asked for it for years, since the old charts no longer matched the water, and the ferry company had twice had to cancel sailings at low tide when the bar grew too shallow for its new boat.',
  'The board chose a firm from the coast that had surveyed two other harbors in the region, and the pilots lent their boat, their time and their own notes, which turned out to be the most useful records of all.',
  'The survey is based on soundings taken from the pilot boat over six weeks, on the records of the harbor master going back to 1950, and on interviews with the pilots, the fishermen and the ferry crews.',
  'Most of the soundings were taken at low water, when the banks show, although a few were repeated at high water to check the depth over the bar for the ferry in the worst months of the year.',
];

/**
 * A report whose text sits in two boxes with its list between them: Readability takes the first
 * box as the story, appends the second, and skips the list, which is neither scored nor a paragraph.
 */
const REPORT = `<div id="page"><div class="text"><p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p><p>The aims of the survey were to:</p></div>
<ul><li>chart the new sandbanks at the estuary mouth</li><li>count the moorings lost in the storms</li><li>propose a dredging plan</li></ul>
<div class="text"><p>${P[3]}</p><p>${P[4]}</p></div></div>`;

describe('lists inside the story', () => {
  test('finds a list of text between two blocks of prose', () => {
    expect(findStoryLists(docWith(REPORT).body)).toHaveLength(1);
  });

  test.each([
    ['a menu of links', '<ul><li><a href="/a">Home</a></li><li><a href="/b">About</a></li></ul>'],
    ['a list at the end of its box', '<ul><li>one item</li><li>another item</li></ul>'],
  ])('skips %s', (_name, list) => {
    const doc = docWith(`<div><p>${P[0]}</p>${list}</div>`);
    expect(findStoryLists(doc.body)).toHaveLength(0);
  });

  test('bare Readability drops the list', () => {
    const texts = (runReadability(docWith(REPORT))?.blocks ?? []).map((block) => block.text);
    expect(texts).toContain('The aims of the survey were to:');
    expect(texts).not.toContain('propose a dredging plan');
  });

  test('the list goes back between the paragraphs it sat between', () => {
    const texts = (runReadability(docWith(REPORT), { entries: true })?.blocks ?? []).map(
      (block) => block.text,
    );
    const aims = texts.indexOf('The aims of the survey were to:');
    expect(aims).toBeGreaterThanOrEqual(0);
    expect(texts[aims + 1]).toBe('chart the new sandbanks at the estuary mouth');
    expect(texts[aims + 3]).toBe('propose a dredging plan');
  });
});

/**
 * A guide whose last section opens with a heading at the end of one box, its bullets in a list
 * after the box: Readability takes the box and the story ends on the heading.
 */
const GUIDE = `<div class="section"><p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p><p>${P[3]}</p><h3>What the survey counted</h3></div>
<ul><li>the moorings lost in the two winters of storms</li><li>the depth over the bar at low water in each month</li><li>the sailings the ferry cancelled at low tide</li></ul>
<div class="footer"><a href="/a">Home</a> <a href="/b">Contact</a></div>`;

describe('a list after the heading the story ends on', () => {
  test('is found', () => {
    expect(findStoryLists(docWith(GUIDE).body)).toHaveLength(1);
  });

  test('bare Readability ends the story on the heading', () => {
    const texts = (runReadability(docWith(GUIDE))?.blocks ?? []).map((block) => block.text);
    expect(texts.at(-1)).toBe('What the survey counted');
  });

  test('goes back after the heading', () => {
    const texts = (runReadability(docWith(GUIDE), { entries: true })?.blocks ?? []).map(
      (block) => block.text,
    );
    const heading = texts.indexOf('What the survey counted');
    expect(heading).toBeGreaterThanOrEqual(0);
    expect(texts.slice(heading + 1)).toEqual([
      'the moorings lost in the two winters of storms',
      'the depth over the bar at low water in each month',
      'the sailings the ferry cancelled at low tide',
    ]);
  });

  test('stays out when the story goes on after the heading', () => {
    const page = docWith(
      `<div id="story"><h3>What the survey counted</h3><p>${P[2]}</p></div><ul id="list"><li>the moorings lost in the storms</li><li>the depth over the bar</li></ul>`,
    );
    const story = page.getElementById('story');
    const list = page.getElementById('list');
    const heading = story?.querySelector('h3');
    if (!story || !list || !heading) throw new Error('fixture');
    const content = page.createElement('div');
    content.append(story);
    expect(restoreStoryLists([{ list, before: heading, after: null }], content, page)).toBe(0);
    heading.nextElementSibling?.remove();
    expect(restoreStoryLists([{ list, before: heading, after: null }], content, page)).toBe(1);
  });
});
